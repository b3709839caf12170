import { terminalLine } from '../core/text/terminal';
import { COMMANDS } from './commands';
import { usageError } from './io';
import { USAGE } from './usage';

/** `onramp` command line: the same core as the extension, for terminals, hooks and CI. */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(`unknown command "${name}"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}

// exitCode, not exit(): exit() can end the process before a pipe has taken all of stdout.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user mistake: one line, no stack trace.
    process.stderr.write(`onramp: ${terminalLine(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  },
);
