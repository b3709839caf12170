/**
 * The wording by which a guide's headings and lead-in sentences frame a list as the checks before a change is sent
 * ("Submitting a pull request", "Before you submit, make sure:") or as something else (reviews, releases, another
 * checklist). Kept apart from the list logic in checklist.ts.
 */

/**
 * What one submits or opens that is not a change: an issue, a question, a discussion, a security report. "Before you
 * open a discussion" is about asking, not the checks before sending a change.
 */
const NOT_A_CHANGE = String.raw`(?:issues?|bugs?|bug\s+reports?|tickets?|questions?|feature\s+requests?|discussions?|topics?|threads?|security\s+(?:reports?|issues?)|vulnerabilit(?:y|ies)|support\s+requests?|` +
  // "Before Submitting An Enhancement Suggestion", "Before submitting a suggested enhancement": asking for a feature.
  String.raw`(?:suggested\s+)?enhancements?(?:\s+(?:suggestions?|requests?|proposals?))?|(?:feature\s+)?(?:suggestions?|proposals?)|reports?|(?:code\s+)?reviews?|approvals?)`;

/**
 * "Checklist" as a heading spells it, also in two words ("Check List", "Check-list"), though not the verb "check"
 * over a list of something ("Check list of supported versions").
 */
export const CHECKLIST_WORD = String.raw`\bcheck[\s-]?list\b(?!\s+of\b)`;
export const NAMES_A_CHECKLIST_HEADING = new RegExp(CHECKLIST_WORD, 'i');

/** Headings of sections that are the steps or checks before a change is sent ("Submitting a pull request", "How to contribute a patch"). */
export const CHECKLIST_HEADING = new RegExp(
  [
    String.raw`(?:before|prior to) (?:you )?(?:submit|send|open)(?!\w*\s+(?:an?\s+|the\s+|your\s+)?(?:new\s+)?${NOT_A_CHANGE}\b)`,
    // "Submitting" alone or with a change ("Submitting a patch"); "Submitting plugins" is about something else.
    // GitLab's merge requests are pull requests by another name. ("Sending patches" stays out: under it guides say how
    // patches are sent, by pull request or by mail, not what to check.)
    String.raw`\bsubmitting(?:\s+(?:a|an|your|the))?(?:\s+(?:(?:new|good|great|quality)\s+)?(?:pull requests?|merge requests?|prs?|patch(?:es)?|changes?|code|contributions?|work|features?|(?:bug\s*)?fix(?:es)?)\b|\s*$)`,
    String.raw`\b(?:submit|send)\w*\s+(?:a\s+|your\s+|the\s+)?(?:pull request|merge request|pr|changes|patch|cl|contribution)s?\b`,
    String.raw`\b(?:open|creat|contribut|prepar)\w*\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:pull requests?|merge requests?|prs?|patch(?:es)?|cls?)\b`,
    // "Did you write a patch that fixes a bug?": the patch is written, what follows is sending it ("Writing a patch" is not).
    String.raw`\b(?:did|have) you (?:write|written) a patch\b`,
    // "Have a patch?", "Got a fix?": a question heading for whoever has a change ready to send.
    String.raw`^[\W_]*(?:(?:do\s+you\s+)?have|got)\s+(?:a|an|your)\s+(?:patch|fix|bug\s*fix|pull[\s-]+request|PR|change)\s*\?`,
    String.raw`\b(?:check|verify)\w*\s+(?:your\s+|the\s+)?(?:submission|pull request|pr|patch|changes)\b`,
    // Not "Pull request process": a heading naming a process describes how a change goes through, not what to check.
    String.raw`(?:pull request|\bPR) (?:guidelines|checklist)`,
    // "Pull request criteria", "Patch requirements": what a change must meet to be taken.
    String.raw`\b(?:pull requests?|prs?|patch(?:es)?|submissions?|contributions?)\s+(?:criteria|requirements)\b`,
    // The same the other way round: "Guidelines for the PR", "Minimum requirements for a code pull request to be merged".
    String.raw`\b(?:criteria|requirements|guidelines)\s+for\s+(?:an?\s+|the\s+|your\s+|each\s+|every\s+|all\s+)?(?:(?:code|good|new|documentation|docs?|feature|bug[\s-]?fix|fix|first)\s+)?(?:pull[\s-]+requests?|PRs?|merge\s+requests?|submissions?)\b(?!\s+(?:reviews?|reviewers?|reviewing|labels?|titles?|templates?|bots?)\b)`,
    // "Good pull requests", "Great patches", "What makes a good pull request?": what a change sent should be like.
    String.raw`^[\W\d_]*(?:what\s+makes\s+(?:a\s+)?)?(?:good|great|ideal|quality)\s+(?:pull[\s-]+requests?|prs?|patch(?:es)?)\W*$`,
    CHECKLIST_WORD,
    // "Pre-submission checks", "Pre-PR checks", "Pre-flight checks", "Ready to submit?", "Once a contribution is ready to be submitted", "Before
    // pushing": the moment before sending, in other words.
    String.raw`\bpre[\s-]?(?:submission|submit|PR|pull[\s-]requests?|flight\s+checks?)\b|\bready\s+to\s+(?:be\s+(?:submitted|sent|opened)|submit|send|open)\b|(?:before|prior to)\s+(?:you\s+)?push`,
  ].join('|'),
  'i',
);
/**
 * The main clause after a condition on the change being taken ("Before we can merge your PR, ..."), when it asks the
 * contributor to check ("please:", "make sure that:", "it must:"): "..., we check that:" and "..., you need to sign the
 * CLA:" are someone else's checks and a one-off procedure.
 */
const ASKS_TAIL = String.raw`\s*,\s*(?:please\b\s*)?(?:(?:make\s+sure|ensure|check|verify|double[\s-]check|confirm)(?:\s+that)?|(?:it|you|they)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)(?:\s+(?:be|have|include|meet))?)?(?:\s+(?:you(?:'ve|\s+have)?|it|your\s+\w+)(?:\s+(?:is|are|has|have|does))?)?\s*:\s*$`;

/**
 * A sentence that introduces such a list: "Before you submit...:", "When you send a CL, it should include:". A
 * lead-in about what makes a pull request more likely to be accepted ("Things that will increase the chance that
 * your pull request is accepted:") is advice, not one: only a heading about sending makes its list the checks.
 */
export const CHECKLIST_INTRO = new RegExp(
  [
    // "Once your pull request is ready to be submitted, make sure that:": the moment before sending, as a lead-in that
    // asks for checks ("Once your changes are ready to be submitted:" over push and open is how to send).
    String.raw`\bready\s+to\s+be\s+(?:submitted|sent|opened)\b[^.]*\b(?:make\s+sure|ensure|check|verify)\b[^.]*:\s*$`,
    // "For new filetypes, do not forget:", "Don't forget to:": the things a change must not go without.
    String.raw`\b(?:do\s+not|don't|don\u2019t)\s+forget(?:\s+to)?\s*:\s*$`,
    // "Before you submit", not "Before opening an issue" (what to put in a report).
    String.raw`(?:before|prior to) (?:you )?(?:submit|send|open|sending|submitting|opening)(?!\w*\s+(?:an?\s+|the\s+|your\s+)?(?:new\s+)?${NOT_A_CHANGE}\b)`,
    // "Before creating a pull request", "before creating and submitting a pull request".
    String.raw`(?:before|prior to) (?:you )?(?:creat|fil|mak)(?:e|es|ing)(?:\s+(?:and|or)\s+\w+)? (?:a |an |your |the )?(?:pull request|PR|patch|merge request)`,
    // "Before wrapping up a PR", "Before finalizing your patch" (not the maintainers' "before merging a PR").
    String.raw`\bbefore\s+(?:you\s+)?(?!(?:merg|review|approv|land|releas|clos)\w*)\w+(?:ing|ize|ise)?\s+(?:up\s+)?(?:a|an|your|the)\s+(?:pull request|PR|patch|merge request|CL)s?\b`,
    // "Before each commit, you should:", "Before pushing, make sure:": checks run on the way to sending, ending in a colon.
    String.raw`\b(?:before|prior to)\s+(?:you\s+)?(?:(?:each|every|any)\s+)?\[?(?:commit|push)(?:s|ing|ting)?\b(?:\]\([^)]*\))?[^.]*:\s*$`,
    // "When submitting changes, please ensure:": the changes themselves as the object, as "a" or "your" change.
    String.raw`\bwhen (?:you )?(?:submit|send)(?:ting)? (?:a|your|changes|patches)\b(?!\s+(?:bug|issue|question|feature request)s?\b)`,
    // "Here are some things to keep in mind as you file pull requests:".
    String.raw`\b(?:as|while) you (?:file|open|submit|send|create|prepare) (?:a |your )?(?:pull requests?|PRs?|patch(?:es)?)\b`,
    String.raw`\bwhen (?:you )?(?:fil|open|creat|submitt|send)(?:e|es|ing)? (?:a |your |the )?(?:pull request|merge request|PR|patch)`,
    // "When contributing pull requests, the following points should ideally apply:": contributing the change itself.
    String.raw`\bwhen (?:you\s+(?:are\s+)?)?contribut(?:e|ing)\s+(?:(?:a|your|code|changes|work)\s+)?(?:(?:through|via|as|by\s+(?:opening|sending))\s+)?(?:pull[\s-]+requests?|merge\s+requests?|PRs?|patch(?:es)?)\b[^.]*:\s*$`,
    // "When preparing to submit a pull request, please consider:", "As you get ready for your PR:": the same moment,
    // said by the preparing rather than the sending (the object must be the change, not a report).
    String.raw`\b(?:when|while|as)\s+(?:you\s+(?:are\s+|'re\s+)?)?(?:preparing|prepare|getting\s+ready|get\s+ready)\s+(?:to\s+(?:submit|send|open|create|file)\s+|for\s+)(?:a\s+|an\s+|your\s+|the\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?)\b`,
    // "When preparing patches, please follow these guidelines:", "While preparing your pull request, make sure:": the
    // change itself as the object of the preparing, the sibling of "When submitting a pull request, please follow the
    // following guidelines:". A lead-in that ends in a colon, so the items are what the preparing must see to.
    String.raw`\b(?:when|while|as)\s+(?:you\s+(?:are\s+|'re\s+)?)?(?:preparing|prepare)\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?|patch\s*sets?|contributions?|submissions?)\b[^.]*:\s*$`,
    // "For a contribution to be accepted:", "For your PR to be merged, it must:", "To get your PR merged, please:",
    // "In order for your PR to be accepted, please make sure:": the conditions the change must meet
    // to be taken, completed by the items (a colon ends it; "..., a maintainer will:" names someone else's doing).
    String.raw`^(?:(?:for|in\s+order\s+for)\s+(?:a|an|your|the|any|each|every)\s+(?:contribution|pull[\s-]+request|PR|patch|change|submission|merge\s+request)s?\s+to\s+(?:be\s+)?|(?:in\s+order\s+)?to\s+(?:get|have)\s+(?:a|an|your|the)\s+(?:contribution|pull[\s-]+request|PR|patch|change|submission|merge\s+request)s?\s+)(?:accepted|merged|considered|reviewed|land|get\s+merged)\b(?:\s+(?:quickly|faster|sooner|smoothly))?(?:\s*,\s*(?:(?:it|you|they)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)(?:\s+(?:be|have|include|meet))?|please(?:\s+(?:make\s+sure|ensure|check|verify)(?:\s+that)?)?|(?:make\s+sure|ensure)(?:\s+that)?))?\s*:\s*$`,
    // "Before requesting a review, make sure that:", "Before you ask for a review, please:": handing the change over
    // for review is the moment of sending it (a lead-in, so it ends in a colon).
    String.raw`\b(?:before|prior\s+to)\s+(?:you\s+)?(?:request|ask)\w*\s+(?:for\s+)?(?:a\s+|an?\s+|the\s+)?(?:code\s+)?reviews?\b[^.]*:\s*$`,
    // "When you are ready to submit your PR, make sure:": the moment before sending, with the checks to make then.
    String.raw`\bready\s+to\s+(?:submit|send|open|create|file)\b[^.]*\b(?:make\s+sure|ensure|check|verify|double[\s-]check|confirm)\b[^.]*:\s*$`,
    // "After you're done making your code change, make sure:", "Once you have finished your changes, ensure that:": the
    // moment the work is done and not yet sent (not "once you have submitted", NOT_CHECKLIST's).
    // ("When you've finished your changes, make sure:", "Once your changes are done, please make sure that:", "Once you're
    // done coding, make sure:". Not once it is merged or sent, nor "check it in the demo app:", nor "make sure you clean
    // up:" or "follow these steps to send it:".)
    String.raw`\b(?:after|once|when)\s+(?:(?:you(?:'ve|\u2019ve|'re|\u2019re|\s+have|\s+are)\s+)?(?:(?:done|finished|complet(?:ed|ing)|finishing)(?:\s+(?:making|writing|with|implementing|coding))?(?:\s+(?:your|the)\s+(?:code\s+)?(?:changes?|work|code|feature|fix|implementation))?|(?:making|made)\s+(?:your|the)\s+(?:code\s+)?(?:changes?|work|code|feature|fix|implementation))|your\s+(?:code\s+)?(?:changes?|work|code|feature|fix|implementation)\s+(?:is|are)\s+(?:done|finished|complete))\b(?![^.]*\b(?:merged|released|published|submitted|sent|opened|pushed)\b)[^.]*\b(?:make\s+sure|ensure|double[\s-]check|verify|confirm|check\s+that)\b(?![^.]*\b(?:clean\w*|tear\w*\s+down|steps|send|submit|open)\b)[^.]*:\s*$`,
    // "When your change is ready, make sure that:": the same moment, said of the change.
    String.raw`\bwhen\s+your\s+(?:changes?|pull[\s-]+request|PR|patch(?:es)?|code|work|branch)\s+(?:is|are)\s+ready\b[^.]*\b(?:make\s+sure|ensure|check|verify|double[\s-]check|confirm)\b[^.]*:\s*$`,
    // "Before we can merge your pull request, please:": the conditions on the contributor's change before it is taken
    // (not "before merging a PR", the maintainers' own step).
    // Only when the main clause asks the contributor to check (ASKS_TAIL).
    String.raw`\bbefore\s+we\s+(?:can\s+)?(?:merge|accept|review|look\s+at)\s+your\s+(?:pull[\s-]+requests?|PRs?|patch(?:es)?|changes?|contributions?|code)${ASKS_TAIL}`,
    // "Before your PR can be merged, make sure:", "Before a patch is accepted, it must:": the same, said of the change.
    String.raw`\bbefore\s+(?:your|a|the|any|each|every)\s+(?:pull[\s-]+requests?|merge\s+requests?|PRs?|patch(?:es)?|changes?|contributions?)\s+(?:can|will|is|are|gets?)\s+(?:be\s+)?(?:merged|accepted|reviewed|considered|landed)${ASKS_TAIL}`,
    // "Your pull request should:", "Every patch must:": what each change must have, completed by the items.
    // "Pull requests must:", "Each pull request should meet the following requirements:".
    // ("A PR should have:", "Every PR needs:", "Pull requests must come with:".)
    String.raw`^(?:please\s+note\s+that\s+)?(?:(?:your|each|every|all|any|a|an|the)\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|submissions?|merge\s+requests?)\s+(?:needs?(?=\s*:)|requires?(?=\s*:)|(?:should|must)\s+come\s+with|(?:should|must|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are)\s+expected\s+to)(?:\s+(?:include|contain|have|be)(?:\s+(?:the\s+following|these)(?:\s+(?:things|items|points|elements|parts|information|details))?)?|\s+(?:meet|satisfy|fulfil+|comply\s+with|adhere\s+to)\s+(?:the\s+following|these|all\s+(?:of\s+)?(?:the\s+following|these))\s+(?:requirements|criteria|conditions))?)\s*:\s*$`,
    // "Here's a small list of requirements for your PR:", "Please ensure to include the following in your Pull Request:",
    // "If you'd like to submit a PR, please follow these general guidelines:": what the change must meet, by its name.
    // (Not a reviewer's or a later occasion's: "Things to check for a PR before approving it:", "... after it is merged:".)
    String.raw`\b(?:requirements|things\s+to\s+(?:check|do)|criteria)\s+(?:for|of)\s+(?:(?:your|a|an|each|every|the)\s+)?(?:pull[\s-]+requests?|PRs?|merge\s+requests?|contributions?|submissions?)\b(?![^.]{0,40}\b(?:approv|review|merg|land|after|once|releas)\w*)[^.]{0,40}:\s*$|\binclude\s+the\s+following\s+in\s+(?:your|the|each)\s+(?:pull[\s-]+requests?|PRs?|merge\s+requests?)(?:\s+(?:description|body))?\s*:?\s*$|\b(?:submit|send|open|make|create)\s+(?:a|an|your)\s+(?:pull[\s-]+requests?|PR|merge\s+request)\b[^.]{0,40}\bfollow\s+(?:these|the\s+following)\s+(?:general\s+)?(?:guidelines|rules)\s*:\s*$`,
    // "To make the review process go as smooth as possible, please consider the following.": what eases the review of
    // one's own change, asked before it is sent.
    String.raw`^(?:in\s+order\s+)?to\s+(?:ease|speed\s+up|simplify|help|facilitate|make|smooth(?:en)?|streamline|accelerate|expedite)\b[^,.]{0,80}?\breview\w*\b[^,.]{0,40},\s*please\s+(?:consider|keep\s+in\s+mind|follow|observe|check|ensure)\s+(?:the\s+following|these)\b[^.:]{0,30}[.:]\s*$`,
    // "To facilitate merging any pull requests that you send, please:": easing the taking of one's change, asked as a list.
    String.raw`^(?:in\s+order\s+)?to\s+(?:ease|speed\s+up|simplify|help(?:\s+us)?|facilitate|make|smooth(?:en)?|streamline|accelerate|expedite)\s+(?:the\s+)?(?:review\w*|merg\w*|accept\w*)\s+(?:of\s+)?(?:any\s+|your\s+|the\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|changes?\s+(?:that\s+)?you)\b[^.:]{0,80},\s*please\s*:\s*$`,
    // "Only change the status to Ready for Review when:", "Mark your PR ready for review once:": the conditions for handing
    // the change over.
    String.raw`\bready\s+for\s+review\b[^.:]{0,20}\s(?:when|once|if|only\s+(?:when|once|if)|after)\s*:\s*$`,
    // "Here are some general guidelines for submitting new code.": the rules of sending a change, by their name.
    // (Ending at the change, or at this project: "... changes to the translations:" are another matter's rules.)
    String.raw`\b(?:guidelines|rules|requirements)\s+for\s+(?:submitting|sending|opening|contributing)\s+(?:(?:new|your|a|an)\s+)?(?:code|changes?|patch(?:es)?|pull[\s-]+requests?|PRs?|contributions?)(?:\s+(?:to|for)\s+(?:this|the|our)\s+(?:project|repository|repo|codebase|code\s*base))?\s*[.:]\s*$`,
    // "A good pull request:", "A great PR should:": what a change sent should be like, as the heading form says ("Good
    // pull requests"). (Not "A good patch is:" under "Writing a patch": the qualities of the writing.)
    String.raw`^(?:an?\s+)?(?:good|great|ideal|quality|mergeable)\s+(?:pull[\s-]+requests?|PRs?|merge\s+requests?)\s*(?:(?:is|are|has|have|should|must|will)(?:\s+(?:be|have|include|contain))?)?\s*:\s*$`,
    // A checklist, unless one for some other task ("The full checklist when introducing a new field:").
    // ("A quick checklist for putting together a good PR:" is one for the change itself.)
    String.raw`\bcheck[\s-]?list\b(?!\s+(?:when|for)\s+(?!submitt|send|open|(?:creat|putt|prepar|mak|writ|craft|gett)\w*\s+(?:together\s+)?(?:a\s+|your\s+)?(?:good\s+|great\s+|new\s+)?(?:pull[\s-]+requests?|prs?|patch(?:es)?|merge\s+requests?)\b(?!\s+(?:labels?|templates?|bots?|pipelines?|reviews?|titles?)\b))\w+ing\b)`,
    // "Your contribution should be as easy to review as possible. Specifically:": the items say what the change
    // should be, as the sentence before asked of it.
    String.raw`\b(?:your|each|every|a)\s+(?:contributions?|pull[\s-]+requests?|PRs?|patch(?:es)?|changes?|submissions?)\s+(?:should|must|needs?\s+to)\b[^.:]{0,120}\.\s+(?:specifically|in\s+particular)\s*:\s*$`,
    String.raw`make sure the following`,
    // "Please ensure your pull request meets the following requirements:", "Make sure your patch follows these rules:".
    String.raw`\b(?:ensure|make\s+sure|check|verify)\b[^.]{0,30}\b(?:pull[\s-]+requests?|PRs?|patch(?:es)?|changes?|contributions?|commits?|submissions?)\b[^.]{0,20}\b(?:meets?|follows?|satisf(?:y|ies)|compl(?:y|ies)|adheres?|fulfill?s?)\b[^.]*:\s*$`,
    // A lead-in that the items complete: "Make sure you", "Please ensure that:", "Please make sure your patch:".
    String.raw`^(?:please\s+)?(?:make\s+sure|ensure|double[\s-]check|check|verify)(?:\s+that)?(?:\s+you(?:'ve|\s+have)?|\s+(?:your|each|every|all)\s+(?:patch|pull request|PR|change|commit|contribution)(?:e?s)?(?:\s+(?:is|are|has|have|does|do))?)?\s*:?\s*$`,
    // "Make sure any new functions you add are:", "Ensure that all new code is:", "Make sure your tests are:": the
    // contributor's own work as the subject and a bare verb before the colon, so each item completes the sentence as a
    // state that work must reach ("documented", "covered by tests"). The subject names the work (code, functions,
    // tests, changes), not the machine or the tools ("Make sure your system has:" is a prerequisite). A verb written
    // twice ("are are:") is a common slip and reads as one.
    String.raw`^(?:please\s+)?(?:make\s+sure|ensure|double[\s-]check|check|verify)(?:\s+that)?\s+(?:any|all|every|each|your|the)\s+(?:new\s+|added\s+|changed\s+)?(?:code|changes?|functions?|methods?|classes|features?|functionality|APIs?|modules?|tests?|patch(?:es)?|pull[\s-]+requests?|PRs?|commits?|contributions?|additions?|docs|documentation)(?:\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:add|added|write|wrote|written|introduce|introduced|change|changed|contribute|contributed))?(?:\s+(?:is|are|has|have|does|do)){1,2}\s*:\s*$`,
    // "... we recommend the following process in order to craft an excellent pull request:".
    String.raw`\b(?:craft|make|prepare|send|submit|create|open)\w*\s+(?:a|an|your)\s+(?:good|great|excellent|high[\s-]quality|ideal|perfect)\s+(?:pull request|PR|patch)\b[^.]*:\s*$`,
    // "The following *must* be done for all PRs (where applicable):", "The following items must be completed for all pull
    // requests:", "For all PRs, the following must be done:": what every change must have, said of the list.
    String.raw`^the\s+following\s+(?:items\s+|points\s+|things\s+|steps\s+)?(?:[*_]{1,2})?(?:must|should|needs?\s+to|has\s+to|have\s+to)(?:[*_]{1,2})?\s+(?:be\s+(?:done|true|met|checked|completed|followed)|apply|hold)\s+(?:for|to|in|before\s+(?:submitting|sending|opening))\s+(?:(?:all|every|each|any|your|a)\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|submissions?|merge\s+requests?|changes?)\b[^.]*:\s*$|^for\s+(?:all|every|each|any)\s+(?:pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|submissions?|merge\s+requests?|changes?)\s*,\s*the\s+following\s+(?:items\s+|points\s+)?(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:be\s+(?:done|true|met|checked|completed|followed)|apply|hold)\b[^.]*:\s*$`,
    // "When doing changes, keep the following best practices in mind:": what to see to while making the change, said
    // of the list, as "When submitting a pull request, please follow these guidelines:" is.
    String.raw`^(?:when|while|as)\s+(?:you(?:'re|\s+are)?\s+)?(?:doing|making|writing|preparing|submitting|sending|proposing|contributing)\s+(?:a\s+|your\s+|any\s+)?(?:changes?|pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|code\s+changes?)\s*,\s*(?:please\s+)?(?:keep|bear)\s+(?:the\s+following|these)\s+(?:(?:best\s+)?(?:practices|points|things|guidelines|rules)\s+)?in\s+mind\s*:\s*$`,
    // "If your PR introduces a flag, you MUST:": the checks a kind of change must pass, completed by the items.
    String.raw`^if\s+(?:your|a|the)\s+(?:pull[\s-]+request|PR|patch|change|contribution|commit)\s+(?:introduces|adds|changes|modifies|touches|removes|deprecates)\b(?!\s+(?:an?\s+)?(?:regressions?|bugs?|breakage|problems?|failures?)\b)[^.]{0,80}?,\s*(?:then\s+)?(?:please\s+)?(?:make\s+sure\s+(?:to|you)\s*|you\s+|it\s+)?(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to)?\s*:\s*$`,
    // "To make the process smooth, we ask for the following:", "We expect the following:".
    String.raw`\b(?:ask|require|expect)\w*\s+(?:you\s+)?(?:for\s+)?the\s+following\s*:\s*$`,
    // "We expect every pull request to:", "We ask all contributors to:": what each change or its author must do.
    String.raw`\b(?:ask|require|expect)\w*\s+(?:every|each|all|any)\s+(?:pull[\s-]+requests?|PRs?|patch(?:es)?|contributions?|submissions?|contributors?)\s+to\s*:\s*$`,
  ].join('|'),
  'i',
);
/** "Please do:" (with its "Please don't:"): a list of dos, a checklist where the section or document is about pull requests. */
export const DOS_INTRO = /^(?:please\s+)?do(?:'?s)?\s*:$/i;
/** "If possible provide:", "Please include:": what a pull request holds, under a heading about pull requests only (not "Issues and pull requests"). */
export const PROVIDE_INTRO = /^(?:(?:if\s+possible|where\s+possible|when\s+possible|ideally)\s*,?\s+)?(?:please\s+)?(?:provide|include)\s*:$/i;
export const ABOUT_REPORTS = /\b(?:issues?|bugs?\s+reports?|reports?|tickets?)\b/i;
export const ABOUT_PULL_REQUESTS = /pull[\s_-]?requests?|\bPRs?\b/i;

/**
 * Sections about something other than sending a change, even when a heading word matches: reviewing, what to
 * do once changes are requested or once the change is sent ("After submitting", "Once you've opened a PR"),
 * releases, issue reports.
 */
export const NOT_CHECKLIST = /review(?:er|ing)\b|lifecycle|after (?:your|the) (?:pr|pull request)|\b(?:after|once)\s+(?:you(?:'ve|\s+have)?\s+)?(?:submit|send|sent|open)\w*\b|\b(?:suggest|request)s?(?:ed)? (?:some )?changes\b|\bchanges (?:are |were |have been )?requested\b|triag|releas|backport|maintainer|reporting|bug report|issue template/i;

/**
 * A checklist heading that says whose or which checklist it is when that is not the contributor's before sending:
 * "Quick Start Checklist" (getting started), "Maintainer checklist", "Reviewer checklist", "Code review checklist"
 * (what the reviewer goes through; an author's "Self-review checklist" is the author's own).
 */
export const OTHER_CHECKLIST = /\b(?:quick\s*start|getting\s+started|onboarding|first\s+steps|maintainers?|reviewers?|release|merge\s+owners?|approvers?)\b|(?<!self[\s-])\breview\s+checklist\b/i;

/** A lead-in that places what follows before the change is sent ("Before submitting, ..."). */
export const BEFORE_SENDING = /\b(?:before|prior\s+to)\b/i;

/** A heading that names the checks themselves ("Pull request checklist", "Before submitting"): every list under it is one. */
export const NAMES_THE_CHECKS = new RegExp(
  String.raw`${CHECKLIST_WORD}|\b(?:before|prior to)\s+(?:you\s+)?(?:submit|send|open)(?!\w*\s+(?:an?\s+|the\s+|your\s+)?(?:new\s+)?${NOT_A_CHANGE}\b)|\b(?:pull[\s-]+requests?|prs?|patch(?:es)?|submissions?|contributions?)\s+(?:criteria|requirements)\b`,
  'i',
);
