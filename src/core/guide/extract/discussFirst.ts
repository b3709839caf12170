import { Found } from '../facts';
import { Located, Sources, sourceOf } from '../sources';
import { AGREED_ISSUE_REQUIRED, START_BY_RAISING, asksWhenChanging } from './discussScoped';
import { allMatches, lowered, mayHoldWords, mayMatch, mentions, plain, saidNotNeeded, sentenceAround } from './text';
import { requiredWords } from '../../text/requiredWords';
import { TALK_WORDS, advisesTalkBeforeChange, sentencesOf } from './discussConcepts';

/** Taking an issue before working on it: "assign the issue to yourself", "get assigned", "comment on the issue before". */
const CLAIM = /\b(?:assign(?:ed|ing)?\s+(?:the\s+issue\s+|it\s+|an\s+issue\s+)?to\s+(?:you(?:rself)?|themselves)|get\s+assigned|comment\s+on\s+the\s+issue\b[^.]{0,60}\b(?:before|first))/i;

/** An issue that tells the change before it is made: "open an issue describing the proposed change". */
const DESCRIBE_IN_ISSUE = /\b(?:open|create|file|submit)\s+(?:an?\s+issue|one)\s+(?:to\s+)?(?:describ|explain)\w*\s+(?:the|your)\s+(?:proposed\s+|new\s+|planned\s+)?(?:change|feature|enhancement|addition|idea|plan|proposal|contribution)/i;

/** Asking before coding: an issue, discussion, RFC or assignment first. */
/**
 * After "an issue": not one to link only if there is one, nor a reference written into the PR's text (an issue number, a
 * link in its description), which an issue filed with the PR satisfies as well.
 */
const NOT_JUST_REFERENCED = String.raw`(?![^.]{0,30}\bif\s+(?:there\s+is|one\s+exists|any|applicable|relevant))(?!\s*(?:numbers?|references?|links?|ids?|keys?)\b|\s+(?:in|from)\s+(?:its|the|their|your)\s+(?:description|body|summary|text|commit\s+messages?)\b)`;
/** Every change, by the words guides use for it: "all PRs", "every pull request", "each patch", "any contribution". */
const ALL_CHANGES = String.raw`(?:all|every|each|any)\s+(?:PRs?|pull[\s-]+requests?|changes?|patch(?:es)?|contributions?)`;

const FIRST = [
  // ("You can create an issue here, but before you do, ...": what comes before is before the issue, not the change.)
  // ("opening a feature request ticket first": the verb's -ing form, and up to two words before the noun; a template's
  // "I opened an issue to discuss this first": the contributor's own past tense, as a box states it; "it'd be nice
  // if you created an issue first" is a wish, and "they opened an issue first" a story.)
  /\b(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|submit(?:ting)?|rais(?:e|ing)|start(?:ing)?|begin(?:ning)?|(?<=\bI\s+(?:have\s+)?(?:already\s+)?)(?:opened|created|filed|raised))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:issue|discussion|conversation(?=\s+(?:in|on)\s+(?:the\s+|an?\s+|our\s+)?(?:issue|discussion|tracker|GitHub|forum|mailing\s+list))|proposal|RFC|feature\s+request|ticket)\b[^.]{0,80}?\b(?:first|before(?!\s+(?:you\s+do|doing\s+so|that)\b)|prior to|beforehand|ahead of time|up front)\b(?!\s+(?:is|are)\s+(?:optional|not\s+(?:required|needed|necessary)))/i,
  // ("get some feedback before proceeding to write code", "discuss ... before you go and build it".)
  /\b(?:discuss(?:ed|ing)?|ask|talk|share\s+(?:your|the)\s+(?:idea|plan|proposal)s?|present\s+(?:your|the)\s+(?:idea|plan|proposal)s?|bring\s+(?:it\s+|this\s+|them\s+)?up|propos(?:e|ing)|suggest(?:ed)?|check\s+(?:in|with)|consult(?:ed|ing)?(?:\s+with)?|ping|confirm\s+with|reach\s+out|get\s+in\s+touch|contact|coordinate|get\s+(?:some\s+|early\s+)?(?:feedback|input|buy-in|consensus|agreement|approval|(?:a\s+)?go-ahead))\b[^.;]{0,60}?\b(?:first|before\s+(?:starting|beginning|getting\s+started|coding|hacking|diving\s+in|embarking\s+on|undertaking|tackling|you\s+(?:go\s+(?:and|to)\s+|proceed\s+to\s+)?(?:start|begin|submit|open|send|make|write|build|implement|code|work)|working|opening|sending|submitting|writing|making|implementing|beginning|spending|investing|proceeding|(?:an?\s+|the\s+|any\s+)?(?:PR|pull[\s-]+request|patch)\s+(?:submission|is\s+(?:opened|submitted|sent)))|ahead of time|up\s?front|beforehand|(?<!\bthanks?\s+(?:you\s+)?)in\s+advance|prior to)\b/i,
  // "Please first open a GitHub issue", "consider first discussing the change you wish to make via an issue": "first"
  // before the verb rather than after it.
  // (Only as an ask to the reader: "the CI bot will first create a tracking issue" is what a bot does.)
  /\b(?:please|consider|you\s+should|you\s+must|kindly)\s+first\s+(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|rais(?:e|ing)|submit(?:ting)?|discuss(?:ing)?)\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:issue|discussion|ticket|proposal)\b|(?:the|your|any|a)\s+(?:\w+\s+)?(?:change|feature|idea|proposal)s?\b)/i,
  // "Before you start a bigger contribution please get in touch through our mailing list", "before you put a lot of
  // work into implementing something, get in touch ... and ask": the moment named first, then the talk.
  // (The work must be a change: "before you start the benchmark suite, talk to the infra team" books a runner.)
  /\bbefore\s+(?:you\s+)?(?:start|begin|put|invest|spend|work\s+on)\s+(?:(?:a|an|any|the|your|some)\s+)?(?:(?:lot\s+of|lots\s+of|much|significant|bigger|big|large|larger|new|major)\s+)?(?:time\s+|work\s+|effort\s+)?(?:in(?:to)?\s+)?(?:(?:a|an|the|your)\s+)?(?:(?:bigger|big|large|larger|new|major|significant)\s+)?(?:contribution|change|feature|PR|pull[\s-]+request|patch|work|implement\w*|refactor\w*|coding)\b[^.;]{0,80}?\b(?:get\s+in\s+touch|ask\s+(?:us|first|the\s+maintainers|one\s+of)|discuss\s+it|talk\s+to|contact\s+(?:us|the|one\s+of)|reach\s+out|open\s+an\s+issue|ping\s+us)\b/i,
  // "Changes should have an issue tracking the suggestion that has been approved by the maintainers".
  /\b(?:changes|contributions|PRs?|pull[\s-]+requests?)\s+(?:should|must|need\s+to)\s+have\s+an?\s+issue\b(?!\s+(?:reference|number|link|id)s?\b)[^.]{0,60}?\b(?:that|which)\s+(?:has\s+been\s+|was\s+|is\s+)?(?:approved|agreed|accepted)\b/i,
  // "Contributions should generally start out with a discussion" (or "from a previous discussion"): where a contribution begins.
  /\b(?:contributions?|changes?|features?|work)\s+(?:should|must|need\s+to)\s+(?:generally\s+|usually\s+|always\s+)?(?:start|begin)\s+(?:out\s+)?(?:with|as|in|from)\s+(?:an?\s+)?(?:(?:previous|prior|earlier)\s+)?(?:discussion|issue|proposal)\b/i,
  // "Please do not start with a PR for a new feature".
  /\b(?:do\s+not|don't|never)\s+start\s+with\s+an?\s+(?:PR|pull[\s-]+request|patch)\b/i,
  /\b(?:please|must|should)\s+(?:first\s+)?(?:create|open|file)\s+an?\s+issue\s+first\b/i,
  // An issue for every pull request: "an associated issue for each PR", "every PR must reference an issue".
  /\b(?:related|associated|corresponding|linked|existing|open)\s+issues?\s+for\s+(?:each|every|your|the|a)\s+(?:PR|pull request|change|patch)\b/i,
  // ("Every PR must reference an issue in its description (`Fixes #123`)": a link written into the PR's text, which
  // an issue filed with the PR satisfies as well, is not a talk before the change.)
  new RegExp(String.raw`\b(?:each|every|all|your)\s+(?:PRs?|pull requests?|changes?|patch(?:es)?)\s+(?:must|should|needs?\s+to)\s+(?:have|reference|link(?:\s+to)?|be\s+linked\s+to|be\s+associated\s+with)\s+(?:an?\s+|the\s+)?(?:\w+,?\s+){0,2}issue\b${NOT_JUST_REFERENCED}`, 'i'),
  // The same requirement with the project as its subject, in the passive, or with "that": "This project requires all
  // PRs to link to an issue", "All pull requests are required to be linked to an existing issue", "We require that every
  // pull request is linked to an approved issue" (not "no longer require", nor a reference in the PR's description).
  new RegExp(String.raw`(?<!(?:n't|\bnot|\bno\s+longer|\bnever)\s+)\b(?:requires?\s+${ALL_CHANGES}\s+to|${ALL_CHANGES}\s+(?:are|is|must\s+be)\s+required\s+to|requires?\s+that\s+${ALL_CHANGES}\s+(?:is|are|be))\s+(?:have|reference|link\s+to|relate\s+to|come\s+from|(?:be\s+)?(?:linked|associated|tied|connected)\s+(?:to|with))\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:issue|discussion|ticket)\b${NOT_JUST_REFERENCED}`, 'i'),
  // "All pull requests must be accompanied by a bug report", "the first step to a code contribution is starting a
  // conversation around an issue": the issue as the condition or the start of a change.
  /\b(?:PRs?|pull[\s-]+requests?|patch(?:es)?|changes|contributions?)\b[^.]{0,60}?\b(?:must|should|needs?\s+to)\s+be\s+(?:accompanied\s+by|associated\s+with|backed\s+by|preceded\s+by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:issue|bug(?:\s+report)?|ticket)\b(?!\s*(?:numbers?|references?|links?|ids?)\b)|\bfirst\s+step\s+(?:to|in|of|towards?)\s+(?:making\s+)?(?:a\s+|any\s+|your\s+)?(?:code\s+)?(?:contributions?|changes?|PRs?|pull[\s-]+requests?)\b[^.]{0,20}?\bis\s+(?:starting|opening|having|to\s+(?:start|open|have))\s+(?:a\s+|an\s+)?(?:conversation|discussion|issue)\b/i,
  // Issues asked for the kinds of change a contributor makes: "Issues are required for both bug fixes and features".
  // ("No approved issue is required for typo fixes" says the opposite.)
  /(?<!\b(?:no|not|without)\s+(?:[\w-]+\s+){0,2})\b(?:issues?|tickets?)\s+(?:is|are)\s+(?:required|mandatory|needed)\s+(?:for|before)\s+(?:all|both|every|each|any)?\s*(?:\w+\s+){0,2}?(?:changes?|fix(?:es)?|features?|PRs?|pull[\s-]+requests?|patch(?:es)?|contributions?)\b/i,
  // A step to create the issue a change belongs to: "Identify or create the related issue", "Open the corresponding issue".
  /\b(?:create|open|file)\s+(?:the|an?)\s+(?:related|associated|corresponding|relevant)\s+issue\b/i,
  // "If there isn't an issue for the work you want to do, please create one": the issue a change starts from.
  // (The condition must name the change: "If there is no issue for the bug you found, create one" reports it.)
  /\bif\s+(?:there\s+(?:is\s+no|isn['’]t\s+(?:an?|any)|is\s+not\s+(?:an?|any)|are\s+no)|no)\s+(?:existing\s+|open\s+)?(?:issues?|tickets?)\s+(?:yet\s+)?(?:for|about|covering|describing|tracking)\s+(?:(?:the|your|this|that)\s+(?:\w+\s+){0,2}?(?:work|changes?|features?|fix|idea|proposal|contribution|improvement)\b|what\s+you\s+(?:want|plan|intend|would\s+like|wish)\s+to\s+(?:work\s+on|do|change|add|implement|fix))[^.,]{0,60},\s*(?:then\s+)?(?:please\s+)?(?:open|create|file|submit|raise)\s+(?:one|a\s+new\s+one|it)\b/i,
  // "DO NOT submit a PR unless the connected issue is marked as ready to build or approved": the issue's approval first.
  /\b(?:do\s+not|don't|never)\s+(?:submit|open|send|create|file)\s+(?:an?\s+|any\s+)?(?:PRs?|pull[\s-]+requests?|patch(?:es)?)\b[^.]{0,30}?\bunless\b[^.]{0,60}?\b(?:issues?|tickets?|discussions?)\b[^.]{0,60}?\b(?:approved|accepted|agreed|discussed|ready|triaged)\b/i,
  // "Submit a ticket for your issue, assuming one does not already exist", as a step before forking: the issue first.
  /\b(?:submit|open|create|file|raise)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:issue|ticket)\b[^.]{0,40}?\bassuming\s+(?:one|it|there\s+is\s+none)\s*(?:(?:does\s+not|doesn't)\s+(?:already\s+)?exist)?/i,
  // Taking an issue before working on it: "assign the issue to yourself", "get assigned", "comment on the issue before".
  CLAIM,
  /\bonly\b[^.]{0,40}\bpull requests\b[^.]{0,60}\b(?:issues?|discussed|approved|accepted)\b/i,
  // Pull requests taken on the condition of an agreed approach: "We accept pull requests ... where we've discussed the approach".
  /\baccept\w*\s+(?:pull requests|PRs)\b[^.]{0,80}\b(?:discussed|approved|agreed)\b/i,
  /\b(?:create|open|file)\s+(?:an?\s+)?(?:RFC|proposal)\b[^.]{0,40}\bto discuss\b/i,
  // ("Pull requests without an associated issue will not be reviewed", "PRs that have not been discussed may be
  // closed", "Unsolicited pull requests will likely be rejected": what happens to a change no one talked about.)
  /\b(?:PRs?|pull[\s-]+requests?)\b[^.]{0,40}\bwithout\s+(?:an?\s+)?(?:prior\s+|associated\s+|linked\s+|corresponding\s+|related\s+|approved\s+|accepted\s+)?(?:issue|discussion|ticket)\b[^.]{0,40}\b(?:closed|rejected|declined|not\s+be\s+(?:accepted|merged|reviewed|considered))\b/i,
  /\b(?:PRs?|pull[\s-]+requests?|patch(?:es)?|contributions?|changes)\s+(?:that|which)\s+(?:(?:have|has|were|was)\s+not|weren't|wasn't|haven't|hasn't)\s+(?:been\s+)?(?:discussed|approved(?!\s+by\s+(?:\w+\s+){0,3}(?:reviewers?|approvers?|people|maintainers?|committers?))|agreed|talked\s+(?:through|about|over))\b[^.]{0,40}?\b(?:closed|rejected|declined|not\s+be\s+(?:accepted|merged|reviewed|considered))\b/i,
  // The same in the passive: "Pull requests that are not related to an existing issue will be closed".
  /\b(?:PRs?|pull[\s-]+requests?|patch(?:es)?|contributions?|changes)\s+(?:that|which)\s+(?:are|were)\s+not\s+(?:related|linked|tied|connected|attached)\s+to\s+(?:an?\s+|the\s+)?(?:existing|open|accepted|approved|agreed|assigned)?\s*(?:issue|discussion|ticket)\b[^.]{0,40}?\b(?:will|may|might|can|are|get)\s+(?:be\s+)?(?:closed|rejected|declined|not\s+be\s+(?:accepted|merged|reviewed|considered))\b/i,
  // "We will close pull requests that are not related to an existing issue": what happens to a change no issue asked for.
  /(?<!(?:n't|\bnot|\bnever)\s+)\b(?:close|reject|decline|not\s+(?:accept|merge|review|consider))\s+(?:any\s+)?(?:[\w-]+\s+)?(?:PRs?|pull[\s-]+requests?|patch(?:es)?|contributions?|changes)\s+(?:that|which)\s+(?:are|were)\s+not\s+(?:related|linked|tied|connected|attached)\s+to\s+(?:an?\s+|the\s+)?(?:existing|open|accepted|approved|agreed|assigned)?\s*(?:issue|discussion|ticket)\b/i,
  /\bunsolicited\s+(?:[\w-]+\s+)?(?:PRs?|pull[\s-]+requests?|patch(?:es)?|contributions?|changes?)\b[^.;]{0,60}?\b(?:closed|rejected|declined|not\s+(?:be\s+)?(?:accepted|merged|reviewed|considered))\b/i,
  // ("Create an issue explaining the feature": the feature told in an issue before its code; under a heading about
  // requesting features it is the request itself, which FEATURE_REQUEST_SECTION leaves out.)
  DESCRIBE_IN_ISSUE,
  /\b(?:suggest|propose)\s+(?:your|the)\s+(?:change|feature|idea)s?\s+(?:in|on)\b/i,
  // "Before opening a PR, open a ticket describing the change", "Before submitting a pull request for a new feature,
  // please open an issue": the order in a leading clause, the ask after its comma.
  /\bbefore\s+(?:you\s+)?(?:open(?:ing)?|submit(?:ting)?|send(?:ing)?|creat(?:e|ing)|mak(?:e|ing))\s+(?:an?\s+|the\s+|your\s+|any\s+)?(?:PRs?|pull[\s-]+requests?|patch(?:es)?|merge\s+requests?)\b[^.,]{0,60},\s*(?:please\s+)?(?:first\s+)?(?:open|create|file|submit|raise|start|send|post)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:issue|ticket|discussion|proposal|RFC)\b/i,
  // The widely copied "Please discuss the change you wish to make via issue, email, or any other method with the owners
  // of this repository before making a change": the talk, then (further than the general pattern reaches) the change.
  /\bdiscuss\s+(?:the|your|any)\s+(?:[\w-]+\s+){0,2}?changes?\b[^.;!?]{0,140}?\bbefore\s+(?:you\s+)?(?:mak|submit|open|start|implement|writ|send)\w*\b(?!\s*,)/i,
  // "Discuss your proposed changes early and often", "talk about the plans early, as ...": the talk early, as a time of
  // its own (only for talking verbs: "if you get stuck, ask early" is about help).
  /\b(?:discuss(?:ed|ing)?|talk(?:ing)?\s+(?:about|over|through)|propos(?:e|ing)|bring(?:ing)?\s+(?:it\s+|them\s+|this\s+)?up)\b[^.;]{0,60}?\bearly(?:\s+on)?(?=\s*(?:[.,;:!)]|$)|\s+and\s+often\b)/i,
  // "Wait for a maintainer to approve the issue before you start working on it": an agreement awaited before the work.
  /\bwait\s+(?:for|until)\b[^.]{0,60}?\b(?:approv\w*|accept\w*|agree\w*|green\s+light|go-ahead|confirm\w*|assign\w*)\b[^.]{0,40}?\bbefore\s+(?:you\s+)?(?:start|begin|work|open|submit|implement|writ|cod|send)\w*/i,
  // The same ask in the passive: "Unless the change is trivial, an issue should be opened first".
  /\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:issue|ticket|discussion|proposal|RFC)\s+(?:should|must|needs?\s+to|has\s+to|is\s+to)\s+(?:first\s+)?be\s+(?:opened|created|filed|raised|started|submitted)\s+(?:first|beforehand|in\s+advance|before\s+(?:you\s+)?(?:start|begin|work|submit|open|send|writ|implement|mak|cod)\w*)\b/i,
  // "Please do not submit a PR without first discussing it": the talk that must come before the pull request.
  /\b(?:do\s+not|don't|never|please\s+don't)\s+(?:open|submit|send|create|file)\s+(?:any\s+)?(?:\w+\s+)?(?:PRs?|pull[\s-]+requests?|patch(?:es)?)\b[^.]{0,60}?\bwithout\s+first\s+(?:discussing|proposing|opening\s+an?\s+(?:issue|discussion)|asking)\b/i,
  // The plural ask, "please open issues before starting to work on something": a verb the writer asks for ("please",
  // "should") before "issues", since "check the open issues before submitting" uses "open" as an adjective.
  /\b(?:please\s+|(?:should|must)\s+(?:first\s+)?)(?:open|create|file|raise)\s+(?:new\s+)?issues\s+(?:first\b|before\s+(?:you\s+)?(?:start|begin|work|submit|open|send|writ|implement|mak|cod)\w*)/i,
  // The issue named once, then "one": "Start with an existing issue, or open one before a large change". ("Search the
  // issues before you open one" puts the search first, and "open one" ends the sentence.)
  /\b(?:issue|ticket|discussion|proposal)s?\b[^.]{0,80}?\b(?:open|create|file|raise|start)\s+one\s+(?:first\b|before\s+(?!you\s+do\b|doing\s+so\b)(?:[\w-]+\s+){0,4}?(?:changes?|features?|work|PRs?|pull[\s-]+requests?|patch(?:es)?|implement\w*|cod(?:e|ing)|start\w*|submit\w*)\b)/i,
  // "first discuss your ideas", "first open an issue": the order is in the word "first" before the verb.
  /\bfirst\s+(?:discuss|talk\s+about|propose|ask\s+(?:us\s+|the\s+maintainers\s+)?(?:in|on|whether|if)\b|open\s+an?\s+(?:issue|discussion)|file\s+an?\s+(?:issue|ticket))\b/i,
  // "Please do not open pull requests ... without prior discussion".
  /\b(?:do\s+not|don't|never|please\s+don't)\s+(?:open|submit|send|create|file)\s+(?:any\s+)?(?:\w+\s+)?(?:PRs?|pull[\s-]+requests?|patches)\b[^.]{0,60}?\b(?:without|with\s+no)\s+(?:an?\s+)?(?:prior|previous|first|an?\s+)?\s?(?:discussion|issue|ticket|approval|agreement)\b/i,
  // "We will generally not accept pull requests without a corresponding issue": an issue is the condition of a PR.
  /\b(?:not|never|rarely|seldom)\s+(?:be\s+)?(?:accept|merge|review|consider)(?:ed)?\s+(?:any\s+)?(?:PRs?|pull[\s-]+requests?|patch(?:es)?|contributions?|changes?)\s+(?:that\s+(?:are|were)\s+(?:opened|submitted|sent)\s+)?without\s+(?:an?\s+)?(?:corresponding|related|associated|linked|prior|existing|open|accepted|approved)?\s*(?:issue|discussion|ticket|approval|agreement)\b/i,
  // "As early as you can, introduce the change via the forum to start the discussion", "get agreement that your change will be accepted".
  /\bas\s+early\s+as\s+(?:you\s+can|possible)\b[^.]{0,60}\b(?:discuss\w*|introduce|present|propos\w*|announce)\b|\bget\s+(?:an?\s+)?agreement\s+(?:that|on)\s+(?:your|the)\s+(?:change|feature|design|idea|approach)/i,
  // An agreement awaited as the condition of the work: "Code PRs need positive feedback from the maintainer on your
  // initiative in an issue", "wait until someone from the core team chimes in".
  // (Not a maintainer approving the CI run: "First-time contributors may need to wait until a maintainer approves the build".)
  /\b(?:needs?|requires?|(?:must|should)\s+(?:first\s+)?(?:get|receive)|wait\s+for)\s+(?:a\s+)?(?:positive|explicit|prior)\s+(?:feedback|approval|response|go-ahead|green\s+light)\s+from\s+(?:a\s+|the\s+|one\s+of\s+the\s+)?(?:maintainers?|core\s+(?:team|developers?)|team|project\s+leads?)\b|\b(?:must|should|need\s+to|have\s+to)\s+wait\s+(?:until|for)\s+(?:someone\s+(?:from|on)\s+)?(?:a\s+|the\s+)?(?:maintainers?|core\s+team|team)\b[^.]{0,30}\b(?:chimes?\s+in|responds?|replies|agrees?|approves?|confirms?)\b(?!\s+(?:the\s+|your\s+)?(?:build|CI|workflows?|checks?|tests?|runs?|jobs?|pipelines?)\b)/i,
  // Claiming an issue first: "claim it first by commenting", "comment on the issue to let us know you're working on it".
  /\bclaim\s+(?:it|the\s+issue|an\s+issue)\s+first\b|\bcomment\s+on\s+(?:the|an)\s+issue\b[^.]{0,30}\bto\s+let\s+(?:us|the\s+maintainers|others)\s+know\b/i,
  // An issue asked for larger changes: "Major new features should have an issue created", "Big changes must start with a proposal".
  /\b(?:major|large|larger|big|bigger|significant|substantial)\s+(?:new\s+)?(?:features?|changes?|contributions?)\s+(?:(?:should|must|need\s+to)\s+(?:first\s+)?(?:have|start\s+with|begin\s+with|be\s+preceded\s+by)|needs?|requires?)\s+(?:an?\s+)?(?:\w+\s+)?(?:issue|discussion|proposal|RFC)\b(?!\s*(?:numbers?|references?|links?|ids?|keys?)\b)/i,
  // "Propose new features by opening a discussion": a feature starts as a discussion or issue, not as code.
  /\b(?:propose|suggest|request)\s+(?:a\s+)?(?:new\s+)?(?:features?|changes?|ideas?|enhancements?)\s+(?:by|in|via|through)\s+(?:opening|creating|starting|filing)\b[^.]{0,30}?\b(?:discussion|issue|ticket|proposal)\b/i,
  // "File a ticket to suggest changes": changes are proposed in the tracker, not first as code.
  /\b(?:file|open|create)\s+(?:a|an)\s+(?:ticket|issue)\s+to\s+(?:suggest|propose|discuss)\b/i,
  // An agreed plan as the condition of a change: "New APIs need an accepted proposal", "requires an approved design issue".
  /\b(?:needs?|requires?|must\s+have)\s+(?:an?\s+)?(?:accepted|approved|agreed(?:-upon)?)\s+(?:\w+\s+)?(?:issue|proposal|RFC|design|ticket)\b/i,
  // A template's box "This PR is linked to an issue that was discussed and accepted": an agreed issue comes before the PR.
  /\b(?:linked|related|tied|connected)\s+to\s+an?\s+(?:\w+\s+)?issue\b[^.]{0,30}?\b(?:discussed|accepted|approved|agreed|triaged)\b/i,
  // A template's box "This change was discussed and approved in an issue", "already been discussed as an issue": a talk had before.
  /\b(?:was|were|has\s+(?:already\s+)?been|have\s+(?:already\s+)?been)\s+(?:discussed|approved|agreed(?:\s+(?:up)?on)?)(?:\s+(?:and|&)\s+(?:approved|accepted|agreed(?:\s+(?:up)?on)?))?\s+(?:in|on|with|via|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:issue|discussion|ticket|proposal)s?\b/i,
  // A template's box asking it: "Has this change been discussed on the forum or in an issue before?"
  // (Not "approved by the maintainers": that is the review.)
  /\b(?:has|have|was|were)\s+(?:this|the|your)\s+(?:[\w-]+\s+)?(?:change|PR|pull[\s-]+request|feature|idea|proposal|patch)s?\s+(?:already\s+)?been\s+(?:discussed|agreed(?:\s+(?:up)?on)?)\b[^.?]{0,80}?\b(?:issue|discussion|ticket|forum|mailing\s+list)\b/i,
  // "Substantial changes go through the RFC process": a proposal process before the code.
  /\b(?:changes?|features?|additions?|contributions?)\s+(?:(?:must|should|need\s+to|have\s+to)\s+)?(?:go|goes)\s+through\s+(?:the\s+|an?\s+|our\s+)?(?:(?:RFC|design|proposal|enhancement\s+proposal)\s+process|RFC|(?:design\s+|enhancement\s+)?proposal)\b/i,
  // "Let us know what you plan to work on by opening an issue": the plan is told before the work.
  /\blet\s+(?:us|the\s+maintainers|the\s+team|others)\s+know\s+(?:what|which\s+\w+|that|if)\s+you\s+(?:plan|intend|want|are\s+(?:planning|going))\s+to\s+(?:work\s+on|implement|tackle|fix|add)\b/i,
  // "Make sure there is an issue for the change", "ensure an issue exists for your work": the issue comes first.
  /\b(?:make\s+sure|ensure|check)\s+(?:that\s+)?(?:there\s+is|there's|an?\s+(?:issue|ticket)\s+exists)\b[^.]{0,20}?\b(?:issue|ticket|for)\b/i,
  // A change that comes after its issue, said the other way round: "Non-trivial submissions should be preceded by an issue".
  /\b(?:should|must|needs?\s+to|(?:is|are)\s+expected\s+to)\s+be\s+preceded\s+(?:by|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:issue|discussion|proposal|RFC|design|ticket|planning)\b/i,
  // Where a change is talked over, as its condition: "Larger changes should be discussed in an issue", "must first be agreed on the list"
  // (a pull request "approved by a maintainer" is its review, not a talk before it).
  /\b(?:changes?|features?|contributions?|ideas?|additions?|PRs?|pull[\s-]+requests?|patch(?:es)?|refactor\w*)\s+(?:should|must|need\s+to|have\s+to)\s+(?:first\s+|always\s+)?be\s+(?:discussed|proposed|agreed(?:\s+(?:up)?on)?)\s+(?:first\s+|beforehand\s+)?(?:in|on|with|via|through)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:issues?|tickets?|discussions?|mailing\s+list|list|forum|maintainers?|team|proposal|chat)\b/i,
  // A size scope with the advice to open an issue or discuss: "For larger changes, please open an issue to discuss
  // them", "If your change is non-trivial, discuss it with us on the forum" (the scope says: before the work).
  // (The size qualifies a change: "with major releases, we open a tracking issue" is about releases, and by "we"; no
  // subject other than the contributor may stand anywhere between the scope and the advice.)
  /(?:\b(?:for|with)\s+(?:any\s+)?(?:larger|large|major|big|bigger|significant|substantial|non-?trivial|more\s+(?:complex|involved|significant))\s+(?:new\s+)?(?:changes?|features?|contributions?|PRs?|pull[\s-]+requests?|refactor\w*|work|additions?)\b|\bif\s+(?:your|the|a)\s+(?:change|PR|pull[\s-]+request|contribution|feature|patch)\s+is\s+(?:a\s+)?(?:very\s+|rather\s+)?(?:larger|large|major|big|bigger|significant|substantial|non-?trivial|more\s+(?:complex|involved|significant))\b|\bfor\s+(?:anything|something|changes?|work)\s+(?:larger|bigger|more\s+(?:complex|involved|significant))\s+than\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:fix|typo|change|tweak)\w*|\bfor\s+(?:anything|everything|all\s+changes)\s+(?:other\s+than|but|beyond|except(?:\s+for)?)\s+(?:small|trivial|minor|tiny|simple|obvious)\s+(?:[\w-]+\s+)?(?:changes?|fix(?:es)?|tweaks?|patch(?:es)?)\b)(?:(?!\b(?:we|they|maintainers|the\s+(?:\w+\s+)?team|I)\b)[^.]){0,30}?(?:\b(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|start(?:ing)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:issue|ticket|discussion|proposal|RFC|bug\s+report)\b|\bdiscuss\w*\s+(?:it|them|this|the\s+change|your\s+(?:change|idea|plan|approach)s?)\b)/i,
];
/** The words each of FIRST needs (requiredWords), read once: the patterns run on most blocks. */
const FIRST_NEEDS = FIRST.map((p) => requiredWords(p));

/** Words (lowercase) one of which each pattern of FIRST and NOT_FIRST needs: a block with none is skipped. */
const FIRST_WORDS = ['issue', 'bug report', 'discuss', 'propos', 'rfc', 'first', 'before', 'ahead', 'front', 'prior', 'start', 'assign', 'comment', 'approv', 'accept', 'agree', 'ticket', 'claim', 'describ', 'suggest', 'permission', 'early', 'authori', 'both', 'preceded', 'feedback', 'input', 'buy-in', 'advance', 'begin', 'thread', 'topic', 'reach out', 'in touch', 'talk to us', 'contact', 'bring', 'unsolicited'];

/** "(Especially do so) if you plan to work on something big": the advice before it (open an issue, ask) is for larger work. */
const LARGER_WORK = /\bif\s+you\s+(?:plan|intend|want|are\s+planning|are\s+going)\s+to\s+(?:work\s+on|make|implement|contribute|submit|tackle|start)\s+(?:something|a|an|any)\s+(?:\w+\s+)?(?:big|bigger|large|larger|major|significant|substantial|non-?trivial)\b/i;
/**
 * A lead-in about starting a feature or change ("Before requesting or implementing a new feature, ..."), or about the
 * work itself ("Before making any changes to this repository", "before spending too much time on it": time and effort
 * spent are the work, so no change noun is needed after them).
 */
const BEFORE_IMPLEMENTING =
  /\bbefore\s+(?:you\s+)?(?:spend(?:ing)?|invest(?:ing)?|sink(?:ing)?)\s+(?:too\s+much\s+|much\s+|a\s+lot\s+of\s+|lots\s+of\s+|significant\s+|any\s+|a\s+significant\s+amount\s+of\s+|substantial\s+)?(?:time|effort|work)\b|\bbefore\s+(?:you\s+)?mak(?:e|ing)\s+(?:any\s+)?(?:significant\s+|major\s+|larger?\s+|big\s+)?changes\s+to\s+(?:this|the)\s+(?:repository|repo|project|codebase)(?=\s*[,;:]|\s*$)|\bbefore\s+(?:\w+ing(?:\s+\w+)?\s+(?:or|and)\s+)?(?:(?:you\s+)?put(?:ting)?\s+(?:in\s+)?(?:a\s+lot\s+of\s+|much\s+|significant\s+|any\s+)?(?:work|effort|time)\s+into|implementing|working\s+on|starting(?:\s+work)?\s+on|coding|writing\s+code\s+for|contributing|embarking\s+on|undertaking|you\s+(?:begin|start)\s+(?:to\s+(?:implement|work\s+on|code)|implementing|working\s+on|coding))\b[^.]{0,40}?\b(?:features?|changes?|enhancements?|pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|ideas?|concepts?)\b/i;
/** Asking to open an issue or ticket ("create a GitHub issue"), or to discuss: what such a lead-in or "if you plan something big" points at. */
const OPEN_AN_ISSUE_AHEAD = /\b(?:open|create|file|submit|rais|initiat|start)(?:e|ing)?\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|separate\s+)?(?:(?:GitHub|GitLab|Gitea|Jira|tracker)\s+)?(?:issue|ticket|discussion|proposal|RFC)s?\b|\bdiscuss\b|\bpresent\s+(?:your|the)\s+(?:plans?|ideas?|design|proposal)\b|\bcomment(?:ing)?\s+on\s+(?:an?\s+|the\s+)?(?:existing\s+)?issue\b|\b(?:reach\s+out|get\s+in\s+touch|talk\s+to\s+us|contact\s+(?:us|the\s+maintainers))\b/i;
/** Asking on a channel: "ask us on the forum" (in the lead-in's own block only). */
const ASK_ON = /\bask\s+(?:us\s+|the\s+maintainers\s+)?(?:on|in|at|whether|if)\b/i;
const OPEN_AN_ISSUE = new RegExp(`${OPEN_AN_ISSUE_AHEAD.source}|${ASK_ON.source}`, 'i');
/** A problem met on the way ("If the install fails, open an issue"): a report, not a talk about the change. */
const PROBLEM_MET = /\b(?:fails?|failing|errors?|stuck|problems?|trouble|broken|crash\w*|bugs?)\b|\b(?:face|run\s+into|hit|encounter|have|experience)\w*\s+(?:any\s+)?(?:issues|difficult\w*)\b/i;
/** "Discuss the problem you want to solve": the problem the change solves, a topic of the talk, not a problem met. */
const PROBLEM_TO_SOLVE = /\bproblems?\s+(?:that\s+)?you(?:'re|\s+are)?\s+(?:want|wish|would\s+like|trying|intend|plan)\s+to\s+(?:solve|fix|address)\b/gi;
/** A problem met as the condition of the ask: "open an issue if the install fails" (a bug named as a topic is not one). */
const PROBLEM_IF = /\b(?:if|when|should)\b[^.]{0,40}?\b(?:fails?|failing|errors?|stuck|problems?|trouble|broken|crash\w*)\b/i;
/** Blocks after a lead-in, in its section, where the request to open an issue may come. */
const LEAD_IN_REACH = 6;

/**
 * Said not to be needed for any change: "Should you create an issue first? No". ("No need to open an issue first"
 * usually comes with a scope, "for small fixes", and says nothing of larger changes.)
 */
const NOT_FIRST = /\b(?:issue|discussion|ticket)\s+first\?\s{0,3}No\b|\b(?:do\s+not|don't|never)\s+(?:open|create|file|submit|send)\s+both\s+an?\s+(?:issue|ticket)\s+and\s+an?\s+(?:PR|pull[\s-]+request|patch)\b|\b(?:don't|do\s+not|no\s+need\s+to)\s+(?:worry\s+about|bother(?:\s+with)?)\s+["\u201c]?(?:claiming|getting\s+assigned|asking\s+(?:for\s+)?permission|opening\s+an?\s+issue)\b/i;
/** Words one of which NOT_FIRST needs: a cheap test before it. */
const NOT_FIRST_WORDS = /first\?|both|worry|bother/;
/** "You do not need to open an issue before sending a pull request": no issue first, for any change... */
// ("Just send a pull request, no issue needed"; "You do not need any pre-authorization from the project to do so",
// though permission to take an open issue is another matter.)
// ("You do not need to file a new issue before submitting the PR": the order that FIRST reads as an ask, negated, as
// the "it is not necessary to open an issue" form below says it impersonally.)
const NO_ISSUE_NEEDED =
  /\b(?:do\s+not|don't|does\s+not|doesn't)\s+need\s+to\s+(?:open|create|file|raise|submit)\s+(?:an?\s+)?(?:new\s+|separate\s+)?(?:issue|ticket)\s+(?:first|beforehand|before\s+(?:you\s+)?(?:open|submit|send|creat|mak)\w*)\b|\b(?:it\s+is|it's)\s+not\s+(?:necessary|required|needed|mandatory)\s+to\s+(?:open|create|file)\s+an?\s+(?:issue|ticket)\b|\b(?:there\s+is\s+|there's\s+)?no\s+need\s+to\s+ask\s+(?:for\s+)?permission\b|\bno\s+(?:prior\s+)?(?:issue|ticket|discussion)\s+(?:is\s+)?(?:needed|required|necessary)\b|\b(?:do\s+not|don't|does\s+not|doesn't)\s+need\s+(?:any\s+)?(?:prior\s+)?(?:pre-?authori[sz]ation\b|approval\s+(?:to|before)\s+(?:open|send|submit|start|work)\w*\b)(?![^.]{0,30}\bissues?\b)|\b(?:opening|creating|filing)\s+an?\s+(?:issue|ticket)\s+(?:first\s+|beforehand\s+)?is\s+(?:not\s+(?:required|necessary|needed|mandatory)|optional)\b(?!\s+(?:when|if|for|unless)\b)|\b(?:there\s+is\s+|there's\s+)?no\s+need\s+to\s+(?:open|create|file)\s+an?\s+(?:issue|ticket)\s+(?:first|before)\b|\b(?:(?:do|does)\s+not|don't|doesn't)\s+(?:need|have)\s+to\s+(?:open|create|file)\s+an?\s+(?:issue|ticket)\s+(?:first|before)\b|\b(?:feel\s+free|you\s+(?:can|may))\s+(?:to\s+)?(?:open|send|submit)\s+(?:a\s+)?(?:PR|pull[\s-]+request)\s+(?:directly\s+)?without\s+(?:opening|creating|filing)\s+an?\s+(?:issue|ticket)(?:\s+first)?\b/i;
/** ...unless the sentence scopes it to small changes ("for typo fixes ..."), which says nothing of larger ones. */
const SMALL_CHANGES = /\b(?:small|minor|trivial|typos?|simple|obvious|tiny|bug\s*fix(?:es)?|docs?|documentation)\b/i;

function noIssueNeeded(text: string): boolean {
  const m = NO_ISSUE_NEEDED.exec(text);
  if (!m) return false;
  return !SMALL_CHANGES.test(sentenceAround(text, m.index));
}

/** "Unless it's a typo or an obvious bug, ...": the small changes left out of the ask name a bug without reporting one. */
const UNLESS_SMALL = /^\W*(?:unless|except\s+(?:for|when))\b[^,]{0,120},/i;
/** "Please ask on the forum first instead of opening an issue": where questions go instead of the tracker, not a talk before a change. */
const INSTEAD_OF_AN_ISSUE = /\binstead\s+of\s+(?:opening|filing|creating|submitting|raising)\s+(?:an?\s+|any\s+)?(?:new\s+)?(?:GitHub\s+)?(?:issues?|tickets?|bug\s+reports?)\b/i;
/** "If you have a question, ask on the forum first": where questions go, not a step before a change. */
const QUESTIONS = /\bquestions?\b|\bsupport\b|\bneed\s+help\b/i;
const CHANGE_WORDS = /\b(?:changes?|features?|PRs?|pull[\s-]+requests?|patch(?:es)?|implement\w*|code|work(?:ing)?\s+on|contribut\w*)\b/i;

function aboutQuestions(text: string, index: number): boolean {
  const sentence = sentenceAround(text, index);
  return QUESTIONS.test(sentence) && !CHANGE_WORDS.test(sentence);
}

/**
 * "If you find a bug, please open an issue first with steps to reproduce it": a report of a problem met, not a talk
 * before a change. (A sentence that goes on to a fix or a pull request, "... before sending a fix", still asks.)
 */
const FOUND_A_BUG = /\bif\s+you\s+(?:find|found|discover|encounter|run\s+into|hit|notice|spot|see|think\s+you(?:'ve|\s+have)?\s+found)\s+(?:a|an|any)\s+(?:possible\s+|potential\s+)?(?:bugs?|problems?|crash(?:es)?|errors?|regressions?)\b/i;
const FIX_WORDS = /\bfix\w*|\bPRs?\b|\bpull[\s-]+requests?\b|\bpatch(?:es)?\b|\bimplement\w*|\bcode\b|\bchanges?\b/i;
function aboutBugReport(text: string, index: number): boolean {
  const sentence = sentenceAround(text, index);
  return FOUND_A_BUG.test(sentence) && !FIX_WORDS.test(sentence);
}

/**
 * "If you can't make the change yourself, please open an issue": the issue stands in for a change nobody makes, a
 * report, not a talk before one.
 */
const CANNOT_MAKE_IT = /\bif\s+you\s+(?:can['\u2019]?t|cannot|can\s+not|are\s+(?:not\s+able|unable)\s+to|do\s+not\s+know\s+how\s+to|don['\u2019]t\s+know\s+how\s+to)\s+(?:make|fix|implement|do|write)\b/i;

/** "If you find a security problem, contact us privately first": how to report a vulnerability, not a talk before a change. */
const SECURITY = /\bsecurity\b|\bvulnerab/i;
const aboutSecurity = (text: string, index: number): boolean => SECURITY.test(sentenceAround(text, index));

// (A feature request is an issue too: "check whether the idea has been discussed before opening a feature request".)
const BEFORE_AN_ISSUE = /\bbefore\s+(?:creating|opening|filing|reporting|submitting|raising)\s+(?:an?|the|any)\s+(?:new\s+|public\s+|github\s+|separate\s+)?(?:ticket|issue|bug(?:\s+report)?|(?:feature|enhancement)\s+request)\b/i;
/**
 * A clause that leaves it to the contributor: "If you prefer to start a discussion first", "don't hesitate to" or "feel
 * free to" discuss it first. ("If you want to add a
 * feature, please create an issue first" sets a condition on the change, and then asks.)
 */
const OPTIONAL_FIRST = /\bif\s+(?:you\s+(?:prefer|want|like|wish|would\s+(?:like|rather|prefer))|you'd\s+(?:like|rather|prefer))\b(?![^.]{0,40}\b(?:please|must|should|need\s+to|have\s+to)\b)[^.]{0,40}$|\b(?:don't|do\s+not|never)\s+hesitate\s+to\b[^.,;]{0,40}$|\bfeel\s+free\s+to\b[^.,;]{0,40}$/i;
/**
 * "If we want to make such changes, we should first discuss amongst ourselves": the maintainers' own order of work, with
 * "we" or "they" as the subject of the ask. ("We ask that you first discuss" has the contributor as its subject; "we
 * will not accept PRs without an issue" is a condition on the contributor, so "will" is not one of the verbs.)
 */
const MAINTAINERS_DO = /\b(?:we|they|the\s+(?:core\s+)?(?:team|maintainers)|maintainers)\s+(?:should|must|shall|need\s+to|have\s+to|then|usually|typically|always)\s+(?:\w+\s+)?$/i;
/** Headings about requesting features: "create an issue describing the feature" there is the request, not a talk before code. */
const FEATURE_REQUEST_SECTION = /\b(?:feature|enhancement)\s+requests?\b|\brequest(?:ing)?\s+(?:a\s+)?(?:new\s+)?features?\b|\bsuggest(?:ing)?\s+(?:a\s+)?(?:new\s+)?features?\b/i;
const featureRequestSection = (l: Located): boolean => {
  const nearest = l.block.sections[l.block.sections.length - 1];
  return nearest !== undefined && FEATURE_REQUEST_SECTION.test(nearest);
};
/**
 * "If you'd like to fix a bug or add a feature, create a YouTrack issue for it first": a condition that names the change,
 * closed by its comma, then an order. The condition sets the occasion; the order is not left to the contributor as in
 * "If you prefer to start a discussion first".
 */
const conditionThenOrder = (before: string, match: string): boolean => /,\s*(?:then\s+)?$/.test(before) && /^(?:open|creat|fil|submit|rais|start|begin|discuss|ask|talk|reach|get|contact)/i.test(match) && CHANGE_WORDS.test(before) && !/\b(?:report\w*|problems?|bugs?\s+report|crash\w*|errors?|questions?)\b/i.test(before);
/** "Either open an issue first ..., or create only a pull request": one of two ways, so not a step before the change. */
const EITHER_BEFORE = /\beither\b[^.,;]{0,20}$/i;
/** "We'll ask you to update first": the maintainers asking something of the contributor, not a talk before the work. */
const ASKS_YOU_TO = /^ask\w*\s+(?:you|them|contributors?|the\s+contributor)\s+to\b/i;
/**
 * The nearest heading is about backports, releases, support or security: what is asked first there is not before a
 * change. ("Adding support for a board" is a change, not the support channel.)
 */
const ASIDE_SECTION = /\bbackport|\breleas(?:e|es|ing)\b|\bsecurity\b|\bsupport\b(?!\s+(?:for|of)\b)|\bvulnerab|\blong[- ]term\b/i;
const asideSection = (l: Located): boolean => {
  const nearest = l.block.sections[l.block.sections.length - 1];
  return nearest !== undefined && ASIDE_SECTION.test(nearest) && !CHANGE_SECTION.test(nearest) && !isTitle(l, nearest);
};
/**
 * The guide's title ("Contributing to the Guidelines Support Library", "# Contribution guide for the Support Kit"): the
 * document's first heading, at its top, whose words name the project, not a topic. ("## Contributing to security
 * releases" under the title is a topic.)
 */
const isTitle = (l: Located, nearest: string): boolean => l.block.sections.length === 1 && l.doc.blocks.find((b) => b.kind === 'heading')?.text === nearest;

/** A step that opens an issue or discussion, or waits for one to be approved. */
const ISSUE_STEP = /\b(?:open|create|file|start|raise)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:issue|ticket|discussion|proposal|RFC)\b|\bwait\s+(?:until|for)\b[^.]{0,40}?\b(?:approv|accept|agree|green\s+light|go-ahead)/i;
/** A later step that makes the change: a pull request, a patch, a branch or fork, code. */
const CHANGE_STEP = /\b(?:pull[\s-]+requests?|PRs?|patch(?:es)?|fork|branch|implement\w*|code)\b/i;

/**
 * Numbered steps that open an issue (or wait for approval) before a later step sends the change: the order of the
 * steps is the order of the work. Steps under a heading about reporting bugs are how to report, not how to change.
 */
function issueStepBeforeChange(flow: readonly Located[], k: number, text: string): boolean {
  const l = flow[k];
  const b = l.block;
  if (b.kind !== 'listItem' || !b.ordered || !ISSUE_STEP.test(text) || CHANGE_STEP.test(text)) return false;
  const nearest = b.sections[b.sections.length - 1];
  if (nearest !== undefined && REPORT_SECTION.test(nearest.replace(CHANGE_SECTION, ''))) return false;
  for (let j = k + 1, steps = 0; j < flow.length && steps < LEAD_IN_REACH; j++) {
    const n = flow[j].block;
    if (flow[j].doc !== l.doc) break;
    // A step's own sub-items and continuation paragraphs sit between it and the next step.
    if ((n.kind === 'listItem' && n.depth > b.depth) || (n.kind === 'paragraph' && n.inList)) continue;
    if (n.kind !== 'listItem' || n.listId !== b.listId) break;
    steps++;
    if (CHANGE_STEP.test(plain(n))) return true;
  }
  return false;
}

/**
 * A heading that is itself the request: "Open an issue first", "Discuss before you code", "2. Talk to us first".
 * (A heading's words are its section's subject; an imperative with "first" or "before ... code" orders the work.)
 */
const HEADING_ASKS =
  /^\W*(?:\d+[.)]\s*)?(?:please\s+)?(?:discuss(?:\s+(?:it|your\s+\w+|the\s+\w+|changes?))?|talk\s+to\s+us|open\s+an?\s+(?:issue|discussion)|file\s+an?\s+issue|propose\s+(?:it|your\s+\w+|the\s+\w+|changes?)|check\s+with\s+us|get\s+in\s+touch|reach\s+out)\s+(?:first|before\s+(?:you\s+)?(?:code|coding|start\w*|writ\w*|implement\w*|work\w*|submit\w*|open\w*\s+(?:an?\s+)?(?:PR|pull)))\b/i;
/** A lead-in about writing the code itself: "Before writing code, open an issue that describes your plan". */
const BEFORE_CODING = /\bbefore\s+(?:you\s+)?(?:writ(?:e|ing)\s+(?:any\s+)?code|start(?:ing)?\s+(?:to\s+)?cod(?:e|ing)|coding)\b/i;

/** Words (lowercase) one of which LARGER_WORK and BEFORE_IMPLEMENTING need. */
const LEAD_WORDS = ['if you', 'before'];

/**
 * A structure that asks to discuss first across blocks: "if you plan to work on something big" right after (or
 * with) the advice to open an issue, or a lead-in "Before implementing a new feature" followed, in its section,
 * by the request to open a ticket.
 */
function asksAround(flow: readonly Located[], k: number): boolean {
  const l = flow[k];
  const text = plain(l.block);
  if (LARGER_WORK.test(text)) {
    const prev = flow[k - 1];
    return OPEN_AN_ISSUE.test(text) || (prev !== undefined && prev.doc === l.doc && prev.block.kind !== 'code' && OPEN_AN_ISSUE.test(plain(prev.block)));
  }
  const implementing = BEFORE_IMPLEMENTING.exec(text);
  const lead = implementing ?? BEFORE_CODING.exec(text);
  if (!lead || BEFORE_AN_ISSUE.test(text)) return false;
  // ("Before making any changes, back up your config. Open an issue if the install fails": a problem met is a report.)
  const ask = OPEN_AN_ISSUE.exec(text.slice(lead.index));
  if (ask && !PROBLEM_IF.test(sentenceAround(text, lead.index + ask.index)) && !MAINTAINERS_DO.test(text.slice(Math.max(0, lead.index + ask.index - 40), lead.index + ask.index))) return true;
  // "Before you start coding, set up your environment": a lead-in about coding alone reaches no further than its block.
  if (!implementing) return false;
  // A lead-in that ends in a colon ("The preferred ways to do that are to either:") introduces the list after it:
  // its items are what the lead-in asks (other lists in reach are read past, as before).
  let introduces = /:\s*$/.test(text);
  for (let j = k + 1; j < flow.length && j <= k + LEAD_IN_REACH; j++) {
    const b = flow[j];
    if (b.doc !== l.doc || b.block.kind === 'heading') break;
    if (b.block.kind === 'code') continue;
    const later = plain(b.block);
    if (b.block.kind === 'listItem') {
      if (introduces && OPEN_AN_ISSUE_AHEAD.test(later) && !PROBLEM_MET.test(later) && !CANNOT_MAKE_IT.test(later)) return true;
      continue;
    }
    introduces = /:\s*$/.test(later);
    if (OPEN_AN_ISSUE_AHEAD.test(later) && !PROBLEM_MET.test(later) && !CANNOT_MAKE_IT.test(later)) return true;
  }
  return false;
}

/**
 * A request to open an issue, or to make sure one exists ("If an issue does not already exist please create one",
 * "Please create an issue, assuming one does not already exist").
 */
const CREATE_AN_ISSUE =
  /\b(?:please\s+)?(?:create|open|file|raise)\s+an?\s+(?:new\s+)?(?:\w+\s+)?(?:issue|ticket)\b|\bif\s+(?:an?\s+|the\s+)?(?:issue|ticket)\s+(?:does\s+not|doesn't)\s+(?:already\s+)?exist\w*[^.]{0,30}?\b(?:create|open|file|raise)\b/i;
/** Headings of the part about making a change (as opposed to reporting a bug): "Making a PR", "Prerequisites". */
// A heading that puts the issue first ("Start with an issue", "Every change starts with an issue", "Pull requests
// require an approved issue") is about making a change in that order, not about reporting.
const CHANGE_SECTION = /\b(?:start|begin)s?\s+(?:with|by\s+opening)\s+(?:an?\s+)?(?:issue|discussion)\b|\bissues?\s+first\b|\brequires?\s+an?\s+(?:approved|accepted|agreed)\s+issue\b|\bpull[\s-]+requests?\b|\bPRs?\b|prerequisit|before\s+you\s+(?:start|begin)|getting\s+started|(?:contributing|submitting|writing)\s+(?:code|changes|patches)|code\s+contributions?|making\s+(?:a\s+)?changes?/i;
/**
 * A pull request template's box that asks to have discussed the change ("- [ ] Discuss the proposed bug fix or feature
 * in a GitHub issue, or on the mailing list"): the box is ticked before the pull request, so the talk comes first.
 */
const BOX_DISCUSSES = /^\W*(?:I\s+(?:have\s+)?)?(?:discuss(?:ed)?|talk(?:ed)?\s+(?:to|with))\b[^.]{0,80}\b(?:in\s+an?\s+(?:GitHub\s+)?(?:issue|discussion)|on\s+the\s+(?:[\w-]+\s+)?(?:mailing\s+list|forum)|with\s+(?:the\s+)?maintainers?)\b/i;
const templateBoxDiscusses = (l: Located, text: string): boolean => l.block.kind === 'listItem' && l.block.checked !== null && !l.block.commented && BOX_DISCUSSES.test(text);

/** "Before you submit a pull request on a package, always file an issue": the issue ordered before the pull request. */
const ISSUE_BEFORE_PR = /\b(?:before|prior\s+to)\s+(?:you\s+)?(?:submit|open|send|creat|fil|mak)\w*\s+(?:[^\w\s]{1,4}\s+)?(?:a|an|your|the|any)\s+(?:new\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?)\b[^.]{0,80}?,\s*(?:please\s+)?(?:always\s+|first\s+)?(?:file|open|create|raise|submit)\s+(?:an?\s+|the\s+)?(?:issue|ticket|discussion)\b/i;

/** Headings about reporting, where "create an issue" is how to report, not a step before a change. */
const REPORT_SECTION = /\breport|\bbugs?\b|\bissues?\b|security|question|support|feature\s+requests?/i;

/** Under a heading about reporting bugs: "start by opening an issue" there is how to report, not a talk before a change. */
// (Reporting bugs or asking questions only: "Adding support for a board" is a change.)
const REPORT_ONLY_SECTION = /\breport|\bbugs?\b|\bquestions?\b/i;
function inReportSection(l: Located): boolean {
  const nearest = l.block.sections[l.block.sections.length - 1];
  return nearest !== undefined && REPORT_ONLY_SECTION.test(nearest.replace(CHANGE_SECTION, ''));
}

/** Under a heading about reporting, a sentence that names no change: how to report ("not sure it is a bug? first ask"). */
const reportOnly = (l: Located, text: string, index: number): boolean => inReportSection(l) && !CHANGE_WORDS.test(sentenceAround(text, index));

/**
 * A step of the part about making a change that asks for an issue: a bullet of "Making a PR" saying "If an
 * issue does not already exist please create one"; "Prerequisites: please create an issue". Issues asked for in
 * a part about reporting bugs are reports, not a step before coding.
 */
function issueStepOfAChange(l: Located, text: string): boolean {
  if (l.block.kind === 'heading') return false;
  const m = CREATE_AN_ISSUE.exec(text);
  if (!m) return false;
  const nearest = l.block.sections[l.block.sections.length - 1];
  if (nearest === undefined || !CHANGE_SECTION.test(nearest) || REPORT_SECTION.test(nearest.replace(CHANGE_SECTION, ''))) return false;
  // ("If you face any issues during this process, please open an issue": a problem met while setting up is a report.)
  if (PROBLEM_MET.test(sentenceAround(text, m.index))) return false;
  return !saidNotNeeded(text, m.index) && !OPTIONAL_FIRST.test(text.slice(Math.max(0, m.index - 60), m.index));
}

/** True when the guide asks to discuss (or claim an issue) before coding; "no need to open an issue first" does not count. */
export function discussFirst(sources: Sources): Found<boolean> | null {
  const flow = [...sources.guideFlow, ...sources.templateFlow];
  // Taking an issue one works on ("assign it to yourself") asks for an issue only when there is one: a later
  // plain "an issue first is not required" outweighs it.
  let claimed: Found<boolean> | null = null;
  for (let k = 0; k < flow.length; k++) {
    const l = flow[k];
    if (l.block.kind === 'heading' && !claimed && mentions(l.block, FIRST_WORDS) && HEADING_ASKS.test(plain(l.block))) return { value: true, source: sourceOf(l) };
    // "## Pull requests require an approved issue": a heading that states the condition (not "Not all pull requests
    // require...", nor the question "Do pull requests require an approved issue?").
    if (l.block.kind === 'heading' && !claimed && mayMatch(l.block, AGREED_ISSUE_REQUIRED) && AGREED_ISSUE_REQUIRED.test(plain(l.block)) && !/\bnot\b|n't\b|\bnever\b|\?\s*$|^\W*(?:do|does|must|should)\b/i.test(plain(l.block))) return { value: true, source: sourceOf(l) };
    if (l.block.kind === 'code' || l.block.kind === 'heading') continue;
    if (!claimed && mentions(l.block, LEAD_WORDS) && asksAround(flow, k)) return { value: true, source: sourceOf(l) };
    if (!mentions(l.block, FIRST_WORDS)) continue;
    const text = plain(l.block);
    if ((NOT_FIRST_WORDS.test(lowered(l.block)) && NOT_FIRST.test(text)) || noIssueNeeded(text) || (claimed && ISSUE_NOT_REQUIRED.test(text))) return { value: false, source: sourceOf(l) };
    if (claimed || asideSection(l)) continue;
    if (issueStepOfAChange(l, text) || issueStepBeforeChange(flow, k, text) || (ISSUE_BEFORE_PR.test(text) && !inReportSection(l)) || templateBoxDiscusses(l, text)) return { value: true, source: sourceOf(l) };
    // "Before creating a ticket, please ask first": what comes first is before an issue, not before a change.
    if (BEFORE_AN_ISSUE.test(text)) continue;
    // A condition on making a change with the advice to raise it, "start by opening an issue", an agreed issue required.
    if (asksWhenChanging(text) || (mayMatch(l.block, START_BY_RAISING) && START_BY_RAISING.test(text) && !inReportSection(l)) || (mayMatch(l.block, AGREED_ISSUE_REQUIRED) && AGREED_ISSUE_REQUIRED.test(text))) return { value: true, source: sourceOf(l) };
    for (let i = 0; i < FIRST.length; i++) {
      const p = FIRST[i];
      // Every match: "No issue is needed first for typos. For larger changes, open an issue first" asks in its second.
      const asks = (x: RegExpExecArray): boolean => {
        const before = text.slice(Math.max(0, x.index - 60), x.index);
        return !saidNotNeeded(text, x.index) && (!OPTIONAL_FIRST.test(before) || conditionThenOrder(before, x[0])) && !MAINTAINERS_DO.test(before) && !(p === DESCRIBE_IN_ISSUE && featureRequestSection(l)) && !EITHER_BEFORE.test(before) && !ASKS_YOU_TO.test(x[0]) && !aboutQuestions(text, x.index) && !INSTEAD_OF_AN_ISSUE.test(sentenceAround(text, x.index)) && !aboutSecurity(text, x.index) && !reportOnly(l, text, x.index) && !aboutBugReport(text, x.index) && !CANNOT_MAKE_IT.test(sentenceAround(text, x.index));
      };
      // The first match alone is the cheap common case; later ones are looked for only when it does not ask.
      // (Most blocks lack the words each pattern needs: mayMatch rules them out without running it.)
      const first = mayHoldWords(l.block, FIRST_NEEDS[i]) ? p.exec(text) : null;
      if (!first || (!asks(first) && !allMatches(text, p).slice(1).some(asks))) continue;
      if (p !== CLAIM) return { value: true, source: sourceOf(l) };
      claimed = { value: true, source: sourceOf(l) };
      break;
    }
  }
  return claimed ?? talkBeforeChange(flow);
}

/** The general reading (discussConcepts.ts), where no specific wording matched: the first sentence that advises it. */
function talkBeforeChange(flow: readonly Located[]): Found<boolean> | null {
  for (const l of flow) {
    if (l.block.kind === 'code' || l.block.kind === 'heading' || !mentions(l.block, TALK_WORDS) || asideSection(l) || featureRequestSection(l)) continue;
    const text = plain(l.block);
    for (const s of sentencesOf(text)) {
      const at = s.index;
      if (!advisesTalkBeforeChange(s.text) || BEFORE_AN_ISSUE.test(s.text) || saidNotNeeded(text, at) || OPTIONAL_FIRST.test(s.text) || MAINTAINERS_DO.test(s.text) || CANNOT_MAKE_IT.test(s.text)) continue;
      if (aboutQuestions(text, at) || aboutSecurity(text, at) || reportOnly(l, text, at) || aboutBugReport(text, at) || PROBLEM_MET.test(s.text.replace(/\bbug\s*fix(?:es)?\b/gi, '').replace(UNLESS_SMALL, '').replace(PROBLEM_TO_SOLVE, ''))) continue;
      return { value: true, source: sourceOf(l) };
    }
  }
  // "Pull requests don't need a matching issue": said where nothing in the guide asks for one after all.
  const waived = flow.find((l) => l.block.kind !== 'code' && l.block.kind !== 'heading' && PRS_NEED_NO_ISSUE.test(plain(l.block)));
  return waived ? { value: false, source: sourceOf(waived) } : null;
}

const PRS_NEED_NO_ISSUE = /\b(?:pull[\s-]+requests|PRs|patches|changes)\s+(?:do\s+not|don't|doesn't|does\s+not)\s+need\s+(?:an?\s+)?(?:matching|corresponding|linked|related|associated|separate|prior)?\s*(?:issue|ticket)\b/i;

/** "While bug fixes can first be identified via an issue, that is not required", "Opening an issue first is not necessary." */
const ISSUE_NOT_REQUIRED =
  /\b(?:issue|ticket|discussion)\b[^.]{0,60}?,\s*(?:that|this|it)\s+is\s+(?:not\s+(?:required|necessary|needed|mandatory)|optional)\b|\b(?:opening|creating|filing)\s+an?\s+(?:issue|ticket)\s+(?:first\s+|beforehand\s+)?is\s+(?:not\s+(?:required|necessary|needed|mandatory)|optional)\b(?!\s+(?:when|if|for|unless)\b)/i;
