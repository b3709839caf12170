/**
 * Stale commands: a command the guide or maintainer file tells a newcomer to run, whose script, target, task or
 * session the repository does not have. The names are looked up in the task files read as data (TaskInventory);
 * a name is reported only when the file that would define it is read in full and its list is not open.
 */
import { joinRepoPath } from '../repo/repoFiles';
import { SourceRef } from '../guide/facts';
import { Invocation, invocations, isPlaceholder } from './commandLine';
import { TaskInventory } from '../tasks/taskInventory';
import { Finding, FindingFix } from './types';
import { closestName } from './similar';
import { hasSession } from '../tasks/taskParsers';

export interface CommandAt {
  readonly command: string;
  readonly source: SourceRef;
  /** What kind of place said it, for the message: "the guide", "the maintainer file"... */
  readonly where: string;
}

/** Reads a line of a repo file (1-based), for offering a one-line fix. */
export type LineText = (file: string, line: number) => Promise<string | undefined>;

const NPM_RUN = new Set(['run', 'run-script', 'rum', 'urn']);
const TEST_ALIASES = new Set(['test', 't', 'tst']);
const PNPM_BUILTINS = new Set(['add', 'i', 'install', 'ci', 'update', 'up', 'upgrade', 'remove', 'rm', 'uninstall', 'un', 'link', 'ln', 'unlink', 'import', 'rebuild', 'rb', 'prune', 'fetch', 'patch', 'patch-commit', 'audit', 'list', 'ls', 'outdated', 'why', 'licenses', 'exec', 'dlx', 'create', 'start', 'publish', 'pack', 'store', 'root', 'bin', 'setup', 'init', 'env', 'config', 'c', 'server', 'deploy', 'doctor', 'help', 'self-update', 'cat-file', 'cat-index', 'find-hash', 'approve-builds', 'ignored-builds', 'dedupe', 'recursive', 'multi', 'm', 'test', 't', 'tst', 'run', 'login', 'logout', 'whoami', 'version', 'view', 'info', 'owner', 'dist-tag', 'deprecate', 'search', 'unpublish', 'catalog']);
const YARN_BUILTINS = new Set(['add', 'install', 'remove', 'upgrade', 'up', 'upgrade-interactive', 'init', 'info', 'list', 'link', 'unlink', 'cache', 'config', 'global', 'import', 'licenses', 'outdated', 'owner', 'pack', 'publish', 'tag', 'team', 'version', 'versions', 'why', 'workspace', 'workspaces', 'audit', 'autoclean', 'bin', 'check', 'create', 'dlx', 'exec', 'generate-lock-entry', 'help', 'login', 'logout', 'node', 'policies', 'set', 'plugin', 'rebuild', 'dedupe', 'explain', 'npm', 'patch', 'patch-commit', 'stage', 'unplug', 'constraints', 'start', 'test', 'run', 'self-update', 'cache', 'search', 'import']);
const PKG_SCOPE_FLAGS = /^(-w|--workspace|--workspaces|-ws|--prefix|-C|--dir|--filter|-F|-r|--recursive|--cwd|-g|--global)(=|$)/;

export async function staleCommandFindings(commands: readonly CommandAt[], inventory: TaskInventory, lineText: LineText): Promise<Finding[]> {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const c of commands) {
    for (const inv of invocations(c.command)) {
      if (inv.cwd === undefined) continue;
      for (const f of await checkInvocation(inv, inv.cwd, c, inventory, lineText)) {
        const key = `${f.file}:${f.line}:${f.message}`;
        if (!seen.has(key)) findings.push(f);
        seen.add(key);
      }
    }
  }
  return findings;
}

async function checkInvocation(inv: Invocation, cwd: string, at: CommandAt, inventory: TaskInventory, lineText: LineText): Promise<Finding[]> {
  const [program, ...args] = inv.words;
  const name = program.replace(/^.*\//, '');
  if (program.startsWith('./') || program.startsWith('../')) return entryPoint(program, cwd, at, inventory);
  if (/^python[\d.]*$|^(bash|sh|zsh|node|ruby|perl)$/.test(name) && args[0] && !args[0].startsWith('-') && /[./]/.test(args[0])) return entryPoint(args[0], cwd, at, inventory);
  switch (name) {
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'bun':
      return packageScript(name, args, cwd, at, inventory, lineText);
    case 'make':
    case 'gmake':
      return makeCommand(args, cwd, at, inventory, lineText);
    case 'just':
      return namedTasks('just', justArgs(args), cwd, at, inventory, lineText);
    case 'task':
      return namedTasks('task', taskArgs(args), cwd, at, inventory, lineText);
    case 'tox':
      return namedTasks('tox', toxArgs(args), cwd, at, inventory, lineText);
    case 'nox':
      return namedTasks('nox', noxArgs(args), cwd, at, inventory, lineText);
    default:
      return [];
  }
}

/** `./x.py`, `./gradlew`, `./mvnw`, `python tools/gen.py`: the file must exist. */
async function entryPoint(path: string, cwd: string, at: CommandAt, inventory: TaskInventory): Promise<Finding[]> {
  if (isPlaceholder(path)) return [];
  const full = joinRepoPath(cwd, path);
  if (full === undefined || (await inventory.kind(full)) !== undefined) return [];
  const wrapper = /(^|\/)(gradlew|mvnw)(\.bat|\.cmd)?$/.test(full) ? ` (the ${/gradlew/.test(full) ? 'Gradle' : 'Maven'} wrapper)` : '';
  return [
    {
      id: 'stale-command',
      severity: 'error',
      file: at.source.file,
      line: at.source.line,
      message: `${at.where} says to run \`${at.command}\`, but ${full}${wrapper} does not exist in the repository.`,
      why: 'A newcomer who copies this command gets "No such file or directory" on their first try, and cannot tell whether their clone or the guide is wrong.',
    },
  ];
}

async function packageScript(tool: string, args: readonly string[], cwd: string, at: CommandAt, inventory: TaskInventory, lineText: LineText): Promise<Finding[]> {
  if (args.some((a) => PKG_SCOPE_FLAGS.test(a))) return [];
  const words = args.filter((a) => !a.startsWith('-'));
  const first = words[0];
  if (first === undefined) return [];
  let script: string | undefined;
  let mayBeBinary = false;
  if (NPM_RUN.has(first) || (tool !== 'npm' && first === 'run')) {
    script = words[1];
    mayBeBinary = tool !== 'npm';
  } else if (TEST_ALIASES.has(first) && tool !== 'bun') script = 'test';
  else if (tool === 'pnpm' && !PNPM_BUILTINS.has(first)) {
    script = first;
    mayBeBinary = true;
  } else if (tool === 'yarn' && !YARN_BUILTINS.has(first)) {
    script = first;
    mayBeBinary = true;
  }
  if (script === undefined || isPlaceholder(script) || /[./]/.test(script)) return [];
  const pkg = await inventory.packageJson(cwd);
  if (!pkg) return [missingFile(at, `${tool} ${words.slice(0, 2).join(' ')}`, joinRepoPath(cwd, 'package.json') ?? 'package.json', 'scripts')];
  if (pkg.tasks.invalid || pkg.tasks.names.has(script)) return [];
  if (mayBeBinary && pkg.tasks.dependencies.has(script)) return [];
  const hint = closestName(script, pkg.tasks.names);
  return [
    {
      id: 'stale-command',
      severity: mayBeBinary ? 'warning' : 'error',
      file: at.source.file,
      line: at.source.line,
      message: `${at.where} says to run \`${at.command}\`, but ${pkg.file} has no script "${script}"${mayBeBinary ? ' (nor a dependency of that name, whose program it could run)' : ''}.${hint ? ` Did it mean "${hint}"?` : ''}`,
      why: `A newcomer who copies this command gets "Missing script: ${script}" and cannot tell whether their setup or the guide is wrong.`,
      fix: await renameFix(at, script, hint, lineText),
    },
  ];
}

async function makeCommand(args: readonly string[], cwd: string, at: CommandAt, inventory: TaskInventory, lineText: LineText): Promise<Finding[]> {
  let dir: string | undefined = cwd;
  let file: string | undefined;
  const targets: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    const valued = /^(-C|--directory|-f|--file|--makefile|-I|--include-dir|-o|-W|-j|--jobs|-l)(=(.*))?$/.exec(a);
    if (valued) {
      const value = valued[3] ?? (valued[1] === '-j' || valued[1] === '--jobs' || valued[1] === '-l' ? (/^\d+$/.test(args[k + 1] ?? '') ? args[++k] : undefined) : args[++k]);
      if (valued[1] === '-C' || valued[1] === '--directory') dir = value && !isPlaceholder(value) ? joinRepoPath(dir ?? '', value) : undefined;
      if (valued[1] === '-f' || valued[1] === '--file' || valued[1] === '--makefile') file = value;
      continue;
    }
    if (/^-C./.test(a)) {
      dir = joinRepoPath(dir ?? '', a.slice(2));
      continue;
    }
    if (a.startsWith('-') || a.includes('=')) continue;
    targets.push(a);
  }
  if (dir === undefined || (file !== undefined && isPlaceholder(file))) return [];
  const makefile = await inventory.makefile(dir, file);
  if (!makefile) return [missingFile(at, 'make', joinRepoPath(dir, file ?? 'Makefile') ?? 'Makefile', 'targets')];
  if (makefile.tasks.open) return [];
  return staleNames('make', 'target', targets, makefile.file, makefile.tasks.names, at, lineText);
}

interface TaskArgs {
  readonly names: readonly string[];
  /** A flag makes the command read another file or folder: not checked. */
  readonly skip: boolean;
}

function justArgs(args: readonly string[]): TaskArgs {
  if (args.some((a) => /^(-f|--justfile|-d|--working-directory|-l|--list|--summary|--choose|--evaluate|--show|-s|--dump|--edit|-e|--init|--variables|--groups|--completions|--fmt|--command|-c)(=|$)/.test(a))) return { names: [], skip: true };
  const recipe = args.find((a) => !a.startsWith('-') && !a.includes('='));
  return { names: recipe && !recipe.includes('/') ? [recipe] : [], skip: false };
}

function taskArgs(args: readonly string[]): TaskArgs {
  const end = args.indexOf('--');
  const before = end < 0 ? args : args.slice(0, end);
  if (before.some((a) => /^(-d|--dir|-t|--taskfile|-l|--list|-a|--list-all|--init|-i|--summary|-g|--global)(=|$)/.test(a))) return { names: [], skip: true };
  return { names: before.filter((a) => !a.startsWith('-') && !a.includes('=')), skip: false };
}

function toxArgs(args: readonly string[]): TaskArgs {
  if (args.some((a) => /^(-c|--conf|--root|--workdir)(=|$)/.test(a))) return { names: [], skip: true };
  const names: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const m = /^(-e|--env|-f)(=?)(.*)$/.exec(args[k]);
    if (!m || m[1] === '-f') continue;
    const value = m[3] !== '' ? m[3] : args[++k];
    if (value) names.push(...value.split(',').map((s) => s.trim()).filter((s) => s !== '' && s !== 'ALL'));
  }
  return { names, skip: false };
}

function noxArgs(args: readonly string[]): TaskArgs {
  if (args.some((a) => /^(-f|--noxfile|-k|--keywords|-t|--tags)(=|$)/.test(a))) return { names: [], skip: true };
  const names: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const m = /^(-s|-e|--session|--sessions)(=(.*))?$/.exec(args[k]);
    if (!m) continue;
    if (m[3]) names.push(m[3]);
    while (k + 1 < args.length && !args[k + 1].startsWith('-')) names.push(args[++k]);
  }
  return { names, skip: false };
}

async function namedTasks(tool: 'just' | 'task' | 'tox' | 'nox', args: TaskArgs, cwd: string, at: CommandAt, inventory: TaskInventory, lineText: LineText): Promise<Finding[]> {
  if (args.skip) return [];
  const found = tool === 'just' ? await inventory.justfile(cwd) : tool === 'task' ? await inventory.taskfile(cwd) : tool === 'tox' ? await inventory.tox(cwd) : await inventory.nox(cwd);
  const expected = { just: 'justfile', task: 'Taskfile.yml', tox: 'tox.ini', nox: 'noxfile.py' }[tool];
  if (!found) return [missingFile(at, tool, joinRepoPath(cwd, expected) ?? expected, { just: 'recipes', task: 'tasks', tox: 'environments', nox: 'sessions' }[tool])];
  if (found.tasks.open) return [];
  let names = args.names;
  if (tool === 'task') {
    const namespaces = 'namespaces' in found.tasks ? (found.tasks.namespaces as ReadonlySet<string>) : new Set<string>();
    names = names.filter((n) => !(n.includes(':') && namespaces.has(n.slice(0, n.indexOf(':')))));
    if (args.names.length === 0 && found.tasks.names.size > 0) names = ['default'];
  }
  if (tool === 'tox' || tool === 'nox') {
    names = names.filter((n) => !hasSession(found.tasks.names, n, tool));
  }
  const what = { just: 'recipe', task: 'task', tox: 'environment', nox: 'session' }[tool];
  return staleNames(tool, what, names, found.file, found.tasks.names, at, lineText);
}

async function staleNames(tool: string, what: string, names: readonly string[], file: string, known: ReadonlySet<string>, at: CommandAt, lineText: LineText): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const name of names) {
    if (known.has(name) || isPlaceholder(name)) continue;
    const hint = closestName(name, known);
    out.push({
      id: 'stale-command',
      severity: 'error',
      file: at.source.file,
      line: at.source.line,
      message: `${at.where} says to run \`${at.command}\`, but ${file} has no ${what} "${name}".${hint ? ` Did it mean "${hint}"?` : ''}`,
      why: `A newcomer who copies this command gets an error from ${tool} on their first try and cannot tell whether their setup or the guide is wrong.`,
      fix: await renameFix(at, name, hint, lineText),
    });
  }
  return out;
}

function missingFile(at: CommandAt, tool: string, file: string, what: string): Finding {
  return {
    id: 'missing-task-file',
    severity: 'warning',
    file: at.source.file,
    line: at.source.line,
    message: `${at.where} says to run \`${at.command}\`, but there is no ${file} whose ${what} \`${tool}\` would use.`,
    why: 'The command fails in a fresh clone unless it is run somewhere else; the guide should say where (e.g. `cd <folder> && …`).',
  };
}

/** A one-line edit replacing the stale name with the close one, when the line holds the name as a word. */
async function renameFix(at: CommandAt, name: string, hint: string | undefined, lineText: LineText): Promise<FindingFix | undefined> {
  if (!hint) return undefined;
  const description = `Replace "${name}" with "${hint}".`;
  const text = await lineText(at.source.file, at.source.line);
  const word = new RegExp(`(^|[\\s\`'"])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s\`'",;)])`);
  if (text === undefined || !word.test(text)) return { description };
  return { description, edit: { file: at.source.file, line: at.source.line, replacement: text.replace(word, (_m, lead: string) => `${lead}${hint}`) } };
}
