import { CommitConvention, Found } from '../facts';
import { Block, ListItemBlock } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { mayHoldWords, mentions, plain, sentenceAround, straightQuotes, underHeading } from './text';
import { requiredWords } from '../../text/requiredWords';
import { subjectMaxLength } from './subjectLength';
import { aboutReleaseNotes, areaCodeSpan, enclosingItems, areaPlaceholder, commitMessageSection, exampleContext, exampleList, exampleLineHeads, exampleSpanHeads, exampleSubjectHead, onlyLinks, subjectHeads } from './commitStructure';
import { codeTypeLine, proseTypeList, spanTypeList, typeTable } from './commitTypeLists';
import { areaPhrasePlaceholder, placeholderAreaHead, quotedAreaPrefix, quotedPrefixLiterals, areaPrefixNamed } from './commitAreaForms';
import { KEY_WORDS, issueKeyExampleBlock, issueKeyExampleSpan, issueKeyPrefixProse } from './factsIssueKeys';
import { notTheTypeList } from './factsTypeLists';
import { exampleItemHead, quotedExampleHeads } from './factsExampleItems';
import { conventionNotAsked } from './factsConventionAsked';
import { closingRefInCommit } from './factsClosingRefs';
import { BODY_WHY, WRAP_RULE, messageRuleStated, messagesFollowRules } from './factsMessageRules';
import { ExampleBlockHeads } from './commitExampleBlocks';
import { messageContentAsked, notAsked } from './factsMessageContent';

/** Types seen in Conventional-Commits-style guides; a list is a type list when most of its heads are these. */
const KNOWN_TYPES = new Set([
  'feat', 'feature', 'fix', 'bugfix', 'docs', 'doc', 'style', 'refactor', 'perf', 'test', 'tests', 'build', 'ci', 'chore', 'revert',
  'deps', 'release', 'wip', 'types', 'security', 'breaking', 'enhancement', 'improvement', 'infra', 'config', 'i18n', 'a11y', 'sample',
]);

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
/** Whether a prose block gives its message form as a suggestion only, in its own words or the paragraph right after. */
function suggestedOnly(l: Located, text: string): boolean {
  if (!COMMIT_PROSE.test(text) || ASKED.test(text)) return false;
  if (SUGGESTION_ONLY.test(text)) return true;
  const next = l.doc.blocks[l.index + 1];
  return next !== undefined && next.kind === 'paragraph' && SUGGESTION_AFTER.test(plain(next));
}

/** Headings about commit messages or pull request titles ("Commit Message Format", "PR title"); not "Types of contributions". */
const COMMIT_HEADING = /commit|\btitles?\b|\bsubject\b|\bheader\b/i;
/** Prose about commit messages or the PR title a type list or format applies to. */
const COMMIT_PROSE = /\bcommit(?:s|ted|ting)?\b|\bcommit\s+messages?\b|\b(?:PR|pull[\s-]+request|merge\s+request)s?['’]?s?\s+(?:titles?|names?)\b|\bname\s+(?:your|the|each|a)\s+(?:PR|pull[\s-]+request|merge\s+request)s?\b|\btitles?\s+of\s+(?:the|your|a|each)\s+(?:PR|pull[\s-]+request|merge\s+request)s?\b|\bsquash(?:ed)?\b/i;
/**
 * "there is no required format", "we don't enforce a commit message convention": no rules on the messages ("There are no
 * strict rules, but please write a short summary line" still gives some).
 */
const NO_REQUIRED_FORMAT = /\b(?:there\s+is\s+|there's\s+|with\s+)?no\s+(?:(?:required|mandatory|enforced|strict|specific|particular|fixed)\s+(?:commit(?:\s+message)?\s+)?|commit(?:\s+message)?\s+)(?:format|convention|style|rules?)\b(?![^.;]{0,10}\b(?:but|however|though|yet)\b)|\b(?:do|does)\s*n[o']t\s+(?:enforce|require|mandate)\s+(?:a\s+|any\s+)?(?:particular\s+|specific\s+)?(?:commit(?:\s+message)?\s+)?(?:format|convention|style)\b(?![^.;]{0,10}\b(?:but|however|though|yet)\b)/i;
/** commitlint's shared conventional config, by its package or in words. */
const COMMITLINT_CONVENTIONAL = /@commitlint\/config-conventional\b|\bcommitlint\b[^.]{0,40}\bconventional\s+config\b|\bconfig-conventional\b/i;
const CONVENTIONAL_NAME = /\bconventional[\s-]?commits?\b|\bangular(?:'s)?\s+(?:commit|convention)|\bsemantic[\s-](?:commit|pr|pull[\s-]request)|\bcommitizen\b/i;
/**
 * A link to the format's own page, whatever its words ("format commit messages according to [this specification](…)"):
 * the Conventional Commits spec, Angular's commit section, Karma's commit message page, the semantic PR title action.
 * Every dev project that links one of these asks for the format (15 of 15).
 */
const CONVENTION_LINK = /^https?:\/\/(?:www\.)?conventionalcommits\.org\b|^https?:\/\/(?:www\.)?github\.com\/angular\/angular(?:\.js)?\/blob\/[^#\s]*#-?(?:commit|submit)|^https?:\/\/karma-runner\.github\.io\/[^\s]*git-commit-msg|^https?:\/\/(?:www\.)?github\.com\/amannn\/action-semantic-pull-request\b/i;
/** `<type>(<scope>): <subject>` anywhere; `type(scope): subject` written as a line of its own (tested line by line). */
const TYPE_PLACEHOLDER = /<type>(?:\(<[\w-]{1,40}>\))?!?:[ \t]*<[\w \t-]{1,60}>/;
/** `type(scope): description` written as a code span in prose ("titles follow `type(scope): description`"). */
const TYPE_SPAN_FORMAT = /^<?type>?(?:\(<?scope>?\)|\[\(<?scope>?\)\])?!?:\s*<?(?:subject|description|summary|message|title|short\s+description)>?$/i;
const TYPE_LINE = /^[ \t]*type(?:\(scope\))?!?:[ \t]*(?:subject|description|summary)/i;
const AREA_PREFIX = /\b(?:prefix(?:ed)?|start(?:s|ing)?|begin(?:s|ning)?)\b[^.]{0,60}?\b(?:with|by)\s+(?:the\s+|an?\s+)?(?:(?:name|path|import\s+path)\s+of\s+(?:the\s+)?)?(?:(?:primary|main|affected|changed|modified|relevant|impacted|touched|top-level)\s+){0,2}["'`“[<{]?(?:package|area|component|subsystem|module|directory|folder|feature\s*area|crate|plugin|tag|library|driver|file)(?:'s)?\b(?:\s+name)?|\b(?:add|put|include|use)\s+(?:a|an|the)\s+(?:tag|component|area|subsystem|module|package)\b[^.]{0,30}?\b(?:beginning|start|front)\s+of\s+the\s+(?:line|title|subject|summary|message|first\s+line)\b|<(?:feature\s*area|area|package|pkg|component|subsystem|module)>\s*:\s|\bin\s+the\s+(?:form|format)\s+["'`]?(?:area|package|pkg|component|subsystem|module|crate|dir(?:ectory)?)\s*:\s|\binclude\s+the\s+(?:category|area|component|package|module|subsystem|crate)\b[^.]{0,60}?\bin\s+the\s+(?:PR\s+|pull[\s-]+request\s+)?title\b/i;
/**
 * "Tag your commit summary with the area you changed": the area as a tag on the subject. (Narrow: "tag the release
 * commit with the package version" tags a commit in git, which is no subject form.)
 */
const AREA_TAG = /\btag\s+(?:your|the|each|every)\s+(?:commit\s+)?(?:summar(?:y|ies)|subjects?|titles?|messages?|first\s+lines?)\s+with\s+(?:the\s+|an?\s+)?(?:name\s+of\s+the\s+)?(?:(?:affected|changed|relevant|main)\s+)?(?:area|component|subsystem|module|package|crate|plugin|library|directory)\b(?!\s+(?:version|number))/i;
/** "Don't start the subject with the module name": the form said not to be used. */
const NEGATED_BEFORE_VERB = /\b(?:don't|do\s+not|never|avoid|no\s+need\s+to)\s+(?:\w+\s+){0,2}$/i;
/** AREA_PREFIX, unless the words right before it say not to. */
function areaPrefixAsked(text: string): boolean {
  const m = AREA_PREFIX.exec(text) ?? AREA_TAG.exec(text);
  return m !== null && !NEGATED_BEFORE_VERB.test(text.slice(Math.max(0, m.index - 40), m.index));
}
/**
 * "The subject line must contain a prefix identifying the sub system"; "Mention the affected module at the start of
 * the subject line", "name the subsystem at the beginning of the title", "Use preceding subsystem when applicable"; "name the component you changed, followed by a
 * colon" (the colon after the area is the format, whatever verb asks for it).
 */
const AREA_NAMED_AT_START = /\b(?:use|add|include|give)\s+(?:a\s+|the\s+)?(?:preceding|leading)\s+(?:sub[\s-]?system|package|area|component|module|directory|crate|plugin)\b|\b(?:a|the)\s+prefix\s+(?:that\s+(?:identifies|names|indicates|denotes|describes)|identifying|naming|indicating|denoting|describing|for)\s+(?:the\s+)?(?:(?:affected|changed|modified|relevant|main)\s+)?(?:sub[\s-]?system|package|area|component|module|directory|crate|plugin|part\s+of\s+the\s+(?:code|project))\b|\b(?:mention|name|put|include|state|give|identify)\s+(?:the\s+|an?\s+)?(?:(?:primary|main|affected|changed|modified|relevant|impacted|touched|top-level)\s+){0,2}(?:package|area|component|subsystem|module|directory|folder|crate|plugin)(?:'s)?(?:\s+name)?\b[^.]{0,30}?\b(?:at|in)\s+the\s+(?:start|beginning|front|head)\s+of\b|\b(?:package|area|component|subsystem|module|directory|folder|crate|plugin)s?\b[^.]{0,40}?\bfollowed\s+by\s+(?:an?\s+|the\s+)?(?:colon|["'`]:["'`](?:\s+character)?)/i;
// (The merge, squash or release commit a maintainer writes is not the contributor's message.)
const FREE_FORM = /\b(?:imperative|(?:past|present)\s+tense|(?:good|great)\s+commit\s+message|separate\s+(?:the\s+)?subject\s+(?:line\s+)?from\s+(?:the\s+)?body|capitali[sz]e\s+the\s+(?:subject|summary|first)\b|(?<!\b(?:merge|squash|squashed|release|revert)\s+)commit\s+(?:messages?|logs?|comments?)\b[^.]{0,80}?\b(?:short|descriptive|clear|concise|summary|first line|organized|meaningful)\b|(?:first|summary|subject)\s+line\b[^.]{0,60}?\b(?:short|\d{2}\s+char))|\bshort\s+(?:summary|description)\b[^.]{0,60}\bfirst line|\b(?:short|brief|concise)\s+(?:commit\s+)?message\s+(?:on|in|as)\s+the\s+first\s+line\b|\b50\/72\b|(?<!\b(?:merge|squash|squashed|release|revert)\s+)\bcommit\s+(?:messages?|logs?)\s+(?:should|must|need\s+to)\s+(?:clearly\s+|briefly\s+)?(?:describe|explain|say|state|summari[sz]e)\b/i;
/**
 * A commit message asked to name its issue: "When committing, please reference the issue the commit relates to",
 * "mention the ticket number in your commit message". Read only in a sentence that speaks of commits.
 */
const REFERENCE_ISSUE = /\b(?:(?:referenc|mention|includ|insert|add|put|quot|cit)(?:e|es|ing)?|refer(?:s|ring)?\s+to)\s+(?:the\s+|an?\s+|its\s+)?(?:related\s+|relevant\s+|corresponding\s+|associated\s+)?(?:issue|ticket|bug)s?(?:\s+(?:numbers?|ids?|keys?|references?))?\b/i;
const COMMIT_SENTENCE = /\bcommit(?:s|ting|ted)?\b/i;
/** Words one of which FREE_FORM needs, and one of which REFERENCE_ISSUE needs: cheap tests before the patterns. */
const FREE_FORM_WORDS = /commit|imperative|tense|line|50\/72|capital|period|full stop/i;
const ISSUE_WORDS = /issue|ticket|bug/i;
/** The words the costly prose patterns of the main loop need (requiredWords), read once: they run on every block. */
const NEEDS = {
  conventionalName: requiredWords(CONVENTIONAL_NAME),
  areaPrefix: requiredWords(AREA_PREFIX),
  areaTag: requiredWords(AREA_TAG),
  areaNamedAtStart: requiredWords(AREA_NAMED_AT_START),
  issueKey: requiredWords(KEY_WORDS),
  freeForm: requiredWords(FREE_FORM_WORDS),
  issue: requiredWords(ISSUE_WORDS),
};
const freeFormRules = (text: string): boolean => FREE_FORM_WORDS.test(text) && (FREE_FORM.test(text) || COMMIT_WHY.test(text) || subjectCaseRule(text) || qualityRule(text));
/**
 * The subject's first and last character, two of the classic rules for messages: "start the subject with a capital
 * letter", "do not end the summary line with a period", "no trailing period". Read only where the text or its section
 * speaks of messages (the caller's gate), so the same rules for doc sentences are not taken.
 */
const SUBJECT_CASE = /\b(?:start|begin|capitali[sz]e)\w*\b[^.]{0,40}?\b(?:with\s+)?(?:a|an)\s+(?:capital|upper-?case)\s+letter\b|\b(?:do\s+not|don't|never|should\s+not|must\s+not)\s+end\s+(?:the\s+|your\s+|it\s+)?(?:(?:commit\s+)?(?:subject|summary|title|first)(?:\s+line)?\s+)?with\s+(?:a\s+)?(?:period|full\s+stop|dot)\b|\bno\s+(?:trailing|final|ending)\s+(?:period|full\s+stop|dot)\b/i;
/** "Start the issue title with a capital letter": the same rule for what a reporter writes is not a commit rule. */
const REPORT_WORDS = /\b(?:issues?|tickets?|bug\s+reports?)\b/i;
function subjectCaseRule(text: string): boolean {
  const m = SUBJECT_CASE.exec(text);
  return m !== null && !REPORT_WORDS.test(sentenceAround(text, m.index));
}
/**
 * A message asked to give the reason for the change: "the commit message should also explain why it is made",
 * "Commit message has a detailed description of what changed and why", "clearly explains the reason for the change".
 * The what-and-why rule of the classic essays,
 * said of the commit message itself (an explanation asked of the PR description or an issue is not a commit rule).
 */
const COMMIT_WHY = /\bcommit\s+(?:messages?|comments?|logs?|descriptions?|bod(?:y|ies))\b[^.]{0,100}?\b(?:explain|describ|descript|say|state|tell|justif|giv)\w*\b[^.]{0,60}?\b(?:why|reasons?|motivation|rationale)\b/i;
/**
 * "Use descriptive commit messages", "Keep meaningful commit logs", "a proper commit title", "each commit should have a
 * meaningful subject line": the quality asked of every message or of its first line.
 */
const QUALITY = /\b(?:meaningful|descriptive|informative|good|proper|well[\s-](?:written|crafted))\s+(?:commit\s+(?:messages?|logs?|titles?|subjects?|summar(?:y|ies))|(?:subject|summary)\s+lines?)\b/i;
/**
 * A step that makes the commit, with the message's quality in passing: "Squash your commits and ensure you have a
 * meaningful commit message", "Commit your changes using a descriptive commit message". A step of the procedure,
 * not a rule for messages.
 */
const COMMIT_STEP = /^\W*(?:\d+[.)]\s*)?(?:please\s+)?(?:squash|commit|make|create)\s+(?:your\s+|the\s+|all\s+)?(?:commits?|changes?|patch(?:es)?)\b/i;
function qualityRule(text: string): boolean {
  const m = QUALITY.exec(text);
  if (m === null) return false;
  const sentence = sentenceAround(text, m.index).replace(/^[.!?]\s*/, '');
  // A subject line is a commit's when the sentence says so ("Each commit ... a meaningful subject line"); an e-mail's
  // subject line for a question to the list is not.
  if (!/commit/i.test(m[0]) && !/\bcommit|\bpatch/i.test(sentence)) return false;
  return !COMMIT_STEP.test(sentence);
}
function referencesIssue(text: string): boolean {
  if (!ISSUE_WORDS.test(text)) return false;
  const m = REFERENCE_ISSUE.exec(text);
  if (!m) return false;
  const sentence = sentenceAround(text, m.index);
  // "You do not need to mention the issue in the commit message" asks nothing.
  return COMMIT_SENTENCE.test(sentence) && !notAsked(sentence);
}

/** Well-known essays on writing commit messages (Chris Beams' seven rules, Tim Pope's note, Pro Git's guidelines). */
const COMMIT_ESSAY = /^https?:\/\/(?:www\.)?(?:cbea\.ms|chris\.beams\.io)\/(?:posts\/)?git-commit|^https?:\/\/tbaggery\.com\/\d{4}\/\d{2}\/\d{2}\/a-note-about-git-commit-messages|^https?:\/\/git-scm\.com\/book\/[\w/-]{0,80}#_?commit[_-]guidelines/i;

/** The commit (or squash title) convention a guide asks for; the commitlint config wins when it says. */
export function commitConvention(sources: Sources): Found<CommitConvention> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  let conventional: Located | null = null;
  let area: Located | null = null;
  let freeForm: Located | null = null;
  // Example subjects of two or more known types ("fix(io): ...", "docs: ...") show the conventional format.
  let examples: Located | null = null;
  // The sections of blocks that gave their message form as a suggestion only: such a section states no rule by being there.
  const suggestedIn = new Set<string>();
  // (Or one example per block, the blocks of one section read together.)
  const headsPerSection = new ExampleBlockHeads(KNOWN_TYPES, areaMix);
  for (const l of flow) {
    const b = l.block;
    if (b.kind === 'code') {
      if (!conventional && (typeScopeFormat(b.text) || typeAlternation(b.text)) && inCommitContext(l)) conventional = l;
      // Indented guidance inside a template's HTML comment parses as code; it is still prose to the author.
      if (!area && b.commented && b.text.split('\n').some((line) => AREA_PREFIX.test(line) && /commit|title|subject|first line|PR\b|pull request/i.test(line))) area = l;
      if ((!area || !examples) && exampleContext(l)) {
        const blockHeads = subjectHeads(b.text);
        const mixed = areaMix(blockHeads);
        if (!examples && !mixed && knownHead(b.text) && knownHeads(blockHeads) >= 2) examples = l;
        // "[area]: [short line]" set out as the format, or an example message whose subject starts "net: ...".
        const head = exampleSubjectHead(b.text);
        // (Not the release commits a maintainer makes: "chore: release 1.2" and "docs: changelog" in a release section.)
        if (!examples && head !== null && !underHeading(l, MAINTAINER_SECTION)) headsPerSection.add(l, head);
        // (Or two lines or more of the block are whole subjects with area heads: a list of them, `git log --oneline`.)
        if (!area && (mixed || exampleLineHeads(b.text).filter((h) => !KNOWN_TYPES.has(h.toLowerCase())).length >= 2 || areaPlaceholder(b.text) || (head !== null && !KNOWN_TYPES.has(head)) || placeholderAreaHead(b.text) || quotedAreaPrefix(b.text, KNOWN_TYPES) || areaPhrasePlaceholder(b.text) || issueKeyExampleBlock(b.text))) area = l;
      }
      continue;
    }
    const text = plain(b);
    // "Messages are recommended to follow a `type: description` format. This is only a suggestion, not a
    // requirement": the form is offered, not asked; nothing in the block is a rule for the contributor's messages.
    if (suggestedOnly(l, text)) {
      suggestedIn.add(b.sections.join('\u0000'));
      continue;
    }
    // (mayHoldWords before a costly pattern or rule: false only when the block lacks every word its first pattern needs.)
    // Commits a maintainer makes to cut a release ("## Releasing: the release commit must follow ...") are not the
    // contributor's; the free-form tier, the weakest signal, is not read there.
    const maintainers = underHeading(l, MAINTAINER_SECTION);
    // (Unless the convention is what the maintainers apply when merging, or the contributor is told it is not needed.)
    if (!conventional && mayHoldWords(b, NEEDS.conventionalName) && CONVENTIONAL_NAME.test(text) && !conventionNotAsked(text, CONVENTIONAL_NAME.exec(text)?.index ?? 0)) conventional = l;
    // commitlint's shared config named as what checks the messages ("checked by commitlint using `@commitlint/config-conventional`",
    // "commitlint with its conventional config"): the convention by its checker. Not in a list of dependencies.
    if (!conventional && b.kind !== 'heading' && COMMITLINT_CONVENTIONAL.test(text) && /\b(?:check|lint|validat|enforc|verif)\w*\b/i.test(text) && /\bcommit/i.test(`${text} ${b.sections.join(' ')}`) && !conventionNotAsked(text, COMMITLINT_CONVENTIONAL.exec(text)?.index ?? 0)) conventional = l;
    if (!conventional && b.kind !== 'heading' && b.links.some((link) => CONVENTION_LINK.test(link.target)) && (COMMIT_PROSE.test(text) || inCommitContext(l)) && !conventionLinkNotAsked(b, text)) conventional = l;
    if (!conventional && (typeScopeFormat(b.text) || (b.kind !== 'heading' && b.code.some((c) => TYPE_SPAN_FORMAT.test(c.text.trim())))) && inCommitContext(l)) conventional = l;
    // (Types asked of issue titles, "Start the issue title with `bug:` or `feat:`", are triage, not commits.)
    if (!conventional && prefixTypeSpans(l).length >= 2 && !otherForm(l, text)) conventional = l;
    if (!examples && knownHead(text) && knownHeads(subjectHeads(text)) >= 2 && (exampleContext(l) || inCommitContext(l))) examples = l;
    // The context first: it is one cheap test, the area patterns are several.
    if (!area && areaContext(l, text) && (((mayHoldWords(b, NEEDS.areaPrefix) || mayHoldWords(b, NEEDS.areaTag)) && areaPrefixAsked(text)) || (mayHoldWords(b, NEEDS.areaNamedAtStart) && AREA_NAMED_AT_START.test(text)) || areaPlaceholder(text) || areaCodeSpan(b) || quotedAreaPrefix(text, KNOWN_TYPES) || areaPhrasePlaceholder(text) || quotedPrefixLiterals(b, text, KNOWN_TYPES) || areaPrefixNamed(text))) area = l;
    // An example subject that opens with a tracker's issue key ("e.g. `[PROJ-123] Close the stream`"), or prose asking
    // that the subject start with the key: the key is the subject's prefix.
    if (!area && ((mayHoldWords(b, NEEDS.issueKey) && issueKeyPrefixProse(text)) || (issueKeyExampleSpan(b) && (exampleContext(l) || inCommitContext(l) || enclosingItems(l).some((t) => COMMIT_SENTENCE.test(t)))))) area = l;
    // Example subjects written as a plain list after "Example commit subjects:": "- lexer: accept tabs".
    if (!area && b.kind === 'listItem') {
      const head = exampleItemHead(l);
      if (head !== null && !KNOWN_TYPES.has(head.toLowerCase()) && (exampleContext(l) || inCommitContext(l)) && !otherForm(l, text)) area = l;
    }
    // ... or quoted in prose: 'for example: "ext4: fix crash on mount"'.
    if (!area && b.kind !== 'heading' && quotedExampleHeads(text).some((h) => !KNOWN_TYPES.has(h.toLowerCase())) && (exampleContext(l) || inCommitContext(l)) && !otherForm(l, text)) area = l;
    // Example subjects written as code spans ("e.g. `storage: retry on timeout`", a list of `lexer: accept tabs`):
    // an area head that is no known type shows the format.
    // (The spans first: few blocks show any, and the context walks back through the section.)
    const heads = !area || !examples ? exampleSpanHeads(l) : [];
    if (heads.length > 0 && (exampleContext(l) || inCommitContext(l))) {
      if (!area && heads.some((h) => !KNOWN_TYPES.has(h.toLowerCase())) && !otherForm(l, text)) area = l;
      // ... and two known types among them ("e.g. `fix: close idle connections` or `docs: add notes`"), or one with
      // its scope ("they must look like `feat(parser): add option`"), are examples of types.
      // (Not when folder-like types sit beside an area head: `docs: ...`, `build: ...`, `core: ...` are areas.)
      if (!examples && !areaMix(heads.map((h) => h.toLowerCase())) && (knownHeads(heads) >= 2 || (b.kind !== 'heading' && b.code.some((c) => SCOPED_TYPE_SUBJECT.test(c.text.trim()))))) examples = l;
    }
    // Tense and mood rules for changelog entries or release titles are not commit rules; nor is a title in a reading list.
    // ... nor is the imperative mood for docstrings or code comments: the rule must be about messages or titles.
    if (!freeForm && !maintainers && ((mayHoldWords(b, NEEDS.freeForm) && freeFormRules(text)) || (mayHoldWords(b, NEEDS.issue) && referencesIssue(text)) || messageContentAsked(text) || messageRuleStated(text, sentenceAround)) && (!b.commented || sources.templates.includes(l.doc)) && (MESSAGE_WORDS.test(text) || inCommitContext(l)) && !aboutReleaseNotes(l) && !onlyLinks(l)) freeForm = l;
    // Messages held to rules the guide names ("Commit messages should follow the conventions at <link>"). A template's
    // "The commit message follows our guidelines" defers to the guide, which says what they are: it is not read there.
    if (!freeForm && !maintainers && !b.commented && !sources.templates.includes(l.doc) && messagesFollowRules(text) && !aboutReleaseNotes(l)) freeForm = l;
    // A width to wrap at, or a body asked for the reason: read where the text itself speaks of messages or the heading
    // is about them ("Wrap code at 100 columns" under "Before committing" is a style rule, "function body" is code).
    if (!freeForm && !maintainers && /wrap|bod(?:y|ies)/i.test(text) && (WRAP_RULE.test(text) || BODY_WHY.test(text)) && !b.commented && (MESSAGE_PART_WORDS.test(text) || underHeading(l, MESSAGE_HEADING)) && !aboutReleaseNotes(l)) freeForm = l;
    // A closing keyword asked of the commit message ("add `Closes #123` to your commit message"); a template's comment
    // is guidance to the author, so its words count as well.
    // (In a guide, commented-out text is text taken out; only a template's comments speak to the author.)
    if (!freeForm && !maintainers && (!b.commented || sources.templates.includes(l.doc)) && closingRefInCommit(text)) freeForm = l;
    // A link to a well-known essay on commit messages ("format them in the standard way") states those rules.
    // An entry of a reading list ("For more on best practices, try these links: - [How to Write a Git Commit Message]")
    // recommends the essay; it does not make its rules the project's.
    if (!freeForm && b.kind !== 'heading' && !b.commented && b.links.some((link) => COMMIT_ESSAY.test(link.target)) && !bareLink(b)) freeForm = l;
  }
  if (!conventional) {
    const list = typeList(sources) ?? typeTable(flow, inCommitContext, KNOWN_TYPES) ?? namedTypes(flow);
    if (list) conventional = list.at;
  }
  conventional ??= examples ?? headsPerSection.found();
  if (conventional) return { value: 'conventional', source: sourceOf(conventional) };
  if (area) return { value: 'area-prefix', source: sourceOf(area) };
  // "We prefer descriptive messages; there is no required format": a preference the same block takes back as a rule.
  if (freeForm && plain(freeForm.block).split(/(?<=[.!?])\s+/).some((sentence) => NO_REQUIRED_FORMAT.test(sentence) && /\bcommit|\bmessages?\b/i.test(sentence) && !/\b(?:pull[\s-]+request|PR)\s+descriptions?\b/i.test(sentence))) return null;
  if (freeForm) return { value: 'free-form-rules', source: sourceOf(freeForm) };
  // A section of its own for commit messages states rules for them, though none is a known phrase.
  const found = commitMessageSection(sources.guideFlow);
  const section = found && !suggestedIn.has((found.block.kind === 'heading' ? [...found.block.sections, found.block.text] : found.block.sections).join('\u0000')) ? found : null;
  if (section) return { value: 'free-form-rules', source: sourceOf(section) };
  // A limit on the subject's length is a rule for commit messages, though no convention is named.
  const limit = subjectMaxLength(sources);
  return limit ? { value: 'free-form-rules', source: limit.source } : null;
}

/** The allowed types the guide lists: a list of type names, `feat:`-style code spans, or a regex alternation. */
export function commitTypes(sources: Sources): Found<readonly string[]> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  const list = typeList(sources) ?? typeTable(flow, inCommitContext, KNOWN_TYPES);
  if (list) return { value: list.types, source: sourceOf(list.at) };
  for (const l of flow) {
    if (l.block.kind === 'code') {
      const alternation = typeAlternation(l.block.text) ?? codeTypeLine(l.block.text, KNOWN_TYPES);
      if (alternation && inCommitContext(l)) return { value: alternation, source: sourceOf(l) };
      continue;
    }
    // (Types the block itself calls only a suggestion are no list the messages are held to.)
    if (suggestedOnly(l, plain(l.block))) continue;
    const spans = prefixTypeSpans(l);
    if (spans.length >= 2 && !otherForm(l, plain(l.block))) return { value: spans, source: sourceOf(l) };
    const named = namedTypesIn(l);
    if (named) return { value: named, source: sourceOf(l) };
  }
  return null;
}

/** The types one block names, in a sentence or as code spans, about commits or PR titles (never a branch name). */
function namedTypesIn(l: Located): string[] | null {
  const named = proseTypeList(l, KNOWN_TYPES) ?? spanTypeList(l, KNOWN_TYPES);
  // (Nor the words an issue title starts with: "## Issue titles" speaks of titles, but of reports.)
  return named && !/\bbranch/i.test(plain(l.block)) && inCommitContext(l) && !otherForm(l, plain(l.block)) ? named : null;
}

/** The first block that names the allowed types (see `namedTypesIn`). */
function namedTypes(flow: readonly Located[]): { types: string[]; at: Located } | null {
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    const types = namedTypesIn(l);
    if (types) return { types, at: l };
  }
  return null;
}

/**
 * A list whose items each start with a type name (`feat` - ..., **fix**: ...), about commits or PR titles. However
 * many known words it holds, a list is a type list only in that context: "Types of contributions" with **docs**,
 * **fix**, **feature**, or a list of labels, is not a commit convention.
 */
function typeList(sources: Sources): { types: string[]; at: Located } | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  const byList = new Map<string, Located<ListItemBlock>[]>();
  for (const l of flow) {
    if (l.block.kind !== 'listItem') continue;
    const key = `${l.doc.path}#${l.block.listId}`;
    const items = byList.get(key) ?? [];
    items.push(l as Located<ListItemBlock>);
    byList.set(key, items);
  }
  for (const items of byList.values()) {
    const heads = items.map((l) => TYPE_ITEM_HEAD.exec(l.block.text)?.[1] ?? /^`([a-z][a-z0-9-]{1,15})`,\s/.exec(l.block.text)?.[1]);
    const known = heads.filter((h): h is string => h !== undefined && KNOWN_TYPES.has(h));
    // A list the item or sentence before it introduces as the prefixes to use may hold a project's own types too.
    if (known.length < 3 || (known.length < items.length * 0.6 && !prefixLeadIn(items[0]))) continue;
    if (!inCommitContext(items[0]) || AREA_LEAD_IN.test(leadInOf(items[0]))) continue;
    // Labels to put on a pull request, or the boxes a template asks to tick for the kind of change: other lists
    // than the commit types, though their words are the same.
    if (notTheTypeList(items, leadInOf(items[0]))) continue;
    // "Examples of commit messages:" then `fix: don't overwrite ...`: whole example subjects, not the allowed types.
    // (A lead-in "Use a prefix ..., e.g. `fix: ...`" over items that each name one prefix, `add`, ...: the list is the prefixes.)
    if (exampleList(items) && !(prefixLeadIn(items[0]) && items.filter((l) => SPAN_HEAD.test(l.block.text)).length >= items.length * 0.6)) continue;
    const types = [...new Set(heads.filter((h): h is string => h !== undefined))];
    return { types, at: items[0] };
  }
  return null;
}

/**
 * An item that opens with one type name and its separator: `feat` - ..., **fix**: ..., and the name written with its
 * colon inside the markup, as the subject would start (`fix:` -- ..., **feat:** ...).
 */
// ("**feat** for a new feature for the user": marked up, the name may run straight into its description.)
const TYPE_ITEM_HEAD = /^[*_`]*([a-z][a-z0-9-]{1,15})!?(?:[*_`]*\s*(?::|-|–|—)|:[*_`]+|[*_`]+(?=\s+(?:for|when)\s))(?:\s|$)/;

/** "Use a prefix for the PR title or commits, e.g. ...:" then the list: the prefixes are the allowed types. */
const PREFIX_LEAD_IN = /\b(?:prefix(?:es)?|types?)\b[^.]{0,40}?\b(?:title|commits?|commit\s+messages?)\b|\b(?:title|commits?|commit\s+messages?)\b[^.]{0,40}?\b(?:prefix(?:es|ed)?|types?)\b/i;
/** An item that opens with one word as a code span and goes on to describe it: "`add`, Add a new feature". */
const SPAN_HEAD = /^`[a-z][a-z0-9-]{1,15}`[,:]?\s+\S/;
/** "Prefix the commit title with the part of the project you changed": the list is of areas, not types. */
const AREA_LEAD_IN = /\b(?:parts?|areas?|packages?|modules?|components?|subsystems?|crates?|directories|directory)\s+(?:of\s+(?:the\s+)?(?:project|code(?:base)?|repo(?:sitory)?)|you\s+(?:changed|touched|modified|worked\s+on)|(?:being\s+)?(?:changed|touched|affected|modified))\b/i;
/** The item holding the list, or the paragraph right before it. */
function leadInOf(first: Located<ListItemBlock>): string {
  const holder = enclosingItems(first)[0];
  const prev = first.index > 0 ? first.doc.blocks[first.index - 1] : undefined;
  return holder ?? (prev && prev.kind !== 'code' && prev.kind !== 'heading' ? plain(prev) : '');
}
const prefixLeadIn = (first: Located<ListItemBlock>): boolean => PREFIX_LEAD_IN.test(leadInOf(first));

/** `feat:`, `fix:` as code spans in one sentence (e.g. "prefix your PR title with `feat:`, `fix:`..."). */
function prefixTypeSpans(l: Located): string[] {
  if (l.block.kind === 'code' || l.block.kind === 'heading') return [];
  const spans = l.block.code.map((c) => /^([a-z]{2,12})(\([^)]*\))?!?:\s*$/.exec(c.text.trim())?.[1]).filter((t): t is string => t !== undefined);
  const known = spans.filter((t) => KNOWN_TYPES.has(t));
  return known.length >= 2 && /prefix|title|commit|type|start/i.test(plain(l.block)) && inCommitContext(l) ? [...new Set(known)] : [];
}

/** Whether the sentence holding the convention's link says it is not the contributor's to follow. */
function conventionLinkNotAsked(b: Block, text: string): boolean {
  if (b.kind === 'heading' || b.kind === 'code') return false;
  const link = b.links.find((k) => CONVENTION_LINK.test(k.target));
  const at = link ? text.indexOf(straightQuotes(link.text).trim()) : -1;
  return conventionNotAsked(text, Math.max(0, at));
}

/** A block that is nothing but its links ("- [How to Write a Git Commit Message - C. Beams](…)"): "Write [good commit messages](…)" asks for something. */
function bareLink(b: Block): boolean {
  if (b.kind !== 'listItem' && b.kind !== 'paragraph') return false;
  let rest = plain(b);
  for (const link of b.links) rest = rest.replace(straightQuotes(link.text).trim(), ' ');
  return !/\w/.test(rest);
}

/** A `type(scope): subject` format, placeholder-style anywhere or as a line of its own. */
function typeScopeFormat(text: string): boolean {
  if (TYPE_PLACEHOLDER.test(text)) return true;
  if (!/type/i.test(text)) return false;
  return TYPE_INLINE.test(text) || text.split('\n').some((line) => TYPE_LINE.test(line));
}

/** The format named in a sentence: "PR titles must follow the format type(scope): description". */
const TYPE_INLINE = /\b(?:format|form|pattern|structure)\s*:?\s+["'`\u201c]?type(?:\(scope\))?!?:\s*<?(?:subject|description|summary|message|title)\b/i;

/** A known type written as a subject's head ("fix: ", "docs(api): "): tested before splitting a block into subjects. */
const KNOWN_HEAD = new RegExp(String.raw`(?:^|[\s\`*-])(?:${[...KNOWN_TYPES].join('|')})(?:\([^)\n]{1,40}\))?!?:[ \t]`);
/** KNOWN_HEAD, after two plain searches: it needs a colon then a space or a tab, which most blocks do not hold. */
const knownHead = (text: string): boolean => (text.includes(': ') || text.includes(':\t')) && KNOWN_HEAD.test(text);
/** A whole subject of a known type with its scope: `feat(parser): add option`. */
const SCOPED_TYPE_SUBJECT = new RegExp(String.raw`^(?:${[...KNOWN_TYPES].join('|')})\([\w./-]{1,30}\)!?:\s+\S+\s+\S`);
/** Sections for maintainers: releasing, publishing (the same headings the base-branch and changelog readers skip). */
const MAINTAINER_SECTION = /^\W*(?:the\s+)?releas(?:e|es|ing)\b(?![\s-]+notes?)|\brelease\s+(?:process|procedure|steps|management|cycle|schedule)\b|\b(?:making|cutting|creating|doing)\s+(?:a\s+)?releases?\b|\bmaintainers?\b|\bpublish/i;
/** Words that make a wrap width or a body one of a commit message; headings about messages (not "Before committing"). */
const MESSAGE_PART_WORDS = /\bcommit(?:s|\s+messages?)?\b|\bmessages?\b|\bsubject\b|\bsummary\s+line\b|\blog\s+message/i;
const MESSAGE_HEADING = /\bcommit(?:ting)?\s+(?:messages?|logs?|guidelines?|conventions?|style|format(?:ting)?)\b|\bmessages?\b/i;
/** Words that make a style rule one for messages: "commit", "message", "subject", "summary", "title". */
const MESSAGE_WORDS = /\b(?:commit|message|subject|summary|title)s?\b/i;
/** Words that put an area rule among commit or title rules. */
/** Other things a guide gives a "name: text" form to: log lines, issue and bug-report titles. */
const OTHER_FORMS = /\b(?:issues?|bug\s+reports?|tickets?|log\s+(?:lines?|messages?|entries|output)|logging|logs)\b/i;
const COMMITS_OR_PRS = /\bcommit|\bPRs?\b|pull[\s-]+requests?|merge\s+requests?|\bpatch/i;

/**
 * Whether a block is about commit or PR subjects: its words (not its code spans: "`<module>: <message>`" is the form
 * itself) or its heading say so, and it is not the form of log lines or issue titles instead.
 */
function areaContext(l: Located, text: string): boolean {
  // (A text without a backtick has no code span to blank out.)
  const words = l.block.kind === 'heading' ? text : l.block.text.includes('`') ? l.block.text.replace(/`[^`\n]*`/g, ' ') : l.block.text;
  if (!areaContextWords(l, words) && !underHeading(l, AREA_CONTEXT)) return false;
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
function otherForm(l: Located, words: string): boolean {
  const around = `${words} ${l.block.sections.join(' ')}`;
  return OTHER_FORMS.test(around) && !COMMITS_OR_PRS.test(around);
}

const AREA_CONTEXT = /commit|title|subject|first line|summary line|message|PR\b|pull request|\bpatch/i;

/**
 * Type names that are as often the names of areas: a project's `docs/`, `build/`, `test/` or `ci/` folder. Example
 * subjects "docs: fix a typo", "build: bump CMake", "core: avoid a double free" are area prefixes, as the unknown
 * head shows; Conventional Commits examples name a type no folder is called ("feat:", "fix:", "chore:").
 */
const AREA_LIKE_TYPES = new Set(['docs', 'doc', 'build', 'test', 'tests', 'ci', 'deps', 'config', 'i18n', 'types', 'release', 'sample', 'security', 'infra']);
/** Example heads that mix an unknown head with known ones that are all also folder names: areas, not types. */
function areaMix(heads: readonly string[]): boolean {
  const unknown = heads.filter((h) => !KNOWN_TYPES.has(h));
  const known = heads.filter((h) => KNOWN_TYPES.has(h));
  return unknown.length > 0 && known.length > 0 && known.every((h) => AREA_LIKE_TYPES.has(h));
}

/** How many of these heads are known types, each counted once. */
const knownHeads = (heads: readonly string[]): number => new Set(heads.filter((h) => KNOWN_TYPES.has(h))).size;

/** How many blocks back the prose that sets the context may be (a heading, an intro, an example between). */
const CONTEXT_BLOCKS = 20;

/**
 * Whether a block is about commit messages or PR titles: a heading above it says so, its own prose does, or
 * prose shortly before it in the same section (or an enclosing one) does. Sibling sections do not count.
 */
function inCommitContext(l: Located): boolean {
  if (underHeading(l, COMMIT_HEADING)) return true;
  if (l.block.kind !== 'code' && COMMIT_PROSE.test(plain(l.block))) return true;
  const at = l.index;
  const sections = l.block.sections;
  for (let k = at - 1; k >= 0 && k >= at - CONTEXT_BLOCKS; k--) {
    const b = l.doc.blocks[k];
    if (!isPrefix(b.sections, sections)) break;
    if (b.kind === 'code') continue;
    if (COMMIT_PROSE.test(plain(b))) return true;
  }
  return false;
}

const isPrefix = (a: readonly string[], b: readonly string[]): boolean => a.length <= b.length && a.every((s, k) => s === b[k]);

/** A regex alternation such as `(feat|fix|docs|...)` in a code block, as commit-message validators write it. */
function typeAlternation(code: string): string[] | null {
  for (const m of code.matchAll(/\(((?:[a-z]{2,12}\|){2,30}[a-z]{2,12})\)/g)) {
    const names = m[1].split('|');
    if (names.filter((n) => KNOWN_TYPES.has(n)).length >= 3) return names;
  }
  return null;
}
