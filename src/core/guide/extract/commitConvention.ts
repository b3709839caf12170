import { CommitConvention, Found } from '../facts';
import { Block } from '../documentModel';
import { Located, Sources, sourceOf } from '../sources';
import { mayHoldWords, plain, sentenceAround, straightQuotes, underHeading } from './text';
import { requiredWords } from '../../text/requiredWords';
import { subjectMaxLength } from './subjectLength';
import { aboutReleaseNotes, areaCodeSpan, enclosingItems, areaPlaceholder, commitMessageSection, exampleContext, exampleLineHeads, exampleSpanHeads, exampleSubjectHead, onlyLinks, subjectHeads } from './commitStructure';
import { codeTypeLine, typeTable } from './commitTypeLists';
import { areaPhrasePlaceholder, placeholderAreaHead, quotedAreaPrefix, quotedPrefixLiterals, areaPrefixNamed, AREA_PREFIX, AREA_TAG, areaPrefixAsked, AREA_NAMED_AT_START } from './commitAreaForms';
import { KEY_WORDS, issueKeyExampleBlock, issueKeyExampleSpan, issueKeyPrefixProse } from './factsIssueKeys';
import { exampleItemHead, quotedExampleHeads } from './factsExampleItems';
import { conventionNotAsked } from './factsConventionAsked';
import { closingRefInCommit } from './factsClosingRefs';
import { BODY_WHY, WRAP_RULE, messageRuleStated, messagesFollowRules } from './factsMessageRules';
import { ExampleBlockHeads } from './commitExampleBlocks';
import { messageContentAsked } from './factsMessageContent';
import { KNOWN_TYPES, namedTypesIn, namedTypes, typeList, prefixTypeSpans, typeScopeFormat, knownHead, SCOPED_TYPE_SUBJECT, areaMix, knownHeads, typeAlternation } from './commitTypeNames';
import { suggestedOnly, COMMIT_PROSE, areaContext, otherForm, inCommitContext } from './commitContext';
import { COMMIT_SENTENCE, FREE_FORM_WORDS, ISSUE_WORDS, freeFormRules, referencesIssue } from './commitFreeFormRules';

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

/** `type(scope): description` written as a code span in prose ("titles follow `type(scope): description`"). */
const TYPE_SPAN_FORMAT = /^<?type>?(?:\(<?scope>?\)|\[\(<?scope>?\)\])?!?:\s*<?(?:subject|description|summary|message|title|short\s+description)>?$/i;

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

/** Sections for maintainers: releasing, publishing (the same headings the base-branch and changelog readers skip). */
const MAINTAINER_SECTION = /^\W*(?:the\s+)?releas(?:e|es|ing)\b(?![\s-]+notes?)|\brelease\s+(?:process|procedure|steps|management|cycle|schedule)\b|\b(?:making|cutting|creating|doing)\s+(?:a\s+)?releases?\b|\bmaintainers?\b|\bpublish/i;
/** Words that make a wrap width or a body one of a commit message; headings about messages (not "Before committing"). */
const MESSAGE_PART_WORDS = /\bcommit(?:s|\s+messages?)?\b|\bmessages?\b|\bsubject\b|\bsummary\s+line\b|\blog\s+message/i;
const MESSAGE_HEADING = /\bcommit(?:ting)?\s+(?:messages?|logs?|guidelines?|conventions?|style|format(?:ting)?)\b|\bmessages?\b/i;
/** Words that make a style rule one for messages: "commit", "message", "subject", "summary", "title". */
const MESSAGE_WORDS = /\b(?:commit|message|subject|summary|title)s?\b/i;
