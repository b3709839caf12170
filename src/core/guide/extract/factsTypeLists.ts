/**
 * Lists whose words are commit types ("fix", "feat", "docs") but which are not the list of commit types: the labels a
 * pull request or issue is given, and a template's boxes to tick for the kind of change. Both are common in guides
 * and templates that also ask for Conventional Commits, so being near commit prose does not make them the type list.
 */
import { ListItemBlock } from '../documentModel';
import { Located } from '../sources';

/** A lead-in or heading about labels: "Labels", "add one of these labels", "we label pull requests". */
const LABELS = /\blabel(?:s|led|ed|ing)?\b/i;
/**
 * A lead-in on news fragments or changelog entries: "the type is one of these literal strings for the newsfragments
 * file", "add a changelog entry `changelog.d/<PR>.<type>.md`, where `<type>` is one of".
 */
const NEWS_FRAGMENTS = /\bnews[\s-]?(?:fragments?|entr(?:y|ies)|files?)\b|\bnewsfragments?\b|\btowncrier\b|\bchange[\s-]?log\s+(?:entr(?:y|ies)|fragments?|files?)\b|\bchangelog\.d\b|\.<type>\./i;
/** The commits themselves named as what the types start: "start each commit with one of", "Each commit starts with". */
const EACH_COMMIT = /\b(?:start|begin|prefix)\w*\s+(?:each|every|all|your)\s+commits?\b|\b(?:each|every)\s+commit\s+(?:starts?|begins?|must|should)\b/i;
/** A heading on release notes or changelog entries: "Release notes management", "Changelog", "News fragments". */
const RELEASE_NOTES = new RegExp(`\\brelease[\\s-]+notes?\\b|\\bchange[\\s-]?log\\b|${NEWS_FRAGMENTS.source}`, 'i');
/** What makes a list the commit types after all: commits, titles, prefixes named in its lead-in or heading. */
// ("Commits will be squashed" beside a template's boxes is not it: the words must name the message or its type.)
const COMMIT_WORDS = /\bcommit\s+(?:types?|messages?|titles?|subjects?|summar(?:y|ies)|headers?)\b|\btypes?\s+of\s+(?:the\s+|your\s+)?commits?\b|\btitles?\b|\bprefix|\bsubject\b/i;

/** Whether a list of type-like words is labels, or a template's boxes for the kind of change, rather than commit types. */
export function notTheTypeList(items: readonly Located<ListItemBlock>[], leadIn: string): boolean {
  const first = items[0];
  const sections = first.block.sections;
  const heading = sections[sections.length - 1] ?? '';
  const context = `${heading} ${leadIn}`;
  if (COMMIT_WORDS.test(context) || EACH_COMMIT.test(context)) return false;
  if (LABELS.test(context)) return true;
  // The kinds a release note or news fragment is filed under (towncrier's `1234.bugfix`): the changelog's types, under
  // a heading on them at any level ("News fragments" > "Fragment types"), or asked for by the lead-in. (A heading only
  // for a changelog as such: a lead-in often says the changelog is generated from the commits.)
  if (sections.some((h) => RELEASE_NOTES.test(h)) || NEWS_FRAGMENTS.test(leadIn)) return true;
  // Task boxes ("- [ ] fix: Bug fix") choose the kind of this pull request; a type list defines words to write.
  const boxes = items.filter((l) => l.block.checked !== null).length;
  return boxes >= items.length * 0.6;
}
