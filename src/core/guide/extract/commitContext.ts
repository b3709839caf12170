import { Located } from '../sources';
import { Block } from '../documentModel';
import { mayMatch, mentions, plain, underHeading } from './text';

/**
 * Whether a block speaks of commit messages or PR titles: its heading, its prose or the prose shortly before it;
 * whether it speaks of subjects (for an area prefix) or of another form (log lines, issue titles); whether it calls
 * its message form only a suggestion.
 */

/**
 * A block that calls its own message form optional: "This is only a suggestion, not a requirement", "that format is
 * entirely optional", "following this format is optional". Said of the form itself: "a scope is optional" or "a
 * linked issue is not a requirement" leave the form asked.
 */
const SUGGESTION_ONLY = /\b(?:this|that)(?:\s+(?:format|convention|style|form))?\s+is\s+(?:only|just|merely)\s+a\s+(?:suggestion|recommendation|guideline)\b|\b(?:this|that|the)\s+(?:format|convention|style|form)\s+is\s+(?:entirely\s+|completely\s+)?optional\b|\bfollowing\s+(?:this|that|the)\s+(?:format|convention|style|form)\s+is\s+(?:entirely\s+|completely\s+)?optional\b/i;
/** A paragraph that opens by calling what came before only a suggestion, and says no more ("This is only a suggestion, not a requirement."). */
const SUGGESTION_AFTER = /^\W{0,4}(?:this|that|it)\s+is\s+(?:only|just|merely)\s+a\s+(?:suggestion|recommendation)\b(?!\s+for\b)/i;
/** The form asked after all: "must follow", "are required to", "needs to". */
const ASKED = /\b(?:must|required|requires|need\s+to|needs\s+to|have\s+to|has\s+to|mandatory)\b/i;
/**
 * Whether a prose block gives its message form as a suggestion only, in its own words or the paragraph right after.
 * `text` is the block's plain prose.
 */
export function suggestedOnly(l: Located, text: string): boolean {
  if (!commitProse(l.block) || ASKED.test(text)) return false;
  if (SUGGESTION_ONLY.test(text)) return true;
  const next = l.doc.blocks[l.index + 1];
  return next !== undefined && next.kind === 'paragraph' && SUGGESTION_AFTER.test(plain(next));
}

/** Headings about commit messages or pull request titles ("Commit Message Format", "PR title"); not "Types of contributions". */
const COMMIT_HEADING = /commit|\btitles?\b|\bsubject\b|\bheader\b/i;
/** Prose about commit messages or the PR title a type list or format applies to. */
export const COMMIT_PROSE = /\bcommit(?:s|ted|ting)?\b|\bcommit\s+messages?\b|\b(?:PR|pull[\s-]+request|merge\s+request)s?['’]?s?\s+(?:titles?|names?)\b|\bname\s+(?:your|the|each|a)\s+(?:PR|pull[\s-]+request|merge\s+request)s?\b|\btitles?\s+of\s+(?:the|your|a|each)\s+(?:PR|pull[\s-]+request|merge\s+request)s?\b|\bsquash(?:ed)?\b/i;

const commitProseOf = new WeakMap<Block, boolean>();

/**
 * COMMIT_PROSE over a block's plain prose, kept per block: the convention rules ask it of every block, and of up to
 * CONTEXT_BLOCKS blocks before each one they place; most blocks lack its words and are ruled out without a search.
 */
export function commitProse(block: Block): boolean {
  let answer = commitProseOf.get(block);
  if (answer === undefined) commitProseOf.set(block, (answer = mayMatch(block, COMMIT_PROSE) && COMMIT_PROSE.test(plain(block))));
  return answer;
}

/** Other things a guide gives a "name: text" form to: log lines, issue and bug-report titles. */
const OTHER_FORMS = /\b(?:issues?|bug\s+reports?|tickets?|log\s+(?:lines?|messages?|entries|output)|logging|logs)\b/i;
const COMMITS_OR_PRS = /\bcommit|\bPRs?\b|pull[\s-]+requests?|merge\s+requests?|\bpatch/i;

/**
 * Whether a block is about commit or PR subjects: its words (not its code spans: "`<module>: <message>`" is the form
 * itself) or its heading say so, and it is not the form of log lines or issue titles instead.
 */
export function areaContext(l: Located, text: string): boolean {
  // (A text without a backtick has no code span to blank out.)
  const words = l.block.kind === 'heading' ? text : l.block.text.includes('`') ? l.block.text.replace(/`[^`\n]*`/g, ' ') : l.block.text;
  // (A placeholder's own word gives no context: "[module] [verb] [subject]" names hooks, not a commit's subject.)
  const said = words.includes('[') || words.includes('<') ? words.replace(/\[[^\]\n]{1,40}\]|<[^<>\n]{1,40}>/g, ' ') : words;
  if (!areaContextWords(l, said) && !underHeading(l, AREA_CONTEXT)) return false;
  return !otherForm(l, words);
}

/**
 * AREA_CONTEXT's words, each but `PR\b` held by a word of AREA_CONTEXT_WORDS (a phrase by its first word, which a
 * blanked code span cannot split), and those words are in the block's `mentions` words whenever they are in `words`
 * (its text or its heading's plain prose). So `mentions` rules most blocks out first; "pr", in nearly every block
 * ("project"), is searched apart.
 */
const AREA_CONTEXT_WORDS = ['commit', 'title', 'subject', 'first', 'summary', 'message', 'pull', 'patch'];
const PR_WORD = /PR\b/i;
const areaContextWords = (l: Located, words: string): boolean => (mentions(l.block, AREA_CONTEXT_WORDS) || PR_WORD.test(words)) && AREA_CONTEXT.test(words);

/**
 * Whether a block's words and headings speak of issue titles or log lines and never of commits or PRs: example
 * subjects there ("Start issue titles with the area, like `parser: crash on empty input`") are not commit subjects.
 */
export function otherForm(l: Located, words: string): boolean {
  const around = `${words} ${l.block.sections.join(' ')}`;
  return OTHER_FORMS.test(around) && !COMMITS_OR_PRS.test(around);
}

/** Words that put an area rule among commit or title rules. */
const AREA_CONTEXT = /commit|title|subject|first line|summary line|message|PR\b|pull request|\bpatch/i;

/** How many blocks back the prose that sets the context may be (a heading, an intro, an example between). */
const CONTEXT_BLOCKS = 20;

/**
 * Whether a block is about commit messages or PR titles: a heading above it says so, its own prose does, or
 * prose shortly before it in the same section (or an enclosing one) does. Sibling sections do not count.
 */
export function inCommitContext(l: Located): boolean {
  if (underHeading(l, COMMIT_HEADING)) return true;
  if (l.block.kind !== 'code' && commitProse(l.block)) return true;
  const at = l.index;
  const sections = l.block.sections;
  for (let k = at - 1; k >= 0 && k >= at - CONTEXT_BLOCKS; k--) {
    const b = l.doc.blocks[k];
    if (!isPrefix(b.sections, sections)) break;
    if (b.kind === 'code') continue;
    if (commitProse(b)) return true;
  }
  return false;
}

const isPrefix = (a: readonly string[], b: readonly string[]): boolean => a.length <= b.length && a.every((s, k) => s === b[k]);
