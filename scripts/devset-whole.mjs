// Lays out the development set as whole checkouts: for each project, every file of its commit that the reader could
// open (documents, .github/, task files at the root, names in capitals, scripts), not only the paths its labeller collected.
// The labels were written on the collected paths, so precision on these checkouts shows what a newcomer's real clone
// adds: documents nobody labelled, read by the reader's own rules (agent instructions, a second guide, a build doc).
// The texts are other projects' files and stay outside the repository, like the collected ones.
// usage: node scripts/devset-whole.mjs [--split a,b]   (mirrors: ONRAMP_MIRRORS, default ../.mirror/<owner>+<name>/repo;
//        out: ONRAMP_DEVSET_WHOLE, default ../devset/whole); then `npm run eval:devset -- --whole --split a,b`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devsetRows } from './devsetWork.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mirrors = process.env.ONRAMP_MIRRORS ?? join(root, '..', '.mirror');
const out = process.env.ONRAMP_DEVSET_WHOLE ?? join(root, '..', 'devset', 'whole');
const k = process.argv.indexOf('--split');
const splits = k > 0 ? process.argv[k + 1].split(',') : undefined;
const rows = devsetRows(join(root, 'test/fixtures/devset')).filter(([, , , s]) => !splits || splits.includes(s));

/** What the reader may open: documents anywhere (not vendored), the forge folders, task files near the root, and root files. */
const DOC = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|org|rdoc|pod|diviner)$/i;
const TASK = /^(?:package\.json|[Mm]akefile|GNUmakefile|[Jj]ustfile|\.justfile|Taskfile\.ya?ml|tox\.ini|noxfile\.py|Cargo\.toml|Rakefile|magefile\.go|composer\.json|deno\.jsonc?|pyproject\.toml|setup\.cfg|\.gitreview|\.pre-commit-config\.yaml|x\.py|build\.sbt|Gemfile|mix\.exs|go\.mod|\.onramp\.ya?ml|\.commitlintrc.*|commitlint\.config\..*)$/;
const VENDORED = new Set(['node_modules', 'vendor', 'third_party', 'thirdparty', 'external', '3rdparty']);
const FORGE = new Set(['.github', '.gitlab', '.changeset', 'changelog.d', '.cargo', 'magefiles']);
/** The project's own scripts a guide may tell a newcomer to run (`./scripts/test.sh`, `bin/setup`): their presence confirms a command. */
const SCRIPT_DIRS = new Set(['scripts', 'script', 'bin', 'tools', 'tool', 'ci', 'dev', 'hack', 'utils', 'util', 'contrib', 'build', 'build-aux', 'devtools', 'tasks']);
const SCRIPT = /^(?:[\w.-]+\.(?:sh|bash|zsh|py|pl|rb|ps1|bat|cmd|js|mjs|cjs|ts)|[\w-]{2,40})$/;
const wanted = (path) => {
  const parts = path.split('/');
  const base = parts[parts.length - 1];
  if (parts.slice(0, -1).some((p) => VENDORED.has(p)) || parts.length > 7) return false;
  return DOC.test(base) || (parts.length <= 2 && TASK.test(base)) || FORGE.has(parts[0]) || parts.length === 1 || (parts.length <= 3 && /^[A-Z][A-Za-z_-]{3,40}$/.test(base)) || (parts.length <= 3 && SCRIPT_DIRS.has(parts[0].toLowerCase()) && SCRIPT.test(base));
};

let made = 0;
const missing = [];
for (const [name, repo, commit] of rows) {
  const dest = join(out, name);
  if (existsSync(dest)) continue;
  const git = join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(git)) {
    missing.push(repo);
    continue;
  }
  const tmp = `${dest}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const listing = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '-z', '--name-only', commit], { maxBuffer: 256 << 20 }).toString('utf8').split('\0');
    const keep = listing.filter((p) => p && wanted(p)).slice(0, 20000);
    const list = `${tmp}.list`;
    writeFileSync(list, keep.map((p) => `:(literal)${p}`).join('\n') + '\n');
    // A snapshot lacks its largest files; the checkout takes what is there and says which it could not write.
    try {
      execFileSync('git', ['--git-dir', git, '--work-tree', tmp, 'checkout', commit, `--pathspec-from-file=${list}`], { env: { ...process.env, GIT_INDEX_FILE: `${tmp}.index` }, stdio: 'ignore' });
    } catch {
      // partial checkouts are kept
    }
    rmSync(list, { force: true });
    rmSync(`${tmp}.index`, { force: true });
    renameSync(tmp, dest);
    made++;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    missing.push(`${repo} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}
console.log(`whole checkouts: ${made} made in ${out}; ${missing.length} without a mirror${missing.length ? `: ${missing.join(', ')}` : ''}`);
