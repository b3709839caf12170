/**
 * Where each task runner keeps its names: a leaf module with no parsers, so an editor can watch these paths
 * without loading the code that reads them.
 */

/** Every runner whose names are read. */
export type Runner = 'scripts' | 'make' | 'just' | 'task' | 'tox' | 'nox' | 'cargo' | 'rake' | 'mage' | 'composer' | 'deno';

/**
 * The files of each runner, relative to the folder a command runs in, in the runner's own order (the first one
 * present is the one it uses). `magefiles/` is a folder of Go files, read apart.
 */
export const RUNNER_FILES: { readonly [R in Runner]: readonly string[] } = {
  scripts: ['package.json'],
  make: ['GNUmakefile', 'makefile', 'Makefile'],
  just: ['justfile', 'Justfile', '.justfile', 'JUSTFILE'],
  task: ['Taskfile.yml', 'taskfile.yml', 'Taskfile.yaml', 'taskfile.yaml', 'Taskfile.dist.yml', 'taskfile.dist.yml', 'Taskfile.dist.yaml', 'taskfile.dist.yaml'],
  tox: ['tox.ini', 'setup.cfg', 'pyproject.toml', 'tox.toml'],
  nox: ['noxfile.py'],
  cargo: ['.cargo/config.toml', '.cargo/config'],
  rake: ['Rakefile', 'rakefile', 'Rakefile.rb', 'rakefile.rb'],
  mage: ['magefile.go'],
  composer: ['composer.json'],
  // Deno looks for deno.json before deno.jsonc.
  deno: ['deno.json', 'deno.jsonc'],
};

/** The folder of Go files mage reads when there is no magefile.go. */
export const MAGE_FOLDER = 'magefiles';
