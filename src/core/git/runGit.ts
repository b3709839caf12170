import { execFile } from 'node:child_process';

export interface GitResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs git without a shell, never prompting (a credential prompt would hang a background task), with a timeout.
 * Never throws: a failure is `ok: false` with git's stderr.
 */
export function runGit(dir: string, args: readonly string[], timeoutMs = 60_000): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      { cwd: dir, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C' } },
      (error, stdout, stderr) => resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr || (error && !('code' in error && typeof error.code === 'number') ? error.message : '')) }),
    );
  });
}
