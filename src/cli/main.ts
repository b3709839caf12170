import { statSync } from 'node:fs';
import { NodeRepoFiles } from '../core/repo/nodeRepoFiles';
import { readGuide } from '../core/guide/readGuide';
import { toInspectJson } from '../core/guide/facts';
import { formatSummary } from '../core/guide/summary';
import { USAGE, parseArgs } from './args';

/** `onramp` command line: the same core as the extension, for terminals, hooks and CI. */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`onramp: ${args.message}\n${USAGE}`);
    return 2;
  }
  if (!isDirectory(args.dir)) {
    process.stderr.write(`onramp: "${args.dir}" is not a folder\n${USAGE}`);
    return 2;
  }
  const facts = await readGuide(new NodeRepoFiles(args.dir));
  for (const p of facts.problems) {
    if (p.severity === 'warning') process.stderr.write(`warning: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  }
  process.stdout.write(args.json ? `${JSON.stringify(toInspectJson(facts), null, 2)}\n` : formatSummary(facts));
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bug, not a user mistake: one line, no stack trace.
    process.stderr.write(`onramp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
