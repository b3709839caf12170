/**
 * Commands that only change the shell they are typed in: a PATH or GOPATH export, a sourced virtualenv, a dev shell
 * (`nix develop`, `poetry shell`), a Windows virtualenv activator, an interactive container shell (`docker run -it image bash`). The guide is right to
 * list them, but run by Onramp as a task of their own they change nothing, or never end, so the walkthrough shows
 * them to type instead of running them, and does not wait for them.
 *
 * The lines after them in the guide are meant to run in the shell they made: `pip install -e .` after
 * `source .venv/bin/activate` installs into the virtualenv, and run on its own it installs into the system Python
 * (or fails where the system Python is managed). So each later command is run inside what came before it
 * (`planShell`): after the environment lines, or through the dev shell's own way to run one command, and a line
 * typed inside an interactive container shell is shown to type there, never run on the host.
 */
import type { SourcedCommand } from '../guide/facts';
import { isConsoleCall } from '../guide/extract/commandsConsole';
import { keepsRunning } from '../guide/extract/commandsKeepRunning';

export { keepsRunning };

const SHELL_STATE =
  /^(?:export\s|[\w.\\/-]*\\Scripts\\[Aa]ctivate(?:\.bat|\.ps1)?$|(?:source|\.)\s+\S|(?:conda|mamba|micromamba)\s+activate\b|workon\s|nix\s+develop\b(?![^\n]{0,200}\s(?:-c|--command)\b)|nix-shell\b(?![^\n]{0,200}\s--(?:run|command)\b)|(?:poetry|pipenv|hatch)\s+shell\b|(?:sudo\s+)?(?:docker|podman)\s+(?:run|exec)\s[^\n]{0,2000}?\s(?:bash|sh|zsh|\/bin\/(?:ba)?sh)$)/;

export const changesShellOnly = (command: string): boolean => command.length <= 2100 && SHELL_STATE.test(command.trim());

/** How Onramp runs one of the guide's commands: `run` is the command line given to the shell, null when it is only shown to type. */
export interface ShellStep {
  readonly command: SourcedCommand;
  readonly run: string | null;
  /** The earlier guide lines `run` runs inside (or, when `run` is null, the shell the line is typed in); empty when none. */
  readonly inside: readonly string[];
  /** The interactive container shell the line is typed in (then `run` is null); null for a line of the host's shell. */
  readonly container: string | null;
  /** The line is a call typed at a language's console (`devtools::test()`, `Pkg.test("X")`), never run in a shell. */
  readonly console?: true;
  /** The line starts something that runs until stopped (a watch mode, a dev server): shown to start, never waited for. */
  readonly keepsRunning?: true;
  /** The line is Windows' own (a `.bat`/`.cmd`/`.ps1` script, a backslash path, a PowerShell cmdlet): shown, never run in sh. */
  readonly windowsOnly?: true;
  /** The interactive program the line is typed into (`sbt`'s shell for `compile`): shown to type there, never run in sh. */
  readonly typedIn?: string;
}

/**
 * A line only Windows runs: a script by a backslash path (`script\test.bat`, `.\build.ps1`), a batch file or a
 * PowerShell script run by name (`Build.cmd`, `build.ps1`), a PowerShell cmdlet (`Get-ChildItem`, `Install-Module`),
 * or `cmd /c`. Guides give them beside the Unix line of the same step; sh cannot run them. (`pwsh script.ps1` runs
 * wherever PowerShell is installed, so it is not one of them.)
 */
const WINDOWS_ONLY = [
  /^(?:\.\\)?(?:[\w.-]{1,60}\\){1,8}[\w.-]{1,60}(?=\s|$)/,
  /^(?:\.\/)?[\w./-]{0,200}\.(?:bat|cmd|ps1)(?=\s|$)/i,
  /^(?:Get|Set|New|Remove|Install|Uninstall|Import|Invoke|Start|Stop|Add|Enable|Disable|Test|Update|Grant|Register)-[A-Z][A-Za-z]{1,40}(?=\s|$)/,
  /^cmd(?:\.exe)?\s+\/[ck]\b/i,
];
export const windowsOnly = (command: string): boolean => command.length <= 2100 && WINDOWS_ONLY.some((p) => p.test(command.trim()));


/** A guide's commands as `planShell` runs them, by command; setup, then tests, then linters, in that order. */
export type ShellPlan = ReadonlyMap<SourcedCommand, ShellStep>;

export const planGuideCommands = (commands: { readonly setup: readonly SourcedCommand[]; readonly test: readonly SourcedCommand[]; readonly lint: readonly SourcedCommand[] }): ShellPlan =>
  new Map(planShell([...commands.setup, ...commands.test, ...commands.lint]).map((s) => [s.command, s]));

/** The command line run for `c`: as planned, or the line itself when the plan does not hold it; null when it is only typed. */
export function runFor(plan: ShellPlan, c: SourcedCommand): string | null {
  const planned = plan.get(c);
  return planned ? planned.run : c.command;
}

// Lines that set the shell's environment in a way a POSIX shell can repeat before another command. A Windows
// activator (`.venv\Scripts\activate`) is not one, nor `workon` (a function of the user's interactive shell): they
// are shown to type, and nothing is run after them. `conda activate` needs `conda init` in an interactive shell, so
// it is a dev shell, run through `conda run`.
const POSIX_ENV = /^(?:export\s+[A-Za-z_]\w*=|(?:source|\.)\s+[^\s\\]+$)/;
// Dev shells with their own way to run one command in them (throughDevShell).
const DEV_SHELL = /^(?:(?:poetry|pipenv|hatch)\s+shell$|nix\s+develop\b|nix-shell\b|(?:conda|mamba|micromamba)\s+activate\s+[\w.-]+$)/;
const CONTAINER_SHELL = /^(?:sudo\s+)?(?:docker|podman)\s+(?:run|exec)\s/;

const quoted = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The command `inner` as run inside the dev shell `shell` (a DEV_SHELL line). */
function throughDevShell(shell: string, inner: string): string {
  const words = shell.trim().split(/\s+/);
  if (words[0] === 'nix') return `${words.join(' ')} -c sh -c ${quoted(inner)}`;
  if (words[0] === 'nix-shell') return `${words.join(' ')} --run ${quoted(inner)}`;
  if (words[1] === 'activate') return `${words[0]} run -n ${words[2]} sh -c ${quoted(inner)}`;
  return `${words[0]} run ${inner}`;
}

/** Two commands read from one code block: same file, on lines next to each other (a comment line may sit between). */
const sameBlock = (a: SourcedCommand, b: SourcedCommand): boolean => a.source.file === b.source.file && b.source.line > a.source.line && b.source.line - a.source.line <= 2;

/**
 * Each command in reading order with the command line Onramp runs for it. Environment lines and dev shells hold for
 * every later command (a guide says them once, then assumes them); an interactive container shell holds only for
 * the lines after it in the same code block, which are shown to type inside it.
 */
export function planShell(commands: readonly SourcedCommand[]): ShellStep[] {
  // The guide's environment lines, and each as run before a later command: `.` rather than `source`, the same in
  // bash and zsh and also what /bin/sh (the CLI's shell) knows.
  const env: { readonly line: string; readonly run: string }[] = [];
  let devShell: string | null = null;
  let container: SourcedCommand | null = null;
  let previous: SourcedCommand | null = null;
  const plan: ShellStep[] = [];
  for (const command of commands) {
    const text = command.command.trim();
    if (container && previous && sameBlock(previous, command)) {
      plan.push({ command, run: null, inside: [container.command], container: container.command });
      previous = command;
      continue;
    }
    container = null;
    // A task typed at sbt's prompt (`compile`, `junit/test`): the guide read it there; a shell would run something else.
    if (command.typedIn !== undefined) {
      plan.push({ command, run: null, inside: [command.typedIn], container: null, typedIn: command.typedIn });
      previous = command;
      continue;
    }
    // A function call alone (`devtools::test()`, `Pkg.test("X")`): R and Julia guides give their test run at the
    // language's console; a shell reads `name()` as the start of a function definition.
    if (isConsoleCall(text)) {
      plan.push({ command, run: null, inside: [], container: null, console: true });
      previous = command;
      continue;
    }
    if (windowsOnly(text)) {
      plan.push({ command, run: null, inside: [], container: null, windowsOnly: true });
      previous = command;
      continue;
    }
    const inside = [...env.map((e) => e.line), ...(devShell ? [devShell] : [])];
    if (keepsRunning(text)) {
      plan.push({ command, run: null, inside, container: null, keepsRunning: true });
      previous = command;
      continue;
    }
    if (changesShellOnly(text)) {
      plan.push({ command, run: null, inside, container: null });
      const run = text.replace(/^source\s+/, '. ');
      if (POSIX_ENV.test(text)) {
        if (!env.some((e) => e.run === run)) env.push({ line: text, run });
      } else if (DEV_SHELL.test(text)) devShell = text;
      else if (CONTAINER_SHELL.test(text)) container = command;
    } else {
      const inner = devShell ? throughDevShell(devShell, text) : text;
      plan.push({ command, run: [...env.map((e) => e.run), inner].join(' && '), inside, container: null });
    }
    previous = command;
  }
  return plan;
}
