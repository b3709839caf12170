/**
 * Discuss-first by what a sentence says rather than how it says it: a talk (discuss, reach out, propose, open an
 * issue or enhancement request, get feedback), about a change (a feature, an idea, code, a pull request), ordered
 * before the work ("before", "first", "in advance", "so it can be discussed") or scoped to larger changes ("for
 * anything other than small changes"), and advised ("please", "should", "it is a good idea", "recommended"). Each
 * concept is a small set of ordinary words; a sentence needs all of them, so wordings no single pattern foresaw
 * still count ("before contributing a new algorithm it is advised to reach out via an issue to gauge the interest").
 *
 * Used only after the specific patterns of discussFirst.ts found nothing, with the same exclusions (questions, bug
 * reports, security, asides).
 */

const TALK =
  /\b(?:discuss(?:ions?|ing)?\b|(?:changes?|improvements?|features?|ideas?|enhancements?|refactor\w*)\b[^.]{0,40}?\b(?:should|must|needs?\s+to)\s+be\s+(?:documented|described|raised|filed|tracked)\s+(?:as|in)\s+an?\s+(?:GitHub\s+|Jira\s+|JIRA\s+)?(?:issue|ticket)\b|(?<!\b(?:not|never|already|previously)\s)discussed\s+(?:in|on|via|with|through)\s+(?:an?\s+|the\s+)?(?:GitHub\s+)?(?:issues?|tickets?|discussions?|forum|mailing\s+list|maintainers?)\b|(?:should|must|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are)\s+to|will\s+need\s+to)\s+(?:first\s+)?be\s+discussed\b|start(?:ing)?\s+(?:a|an)\s+(?:thread|conversation|topic)|(?:talk|chat)(?:ting|ing)?\s+(?:to|with)\s+(?:us|the\s+(?:maintainers|team|community)|(?:the\s+|other\s+|one\s+of\s+the\s+|a\s+)?(?:core\s+)?(?:developers?|maintainers?|devs))|send(?:ing)?\s+(?:us\s+)?(?:an?\s+)?(?:e-?mail|mail|message|note)\s+(?:to\s+\S+\s+)?(?:describing|explaining|outlining|about)\s+(?:your|the|their)\b|(?:talk|chat)\s+(?:about\s+)?(?:it|this|that|the\s+idea|your\s+idea)\s+(?:in|on|over)\b|rais(?:e|ing)\s+(?:it|this|the\s+idea|your\s+idea|the\s+change)\s+with\s+(?:us|the\s+(?:maintainers|team))|let\s+(?:us|me|the\s+(?:maintainers|team))\s+know|reach(?:ing)?\s+out|get(?:ting)?\s+in\s+touch|drop\s+(?:us|the\s+(?:maintainers|team))\s+a\s+(?:line|note|message)|ping\s+(?:us|the\s+(?:maintainers|team))|(?:a|give\s+(?:us\s+)?a)\s+heads[-\s]?up|propos(?:e|al|ing)|present(?:ing)?\s+(?:your|the)\s+(?:ideas?|plans?|proposal|design)|gauge\s+(?:the\s+)?(?:interest|appetite)|(?:declare|express|register|signal|state)\s+(?:your\s+)?interest\s+(?:on|in)\s+(?:an?\s+|the\s+)?(?:issue|ticket|discussion)\b|(?:a|the)\s+(?:maintainer['’]?s?\s+|core\s+team['’]?s?\s+)?(?:go[-\s]?ahead|green\s+light|thumbs[-\s]?up)|(?:get|seek|ask\s+for|wait\s+for)\s+(?:some\s+|early\s+|the\s+)?(?:feedback|approval|agreement)|approv(?:ed|al)\s+(?:of\s+)?(?:by|from)\s+(?:an?\s+|the\s+)?(?:maintainers?|contributors?|team|core\s+team|reviewers?)|(?:(?:open|creat|fil|submit|rais)(?:e|ing)?|post(?:ing)?|mak(?:e|ing)(?=\s+(?:an?\s+|the\s+)?(?:feature\s+request|proposal|enhancement\s+request|RFC)))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:issue|ticket|bug\s+report|enhancement\s+request|feature\s+request|discussion|RFC))\b/i;
/** Words (lowercase) one of which TALK needs: a block with none is skipped before its sentences are split. */
export const TALK_WORDS = ['interest', 'mail', 'message', 'note', 'approv', 'let me know', 'post', 'go-ahead', 'goahead', 'green light', 'thumbs', 'raise', 'drop us', 'ping', 'heads', 'discuss', 'talk', 'chat', 'know', 'reach', 'touch', 'propos', 'present', 'gauge', 'feedback', 'issue', 'ticket', 'report', 'request', 'discussion', 'rfc'];
const CHANGE = /\b(?:changes?|features?|(?:bug\s*)?fix(?:es)?|ideas?|contribut\w*|work(?:ing)?|code|coding|anything\s+(?:non-?trivial|large|larger|big|bigger|significant|substantial|major)|PRs?|pull[\s-]+requests?|patch(?:es)?|algorithms?|APIs?|implement\w*|enhancements?|improvements?|additions?|refactor\w*|tackl\w*)\b/i;
/** The talk placed before the work, or its purpose being the talk itself. */
const ORDER = /\b(?:before|first|in\s+advance|ahead\s+of\s+time|prior\s+to|up\s?front|beforehand|so\s+(?:that\s+)?(?:it|they|this|the\s+\w+)\s+can\s+be\s+discussed|discussion\s+phase|(?:begin|start)\s+by|only\s+(?:when|after|once)(?![^.]{0,40}\bsquash)|discuss(?:ing)?\s+(?:a|the|your|any)\s+(?:potential|proposed|planned|intended|prospective)\s+(?:changes?|features?|contributions?|work|PRs?|pull[\s-]+requests?))\b/i;
/** The change scoped to more than a small fix: the talk then comes before that work. */
// (The size must qualify the change: "the next major version" is no larger change.)
const LARGER =
  /\b(?:(?:any|some)thing\s+(?:other|more(?:\s+(?:significant|substantial|involved|complex))?|bigger|larger)\s+than\s+(?:just\s+)?(?:an?\s+)?(?:small(?:er)?|trivial|minor|simple|obvious)|non-?trivial|not\s+an?\s+(?:simple|small|trivial|minor|obvious)|(?:larger|large|major|significant|substantial|big|bigger)\s+(?:[\w-]+\s+)?(?:changes?|features?|refactor\w*|contributions?|work|PRs?|pull[\s-]+requests?|rewrites?|additions?|patch(?:es)?)|new\s+(?:features?|APIs?|algorithms?)|(?:some|any)thing\s+(?:major|big|large|significant|substantial|non-?trivial))\b/i;
// ("You will probably be more successful if you discuss your plans upfront": what helps a contribution is advice too.)
// ("New features need a maintainer's go-ahead": what a change needs is asked of it.)
const ADVICE = /\b(?:please|should|must|(?<!\bnot\s|n't\s|no\s)needs?\s+(?:a|the)\b|recommend\w*|advis\w*|(?:would|'d)\s+appreciate|let['’]s|good\s+(?:idea|practice)|best\s+(?:to|if)|encourag\w*|expected\s+to|(?<!\bnot\s|n't\s|never\s)need\s+to|ask\s+that|(?:more|most)\s+(?:likely\s+to\s+(?:be\s+)?)?(?:successful|accepted|merged)|better\s+(?:to|if)|(?:is|'s)\s+(?:well\s+|probably\s+|usually\s+)?worth|(?:often\s+|usually\s+)?(?:prudent|wise|advisable|sensible))\b/i;

/** Whether one sentence advises talking about a change before making it. */
export function advisesTalkBeforeChange(sentence: string): boolean {
  // "If proposing new features, please be mindful that ...": a condition names the occasion; the talk must be what
  // the main clause asks.
  // ("If you want to propose a new feature please read the blueprints page": with no comma, the condition ends where
  // the order to read begins; reading a page is no talk.)
  const main = sentence.replace(CONDITION, '').replace(CONDITION_BEFORE_READING, '');
  // An order gives advice only with the talk placed before the work: "Propose a new feature" in a list of ways to
  // contribute is one of them, "Post an issue about the feature first" is the order of work.
  // (The change must be named outside a trailing condition: "Before you begin the upgrade, reach out if you rely on the
  // old API" is about a user's upgrade.)
  const advised = ADVICE.test(sentence) || (IMPERATIVE.test(main.replace(LEADING_SCOPE, '')) && ORDER.test(sentence) && CHANGE.test(sentence.replace(TRAILING_CONDITION, '')));
  if (!TALK.test(main) || !advised || !CHANGE.test(sentence) || OURSELVES.test(sentence) || OUTSIDE_THE_PROJECT.test(sentence)) return false;
  // "Before merging a large pull request, reach out to the other maintainers": a talk before the merge is review.
  if (IN_THE_CHANGE.test(sentence) || NOT_A_TALK_BEFORE.test(sentence) || AFTER_THE_WORK.test(sentence)) return false;
  // "Only once your pull request has been approved, make a final rebase", "Only after the CI gives the green light, start
  // the merge queue": an order set after the change is sent.
  if (AFTER_SENDING_LEAD.test(sentence)) return false;
  if (LARGER.test(sentence)) return true;
  // The order must be the talk's own: "run the formatter first, then reach out so someone can review your code" puts
  // the talk after the work. A leading "Before you start coding a new feature," orders the whole sentence.
  const clause = clauses(main).find((c) => TALK.test(c)) ?? main;
  const ordered = (text: string): boolean => ORDER.test(text.replace(IN_THE_FIRST_PLACE, ''));
  return ordered(clause) || LEADING_ORDER.test(sentence);
}

/**
 * A main clause that is an order ("Open an issue first", "For larger changes, post an issue about it first", "Wait for
 * feedback before starting"): an imperative advises as "please" does.
 */
const IMPERATIVE = /^\W*(?:(?:then|first|and|so|just)\s+)?(?:open|file|create|post|submit|raise|discuss|start|make|begin|reach|get|talk|ask|let|contact|propose|present|wait|consider|check\s+with)\b/i;
const TRAILING_CONDITION = /\s+(?:if|when|unless)\b.*$/i;
/** A leading scope up to its comma: "For anything other than small changes,", "Before you start,". */
// ("Only after receiving the green light from the core team, start working on the PR": the order leads the sentence.)
const LEADING_SCOPE = /^\W*(?:for|before|prior\s+to|with|in|only\s+(?:after|once|when))\b[^,]{0,150},\s*/i;

/** A sentence's clauses: cut at commas and at "then" or "but". */
const clauses = (text: string): string[] => text.split(/,\s*|\s+(?:then|but)\s+/i);
/** A leading time clause that orders the rest: "Before you start coding a new feature, ...". */
const LEADING_ORDER = /^\W*(?:before|prior\s+to)\b[^,]{0,150},/i;
/**
 * Not a talk before a change: searching for an earlier one ("search the tracker first to see whether it has been
 * discussed"), reporting a problem ("report regressions by opening an issue"), or waiving the talk ("you can skip
 * the discussion").
 */
const NOT_A_TALK_BEFORE =
  /\b(?:stop|stopping|abandon\w*|give\s+up|no\s+longer)\s+(?:working|work)\b|\bif\s+you\s+(?:want|would\s+like|need)\s+(?:a\s+)?(?:mentor\w*|help|guidance)\b|\b(?:search|look\s+(?:through|at|in)|browse)\b[^.]{0,60}\b(?:issues?|tracker|discussions?|existing)\b|\balready\s+been\s+(?:discussed|reported|proposed)\b|\breport(?:s|ed|ing)?\b(?<!\b(?:a|an)\s+(?:bug\s+|issue\s+)?report)|\b(?:skip|no\s+need\s+(?:for|to)|(?:is\s+)?not\s+(?:necessary|needed|required))\b/i;
/** A leading condition up to its comma: "If you have a new idea,", "If proposing new features,". */
const CONDITION = /^\W*(?:so\s+|and\s+|but\s+)?(?:if|when|whenever)\b[^,]{0,150},/i;
/** A leading condition with no comma, up to an order to read or follow a page: "If you want to propose X please read". */
const CONDITION_BEFORE_READING = /^\W*(?:if|when|whenever)\b[^,.]{0,150}?(?=\b(?:please\s+)?(?:read|see|refer\s+to|check\s+out|look\s+at|consult|follow)\b)/i;
/** "Discuss with your employer before contributing code": a talk outside the project (copyright), not with it. */
const OUTSIDE_THE_PROJECT = /\b(?:your|their)\s+(?:employer|company|lawyer|legal\s+(?:team|department)|manager)\b/i;
/** "We should first discuss amongst ourselves": the maintainers' own order of work. */
const OURSELVES = /\b(?:we|they|maintainers|reviewers|the\s+(?:core\s+)?(?:team|maintainers))\s+(?:should|must|need\s+to|have\s+to|will|would)\b|\bamongst\s+ourselves\b|\bamong\s+ourselves\b/i;
/** "Discuss the change in the PR description": the talk is part of the change, not before it. */
// (Not "start working on the PR": that is the work itself.)
const IN_THE_CHANGE = /(?<!\bwork(?:ing)?\s)\b(?:in|on)\s+(?:the|your)\s+(?:PR|pull[\s-]+request|merge\s+request|patch)(?:'s)?(?:\s+(?:description|body|thread|comments?))?\b/i;
/** "Before merging", "before the release": a time after the work is done, not before it starts. */
const AFTER_THE_WORK = /\bbefore\s+(?:(?:it\s+is|they\s+are|being|(?:your|the|a)\s+(?:PR|pull[\s-]+request|patch|change)s?\s+(?:is|are|gets?)|pushing\s+more)\s+)?(?:merg\w*|the\s+merge|releas\w*|the\s+release|publish\w*|shipp\w*|tagg\w*|changes)\b/i;
const AFTER_SENDING_LEAD = /^\W*only\s+(?:after|once|when)\b[^,]{0,150}\b(?:(?:your|the)\s+(?:PR|pull[\s-]+request|merge\s+request|patch)|CI|checks?|reviews?|merge)\b/i;
/** "Why you're contributing in the first place": an idiom, not an order. */
const IN_THE_FIRST_PLACE = /\bin\s+the\s+first\s+place\b/gi;

/** The sentences of a block's plain text, each with its offset. */
export function sentencesOf(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z("'`*]|\s*$)|;(?=\s)/g)) {
    out.push({ text: text.slice(start, m.index + 1), index: start });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}
