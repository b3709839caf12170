/**
 * Runs git for reading a repository without running anything the repository names. A repository's config can
 * name programs git starts: `core.fsmonitor` (a hook run on index reads), `gpg.program` (run when signatures are
 * shown: `log.showSignature`, `%G?` formats), diff `textconv` and `diff.external` (run when diffs are made),
 * `core.pager`, and hooks. Onramp switches each off on the command line (`-c` beats every config file), never
 * asks for signatures or diffs, and never pages.
 */
import { execFile } from 'node:child_process';

/** `-c` options that switch off every program a repository's config can make git run while reading. */
export const SAFE_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.untrackedCache=false',
  '-c', 'log.showSignature=false',
  '-c', 'diff.external=',
  '-c', 'core.pager=cat',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'gpg.program=false',
  '-c', 'credential.helper=',
] as const;

/** No prompts, no optional lock files (a background read must not block the user's git). */
const SAFE_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };

export interface GitResult {
  /** The exit code was 0. */
  readonly ok: boolean;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface GitOptions {
  /** Extra environment (e.g. the committer identity for a sign-off). */
  readonly env?: Readonly<Record<string, string>>;
  /** Leave hooks as the repository sets them (only for commands the user asked for in a trusted workspace). */
  readonly allowHooks?: boolean;
  /**
   * Keep the user's credential helpers, for commands that talk to a remote on the user's behalf (fetch, push),
   * asked for by the user in a trusted workspace. Prompts stay off either way.
   */
  readonly network?: boolean;
  readonly maxBuffer?: number;
  /** Kill git after this long (a hung fetch must not hang a command); default none. */
  readonly timeoutMs?: number;
}

/** git with the safety options; never throws for a non-zero exit (the caller says what it means). */
export function runGit(dir: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const config: string[] = [];
  for (let k = 0; k < SAFE_CONFIG.length; k += 2) {
    const setting = SAFE_CONFIG[k + 1];
    if (options.allowHooks && setting.startsWith('core.hooksPath=')) continue;
    if (options.network && setting.startsWith('credential.helper=')) continue;
    config.push(SAFE_CONFIG[k], setting);
  }
  return new Promise((resolve) => {
    execFile(
      'git',
      [...config, ...args],
      { cwd: dir, encoding: 'utf8', timeout: options.timeoutMs ?? 0, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, env: { ...process.env, ...SAFE_ENV, GCM_INTERACTIVE: 'never', ...options.env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 127) : 0;
        resolve({ ok: code === 0, code, stdout, stderr: stderr || (error && (code === 127 || error.killed) ? error.message : '') });
      },
    );
  });
}

/** The first line of git's complaint, for a message. */
export function gitError(result: GitResult): string {
  return result.stderr.split('\n').find((l) => l.trim() !== '')?.replace(/^(fatal|error): /, '') ?? `git exited with ${result.code}`;
}
