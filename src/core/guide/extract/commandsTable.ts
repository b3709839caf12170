/** Commands in table rows: a row's label that gives the phase, and a cell that only describes the row's command. */
import type { Located } from '../sources';
import type { CommandKind } from './commands';
import { isCommand } from './commandLine';
import { onlyTheSpan } from './commandsInline';
import { plain } from './text';

/** A row's first cell that names a phase: "Install", "Set up", "Build", "Run tests", "Lint", "Format code". */
const ROW_LABEL: readonly (readonly [RegExp, CommandKind])[] = [
  [/^(?:set\s?up|setup|install(?:ation|ing)?(?:\s+(?:the\s+)?(?:dev(?:elopment)?\s+)?(?:deps|dependencies|requirements|package|tools|environment))?|bootstrap|build(?:ing)?|compil(?:e|ing|ation)|prepare)\W*$/i, 'setup'],
  [/^(?:run(?:ning)?\s+(?:the\s+)?)?(?:(?:unit|integration|all|e2e|end-to-end|full|whole)\s+)*(?:tests?|testing|specs?|test\s+suite)(?:\s+suite)?\W*$/i, 'test'],
  [/^(?:run(?:ning)?\s+(?:the\s+)?)?(?:lint(?:ing|ers?)?|format(?:ting|ters?)?(?:\s+(?:the\s+)?code)?|(?:check\s+)?style(?:\s+checks?)?|type[\s-]?check(?:ing|s)?|static\s+(?:analysis|checks))\W*$/i, 'lint'],
];

/**
 * The phase a table row's first cell gives the command in a later cell ("| Test | `pytest` |"), as a heading gives a
 * block its phase. Only a label in words: a first cell that is a command is the row's step (describesRowCommand).
 */
export function rowLabelKind(flow: readonly Located[], k: number): CommandKind | undefined {
  const b = flow[k].block;
  if (b.kind !== 'paragraph' || b.column === undefined || b.column === 0) return undefined;
  const first = flow[k - b.column]?.block;
  if (first === undefined || first.kind !== 'paragraph' || first.column !== 0 || first.line !== b.line || first.code.length > 0) return undefined;
  const label = plain(first).trim();
  return ROW_LABEL.find(([pattern]) => pattern.test(label))?.[1];
}

/**
 * Whether the table's header over a cell names commands ("Command", "Run", "How"): a lone tool in a cell is then a
 * run, not a tool listed by purpose ("| Testing | `pytest` |" under "Tool").
 */
export function headerNamesCommands(flow: readonly Located[], k: number): boolean {
  const b = flow[k].block;
  if (b.kind !== 'paragraph' || b.column === undefined) return false;
  let j = k;
  // Back over the table's cells (consecutive cells of the same document, their rows in order) to its first row.
  while (j > 0 && flow[j - 1].doc === flow[k].doc && flow[j - 1].block.kind === 'paragraph' && (flow[j - 1].block as { column?: number }).column !== undefined && flow[j - 1].block.line <= flow[j].block.line) j--;
  const firstLine = flow[j].block.line;
  const header = flow.slice(j, k + 1).find((l) => l.block.line === firstLine && l.block.kind === 'paragraph' && l.block.column === b.column);
  return header !== undefined && header.block.line !== b.line && /\b(?:commands?|run|how|invocation|scripts?|shell|usage|cli)\b/i.test(plain(header.block));
}

/**
 * A table cell after the row's first, when that first cell is a command (`| \`npm run typecheck\` | Type-check with
 * \`tsc --noEmit\` |`): it says what the row's command does, and the spans in it are that command's parts.
 */
export function describesRowCommand(flow: readonly Located[], k: number): boolean {
  const b = flow[k].block;
  if (b.kind !== 'paragraph' || b.column === undefined || b.column === 0) return false;
  const first = flow[k - b.column]?.block;
  // A cell that is itself only a command (`| pre-commit | \`pip install pre-commit\` |`) is a step of its own.
  const words = b.text.replace(/`[^`]*`/g, ' ').replace(/[\W_]+/g, ' ').trim();
  if (words.split(' ').filter((w) => w.length > 0).length < 2) return false;
  return first !== undefined && first.kind === 'paragraph' && first.column === 0 && first.line === b.line && first.code.length === 1 && onlyTheSpan(first.text, first.code[0].text) && isCommand(first.code[0].text.trim());
}
