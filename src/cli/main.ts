import { NodeRepoFiles } from '../core/repo/nodeRepoFiles';
import { locateGuide } from '../core/guide/locateGuide';

/** `onramp` command line: the same core as the extension, for terminals, hooks and CI. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'inspect') {
    const dir = rest.find((a) => !a.startsWith('-')) ?? '.';
    const guide = await locateGuide(new NodeRepoFiles(dir));
    process.stdout.write(`${guide ?? 'no contribution guide'}\n`);
    return 0;
  }
  process.stderr.write('usage: onramp inspect [dir] [--json]\n');
  return command === undefined || command === '--help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`onramp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
