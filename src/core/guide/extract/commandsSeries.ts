/**
 * How the words around a code span in prose tie it to the steps beside it: a series of commands after one verb
 * ("run `make test`, `make test-all`, or whichever applies"), a span in a condition ("If you are running `make
 * test` on macOS"), a script that opens a list item with its purpose ("- `./scripts/vet.sh` to catch vet errors"),
 * and a span inside a link's label (a table-of-contents entry).
 */

/**
 * Only a joining word between the span before and this one, with at most an aside about the first ("`make check`
 * (current build options) and `./build_matrix.sh`"), or a short purpose of the first ("run `make format` to format,
 * `make lint` to check"): both are items of one series.
 */
// ("`make test` & `make lint` respectively": an ampersand joins them too.)
// ("run `npm install`, then `npm run build`, and finally `npm test`": the order words join the series too.)
// ("Set up with `pip install pre-commit` followed by `pre-commit install`": the step after a step.)
const SERIES_JOIN = /^`{0,2}\s{0,3}(?:\([^()`]{0,120}\)\s{0,3}|to\s+[a-z]+(?:\s+[a-z]+){0,3}\s{0,3})?(?:,|,?\s{0,3}(?:and|or|&(?:amp;)?)|,\s{0,3}(?:and|or)|,?\s{0,3}(?:and\s+)?followed\s+by)(?:\s{1,3}(?:then|finally|lastly|afterwards))?\s{0,3}$/i;

/**
 * Whether the span at `offset` continues a series whose previous span, a step, ended at `previousEnd`: what a
 * sentence says to run holds for every span it lists.
 */
export function continuesSeries(text: string, previousEnd: number, offset: number): boolean {
  return previousEnd >= 0 && offset > previousEnd && offset - previousEnd <= 140 && SERIES_JOIN.test(text.slice(previousEnd, offset));
}

/**
 * Words right before a span that put it in a condition: "If you are running `make test` on macOS, install GNU sed",
 * "when using `npm test`". The sentence's step is elsewhere; the span only names when it applies.
 */
// "The first time you run the `go install` command, ...", "when you run `nvm install X`, nvm downloads ...": a
// moment in time, whose sentence says what happens then; the step, if any, is given elsewhere. ("Once you have run
// `x`" is left out: it often recalls the step just given as the way to the next one.)
export const CONDITION_BEFORE =
  /\b(?:if|when|whenever|while)\s+you(?:'re|\s+are)\s+(?:running|using|invoking|calling)\s{0,3}(?:the\s+)?$|\b(?:(?:the\s+)?(?:first|next)\s+time|when|whenever|each\s+time|every\s+time)\s+you\s+(?:run|use|execute|invoke)\s{0,3}(?:the\s+)?$/i;

/**
 * Words right after a span that opens a list item and say what it is for: "- `./scripts/vet.sh` to catch vet
 * errors", "- `bin/check` — runs the linters". The item is the step; its purpose gives the phase. "checks out the
 * release branch" is git's checkout, not a check.
 */
export const ITEM_PURPOSE_AFTER = /^`{0,2}\s{0,3}(?:to\s+(?:run|catch|check|lint|format|test|verify|validate|build|install|set\s+up|find|fix)\b|[—–]\s{0,3}(?:runs?|checks?(?!\s+out\b)|lints?|formats?|tests?|builds?|installs?)\b)/i;

/**
 * Whether a span sits inside a link's label (`[Calling `nvm use` automatically](#calling-nvm-use)`): a heading named
 * in a table of contents, or a page named by its title, not a step.
 */
export function insideLinkLabel(text: string, offset: number, length: number): boolean {
  // Windows of a few hundred characters either side: a paragraph of thousands of spans stays linear.
  const before = text.slice(Math.max(0, offset - 300), offset);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.lastIndexOf(']') > open) return false;
  const after = text.slice(offset + length, offset + length + 300);
  const close = after.indexOf(']');
  return close >= 0 && after.startsWith('(', close + 1);
}
