/**
 * The file and line that defines what a command runs, when the repository defines it: a package.json script, a
 * Makefile target, a justfile recipe, a Taskfile task, a tox env, a nox session, a cargo alias, a rake task, a mage
 * target, a composer script, a deno task, or a script run by its path (`./x.py test`, `script/bootstrap`: the script itself, at line 1). Only the
 * first command of a line (`a && b`) is looked at; nothing is run.
 */
import type { SourceRef } from '../guide/facts';
import { joinRepoPath } from '../repo/repoFiles';
import { FoundTaskFile, TaskIndex } from './taskIndex';
import { TaskNames } from './taskParsers';

/** npm's own commands, which a script of the same name does not define (`npm install`, `npm ci`...). */
const NPM_BUILTIN = new Set(['install', 'i', 'ci', 'add', 'remove', 'uninstall', 'update', 'exec', 'dlx', 'x', 'init', 'create', 'link', 'publish', 'pack', 'audit', 'outdated', 'why', 'list', 'ls', 'config', 'set', 'version', 'view', 'info']);
/** Composer's own commands, which a script of the same name does not define (`composer install`). */
const COMPOSER_BUILTIN = new Set(['about', 'completion', 'install', 'i', 'update', 'u', 'upgrade', 'require', 'r', 'remove', 'rm', 'dump-autoload', 'dumpautoload', 'validate', 'show', 'info', 'outdated', 'create-project', 'init', 'config', 'diagnose', 'self-update', 'selfupdate', 'global', 'exec', 'search', 'depends', 'why', 'why-not', 'prohibits', 'status', 'licenses', 'archive', 'audit', 'check-platform-reqs', 'clear-cache', 'clearcache', 'fund', 'browse', 'home', 'suggests', 'reinstall', 'bump', 'list', 'help']);
/** Words that run the command after them in the project's environment (`bundle exec rake test`). */
const WRAPPERS = /^(?:bundle exec|poetry run|uv run|pipenv run|python[\d.]* -m|py -m)$/;
/** Programs that run the script named by their first argument (`python x.py build`, `bash ci/test.sh`). */
const INTERPRETERS = /^(?:python[\d.]*|py|bash|sh|zsh|node|ruby|perl|pwsh|powershell)$/;
/** Shell-less forms of a runner's own binstub (`bin/rake`). */
const BINSTUB = /^(?:\.\/)?bin\/(rake|just|task|mage|tox|nox)$/;

export function confirmingTask(command: string, tasks: TaskIndex): SourceRef | undefined {
  const all = command.trim().split(/\s+/).slice(0, 30);
  // Leading `VAR=value` words set the environment; the command starts after them.
  const start = all.findIndex((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  let words = start < 0 ? [] : all.slice(start);
  while (words.length > 2 && WRAPPERS.test(`${words[0]} ${words[1]}`)) words = words.slice(2);
  // `php composer.phar test` is composer run from its phar.
  if (/^php[\d.]*$/.test(words[0] ?? '') && /(?:^|\/)composer\.phar$/.test(words[1] ?? '')) words = ['composer', ...words.slice(2)];
  const tool = words[0]?.replace(BINSTUB, '$1');
  if (tool === undefined) return undefined;
  const [, first, second] = words;
  /** The first word after the tool that is neither a flag nor a `VAR=value`. */
  const target = (): string | undefined => words.slice(1).find((w) => !w.startsWith('-') && !w.includes('='));
  const arg = (flags: readonly string[]): string | undefined => {
    const k = words.findIndex((w) => flags.includes(w));
    if (k >= 0) return words[k + 1];
    const joined = words.find((w) => flags.some((f) => f.startsWith('--') && w.startsWith(`${f}=`)));
    return joined?.slice(joined.indexOf('=') + 1);
  };
  switch (tool) {
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'bun': {
      const run = first === 'run' || first === 'run-script';
      const name = run ? second : first === 't' || first === 'tst' ? 'test' : first;
      if (name === undefined || name.startsWith('-') || (!run && NPM_BUILTIN.has(name))) return undefined;
      return at(tasks.scripts, name);
    }
    case 'nr':
      return first === undefined ? undefined : at(tasks.scripts, first);
    case 'make':
    case 'gmake': {
      // `make -C docs html`, `make -f other.mk`: another makefile than the folder's own.
      if (words.some((w) => /^(?:-C|--directory|-f|--file|--makefile)(?:=|$)|^-C./.test(w))) return undefined;
      const name = words.slice(1).find((w, k, rest) => !w.startsWith('-') && !w.includes('=') && !(/^(?:-j|--jobs|-l|--load-average)$/.test(rest[k - 1] ?? '') && /^\d+$/.test(w)));
      if (name !== undefined) return at(tasks.make, name);
      return words.length === 1 ? at(tasks.make, tasks.make?.tasks.defaultGoal) : undefined;
    }
    case 'just':
    case 'task': {
      const name = target();
      return name === undefined ? undefined : at(tasks[tool], name);
    }
    case 'tox': {
      const env = arg(['-e', '--env']);
      return env === undefined ? undefined : at(tasks.tox, env.split(',')[0]);
    }
    case 'nox': {
      const session = arg(['-s', '--session', '--sessions']);
      return session === undefined ? undefined : at(tasks.nox, session);
    }
    case 'cargo':
      return first === undefined ? undefined : at(tasks.cargo, first);
    case 'rake': {
      const name = target()?.replace(/\[.*$/, '');
      return at(tasks.rake, name ?? (words.length === 1 ? tasks.rake?.tasks.defaultTask : undefined));
    }
    case 'composer': {
      // Global options before the command (`composer --no-interaction test`); one that moves to another folder
      // (`-d`, `--working-dir`) leaves this folder's composer.json.
      const rest = words.slice(1);
      if (rest.some((w) => /^(?:-d|--working-dir)(?:=|$)/.test(w))) return undefined;
      const [cmd, arg1] = rest.filter((w) => !w.startsWith('-'));
      const run = cmd === 'run-script' || cmd === 'run';
      const name = run ? arg1 : cmd;
      if (name === undefined || (!run && COMPOSER_BUILTIN.has(name))) return undefined;
      return at(tasks.composer, name);
    }
    case 'deno':
      // `deno task` runs deno.json's task, else package.json's script of that name.
      return first === 'task' && second !== undefined && !second.startsWith('-') ? (at(tasks.deno, second) ?? at(tasks.scripts, second)) : undefined;
    case 'mage':
      return at(tasks.mage, target()?.toLowerCase() ?? (words.length === 1 ? tasks.mage?.tasks.defaultTarget : undefined));
    default:
      return scriptByPath(tool, first, tasks.files);
  }
}

function at(found: FoundTaskFile<TaskNames> | undefined, name: string | undefined): SourceRef | undefined {
  const line = name === undefined ? undefined : found?.tasks.lines.get(name);
  return found && line !== undefined ? { file: found.tasks.files?.get(name as string) ?? found.file, line } : undefined;
}

/** `./x.py`, `script/test`, `python x.py`, `bash ci/lint.sh`, `.\build.ps1`: the script itself, if it is a known file. */
function scriptByPath(tool: string, first: string | undefined, files: ReadonlySet<string>): SourceRef | undefined {
  const path = INTERPRETERS.test(tool) ? first : tool;
  if (path === undefined || path.startsWith('-')) return undefined;
  const local = path.replace(/\\/g, '/');
  // Run by path: `./x`, `dir/x`; an interpreter's argument may be a bare file name (`python x.py`).
  if (!local.includes('/') && path === tool) return undefined;
  if (/^[/~$%]|^[A-Za-z]:/.test(local)) return undefined;
  const file = joinRepoPath(local);
  return file !== undefined && files.has(file) ? { file, line: 1 } : undefined;
}
