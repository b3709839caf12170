/** Commands in table rows: a row's label that gives the phase, and a cell that only describes the row's command. */
import type { Located } from '../sources';
import type { CommandKind } from './commands';
import { isCommand } from './commandLine';
import { onlyTheSpan } from './commandsInline';
import { plain } from './text';

/** A row's first cell that names a phase: "Install", "Set up", "Build", "Run tests", "Lint", "Format code". */
const ROW_LABEL: readonly (readonly [RegExp, CommandKind])[] = [
  [/^(?:set\s?up|setup|install(?:ation|ing)?(?:\s+(?:the\s+)?(?:deps|dependencies|package))?|bootstrap|build(?:ing)?|compil(?:e|ing|ation)|prepare)\W*$/i, 'setup'],
  [/^(?:(?:run(?:ning)?\s+(?:the\s+)?)?(?:unit\s+|all\s+)?tests?|testing|test\s+suite)\W*$/i, 'test'],
  [/^(?:lint(?:ing)?|format(?:ting)?(?:\s+(?:the\s+)?code)?|(?:check\s+)?style|type[\s-]?check(?:ing)?|static\s+analysis)\W*$/i, 'lint'],
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
