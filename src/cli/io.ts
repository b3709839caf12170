import { statSync } from 'node:fs';
import { USAGE } from './usage';

/** Prints a usage error and returns exit code 2. */
export function usageError(message: string): number {
  process.stderr.write(`onramp: ${message}\n${USAGE()}`);
  return 2;
}

/** The one folder argument (default "."), or exit code 2 after saying what is wrong. */
export function folderArg(positionals: readonly string[]): string | number {
  if (positionals.length > 1) return usageError(`expected one folder, got ${positionals.length}`);
  const dir = positionals[0] ?? '.';
  if (!isDirectory(dir)) return usageError(`"${dir}" is not a folder`);
  return dir;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
