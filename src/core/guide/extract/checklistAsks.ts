/**
 * Whether a list's items ask something of the contributor. A checklist is a list of things to do or to have done
 * ("Run the tests", "Make sure the docs build", "All new APIs must come with tests"); a list of statements about
 * the project or its process ("The `main` branch holds the next release", "We triage every new PR", "Bug fixes.")
 * under a heading about sending a change is information, whatever the heading says.
 */
import { collapseWhitespace } from '../../text/normalize';

/** Verbs that open a request in the imperative; kept to words that are rarely the first word of a statement. */
const IMPERATIVE = new Set(
  (
    'add adhere adjust allow apply ask attach avoid be break bump build check checkout choose clean comment commit compile complete confirm consider ' +
    'create declare delete describe do document double-check edit enable ensure explain file fill fix follow fork format give go ' +
    'have implement include install keep label limit link lint list look make mark mention merge move name never open pass please prefer ' +
    'provide push put read rebase reference remember remove rename request rerun re-run resolve respond review run search see send set sign ' +
    'split squash start state submit sync take tick try update upload use validate verify wait write always'
  ).split(' '),
);

/** A modal that makes a statement a requirement ("Each PR must ...", "Tests should pass", "You need to ..."). */
const REQUIREMENT = /\b(?:must|should|shall|needs?\s+to|ha(?:s|ve)\s+to|required|don'?t|do\s+not)\b/i;

/** The words of an item without leading markup, numbering or a bold label ("**Tests**: add them"). */
function words(text: string): string {
  return collapseWhitespace(text)
    .replace(/[\u2018\u2019]/g, "'") // a typographic apostrophe ("don’t") reads as a plain one
    .replace(/^(?:\*\*[^*]{1,60}\*\*:?|__[^_]{1,60}__:?|[^\p{L}\p{N}]+)\s*/u, '')
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * A request anywhere in the item: "please" and a verb of asking ("..., contributors are prompted to sign. Please sign
 * it.", "If you submit code, please ensure it has tests."). "Please note" explains rather than asks.
 */
const PLEASE_ASKS = new RegExp(String.raw`\bplease\s+(?!note\b)(?:${[...IMPERATIVE].filter((w) => w !== 'please').join('|')})\b`, 'i');

/** A plain label of one to three words and a colon ("Tests: ...", "Code style: ..."), then an item that asks. */
function askedAfterLabel(said: string): boolean {
  const m = /^[\p{Lu}][\p{L}-]*(?:\s+[\p{L}-]+){0,2}:\s+(\S.*)$/u.exec(said);
  return m !== null && m[1] !== said && asksOfContributor(m[1]);
}

/** One item asks something of the contributor: an imperative, a requirement, or a condition followed by either. */
export function asksOfContributor(text: string): boolean {
  // "**Write tests:** every change needs one": the bold label is the request, whatever the words after it say.
  if (labelIsAStep(text)) return true;
  const said = words(text);
  if (REQUIREMENT.test(said)) return true;
  const first = /^[\p{L}'-]+/u.exec(said)?.[0].toLowerCase();
  if (first !== undefined && IMPERATIVE.has(first)) return true;
  // "Tests: add them", "CLA: ... Please sign it": a plain label before the request, or a "please" with its verb.
  if (askedAfterLabel(said) || PLEASE_ASKS.test(said)) return true;
  // "If adding a new feature:" over nested items: a case whose items are the requests.
  if (/^(?:if|when|for|in\s+case)\b[^.]{1,120}:$/i.test(said)) return true;
  // "If you changed the API, update the docs": the request follows the condition.
  const after = /^(?:if|when|once|for|in\s+case|since|because)\b[^,]{1,120},\s*([\p{L}'-]+)/iu.exec(said)?.[1]?.toLowerCase();
  return after !== undefined && IMPERATIVE.has(after);
}

/** At least half of the items ask something of the contributor. */
export const mostlyAsks = (items: readonly string[]): boolean => items.length > 0 && items.filter(asksOfContributor).length * 2 >= items.length;

/**
 * A bold label that is itself a step ("**Write unit tests:** if you add...", "**Run the linter**: ..."): the item is
 * a check led by its short form, not one case of several ("**Bug fixes:** ...", "**Documentation:** ..."), whose label
 * names a kind of change.
 */
export function labelIsAStep(text: string): boolean {
  const label = /^(?:\*\*|__)([^*_]{1,60}?)(?::\*\*|\*\*:|:__|__:)/.exec(text.trim())?.[1];
  if (label === undefined) return false;
  const first = /^[\p{L}'-]+/u.exec(label.trim())?.[0].toLowerCase();
  return first !== undefined && IMPERATIVE.has(first) && first !== 'please';
}
