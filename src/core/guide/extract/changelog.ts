import { ChangelogHow, Found } from '../facts';
import { Located, Sources, sourceOf } from '../sources';
import { Block } from '../documentModel';
import { allMatches, mentions, plain, saidNotNeeded, sentenceAround, sentenceStart, underHeading } from './text';
import { asksForEntry } from './changelogConcepts';

/** Every form of CHANGESET names one. */
const CHANGESET_WORDS = ['changeset'];
const CHANGESET = /\b(?:add(?:ed|s)?|adding|includ(?:e|ed|es|ing)|creat(?:e|ed|es|ing)|run|forget)\s+(?:a\s+|the\s+)?changesets?\b|\b(?:npx|pnpm|yarn|bunx?)\s+(?:exec\s+)?changeset\b|\.changeset\//i;
/**
 * A folder of per-change entries: any path segment naming a changelog, unreleased notes or news fragments
 * (`changelog.d/`, `.changelog/`, `changelog_unreleased/`, `unreleased/`, `newsfragments/`, `changes/`,
 * `upcoming_changes/`; not a pair of words such as "changes/information", nor "changes/additions." ending a sentence). The
 * segment is matched from its start with a bounded length, so a long word is not rescanned from every letter.
 */
// Split in two so that the path patterns, which try a prefix at every word, run only on text with a "/" in it.
// ("Changelog/What's New: ...", a label that offers two names, is no path: a capitalised word and a space follow.)
const CHANGELOG_FOLDER_PATH = /(?<![\w.-])[\w.-]{0,30}?(?:changelog|unreleased|newsfragment|news-fragment|news\.d|chloggen|releasenotes|[\w-]_changes)[\w.-]{0,30}\/(?![A-Z][a-z]*(?:['\u2019][a-z]+)?\s)|(?<![\w.-])\.?changes\/(?![a-z]+(?:[\s,;:)]|\.(?:\s|$)|$))/i;
const CHANGELOG_FOLDER_NAMED = /(?<![\w.-])(?:[\w.-]{1,30}\/)?[\w]{2,30}[-_]changes\s+(?:directory|folder|dir)\b|\b(?:news|changelog|change[\s-]log|release[\s-]notes?)\s+(?:file\s+|entry\s+)?fragments?\b|\btowncrier\b|\bchange\s+files?\b|\breno\s+new\b|\bchloggen\b|\bchlog-new\b|\bnewsfragments?\b|(?<![\w.-])(?:changelog\.d|news\.d)\s+(?:directory|folder|dir)\b|\bfiles?\s+(?:to|in|into|under)\s+(?:the\s+)?`?(?:news|changelog|release[-_]notes)\/?`?\s+(?:directory|folder|dir)\b/i;
/** Words one of which CHANGELOG_FOLDER_NAMED needs. */
const NAMED_FOLDER_WORDS = /changes|fragment|towncrier|change\s+file|reno\s+new|chlog|changelog\.d|news\.d|(?:news|changelog|release[-_]notes)\/?`?\s+(?:directory|folder|dir)\b/i;
const CHANGELOG_FOLDER = {
  test: (text: string): boolean =>
    (text.includes('/') && CHANGELOG_FOLDER_PATH.test(text)) || (NAMED_FOLDER_WORDS.test(text) && CHANGELOG_FOLDER_NAMED.test(text)),
};
/** What asks for an entry in such a folder: "add a file to `changes/`", "every PR needs a news fragment". */
const FOLDER_ASK = /\b(?:add(?:ed|ing|s)?|create|write|include|file|log|generate|needs?|requires?|must\s+(?:have|contain|come\s+with|be\s+documented))\b|\bwithout\s+an?\s+(?:news|changelog|change\s+log|release\s+notes?)\s+(?:fragment|entry|file|note)\b[^.]{0,60}\bfail|\bmak(?:e|ing)\s+a\s+new\s+(?:\w+\s+)?file\b/i;
/** Words (lowercase) one of which CHANGELOG_FOLDER needs. */
const FOLDER_WORDS = ['change', 'unreleased', 'news', 'towncrier', 'chlog', 'releasenotes', 'release-notes', 'release_notes', 'reno new'];
// ("release-notes" is the same phrase hyphenated, as a template box writes it; "release-note-none" is a label,
// `make release-notes` a task, "the release-notes milestone" a thing named after them.)
// ("Please keep `CHANGELOG.md` up to date with your changes": kept up to date by the contributor is an entry asked.)
const CHANGELOG_FILE = /\bkeep\s+(?:the\s+)?(?=(?:CHANGELOG|CHANGES|HISTORY|NEWS|changelog)\S{0,12}\s+up[\s-]to[\s-]date\s+with\s+(?:your|the|each|every)\s+(?:changes?|PR|pull[\s-]+request|contribution))|\b(?:add|update|write|include|record|log|edit)(?:s|es|ed|d|ing)?\b[^.]{0,60}?\b(?:an?\s+)?(?:entry\s+(?:to|in)\s+(?:the\s+)?)?(?:CHANGELOG(?:\.md)?|(?:CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt|adoc)|\s+(?:file|entry))|changelog\s+(?:file|entry)|(?<!\bupstream\s)release\s+notes?(?!\s+(?:of|for|from)\s+(?:the\s+|its\s+|a\s+|each\s+|every\s+|any\s+)?(?:new|updated|upstream|bumped|newer)?\s*(?:version|release|dependency|dependencies|package|library)\b)|(?<!\b(?:make|run|just|yarn|npm\s+run)\s+)release[-_]notes?(?![\w-])(?!\s+(?:milestone|label|draft|tag|script|target|command|job|workflow|page|tool)s?\b))\b|\bCHANGELOG(?:\.md)?\s+files?\s+(?:are|is|should\s+be|must\s+be)\s+updated\b|\b(?:require|need)s?\s+(?:an?\s+)?(?:addition|entry|update)\s+(?:to|in)\s+(?:the\s+)?(?:release\s+notes?|changelog|CHANGES|NEWS)\b(?![^.!?]{0,80}\?)|\b(?:describe|document|note|mention|list|summari[sz]e)\s+(?:your|the|each)\s+changes?\s+(?:under|in)\s+(?:the\s+)?[^.]{0,40}?\bCHANGELOG\b|\b(?:documented|noted|recorded|mentioned|logged|listed|described)\s+in\s+(?:the\s+)?(?:`?(?:[\w.-]{1,30}\/){0,3}CHANGELOG(?:\.md)?`?|changelog|`?(?:CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt|adoc))?`?\s+file|`?(?:CHANGES|HISTORY|NEWS)\.(?:md|rst|txt|adoc)\b`?)|\b(?:add|write|create|include|put)\w*\b[^.]{0,40}\brelease\s+note\b[^.]{0,80}\b(?:file|release\/)|\brelease\s+notes?\s+(?:should|must|goes|go)\b[^.]{0,80}\b(?:file|release\/)/i;
/**
 * The same asks naming the file in capitals, bare ("Add an entry to CHANGES"), case-sensitive so the word "changes"
 * is not read as the file; and an entry a change "needs" ("Every user-facing change needs an entry in CHANGELOG.md").
 */
const CHANGELOG_FILE_BARE = /\b(?:[Aa]dd|[Uu]pdate|[Ww]rite|[Ii]nclude|[Rr]ecord|[Ll]og|[Dd]ocument|[Dd]escribe)(?:s|es|ed|d|ing)?\b[^.]{0,60}?\b(?:to|in|into)\s+(?:(?:the|our|this)\s+)?(?:(?:top|bottom|end|beginning|head|start)\s+of\s+(?:the\s+)?)?(?:project(?:'s|\u2019s)\s+)?`?(?:CHANGES|HISTORY|NEWS|CHANGELOG)(?:\.(?:md|rst|txt|adoc))?`?(?:\s+file)?(?=[\s.,;:)]|$)|\b(?:needs?|requires?|must\s+have|should\s+have|comes?\s+with)\s+an?\s+(?:\w+\s+)?(?:entry|line|note|item|bullet)\s+(?:in|to|under)\s+(?:the\s+)?(?:[^.]{1,40}?\s+(?:section|heading|part)\s+(?:of|in)\s+(?:the\s+)?)?`?(?:CHANGELOG|CHANGES|HISTORY|NEWS|[Cc]hangelog)\b|\b(?:needs?|requires?|must\s+(?:have|include|come\s+with)|should\s+(?:have|include|come\s+with))\s+an?\s+(?:[Cc]hangelog|CHANGELOG|[Cc]hange\s+log|CHANGES|NEWS)\s+entry\b|\bthere\s+(?:must|should|needs\s+to|has\s+to)\s+be\s+an?\s+(?:new\s+)?entry\s+(?:in|to)\s+(?:the\s+)?`?(?:CHANGELOG|CHANGES|HISTORY|NEWS|[Cc]hangelog)\b/;
/**
 * More ways of asking for the entry: the log written as two words ("update the change log", "write the change log
 * entries"), documenting the change in the release notes, a change listed in the NEWS file, and a change that
 * "should have a release note" or "needs a release note snippet".
 */
const CHANGELOG_ASK_MORE =
  /\b(?:add|update|write|edit|fill\s+in)(?:s|es|ed|d|ing)?\s+(?:to\s+)?(?:the\s+|a\s+|an\s+)?change\s+log(?:\s+entr(?:y|ies))?\b|\b(?:document|describe|summari[sz]e)\s+(?:your|the|each)\s+changes?\s+in\s+(?:the\s+)?(?:upcoming\s+|next\s+)?(?:release\s+notes|changelog|change\s+log)\b|\b(?:listed|mentioned|noted|documented|described)\s+(?:any\s+|all\s+|the\s+|your\s+|my\s+)?(?:\w+\s+){0,2}?changes?\s+in\s+(?:the\s+)?(?:`?(?:NEWS|CHANGES|HISTORY|CHANGELOG)(?:\.(?:md|rst|txt|adoc))?`?(?:\s+file)?\b|(?:[\w-]+\s+)?(?:news|changelog|change\s+log)\s*\(\s*`?(?:NEWS|CHANGES|HISTORY|CHANGELOG)(?:\.(?:md|rst|txt|adoc))?`?\s*\))|\b(?:should|must|needs?\s+to)\s+(?:have|include|come\s+with)\s+an?\s+release\s+note\b|\bneeds?\s+an?\s+release\s+note(?:\s+(?:snippet|entry|fragment))?\b/i;

/**
 * The entry said to be required, in the passive: "A changelog entry is required for every user-facing change",
 * "Release notes are mandatory for new features", for changes or pull requests or said alone ("are required.").
 * ("Release notes are required for every release" is the maintainers'; a "not" after "is" is caught by `notNeeded`.)
 */
const ENTRY_REQUIRED =
  /\b(?:changelog|change\s+log|release[\s-]notes?|news)\s+(?:entry|entries|note|notes|item|line)?\s*(?:is|are)\s+(?:always\s+)?(?:required|needed|mandatory|expected(?!\s+to))(?:\s+(?:for|with|in|on)\s+(?:every|each|all|any|your|a|the)?\s*(?:[\w-]+\s+){0,2}?(?:changes?|PRs?|pull[\s-]+requests?|features?|fix(?:es)?|contributions?|patch(?:es)?|commits?)\b|(?=\s*(?:[.;!]|$)))/i;

/**
 * A patch's own version history ("include a changelog below the `---` line describing what changed since the
 * previous version"): written for reviewers of a mailed patch, not an entry in the project's changelog.
 */
/** The project's changelog file by its name in capitals: "an entry to NEWS", "CHANGELOG.md". */
const PROJECT_FILE_NAMED = /\b(?:CHANGELOG|CHANGES|NEWS|HISTORY)(?:\.(?:md|rst|txt|adoc))?\b/;
/** "Patch revision changelog", "Changes between versions": a section on a patch's notes from one revision to the next. */
const REVISION_HEADING = /\brevision\s+change\s?logs?\b|\bchange\s?logs?\s+(?:between|across)\s+(?:revisions|versions|iterations)\b/i;
// ("a changelog of the modifications between each submission": a patch's own notes from one revision to the next.)
const REVISION_LOG = /\b(?:since|from)\s+the\s+(?:previous|last|prior)\s+(?:version|revision|iteration|posting|round)\b|\bbelow\s+the\s+(?:`?-{3}`?|separator|scissors)|\bbetween\s+(?:each|every|two|successive|the)\s+(?:submissions?|revisions?|iterations?|versions?\s+of\s+(?:the|your)\s+patch|postings?|rounds?)\b|\bbetween\s+v\d+\s+and\s+v\d+\b|\b(?:in|to)\s+(?:the|your)\s+cover\s+letter\b/i;
/**
 * A changes file named with its extension, updated or edited: "Please update `master_changes.md` with your changes",
 * "edit `packages/core/CHANGELOG.md`". The extension makes it a file, not the word "changes".
 */
const CHANGES_FILE_NAMED = /\b(?:[Uu]pdat(?:e|es|ed|ing)|[Ee]dit(?:s|ed|ing)?|[Aa]mend(?:s|ed|ing)?)\s+(?:the\s+|your\s+)?`?(?:[\w.*/-]{0,60}\/)?(?:CHANGELOG|CHANGES|NEWS|HISTORY|[Cc]hange[Ll]og|[\w-]{1,30}[_-][Cc]hanges)\.(?:md|rst|txt|adoc)\b/;
/**
 * The file with no extension, updated: "update `Changes` too" (Perl's and many projects' usual name). Read in the
 * plain text, but only where the block quotes the name as code, since "Update Changes" is also a title's words.
 */
// ("Update `doc/CHANGES`", "Add an entry to `Changes`" too.)
const CHANGES_FILE_BARE_NAME = /\b(?:(?:[Uu]pdat(?:e|es|ed|ing)|[Ee]dit(?:s|ed|ing)?|[Aa]mend(?:s|ed|ing)?)\s+(?:the\s+)?|[Aa]dd(?:s|ed|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:entry|line|note|item)\s+(?:to|in)\s+(?:the\s+)?)((?:[\w.-]{1,30}\/){0,3}(?:CHANGES|Changes|CHANGELOG|ChangeLog|Changelog|NEWS|HISTORY|History))\b(?!\s+(?:section|heading|command|script|target|task))/;
/** A condition or a note on how to edit ("When editing `HISTORY`, keep lines short"), not an ask. */
const WHILE_EDITING = /\b(?:when|while|if|before|after)\s+$/i;
function quotedChangesFile(l: Located, text: string): RegExpExecArray | null {
  const m = CHANGES_FILE_BARE_NAME.exec(text);
  const b = l.block;
  if (!m || (b.kind !== 'paragraph' && b.kind !== 'listItem') || !b.code.some((c) => c.text.trim() === m[1])) return null;
  // ("Updating `NEWS` is optional", "You do not need to update `NEWS`": said not to be needed.)
  return WHILE_EDITING.test(text.slice(Math.max(0, m.index - 12), m.index)) || saidNotNeeded(text, m.index) ? null : m;
}
/**
 * A "what's new" or release-notes page of the docs named as a file (`doc/whats-new.rst`, `docs/release-notes.md`)
 * that an entry goes into or that is updated: the changelog under another name.
 */
const NOTES_PAGE_NAMED = /\b(?:(?:entry|note|line|item|bullet)\s+(?:in|to|into)|[Uu]pdat(?:e|es|ed|ing)|[Ee]dit(?:s|ed|ing)?|[Aa]dd(?:s|ed|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:entry|note|line|item)\s+(?:in|to|into))\s+(?:the\s+|your\s+)?`?(?:[\w.-]{1,30}\/){0,3}(?:what'?s[-_]?new|release[-_]notes?)\.(?:md|rst|txt|adoc)\b/i;
/** Words (lowercase) one of which CHANGELOG_FILE needs. */
const FILE_WORDS = ['changelog', 'change log', 'changes', 'history', 'news', 'release', 'whats', "what's"];
const RELEASE_NOTES_HEADING = /\brelease[\s-]+notes?\b|^\W{0,3}changelog\W{0,3}$|\bchangelog\s+entr(?:y|ies)\b/i;
/** Sections for maintainers (cutting a release): what they do to the changelog is not asked of a contributor. */
const MAINTAINER_SECTION = /\breleas(?:e|es|ing)\b(?![\s-]+notes?)|\bmaintainers?\b|\bpublish/i;
const GENERATED = /\b(?:changelogs?|release notes?)\b[^.]{0,60}\b(?:generated|automatically|auto-generated)\b|\bauto-?generat\w*\b[^.]{0,60}\bchangelogs?\b|\bautomatically\s+(?:be\s+)?(?:added|included|listed|recorded)\s+(?:to|in)\s+(?:the\s+)?(?:changelogs?|release\s+notes?)\b/i;

/**
 * The pull request's title or description is what the release notes are made of: "The description is used to
 * create changelogs", "The release will use the PR's title and body directly". Where the entry is written, not
 * whether one is asked for.
 */
const PR_TEXT_IS_NOTE =
  /\b(?:(?:PR|pull[\s-]+request)(?:'s)?\s+)?(?:description|body|title)\s+(?:is|are|will\s+be)\s+used\s+(?:to\s+(?:create|generate|write|build|make)|for|in|as)\s+(?:the\s+)?(?:changelogs?|change\s+logs?|release\s+notes?)\b|\brelease(?:\s+notes?)?\s+(?:will\s+)?uses?\s+the\s+(?:PR|pull[\s-]+request)(?:'s)?\s+(?:title|body|description)/i;
const PR_TEXT_WORDS = ['changelog', 'change log', 'release'];
/** "Fill in the release note block in the pull request description", "complete the Changelog section of the PR template". */
const PR_BODY_NOTE =
  /\b(?:PR|pull[\s-]+request|merge\s+request)s?(?:'s)?\s+(?:descriptions?|bod(?:y|ies))\s+(?:must|should|need\s+to|have\s+to)\s+(?:conclude|end|include|contain|have|start|close)\s+(?:with\s+)?(?:an?\s+|the\s+|some\s+)?(?!upstream\s)["“']?(?:release[\s-]notes?|changelog(?:\s+entry)?)\b(?!\s+(?:of|for|from)\s+(?:the\s+|its\s+|a\s+|each\s+|every\s+|any\s+)?(?:new|updated|upstream|bumped|newer)?\s*(?:version|release|dependency|dependencies|package|library)\b)|\b(?:include|add|write|provide|put)\s+(?:an?\s+|the\s+)?(?:release[\s-]notes?|changelog\s+entry)\s+(?:in|to|at\s+the\s+end\s+of)\s+(?:the\s+|your\s+)?(?:PR|pull[\s-]+request|merge\s+request)(?:'s)?\s+(?:description|body)\b|(?<!(?:\bnot|n't|\bnever)\s+)\b(?:fill\s+(?:in|out)|complete|write|add|provide)\b[^.]{0,30}?\b(?:release[\s-]notes?|changelog)["\u201d']?\s+(?:block|section|field)\b[^.]{0,40}?\b(?:PR|pull[\s-]+request|merge\s+request)(?:'s)?\s+(?:description|body|template)\b/i;

// ("CHANGELOG.md is generated automatically": the file's name, its extension too.)
const NOTES = '(?:changelogs?|change\\s?logs?|release\\s+notes?)(?:\\.(?:md|rst|txt|adoc))?(?:\\s+entr(?:y|ies))?';
/** The contributor credited in the changelog by the maintainers: "you will be included in `CHANGELOG.md`". */
const YOU_WILL_BE_LISTED = /\byou(?:r\s+(?:name|change|PR|pull\s+request|contribution))?\s+will\s+be\s+(?:included|added|listed|credited|mentioned)\s+(?:in|to)\s+(?:the\s+)?`?(?:CHANGELOG|CHANGES|HISTORY|NEWS|changelog|release[\s_-]notes)/i;
/**
 * The changelog or release notes are made for the contributor: "release notes are automatically generated from
 * these messages", "so that changelogs can be automatically generated", "Changelog entries are automated",
 * "automated release notes generation", "the changelog gets made by looking at these first lines", "when we
 * generate changelogs, a script uses the pull request names".
 */
const MADE_FOR_YOU: readonly RegExp[] = [
  new RegExp(`\\b${NOTES}\\b[^.]{0,60}?\\b(?:automatically|automated|auto-?generated)\\b`, 'i'),
  new RegExp(`\\b(?:automatic(?:ally)?|automated|auto-?generated)\\s+(?:generated\\s+)?${NOTES}\\b`, 'i'),
  new RegExp(`\\b${NOTES}\\b[^.]{0,40}?\\b(?:generated|made|created|built|produced|populated)\\s+(?:from|by\\s+looking\\s+at|using|out\\s+of)\\b[^.]{0,40}?\\b(?:commits?|messages?|lines|titles?|names)\\b`, 'i'),
  // "Release notes are compiled by the maintainers from PR titles", "the changelog is maintained by the core team".
  new RegExp(`\\b${NOTES}\\s+(?:is|are)\\s+(?:\\w+\\s+)?(?:compiled|written|maintained|curated|prepared|assembled|updated|handled)\\s+by\\s+(?:the\\s+)?(?:maintainers|release\\s+managers?|core\\s+team|team|project\\s+leads?)\\b`, 'i'),
  // "The JIRA tickets are used to generate the changelog", "commit messages are used to build the release notes".
  new RegExp(`\\b(?:commits?|commit\\s+messages?|tickets?|issues?|labels?)\\s+(?:are|is|will\\s+be|get)\\s+used\\s+(?:to\\s+(?:generate|create|build|produce|compile|write)|for)\\s+(?:the\\s+)?${NOTES}\\b`, 'i'),
  // "If merged your PR will automatically be added to the changelog": the entry is made for it.
  new RegExp(`\\b(?:automatically|auto-?magically)\\s+(?:be\\s+)?(?:added|included|listed|recorded)\\s+(?:to|in)\\s+(?:the\\s+)?${NOTES}\\b`, 'i'),
  // "We use Commitizen to handle releases. It also writes our changelog": a tool writes it.
  new RegExp(`\\b(?:tool|it|this|which|commitizen|release-please|semantic-release)\\s+(?:also\\s+)?(?:writes|generates|updates|maintains|builds|produces)\\s+(?:our|the)\\s+${NOTES}\\b`, 'i'),
  // "Parser employs a script to extract information from the git log and form a Changelog file".
  new RegExp(`\\b(?:script|tool|bot)\\b[^.]{0,80}?\\b(?:git\\s+log|VCS|commits?|commit\\s+messages?)\\b[^.]{0,60}?\\b(?:form|generate|create|build|produce|make)s?\\s+(?:a\\s+|the\\s+)?${NOTES}\\b`, 'i'),
  new RegExp(`\\bgenerat\\w*\\s+(?:the\\s+)?${NOTES}\\b[^.]{0,80}?\\b(?:script|tool|bot)\\b[^.]{0,40}?\\b(?:pull\\s+requests?|PRs?|commits?)\\b`, 'i'),
];
/** "The changelog is not generated automatically": the opposite. */
const NOT_MADE = /\bnot\s+(?:be\s+)?(?:automatic|auto|generated)/i;
const MADE_WORDS = ['changelog', 'change log', 'release note'];

/** Words (lowercase) one of which CHANGELOG_MENTION needs. */
const NEGATIVE_WORDS = ['changelog', 'release note', 'release-note', 'release_note', 'changes', 'history', 'news'];
const CHANGELOG_MENTION = /\b(?:the\s+|a\s+)?(?:changelog(?:\s+entry)?|release\s+notes?(?:\s+entry)?)\b/gi;

/**
 * "Do not edit CHANGELOG.md", "please don't update the changelog", "refrain from updating the changelog": the file is
 * the maintainers'. ("Refrain from" is the formal "do not"; it takes the verb's -ing form.)
 */
const DO_NOT_EDIT = /\b(?:do\s+not|don't|never|should\s+not|shouldn't|must\s+not)\s+(?:add\s+(?:[^.;]{1,40}?\s+)?(?:to|in|into)|bother\s+(?:with|about))\s+(?:the\s+)?(?:CHANGELOG(?:\.md)?|changelogs?|release[\s_-]notes(?:\.(?:md|rst|txt|adoc))?)\b|\b(?:(?:do\s+not|don't|never|should\s+not|shouldn't|must\s+not)\s+(?:(?:bump|change|update|touch)\s+the\s+(?:package\s+)?version\s+(?:or|and|nor)\s+)?(?:manually\s+|directly\s+)?(?:edit|update|modify|change|touch|add\s+(?:an?\s+|any\s+)?(?:entry|entries|anything)\s+to)|refrain\s+from\s+(?:manually\s+|directly\s+)?(?:editing|updating|modifying|changing|touching|adding\s+(?:an?\s+|any\s+)?(?:entry|entries|anything)\s+to))\s+(?:the\s+)?(?:(?:package\s+)?version\s+(?:and|or|nor)\s+(?:the\s+)?)?`?(?:CHANGELOG(?:\.md)?|changelogs?|release[\s_-]notes(?:\.(?:md|rst|txt|adoc))?|(?:history|changes|news)\s+files?)\b(?!\s+(?:(?:of|for)\s+(?:past|old|other|previous|the\s+bundled|vendored)\b|under\s+`?[\w.-]+\/))/i;
/** The same for the file named in capitals ("Don't modify HISTORY.md"): case-sensitive, so git's "history" is not it. */
const DO_NOT_EDIT_NAMED = /\b(?:[Dd]o\s+not|[Dd]on't|[Nn]ever|should\s+not|shouldn't|must\s+not)\s+(?:manually\s+|directly\s+)?(?:edit|update|modify|change|touch)\s+(?:the\s+)?`?(?:HISTORY|CHANGES|NEWS)(?:\.(?:md|rst|txt|adoc))?`?(?=[\s.,;:)]|$)/;

/** "Please leave `CHANGELOG.md` alone", "leave the changelog untouched": the file is the maintainers'. */
const LEAVE_ALONE = /\bleave\s+(?:the\s+)?(?:CHANGELOG(?:\.(?:md|rst|txt|adoc))?|changelogs?(?:\s+file)?|release\s+notes|(?:CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt|adoc))?)\s+(?:alone|untouched|as\s+(?:it\s+)?is)\b(?!\s*(?:,\s*)?(?:except|unless|for|in|when|if|but|apart)\b)/i;
/** "The maintainers update CHANGELOG.md when they release": someone else writes it, nothing is asked of the contributor. */
const OTHERS_WRITE_IT = /\b(?:the\s+)?(?:maintainers?|core\s+team|release\s+managers?|project\s+leads?)\s+(?:will\s+)?(?:update|maintain|write|edit|curate|keep|compile|assemble|prepare)s?\s+(?:the\s+)?(?:`?CHANGELOG(?:\.md)?`?|changelog|release\s+notes)\b/i;
/** An entry asked of the contributor in the same text ("... but every pull request must add an entry"). */
const ENTRY_ASKED = /\b(?:add|include|write)\s+(?:a|an)\s+(?:\w+\s+)?(?:line|entry|note)\b|\b(?:must|should|needs?\s+to|have\s+to)\s+(?:also\s+)?(?:add|fill\s+(?:in|out))\b/i;
/** "Don't worry about the changelog, we'll take care of it": nothing asked of the contributor. */
const NO_WORRY = /\b(?:[Dd]on'?t|[Dd]o\s+not|[Nn]o\s+need\s+to)\s+(?:(?:have|need)\s+to\s+)?worry\s+about\s+(?:(?:updating|editing|adding\s+to|writing)\s+)?(?:the\s+)?(?:[Cc]hangelog|CHANGELOG(?:\.(?:md|rst|txt))?|(?:CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt))?|[Rr]elease\s+notes)\b(?!\s+(?:format|style|wording|syntax|entry\s+format)\b)(?!\s{0,3}(?:if|when|unless|for\s+(?:docs?|documentation|typo|small))\b)/;

/** A changelog file named in backticks: `CHANGELOG.md`, `docs/CHANGES.rst`. */
const CHANGELOG_FILE_NAME = /^`(?:[\w.-]{1,30}\/){0,3}(?:CHANGELOG|CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt|adoc))?`$/i;

// A quoted name is a label's or a title's ("the \"no changelog\" label overrides the check"), not a statement.
const notNeeded = (raw: string): boolean => {
  // (A file named in backticks is the file: "Do not modify the `CHANGELOG.md`".)
  const text = raw.replace(/"[^"]{1,60}"|\u201c[^\u201d]{1,60}\u201d|`[^`]{1,60}`/g, (q) => (CHANGELOG_FILE_NAME.test(q) ? ` ${q.slice(1, -1)} ` : ' '.repeat(q.length)));
  return DO_NOT_EDIT.test(text) || DO_NOT_EDIT_NAMED.test(text) || (LEAVE_ALONE.test(text) && !ENTRY_ASKED.test(text)) || NO_WORRY.test(text) || (OTHERS_WRITE_IT.test(text) && !ENTRY_ASKED.test(text)) || allMatches(text, CHANGELOG_MENTION).some((m) => saidNotNeeded(text, m.index));
};

/** A block's plain text with "change log" written as one word, as the patterns here spell it. */
const spelled = (b: Block): string => {
  const text = plain(b);
  return /\bchange\s+logs?\b/i.test(text) ? text.replace(/\b([Cc])hange\s+log(s?)\b/g, '$1hangelog$2').replace(/\bCHANGE\s+LOG(S?)\b/g, 'CHANGELOG$1') : text;
};

/** Whether a change needs a changelog entry, and how it is written. */
export function changelog(sources: Sources): { required: Found<boolean> | null; how: Found<ChangelogHow> | null } {
  // (Under a heading on a patch's revision notes, only a block that names the project's own file asks for an entry.)
  const flow = [...sources.guideFlow, ...sources.templateFlow].filter((l) => !underHeading(l, MAINTAINER_SECTION) && !(underHeading(l, REVISION_HEADING) && !PROJECT_FILE_NAMED.test(spelled(l.block))));
  const hit = (how: ChangelogHow, at: Located) => ({ required: { value: true, source: sourceOf(at) }, how: { value: how, source: sourceOf(at) } });
  for (const l of flow) {
    if (!mentions(l.block, CHANGESET_WORDS)) continue;
    const text = l.block.kind === 'code' ? '' : `${spelled(l.block)} ${l.block.kind === 'heading' ? '' : l.block.code.map((c) => c.text).join(' ')}`;
    if (CHANGESET.test(text)) return hit('changesets', l);
  }
  for (const l of flow) {
    if (l.block.kind === 'code' || !mentions(l.block, FOLDER_WORDS)) continue;
    // The prose and its code spans, not links or URLs: a path through a repository named "…-changelog" is no folder.
    const prose = spelled(l.block).replace(/\bhttps?:\/\/\S{1,2000}/g, ' ');
    const text = `${prose} ${l.block.kind === 'heading' ? '' : l.block.code.map((c) => c.text).join(' ')}`;
    if (CHANGELOG_FOLDER.test(text) && FOLDER_ASK.test(text)) return hit('changelog-folder', l);
  }
  // A fenced `release-note` block in the PR template: the entry is written in the PR body.
  for (const l of sources.templateFlow) {
    if (l.block.kind === 'code' && /^release[-_ ]?notes?$/i.test(l.block.lang)) return hit('pr-body', l);
    // A "Release notes" or "Changelog" section in the PR template: the entry is written there.
    // (A section its own words make optional, "## ChangeLog" then "Optional. Suggest a line for the CHANGELOG", is
    // where a line may go: no entry is required.)
    if (l.block.kind === 'heading' && RELEASE_NOTES_HEADING.test(l.block.text)) return optionalSection(sources.templateFlow, l) ? { required: { value: false, source: sourceOf(l) }, how: { value: 'pr-body', source: sourceOf(l) } } : hit('pr-body', l);
  }
  // An entry called optional ("(Optional) Update the changelog"): not required, unless something else asks for it.
  let optionalFile: Located | undefined;
  for (const l of flow) {
    if (l.block.kind === 'code' || !mentions(l.block, FILE_WORDS) || commentedBox(l)) continue;
    const text = spelled(l.block);
    const found = CHANGELOG_FILE.exec(text) ?? CHANGELOG_FILE_BARE.exec(text) ?? CHANGES_FILE_NAMED.exec(text) ?? quotedChangesFile(l, text) ?? NOTES_PAGE_NAMED.exec(text) ?? ENTRY_REQUIRED.exec(text) ?? CHANGELOG_ASK_MORE.exec(text);
    // (A task box's passive, "Documented in CHANGELOG.md", is the state the author is to reach, not a description.)
    // (Nor is a question: "**Does my change require an entry in the changelog?** Usually not".)
    // (A task box asked as a question is still the ask: "- [ ] Add a file to the `news` directory for the release notes?",
    // "- [ ] Did you update the changelog?".)
    const file = found && (taskBox(l) || !describedOnly(text, found)) && (!/^[^.!?\n]{0,120}\?/.test(text.slice(found.index)) || (taskBox(l) && BOX_ASKS.test(text))) ? found : null;
    // "Include release notes in the pull request description": the notes asked for are written in the PR body.
    if (file && PR_BODY_NOTE.test(text) && !notNeeded(text)) return hit('pr-body', l);
    const optional = file !== null && optionalEntry(text, file.index);
    // Only an entry called optional in so many words; "consider adding" or "if you like" leaves the question open.
    if (file && optional && /\boptional(?:ly)?\b/i.test(sentenceAround(text, file.index)) && !GENERATED.test(text) && !(REVISION_LOG.test(text) && !PROJECT_FILE_NAMED.test(text))) optionalFile ??= l;
    // (Nor a file a script makes: "a script extracts the git log and forms a Changelog file".)
    // ("Once the PR is merged, you will be included in `CHANGELOG.md`": the maintainers list the contributor; nothing is asked.)
    if (file && !GENERATED.test(text) && !(REVISION_LOG.test(text) && !PROJECT_FILE_NAMED.test(text)) && !notNeeded(text) && !optional && !onlyForBreaking(l, text, file) && !MADE_FOR_YOU.some((p) => p.test(text)) && !YOU_WILL_BE_LISTED.test(text)) return hit('changelog-file', l);
  }

  // An instruction under a heading that names the changelog: "## Changelog" then "Add an entry for your change".
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    const nearest = l.block.sections[l.block.sections.length - 1];
    if (nearest === undefined || !CHANGELOG_HEADING.test(nearest) || sources.templates.includes(l.doc)) continue;
    const text = spelled(l.block);
    // Any sentence may ask ("We keep a changelog following Keep a Changelog. Add a line under Unreleased...").
    if (text.split(/(?<=[.!?])\s+/).some((sentence) => ENTRY_ASK.test(sentence) && ENTRY_WORDS.test(sentence)) && !notNeeded(text) && !optionalEntry(text, 0) && !BREAKING.test(nearest) && !GENERATED.test(text) && !MADE_FOR_YOU.some((p) => p.test(text))) return hit('changelog-file', l);
  }

  // A template's task box that states the entry as done: "- [ ] Changelog updated", "- [ ] CHANGES.md entry added".
  for (const l of sources.templateFlow) {
    if (l.block.kind !== 'listItem' || l.block.checked === null) continue;
    const text = spelled(l.block);
    if (DONE_BOX.test(text) || ENTRY_BOX.test(text)) return hit('changelog-file', l);
  }

  // A release note block or section of the pull request's description, to be filled in: the entry is in the PR body.
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading' || !mentions(l.block, PR_TEXT_WORDS)) continue;
    const text = spelled(l.block);
    if (PR_BODY_NOTE.test(text) && !notNeeded(text)) return hit('pr-body', l);
  }

  // The pull request's own text becomes the release note: "The description is used to create changelogs".
  // Read in release sections too: what a release takes from each pull request is asked of its author.
  for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
    if (l.block.commented || l.block.kind === 'code' || l.block.kind === 'heading' || !mentions(l.block, PR_TEXT_WORDS)) continue;
    if (PR_TEXT_IS_NOTE.test(spelled(l.block))) return { required: null, how: { value: 'pr-body', source: sourceOf(l) } };
  }

  // Made from the commits or pull requests by a tool: nothing for the contributor to write. Release sections count,
  // since that is where guides say how the notes come about.
  for (const l of [...sources.guideFlow, ...sources.templateFlow]) {
    if (l.block.commented || l.block.kind === 'code' || l.block.kind === 'heading' || !mentions(l.block, MADE_WORDS)) continue;
    const text = spelled(l.block);
    if (MADE_FOR_YOU.some((p) => p.test(text)) && !NOT_MADE.test(text)) return { required: { value: false, source: sourceOf(l) }, how: null };
  }

  // Said not to be needed: "you don't need to update the changelog", "a changelog entry is not required".
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading' || !mentions(l.block, NEGATIVE_WORDS)) continue;
    const text = spelled(l.block);
    if (notNeeded(text)) return { required: { value: false, source: sourceOf(l) }, how: null };
  }
  if (optionalFile) return { required: { value: false, source: sourceOf(optionalFile) }, how: { value: 'changelog-file', source: sourceOf(optionalFile) } };
  return entryByConcepts(flow);
}

/** A heading whose own text or first block under it calls the section optional ("(optional)", "Optional. Suggest a line"). */
function optionalSection(flow: readonly Located[], heading: Located): boolean {
  if (/\boptional\b/i.test(spelled(heading.block))) return true;
  const next = flow.find((l) => l.doc === heading.doc && l.index > heading.index);
  return next !== undefined && next.block.kind !== 'heading' && /^\W{0,6}optional\b/i.test(spelled(next.block));
}

/** The general reading (changelogConcepts.ts), where no specific wording matched: the first sentence that asks. */
function entryByConcepts(flow: readonly Located[]): { required: Found<boolean> | null; how: Found<ChangelogHow> | null } {
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading' || l.block.commented || !mentions(l.block, CONCEPT_WORDS) || notAChangeSection(l)) continue;
    const text = spelled(l.block);
    if (GENERATED.test(text) || REVISION_LOG.test(text) || notNeeded(text) || MADE_FOR_YOU.some((p) => p.test(text))) continue;
    for (let start = 0; start < text.length; ) {
      const end = text.slice(start).search(/[.!?;](?:\s|$)/);
      const stop = end < 0 ? text.length : start + end + 1;
      const sentence = text.slice(start, stop);
      const how = asksForEntry(sentence, taskBox(l));
      if (how) return { required: { value: true, source: sourceOf(l) }, how: { value: how, source: sourceOf(l) } };
      start = stop;
    }
  }
  return { required: null, how: null };
}
const CONCEPT_WORDS = ['changelog', 'change log', 'changes', 'news', 'history'];
/** A task box that asks for the work, in a question's form or not: it opens with the verb or with "did/have you". */
const BOX_ASKS = /^\W*(?:(?:did|have)\s+you\b|(?:add|update|write|include|create|record|edit)\b)/i;

/** Sections where a contributor sends no change: reporting bugs, questions, support, security, tagging or versioning. */
const NOT_A_CHANGE_SECTION = /\breport|\bbugs?\b|\bquestions?\b|\bsupport\b|\bsecurity\b|\btag(?:s|ging)?\b|\bversion(?:s|ing)?\b/i;
/** (Only the nearest heading, and not one that names a change: "Fixing bugs", "Submitting a patch for a bug".) */
const NAMES_A_CHANGE = /\bfix\w*|\bpatch\w*|\bpull[\s-]requests?|\bPRs?\b|\bcontribut\w*|\bchanges?\b/i;
const notAChangeSection = (l: Located): boolean => {
  const nearest = l.block.sections[l.block.sections.length - 1] ?? '';
  return NOT_A_CHANGE_SECTION.test(nearest) && !NAMES_A_CHANGE.test(nearest);
};

/** A task box of a pull request template ("- [ ] ..."): what it names is asked of the author. */
const taskBox = (l: Located): boolean => l.block.kind === 'listItem' && l.block.checked !== null && !l.block.commented;

/** A task box left in a template comment ("<!-- - [ ] Entry added to CHANGELOG.md -->"): no longer asked. */
const commentedBox = (l: Located): boolean => l.block.commented === true && l.block.kind === 'listItem' && l.block.checked !== null;

/** "Changes are listed in NEWS.md": the passive says what the file holds; an ask needs "must/should/needs to be". */
const PASSIVE = /^(?:documented|noted|recorded|mentioned|logged|listed|described)\b/i;
const PASSIVE_ASK = /\b(?:must|should|needs?\s+to|ha(?:s|ve)\s+to|is\s+to|are\s+to|to|please)\s+(?:also\s+|always\s+)?(?:be|get)\s+$|\bplease\s+$/i;
function describedOnly(text: string, file: RegExpExecArray): boolean {
  return PASSIVE.test(file[0]) && !PASSIVE_ASK.test(text.slice(sentenceStart(text, file.index), file.index));
}

/**
 * "If you choose to do so, please write a paragraph that will fit in our release notes", "Consider adding an item to
 * NEWS": left to the contributor.
 */
const OPTIONAL_ENTRY = /\bif\s+you\s+(?:choose|want|wish|like|prefer|decide)\b|\boptional(?:ly)?\b|\bconsider\b|\bbonus\b/i;
/** Whether the sentence that asks for the entry, up to the ask, leaves it to the contributor. */
function optionalEntry(text: string, index: number): boolean {
  // (Or said after it in the same sentence: "You may add a note to `CHANGELOG.md` if you like, but it's entirely optional".)
  return OPTIONAL_ENTRY.test(text.slice(sentenceStart(text, index), index)) || OPTIONAL_AFTER.test(sentenceAround(text, index).slice(index - sentenceStart(text, index)));
}
const OPTIONAL_AFTER = /\bbut\s+(?:it(?:'s|\s+is)|this\s+is|that(?:'s|\s+is))\s+(?:entirely\s+|completely\s+|totally\s+|purely\s+)?optional\s*(?:[.;,\u2013\u2014-]|$)/i;

/** A guide heading that names the changelog file or its entries ("Changelog", "Updating the changelog", "Changes file"). */
const CHANGELOG_HEADING = /\bchange[\s-]?logs?\b|\bchanges\s+file\b|\bhistory\s+file\b/i;
/** An instruction to write the entry: "Add a line ...", "Please describe your change ...", "you should write one changelog entry". */
// ("Note that ...", "List of changes ...": a remark or a description, not an ask.)
const ENTRY_ASK = /^(?:please\s+)?(?:add|write|include|describe|document|record|create|update|mention)\b|\b(?:you\s+(?:must|should|need\s+to)|must|should)\s+(?:also\s+)?(?:add|write|include|describe|document|record|update|mention)\b/i;
/** What such an instruction writes: an entry, a line, a note, the change. */
const ENTRY_WORDS = /\b(?:entry|entries|line|note|changes?|changelog)\b/i;

/** A task box naming the changelog as updated: "Changelog updated", "CHANGELOG.md entry added". */
// (Or the box is the file's name alone, "- [ ] CHANGELOG.md", "- [ ] Changelog entry": a task box names what to do.)
// (Or a section of the file: "`CHANGELOG.md`'s "Unreleased" section has been updated".)
const DONE_BOX = /^\W{0,3}(?:the\s+)?(?:CHANGELOG|[Cc]hangelog|[Cc]hange\s+log|CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt|adoc))?`?(?:['’]s\s+(?:["“*_`]{0,2}[\w .-]{1,30}["”*_`]{0,2}\s+)?section)?(?:\s+(?:entry\s+|file\s+)?(?:(?:has\s+been|is|was)\s+)?(?:updated|added|amended|written)\b|(?:\s+entry)?\W{0,3}$)/;

/** A task box naming the entry and its file: "Entry in CHANGELOG.md", "Changelog entry in `CHANGES.rst`". */
const ENTRY_BOX = /^\W{0,3}(?:an?\s+|the\s+)?(?:(?:[Cc]hangelog|[Cc]hange\s+log|[Rr]elease\s+notes?)\s+)?(?:[Ee]ntry|[Ll]ine|[Nn]ote)\s+(?:in|to|added\s+to)\s+(?:the\s+)?`?(?:CHANGELOG|CHANGES|HISTORY|NEWS)(?:\.(?:md|rst|txt|adoc))?`?\W{0,3}$/;

/** Breaking changes, deprecations, removals: an entry asked only for these is not asked of every contribution. */
const BREAKING = /\bbreaking[\s-]+changes?\b|\bdeprecat\w*|\bremov(?:e|es|ing|al)\s+(?:of\s+)?(?:an?\s+|the\s+)?deprecated\b/i;

/** Kinds of change beyond breaking ones: features, user-facing or user-visible changes. */
// ("Every change, including breaking changes", "Bug fixes, breaking changes and deprecations", "for every pull request".)
const BROADER =
  /\bfeatures?\b|\buser[\s-](?:facing|visible)\b|\bnew\s+functionality\b|\b(?:every|all|any|each)\s+(?:[\w-]+\s+)?(?:changes?|pull[\s-]+requests?|PRs?|contributions?|patch(?:es)?|commits?)\b|\bincluding\b|\bbug\s*-?fix(?:es)?\b/i;

/**
 * "If this PR introduces a breaking change, it must contain a notice for the CHANGELOG"; "Ensure a "Breaking Changes"
 * entry is added in the CHANGELOG" under "Removing deprecated flags": the sentence up to the ask, or the section it
 * sits in, scopes the entry to breaking changes.
 */
function onlyForBreaking(l: Located, text: string, ask: RegExpExecArray): boolean {
  const from = sentenceStart(text, ask.index);
  const upToAsk = text.slice(from, ask.index + ask[0].length);
  // "If you make breaking changes, or have a PR tagged [feature], ...": features too are a large share of changes.
  if (BREAKING.test(upToAsk)) return !BROADER.test(upToAsk);
  // The section scopes the entry only when it is about breaking changes alone ("Breaking changes and the changelog"
  // is about the changelog), and the sentence names no broader scope ("for every pull request").
  const nearest = l.block.sections[l.block.sections.length - 1];
  const end = text.slice(ask.index).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(from, end < 0 ? text.length : ask.index + end);
  return nearest !== undefined && BREAKING.test(nearest) && !CHANGELOG_HEADING.test(nearest) && !BROADER.test(nearest) && !BROADER.test(sentence);
}

/** `changelog` is one search that answers two facts; it runs once per reading. */
const bySources = new WeakMap<Sources, ReturnType<typeof changelog>>();
const once = (sources: Sources): ReturnType<typeof changelog> => {
  let found = bySources.get(sources);
  if (!found) bySources.set(sources, (found = changelog(sources)));
  return found;
};
export const changelogRequired = (sources: Sources): Found<boolean> | null => once(sources).required;
export const changelogHow = (sources: Sources): Found<ChangelogHow> | null => once(sources).how;
