/** The `onramp` command line, parsed without a library: one command, one optional folder, a few flags. */
export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'inspect'; readonly dir: string; readonly json: boolean }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = 'usage: onramp inspect [dir] [--json]\n';

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command !== 'inspect') return { kind: 'error', message: `unknown command "${command}"` };
  let json = false;
  const dirs: string[] = [];
  for (const arg of rest) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option "${arg}"` };
    else dirs.push(arg);
  }
  if (dirs.length > 1) return { kind: 'error', message: `expected one folder, got ${dirs.length}` };
  return { kind: 'inspect', dir: dirs[0] ?? '.', json };
}
