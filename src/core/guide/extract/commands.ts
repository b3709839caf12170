import { SourcedCommand } from '../facts';
import { Block, CodeBlock } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { MAX_COMMAND_LENGTH, cleanCommandLine, hasPrompt, isCommand, toolOf } from './commandLine';
import { underHeading } from './text';

export type CommandKind = 'setup' | 'test' | 'lint';

const DEEP_TASK = /(^|\s)[\w-]+:[\w-]+:[\w:-]+(\s|$)/;
const MAX_PER_KIND = 6;

const SHELL_LANGS = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'fish', 'shellsession', 'shell-session', 'sh-session', 'bash-session', 'terminal', 'cmd', 'bat', 'batch', 'powershell', 'pwsh', 'ps1', 'ps', 'text', 'txt', 'plain', 'plaintext', 'none', 'prompt']);

/** Sections whose commands are for maintainers or side quests, not a first contribution. */
const SKIP_SECTION = /container|podman|codespace|vagrant|virtual machine|releas|publish|deploy|debug|benchmark|\bperf(ormance)?\b|profil|troubleshoot|translat|\bdocs?\s+(site|website)\b|website|documentation site|playground|maintainer|reviewing|changelog|versioning|bisect/i;

/**
 * Arguments that mark a command as an example to adapt (a file, a test name, a filter), not a step to run. A
 * bracket starts a placeholder only at the start of a word (`[options]`); right after a path or package it is a
 * Python extra (`".[dev,test]"`, `pkg[extra]`).
 */
const EXAMPLE_ARGS = /(^|\s)[\w:-]{1,100}\*(\s|$)|\s--filter[\s=]|\s~\/|<[^>]{1,60}>|(?:^|\s)\[[^\]]{1,60}\]|\$[A-Z_]{2}|\{[^}]{1,60}\}|(?<![/.])\.\.\.|\s-t\s|--grep|--testNamePattern|\s--\s+\S/;
/**
 * An environment variable that narrows a run to some tests, files or packages (`TESTS=`, `WHAT=`, `FILTER=`,
 * `TEST_ONLY=`, `TEST_GREP=`, `SPEC_PATTERN=`): by its whole name, or by a selecting last part. A knob such as
 * `RUST_TEST_THREADS=1` or `CI=true` does not select.
 */
const SELECTING_VAR = /^[A-Z][A-Z0-9_]{0,40}=/;
const SELECTING_NAME = /^(?:TESTS?|SPECS?|FILES?|PKGS?|PACKAGES?|WHAT|FILTER|GREP|ONLY|PATTERN|FOCUS|SUITE)$|_(?:ONLY|GREP|FILTER|PATTERN|MATCH|FOCUS|NAMES?|FILES?|PATHS?|PKGS?|PACKAGES?|SUITES?)$/;

const TEST = /(^|[\s:/_-])(test|tests|testing|tdd|spec|specs|jest|pytest|vitest|mocha|rspec|e2e|ctest|coverage|cov|tox|nox|integration|unit)(\b|[:_-]|$)|\bbin\/test\b/i;
const LINT = /(^|[\s:/_-])(lint|lint-\w+|eslint|fmt|format|prettier|clippy|vet|typecheck|type-check|tsc|rubocop|gofmt|flow|check|check:\w+|verify|fix|stylelint|black|ruff|mypy|spell\w*|golangci-lint|pre-commit)(\b|[:_-]|$)/i;
const SETUP = /(^|[\s:/_-])(install|i|ci|build|build:\w+|bootstrap|deps|setup|dev|watch|compile|prepare|init|sync|restore)(\b|[:_-]|$)/i;

/** The tool alone is the whole install/build step for these (`yarn`, `make`, `bundle`). */
const BARE_SETUP = /^(yarn|pnpm|npm\s+install|bun|make|bundle|mix\s+deps\.get|composer\s+install|poetry\s+install|go\s+build|cargo\s+build)$/;
/** Toolchain managers: whatever they are asked (`rustup default stable`, `nvm use`), they set up the machine. */
const TOOLCHAIN = /^(rustup|nvm|fnm|volta|asdf|mise|pyenv|rbenv|sdk)$/;
/** Package managers, and their subcommands that fetch dependencies: `npm install --save-dev jest` is setup, not test. */
const PACKAGE_MANAGER = /^(npm|pnpm|yarn|bun|pip|pip3|pipx|poetry|uv|pdm|hatch|rye|conda|mamba|gem|bundle|bundler|composer|cargo|dotnet|mix|pod|dart|flutter|deno|swift)$/;
const FETCH_SUBCOMMAND = /^(install|i|add|ci|sync|get|deps\.get|restore|fetch)$/;

export function classify(command: string): CommandKind | undefined {
  const words = command.split(/\s+/);
  const tool = toolOf(command) ?? '';
  const rest = command.slice(command.indexOf(tool) + tool.length);
  if (BARE_SETUP.test(command.trim())) return 'setup';
  if (fetchesDependencies(tool, rest)) return 'setup';
  if (/^(tox|nox)$/.test(tool)) return toxEnvironment(rest);
  if (TEST.test(tool) || TEST.test(rest)) return 'test';
  if (LINT.test(tool) || LINT.test(rest)) return 'lint';
  if (SETUP.test(rest) || TOOLCHAIN.test(tool) || (words.length === 1 && /^(make|yarn|pnpm|bun)$/.test(tool))) return 'setup';
  return undefined;
}

/** `npm install …`, `pip install …`, `python -m pip install …`, `uv pip install`, `rustup component add …`, `pre-commit install`. */
function fetchesDependencies(tool: string, rest: string): boolean {
  const args = rest.trim().split(/\s+/).filter((w) => w !== '' && !w.startsWith('-'));
  let manager = tool;
  let k = 0;
  // `python -m pip install`, `uv pip install`, `poetry run pip install`: the package manager is further in.
  while (k < args.length - 1 && k < 3 && /^(pip|pip3|run|exec|tool|component|target|toolchain)$/.test(args[k])) {
    if (/^(pip|pip3)$/.test(args[k])) manager = args[k];
    k++;
  }
  if (TOOLCHAIN.test(tool) || tool === 'pre-commit') return FETCH_SUBCOMMAND.test(args[k] ?? '');
  return (PACKAGE_MANAGER.test(manager) || /^python3?$/.test(tool)) && FETCH_SUBCOMMAND.test(args[k] ?? '');
}

/** `tox -e lint` lints, `tox -e py312` tests, plain `tox` runs the test environments. */
function toxEnvironment(rest: string): CommandKind | undefined {
  const env = /(?:^|\s)(?:-e|--env|-s|--session(?:s)?)(?:\s+|=)([\w.,-]{1,80})/.exec(rest)?.[1];
  if (!env) return 'test';
  if (LINT.test(env) || /(^|[,_-])(style|flake8|pylint|pre-commit|typing|types)($|[,_-])/i.test(env)) return 'lint';
  if (TEST.test(env) || /(^|[,_-])py\d*($|[,_-])|(^|[,_-])pypy/i.test(env)) return 'test';
  if (SETUP.test(env)) return 'setup';
  return undefined;
}

/** Setup, test and lint commands in reading order, each kept once at its first mention. */
export function commands(sources: Sources): Record<CommandKind, SourcedCommand[]> {
  const out: Record<CommandKind, SourcedCommand[]> = { setup: [], test: [], lint: [] };
  const seen = new Set<string>();
  const add = (command: string, at: Located, line: number): void => {
    const key = command.replace(/\s+/g, ' ');
    if (seen.has(canonical(key)) || isExample(command)) return;
    const kind = classify(command);
    if (!kind || (kind === 'test' && isFilteredTestRun(command))) return;
    // `rake activerecord:mysql2:test` after the plain test command is one component's variant, not another step.
    if (DEEP_TASK.test(key) && out[kind].length > 0) return;
    // A newcomer needs the main steps; a long tail of per-component variants buries them.
    if (out[kind].length >= MAX_PER_KIND) return;
    seen.add(canonical(key));
    out[kind].push({ command: key, source: sourceOf(at, line) });
  };
  for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
    const b = l.block;
    if (b.commented || b.kind === 'heading' || underHeading(l, SKIP_SECTION)) continue;
    if (b.kind === 'code') {
      if (!SHELL_LANGS.has(b.lang)) continue;
      for (const { command, line } of codeCommands(b)) add(command, l, line);
    } else {
      for (const span of inlineCommands(b)) add(span.command, l, span.line);
    }
  }
  return out;
}

/** A command written as an example to adapt rather than a step to run. */
function isExample(command: string): boolean {
  if (EXAMPLE_ARGS.test(command)) return true;
  return command.split(/\s+/).some((w) => SELECTING_VAR.test(w) && SELECTING_NAME.test(w.slice(0, w.indexOf('='))));
}

/** One spelling per step, so `pnpm i` after `pnpm install`, or `pnpm build` after `pnpm run build`, is a repeat. */
function canonical(command: string): string {
  return command
    .replace(/^(npm|pnpm|bun|yarn)\s+i(\s|$)/, '$1 install$2')
    .replace(/^(pnpm|bun|yarn)\s+run\s+/, '$1 ')
    .replace(/^yarn install$/, 'yarn');
}

/**
 * A test run narrowed to one package, file or name (`yarn jest babel-cli`, `bin/test models`, `node --test a.js`):
 * an example of how to focus, not the suite a newcomer runs.
 */
function isFilteredTestRun(command: string): boolean {
  const words = command.split(/\s+/).filter((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  // One word each, anchored at its end: a test file (`spec/models/user_spec.rb:12`), never a scan of the whole line.
  if (words.some((w) => TEST_FILE.test(w))) return true;
  const positional = words.filter((w) => !w.startsWith('-'));
  if (/^(npm|pnpm|yarn|bun)$/.test(positional[0] ?? '')) {
    const script = positional[1] === 'run' || positional[1] === 'exec' ? 2 : 1;
    return positional.length > script + 1 && !positional.includes('&&');
  }
  if (/^(jest|vitest|mocha|bin\/test|rspec|pytest)$/.test(positional[0] ?? '')) return positional.length > 1;
  return false;
}

const TEST_FILE = /\.(?:rb|js|ts|mjs|cjs|py|go|rs|ex|exs|php|java)(?::\d{1,9}(?:-\d{1,9})?)?$/;

function* codeCommands(block: CodeBlock): Iterable<{ command: string; line: number }> {
  const lines = block.text.replace(/\n$/, '').split('\n');
  const prompted = lines.some(hasPrompt);
  let pending: { text: string; line: number } | null = null;
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k];
    if (pending) {
      pending.text += ' ' + raw.trim().replace(/\\$/, '').trim();
      if (!raw.trimEnd().endsWith('\\') || pending.text.length > MAX_COMMAND_LENGTH) {
        if (pending.text.length <= MAX_COMMAND_LENGTH && isCommand(pending.text)) yield { command: pending.text, line: pending.line };
        pending = null;
      }
      continue;
    }
    if (prompted && !hasPrompt(raw)) continue;
    const cleaned = cleanCommandLine(raw);
    if (!cleaned) continue;
    if (cleaned.endsWith('\\')) {
      pending = { text: cleaned.slice(0, -1).trim(), line: block.line + k };
      continue;
    }
    if (isCommand(cleaned)) yield { command: cleaned, line: block.line + k };
  }
}

/** Code spans that are commands; a one-word span counts only when the prose says to run it. */
function inlineCommands(block: Exclude<Block, CodeBlock | { kind: 'heading' }>): { command: string; line: number }[] {
  const found: { command: string; line: number }[] = [];
  for (const span of block.code) {
    const command = cleanCommandLine(span.text);
    if (!command || !isCommand(command) || /\n/.test(command)) continue;
    if (!command.includes(' ')) {
      const before = block.text.slice(Math.max(0, span.offset - 30), span.offset);
      if (!/(\b(run|type|execute|running|typing|then)|:)\s*$/i.test(before)) continue;
    }
    found.push({ command, line: span.line });
  }
  return found;
}
