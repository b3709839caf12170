/**
 * A changelog entry asked for, read by what a sentence says rather than how: an ask ("should", "please", "make
 * sure", a template's box), a writing verb ("note", "add", "update", "document"), and the changelog itself named
 * (CHANGELOG, a CHANGES, NEWS or HISTORY file, Perl's "Changes file"). Each concept is a small set of
 * ordinary words, so wordings no specific pattern foresaw still count ("Pull requests that fix bugs should note
 * those changes in the CHANGELOG file").
 *
 * Used only after the specific readings of changelog.ts found nothing, with the same exclusions (generated notes,
 * "do not edit", optional entries).
 */

const ASK = /\b(?:should|must|please|make\s+sure|be\s+sure|ensure|need\s+to|needs\s+to|don't\s+forget|do\s+not\s+forget|remember\s+to|(?:is|are)\s+(?:expected|required)\s+to)\b/i;
// ("Please note that ..." is no writing; "the notes on style" is a noun.)
// ("`CHANGES.md` is up-to-date" in a template's box: the file brought up to date with the change.)
const WRITE = /\bup[\s-]to[\s-]date\b|\b(?:add(?:s|ed|ing)?|updat(?:e|es|ed|ing)|not(?:e|ing)\b(?!\s+that)|noted|document(?:s|ed|ing)?|record(?:s|ed|ing)?|mention(?:s|ed|ing)?|writ(?:e|es|ing)|includ(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|edit(?:s|ed|ing)?|amend(?:s|ed|ing)?|entry|entries)\b/i;
/** The changelog as a file: its common names in capitals (a word "changes" or "news" in prose is not one). */
const FILE = /\bCHANGELOG\b|\b[Cc]hange\s?[Ll]ogs?\b|\b(?:CHANGES|NEWS|HISTORY)(?:\.(?:md|rst|txt|adoc))?\b|\bChanges\s+file\b/;
/** How an asked entry is made, when one sentence asks for it: in the changelog file. */
export function asksForEntry(sentence: string, box: boolean): 'changelog-file' | null {
  // A quoted example ("for example \"Document the new flag in the changelog\"") is shown, not asked.
  // (A changelog file named in backticks, "`CHANGES.md` is up-to-date", is the file, not an example.)
  const said = sentence.replace(QUOTED, (quote) => (FILE_IN_SPAN.test(quote) ? quote : ' '));
  if (!(box || ASK.test(said)) || !WRITE.test(said) || !FILE.test(said) || ELSEWHERE.test(said) || READS.test(said)) return null;
  return 'changelog-file';
}

const FILE_IN_SPAN = /^`(?:[\w.-]{1,40}\/){0,3}(?:CHANGELOG|CHANGES|NEWS|HISTORY)(?:\.(?:md|rst|txt|adoc))?`$/i;
const QUOTED = /"[^"]{1,200}"|\u201c[^\u201d]{1,200}\u201d|`[^`]{1,200}`/g;
/** Reading the changelog ("read the CHANGELOG to see what changed", "the upgrade notes in the CHANGELOG") is no entry. */
const READS = /\b(?:read|see|consult|look\s+(?:at|through)|refer\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:in|of)\s+the\s+)?(?:CHANGELOG|[Cc]hange\s?[Ll]og|CHANGES|NEWS|HISTORY)\b/;

/**
 * Words that put the "change log" somewhere else or make it an aside: a commit's or a patch's own log ("the commit's
 * change log message", "keep a change log below the --- line"), a choice ("optionally", "consider", "you may"), or
 * only breaking changes and removals, which a newcomer's first change rarely is.
 */
// (Someone else keeping it, "updated by the release bot", "maintained by the release manager", "only updated at release
// time", asks nothing of the contributor; nor does a bug report that names a version from it.)
const ELSEWHERE =
  /\bcommit(?:'s)?\s+(?:message|log)|\bchange\s?log\s+message|\b(?:of|in|to|below)\s+(?:the|your)\s+patch\b|---|\boptional(?:ly)?\b|\bconsider\b|\bif\s+you\s+(?:want|like|wish|prefer)\b|\b(?:may|can|could)\s+(?:also\s+|optionally\s+)?(?:add|update|note|document|record|mention|write|include|describe|edit|amend)\b|\bbreaking\b|\bdeprecat|\bremov(?:e|ed|al|ing)\b|\b(?:updated|maintained|written|edited|generated|managed|handled|kept)\s+by\b|\bat\s+release\s+time\b|\brelease\s+manager\b|\breport(?:s|ed|ing)?\b/i;
