import { requiredWords } from '../../text/requiredWords';

/**
 * The wordings that ask to discuss (or claim an issue) before coding, read one block at a time, and the wording
 * that says no issue first is needed for any change.
 */

/** Taking an issue before working on it: "assign the issue to yourself", "get assigned", "comment on the issue before". */
export const CLAIM = /\b(?:assign(?:ed|ing)?\s+(?:the\s+issue\s+|it\s+|an\s+issue\s+)?to\s+(?:you(?:rself)?|themselves)|get\s+assigned|comment\s+on\s+the\s+issue\b[^.]{0,60}\b(?:before|first))/i;

/** An issue that tells the change before it is made: "open an issue describing the proposed change". */
export const DESCRIBE_IN_ISSUE = /\b(?:open|create|file|submit)\s+(?:an?\s+issue|one)\s+(?:to\s+)?(?:describ|explain)\w*\s+(?:the|your)\s+(?:proposed\s+|new\s+|planned\s+)?(?:change|feature|enhancement|addition|idea|plan|proposal|contribution)/i;

/**
 * After "an issue": not one to link only if there is one, nor a reference written into the PR's text (an issue number, a
 * link in its description), which an issue filed with the PR satisfies as well.
 */
const NOT_JUST_REFERENCED = String.raw`(?![^.]{0,30}\bif\s+(?:there\s+is|one\s+exists|any|applicable|relevant))(?!\s*(?:numbers?|references?|links?|ids?|keys?)\b|\s+(?:in|from)\s+(?:its|the|their|your)\s+(?:description|body|summary|text|commit\s+messages?)\b)`;
/** Every change, by the words guides use for it: "all PRs", "every pull request", "each patch", "any contribution". */
const ALL_CHANGES = String.raw`(?:all|every|each|any)\s+(?:PRs?|pull[\s-]+requests?|changes?|patch(?:es)?|contributions?)`;

/** Asking before coding: an issue, discussion, RFC or assignment first. */
export const FIRST = [
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
  // The wish to take up some work, then the word to give about it: "If you'd like to work on a bug, please comment on it
  // to let the maintainers know", "If you're interested in working on something, let us know by commenting on an issue",
  // "If you want to tackle an issue, comment and say so". The work is announced before it is done. (Not help offered
  // along the way, "let us know if you get stuck", nor an issue or a pull request as equal choices, nor an ask said not
  // to be needed, "If you want to fix a typo, there is no need to open an issue".)
  /\b(?:if|when|once)\s+you(?:['\u2019]d|\s+would|['\u2019]re|\s+are)?\s+(?:like|want|wish|plan|intend|interested\s+in|planning|going|decide|decided)\s+(?:to\s+)?(?:work(?:ing)?\s+on|tackl\w+|tak(?:e|ing)\s+(?:on|up)|pick(?:ing)?\s+up|fix(?:ing)?|implement(?:ing)?|contribut(?:e|ing))\b(?:(?!\bif\s+you\b|\bor\s+(?:a\s+|an?\s+)?(?:PR|pull\s+request)|\bno\b|\bnot\b|n['\u2019]t\b|\bnever\b|\bwithout\b)[^.]){0,80}?\b(?:comment(?:ing)?\s+(?:on|in)\b|leav(?:e|ing)\s+a\s+comment\b|let\s+(?:us|the\s+maintainers|the\s+team|others|everyone)\s+know\b(?!\s+(?:if|when|whether)\s+you\s+(?:need|get|have|run))|say\s+so\b|(?:open(?:ing)?|fil(?:e|ing)|creat(?:e|ing))\s+(?:a\s+new\s+|an?\s+)(?:issue|ticket|discussion)\b(?!\s+or\s+(?:a\s+)?(?:PR|pull\s+request)))/i,
  // "Before you start working on an issue, comment on it so that nobody else picks it up": the word given before the work.
  /\bbefore\s+(?:you\s+)?(?:start|begin)(?:ing|ning)?\s+(?:to\s+)?(?:work(?:ing)?\s+on|tackl\w+|implement\w*)\b[^.]{0,60}?\b(?:comment(?:ing)?\s+(?:on|in)\b|leave\s+a\s+comment\b|let\s+(?:us|the\s+maintainers|others)\s+know\b)/i,
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
export const FIRST_NEEDS = FIRST.map((p) => requiredWords(p));

/** Words (lowercase) one of which each pattern of FIRST and NOT_FIRST needs: a block with none is skipped. */
export const FIRST_WORDS = ['issue', 'bug report', 'discuss', 'propos', 'rfc', 'first', 'before', 'ahead', 'front', 'prior', 'start', 'assign', 'comment', 'approv', 'accept', 'agree', 'ticket', 'claim', 'describ', 'suggest', 'permission', 'early', 'authori', 'both', 'preceded', 'feedback', 'input', 'buy-in', 'advance', 'begin', 'thread', 'topic', 'reach out', 'in touch', 'talk to us', 'contact', 'bring', 'unsolicited'];

/**
 * Said not to be needed for any change: "Should you create an issue first? No". ("No need to open an issue first"
 * usually comes with a scope, "for small fixes", and says nothing of larger changes.)
 */
export const NOT_FIRST = /\b(?:issue|discussion|ticket)\s+first\?\s{0,3}No\b|\b(?:do\s+not|don't|never)\s+(?:open|create|file|submit|send)\s+both\s+an?\s+(?:issue|ticket)\s+and\s+an?\s+(?:PR|pull[\s-]+request|patch)\b|\b(?:don't|do\s+not|no\s+need\s+to)\s+(?:worry\s+about|bother(?:\s+with)?)\s+["\u201c]?(?:claiming|getting\s+assigned|asking\s+(?:for\s+)?permission|opening\s+an?\s+issue)\b/i;
/** Words one of which NOT_FIRST needs: a cheap test before it. */
export const NOT_FIRST_WORDS = /first\?|both|worry|bother/;
