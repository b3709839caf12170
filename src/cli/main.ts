import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NodeRepoFiles } from '../core/repo/nodeRepoFiles';
import { readGuide } from '../core/guide/readGuide';
import { toInspectJson } from '../core/guide/facts';
import { formatSummary } from '../core/guide/summary';
import { terminalLine, terminalSafeJson } from '../core/text/terminal';
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
  const facts = await readGuide(new NodeRepoFiles(args.dir), { projectName: basename(resolve(args.dir)) });
  if (!args.json) {
    // The summary lists every problem under "Problems"; printing warnings to stderr as well would say each twice.
    process.stdout.write(formatSummary(facts));
    return 0;
  }
  for (const p of facts.problems) {
    if (p.severity === 'warning') process.stderr.write(`${terminalLine(`warning: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)}\n`);
  }
  process.stdout.write(`${terminalSafeJson(JSON.stringify(toInspectJson(facts), null, 2))}\n`);
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
