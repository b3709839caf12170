import { spawn } from 'node:child_process';
import type { CommandRun } from '../core/checklist/types';

/** The most output kept of one run (its end, where the failure usually is). */
const MAX_OUTPUT = 256 * 1024;

/**
 * Runs one of the project's commands in a shell in `dir`, as the user would in a terminal (only for
 * `onramp checklist --run`, which the user asked for): output is kept and echoed to stderr, the exit code read.
 */
export function runProjectCommand(dir: string, command: string, echo: (chunk: string) => void): Promise<CommandRun> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, { cwd: dir, shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: process.env.CI ?? '1' } });
    const take = (data: Buffer): void => {
      const text = data.toString('utf8');
      echo(text);
      output = (output + text).slice(-MAX_OUTPUT);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => resolve({ command, exitCode: 127, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ command, exitCode: code ?? (signal ? 128 : 1), output }));
  });
}
