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
const WRITE = /\b(?:add(?:s|ed|ing)?|updat(?:e|es|ed|ing)|not(?:e|es|ed|ing)|document(?:s|ed|ing)?|record(?:s|ed|ing)?|mention(?:s|ed|ing)?|writ(?:e|es|ing)|includ(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|edit(?:s|ed|ing)?|amend(?:s|ed|ing)?|entry|entries)\b/i;
/** The changelog as a file: its common names in capitals (a word "changes" or "news" in prose is not one). */
const FILE = /\bCHANGELOG\b|\b[Cc]hange\s?[Ll]ogs?\b|\b(?:CHANGES|NEWS|HISTORY)(?:\.(?:md|rst|txt|adoc))?\b|\bChanges\s+file\b/;
/** How an asked entry is made, when one sentence asks for it: in the changelog file. */
export function asksForEntry(sentence: string, box: boolean): 'changelog-file' | null {
  if (!(box || ASK.test(sentence)) || !WRITE.test(sentence) || !FILE.test(sentence) || ELSEWHERE.test(sentence)) return null;
  return 'changelog-file';
}

/**
 * Words that put the "change log" somewhere else or make it an aside: a commit's or a patch's own log ("the commit's
 * change log message", "keep a change log below the --- line"), a choice ("optionally", "consider", "you may"), or
 * only breaking changes and removals, which a newcomer's first change rarely is.
 */
const ELSEWHERE = /\bcommit|\bpatch(?:es)?\b|---|\boptional(?:ly)?\b|\bconsider\b|\bif\s+you\s+(?:want|like|wish|prefer)\b|\b(?:you\s+)?(?:may|can|could)\b|\bbreaking\b|\bdeprecat|\bremov(?:e|ed|al|ing)\b/i;
