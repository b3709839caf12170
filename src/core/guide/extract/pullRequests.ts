import { Found } from '../facts';
import { Sources, sourceOf } from '../sources';
import { allMatches, findProse, mentions, plain, underHeading } from './text';

const PRS = String.raw`(?:github\s+)?(?:pull[\s-]requests|PRs|merge\s+requests)`;
/** A condition after the refusal makes it a rule about some pull requests, not all: "... without tests", "... unless". */
const UNLESS = String.raw`(?!\s*(?:that|which|with|without|unless|if|for|from|until|after|when|before|\w+ing)\b)`;
/** Where the refused pull requests are made: "Pull requests submitted through GitHub are not monitored". */
const VIA_A_MIRROR = String.raw`(?:\s+(?:(?:submitted|sent|opened|made|created)\s+)?(?:through|via|on|to|at|against)\s+(?:the\s+)?(?:github|gitlab|this\s+(?:repository|repo|mirror)|the\s+mirror)(?:\s+(?:repository|repo|mirror))?)?`;
/** "… via GitHub", "… to this repository": where a pull request is not to be opened. */
const VIA_WHERE = String.raw`(?:\s+(?:through|via|on|to|at|against|in)\s+(?:the\s+)?(?:github|gitlab|this\s+(?:repository|repo|mirror)|the\s+mirror)(?:\s+(?:repository|repo|mirror))?)?`;
/**
 * "We don't accept pull requests", "PRs are not accepted here", "pull requests will be closed without review".
 * Read from the plain prose, where typographic apostrophes are already straight.
 */
const REFUSES_PRS = new RegExp(
  // ("We are unfortunately unable to accept GitHub pull requests": "unable to" refuses as "do not" does.)
  String.raw`\b(?:(?:do|does|will|can)\s*not|don't|doesn't|won't|can't|never|(?:are|is|am)\s+(?:\w+\s+)?unable\s+to)\s+(?:accept|take|merge|review|use)\s+(?:any\s+)?${PRS}\b${UNLESS}` +
    // "Please do not submit a pull request via GitHub." (a mirror's template): the contributor told not to open one,
    // the clause ending there ("Don't open pull requests you cannot explain" limits which ones).
    String.raw`|\b(?:please\s+)?(?:do\s+not|don't|never)\s+(?:submit|open|send|create|file)\s+(?:an?\s+|any\s+)?(?:github\s+)?(?:pull[\s-]requests?|PRs?|merge\s+requests?)${VIA_WHERE}(?:\s+here)?(?=\s*(?:[.;:!,()\u2013\u2014-]|$|(?:as|since|because|but|instead)\b))` +
    String.raw`|\b${PRS}${VIA_A_MIRROR}\s+(?:are|will\s+be|get)\s+(?:not\s+(?:accepted|taken|merged|reviewed|used|monitored|looked\s+at|considered)|ignored|closed\s+(?:automatically|without\s+review))\b${UNLESS}` +
    String.raw`|\b${PRS}\s+(?:aren't|won't\s+be)\s+(?:accepted|taken|merged|reviewed|used)\b${UNLESS}` +
    // "Please send patches to the mailing list rather than opening GitHub pull requests": patches in their place.
    String.raw`|\b(?:send|mail|post|submit|e-?mail)\w*\s+(?:your\s+|the\s+|all\s+)?patch(?:es|sets?)?\s+(?:to|via|by|over)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:mailing\s+list|e-?mail|list|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[^.]{0,60}?\b(?:rather\s+than|instead\s+of)\s+(?:opening|sending|submitting|creating|filing|using)\s+(?:a\s+|any\s+)?(?:github\s+)?(?:pull[\s-]requests?|PRs?)\b(?![^.]{0,40}\bif\s+you\s+(?:prefer|like|want))` +
    // "Pull requests opened there will be closed", "PRs on GitHub will be closed; please use Gerrit": where they are
    // opened is said, and they are closed whatever they hold.
    String.raw`|\b${PRS}\s+(?:(?:opened|submitted|sent|made|created)\s+)?(?:there|here|(?:on|to|at|against|in|via|through)\s+(?:the\s+)?(?:github|gitlab|this\s+(?:repository|repo|mirror)|the\s+mirror))\s+(?:are|will\s+be|get)\s+(?:closed|ignored|rejected)(?=\s*(?:[.;:!,\u2013\u2014]|$))` +
    // "We do not accept pull requests from people outside the core team.": every newcomer is outside it; the clause
    // ends there (no "until", "for", "unless" after it).
    String.raw`|\b(?:(?:do|does|will|can)\s*not|don't|won't|never)\s+accept\s+(?:any\s+)?${PRS}\s+from\s+(?:(?:people|anyone|contributors|developers)\s+)?(?:outside\s+(?:of\s+)?(?:the|our)\s+(?:core\s+)?(?:team|project|maintainers|organi[sz]ation|company)|external\s+contributors|the\s+public|non-?members)(?=\s*(?:[.;!]|$))` +
    // "Pull requests in this repository cannot be merged", "PRs opened here can never be merged" (a mirror whose changes
    // go through another review system). The place must be said: "Draft pull requests cannot be merged" or "... cannot be
    // merged by anyone without write access" is a rule about some pull requests, not a refusal.
    String.raw`|\b${PRS}(?:\s+(?:(?:opened|submitted|sent|made|created)\s+)?(?:here|(?:in|on|to|at|against)\s+(?:this\s+(?:repository|repo|mirror)|the\s+mirror|github|gitlab)))\s+(?:cannot|can't|can\s+not|can\s+never|will\s+never)\s+be\s+(?:accepted|merged|taken|reviewed)\b(?!\s*,?\s*(?:that|which|with|without|unless|if|for|from|until|after|when|before|while|by|as\s+long|automatically|\w+ing)\b)`,
  'i',
);
/**
 * A sentence that takes pull requests after all ("Patches can be submitted as pull requests", "we accept pull
 * requests", "pull requests are welcome"): written after a refusal, it corrects or narrows it.
 */
const TAKES_PRS = new RegExp(
  String.raw`\b(?:can|may|should)\s+be\s+(?:submitted|sent|opened|proposed)\s+(?:as|via|through)\s+(?:an?\s+)?(?:github\s+)?(?:pull[\s-]requests?|PRs?|merge\s+requests?)\b` +
    String.raw`|\b(?:we|maintainers)\s+(?:gladly\s+|happily\s+|do\s+)?(?:accept|welcome|review)\s+(?:github\s+)?(?:pull[\s-]requests|PRs)\b${UNLESS}` +
    String.raw`|\b(?:pull[\s-]requests|PRs)\s+are\s+(?:welcome|accepted)\b${UNLESS}`,
  'i',
);

/**
 * The forge turned away as the place for changes: "the Git community does not use github.com for their
 * contributions", "we don't use GitLab for code review" (a mirror; the changes go elsewhere).
 */
const NOT_ON_FORGE = /\b(?:does\s+not|doesn't|do\s+not|don't|never)\s+use\s+(?:github|gitlab)(?:\.com)?\s+for\s+(?:(?:their|its|our|the|any)\s+)?(?:contributions|code\s+submissions|submissions|patches|development|code\s+reviews?|reviews?)\b(?!\s+(?:discussions?|questions?|chats?|talk))/i;
const FORGE_WORDS = ['github', 'gitlab'];
/**
 * This repository said to be a read-only mirror ("This GitHub repository is a read-only mirror", "this repo is only a
 * mirror of ..."): changes are sent where the project really lives, not as pull requests here. A folder or another
 * host said to be a mirror ("`third_party/zlib` is a read-only mirror", "a mirror lives on Codeberg") is not.
 */
const MIRROR_ONLY = /\b(?:(?:this|our)\s+(?:github\s+|gitlab\s+)?(?:repository|repo|project)|the\s+github\s+(?:repository|repo|project)|the\s+(?:repository|repo|project)\s+on\s+github)\s+is\s+(?:only\s+|just\s+|merely\s+)?an?\s+(?:read[-\s]only\s+)?mirror\b/i;
const MIRROR_WORDS = ['mirror'];

/** Words every refusal needs (each of its forms names pull or merge requests). */
const PRS_WORDS = ['pull', 'prs', 'merge'];
/**
 * "I am not accepting external contributions at this time", "We're not currently accepting pull requests", "Contributions
 * are not being accepted", "Pull requests and GitHub issues are not accepted": the project takes no changes from outside. A condition after it ("... without an issue", "...
 * directly to the translations") makes it a rule about some; so does a kind named before the noun ("Purely agentic
 * contributions are not accepted"), and a subject other than the project ("The 1.x line is no longer accepting patches").
 */
const NOT_ACCEPTING = new RegExp(
  String.raw`\b(?:(?:we|I|this\s+(?:project|repository|repo|library|package|tool)|the\s+(?:project|maintainers?|team))(?:\s+(?:am|are|is)\s+not|\s+(?:am|are|is)\s+no\s+longer|'re\s+not|'m\s+not|\s+aren't|\s+isn't)\s+(?:currently\s+|actively\s+)?(?:accepting|taking|looking\s+for)\s+(?:any\s+)?(?:(?:external|outside|third[\s-]party|community|new|code)\s+){0,2}(?:contributions|pull[\s-]requests|PRs|patches|merge\s+requests)|(?<![\w,]\s)(?:GitHub\s+|external\s+|outside\s+|new\s+)?(?:contributions|pull[\s-]requests|PRs|patches|merge\s+requests)(?:\s+(?:and|or|&)\s+(?:GitHub\s+)?(?:issues|contributions|pull[\s-]requests|PRs|patches))?\s+(?:are|is)\s+not\s+(?:being\s+|currently\s+)?(?:accepted|taken))\b${UNLESS}(?!\s*(?:directly|to|on|in|into|against|through|via|here|by)\b)`,
  'i',
);
const ACCEPTING_WORDS = ['accepting', 'taking', 'looking', 'accepted'];

/**
 * Patch-based review: Gerrit changes ("CLs"), patches mailed to a list ("post that patch to the list"), patches that
 * must apply with `git am` (the maintainers' side of a mailed patch), patches reviewed on the mailing list (which
 * alone is enough to call the list the review system, LIST_REVIEW).
 */
const LIST_REVIEW_SOURCE = String.raw`\bpatch(?:es)?\s+(?:are|get|will\s+be)\s+(?:reviewed|discussed)\s+on\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?mailing\s+list\b`;
// (A sentence may open with the verb: "Send patches to the list", "Patches are sent to ...". Patches sent "to the
// `develop` branch" go to a branch of the forge, by pull request: that is no patch flow.)
const NOT_A_BRANCH = String.raw`(?!\s+(?:the\s+)?(?:\x60[^\x60\n]{1,40}\x60|[\w./-]{1,40})\s+branch\b)`;
/** "Then attach your patch to the ticket": patches go to the tracker, a flow of its own. */
const ATTACHED_TO_TICKET_SOURCE = String.raw`\b[Aa]ttach\s+(?:your\s+|the\s+)?patch(?:es)?\s+to\s+(?:the\s+|a\s+|your\s+)?(?:ticket|issue|bug(?:\s+report)?)\b`;
const PATCH_FLOW = new RegExp(String.raw`\b[Gg]errit\b|\bCLs?\b|\bgit\s+send-email\b|\bgit\s+format-patch\b|\bgit\s+am\b|\b(?:[Ss]end|[Mm]ail|[Pp]ost)(?:ing)?\s+(?:your\s+|the\s+|that\s+|this\s+|these\s+|those\s+|all\s+)?patch(?:es)?(?:\s+using\s+(?:\x60[^\x60]{1,40}\x60|git\s+send-email))?\s+to\b${NOT_A_BRANCH}|\b[Pp]atch(?:es)?\s+(?:are|should\s+be|must\s+be|can\s+be)\s+(?:sent|mailed|posted|e-?mailed|submitted)\s+to\b${NOT_A_BRANCH}|\b[Ss]ubmit(?:ting)?\s+(?:your\s+)?patch(?:es)?\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mailing\s+)?list\b|\bas\s+patches\s+(?:(?:via|by|over)\s+e-?mail\s+)?to\b|${ATTACHED_TO_TICKET_SOURCE}|\b[Pp]habricator\b|\barc\s+diff\b|\brefs\/for\/|${LIST_REVIEW_SOURCE}`);
/** The project's review system named as such: "uses Gerrit for code review", "code review happens on Gerrit". */
const REVIEW_SYSTEM =
  /\b(?:uses?|using)\s+(?:Gerrit|Phabricator)\s+(?:for|as)\s+(?:(?:its|our|the)\s+)?(?:code\s+)?(?:reviews?|changes|patches|contributions)\b|\breviews?\s+(?:happens?|takes?\s+place|is\s+done)\s+(?:on|in|through)\s+(?:Gerrit|Phabricator)\b|\b(?:all\s+)?(?:changes|patches|contributions)\s+(?:go|goes|are\s+sent)\s+(?:through|via)\s+(?:Gerrit|Phabricator)\b|\brefs\/for\//i;
/** The mailing list named as where patches are reviewed: the list is the review system ("Patches are reviewed on the mailing list"). */
const LIST_REVIEW = new RegExp(LIST_REVIEW_SOURCE, 'i');
/** Changes taken in through the review system alone: "Contributions are accepted through our Gerrit instance only". */
const ONLY_THROUGH = /\b(?:accepted|submitted|reviewed|taken)\s+(?:only\s+)?(?:through|via|on|in)\s+(?:our\s+|the\s+)?(?:Gerrit|Phabricator)\b/i;
/**
 * A section about sending patches ("Submitting patches", "Sending patches", "Patch submission"): a patch flow set
 * out under it is the section's subject, not a passing mention.
 */
const PATCH_SECTION = /\bpatch(?:es)?\b/i;
/** A patch flow offered beside pull requests: "you may also mail patches", "alternatively", "if you prefer". */
const ANOTHER_WAY = /\b(?:alternatively|as\s+an\s+alternative|(?:can|may)\s+also|if\s+you\s+(?:cannot|can't|can\s+not|don't|do\s+not|prefer|would\s+rather|like))\b/i;
/** PATCH_FLOW, every match. */
const PATCH_FLOW_ALL = new RegExp(PATCH_FLOW.source, 'g');
/**
 * "Send patches to the mailing list pelt-devel@lists.example.org", "mail your patches to dev@example.org": a list or an
 * address as where patches go names the review system, as "patches are reviewed on the list" does.
 */
// ("Send patches using `git send-email` to the linux-gpio mailing list", "Contributions should be sent as patches via
// email to tools@kernel.org": the tool or the medium may stand before the list or the address.)
const SENT_TO_LIST = /\b(?:(?:send|mail|post|submit|e-?mail)\w*\s+(?:your\s+|the\s+|all\s+)?patch(?:es|sets?)?|patch(?:es|sets?)?\s+(?:should|must|can)\s+be\s+(?:sent|mailed|posted|submitted|e-?mailed)|\b(?:sent|submitted|mailed)\s+as\s+patch(?:es|sets?)?)(?:\s+(?:using|with|via|by|over)\s+(?:`[^`]{1,40}`|e-?mail|git\s+send-email))?\s+to\s+(?:(?:the|our)\s+(?:(?:project(?:'s)?|dev(?:el)?|development|developers?(?:')?|hackers|[\w-]{2,30})\s+)?mailing\s+list\b|(?!security@|secure@|vulnerabilit)[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)/i;
/** "We take patches by email only", "patches are only accepted via the mailing list": mail is the one way in. */
const BY_MAIL_ONLY = /\bpatch(?:es|sets?)?\s+(?:(?:are\s+)?only\s+(?:accepted|taken)\s+)?(?:by|via|over|through)\s+(?:e-?mail|(?:the\s+|our\s+)?mailing\s+list)(?:\s+only)?\b(?<=only\b|(?:accepted|taken)\s+(?:by|via|over|through)\s+(?:e-?mail|(?:the\s+|our\s+)?mailing\s+list))/i;
/** Words (lowercase) one of which PATCH_FLOW needs. */
const PATCH_WORDS = ['gerrit', 'cl', 'patch', 'send-email', 'phabricator', 'arc diff', 'refs/for/', 'git am'];
/** Code of another project kept here ("`third_party/zlite` is copied from upstream"): its list takes its patches. */
const ANOTHER_PROJECT = /\b(?:upstream|vendored|third[-_\s]party|copied\s+from|bundled)\b/i;
const ATTACHED_TO_TICKET = new RegExp(ATTACHED_TO_TICKET_SOURCE, 'i');
const PULL_REQUEST = /\bpull[\s-]requests?\b|\bPRs?\b|\bmerge\s+requests?\b/i;

/**
 * False when the guide says pull requests are not taken or its whole flow is patches for Gerrit or a mailing
 * list; true when it speaks of pull requests or the repository has a PR template; otherwise unknown.
 */
export function acceptsPullRequests(sources: Sources): Found<boolean> | null {
  // The guide's word first, then a template's: a mirror's template may be the only place that turns pull requests away.
  const refused =
    findProse(sources.guideFlow, REFUSES_PRS, undefined, PRS_WORDS) ??
    findProse(sources.guideFlow, NOT_ACCEPTING, undefined, ACCEPTING_WORDS) ?? findProse(sources.templateFlow, REFUSES_PRS, undefined, PRS_WORDS) ?? findProse(sources.guideFlow, NOT_ON_FORGE, undefined, FORGE_WORDS) ?? findProse(sources.guideFlow, MIRROR_ONLY, undefined, MIRROR_WORDS) ?? findProse(sources.templateFlow, MIRROR_ONLY, undefined, MIRROR_WORDS);
  if (refused) {
    // The refusal stands unless a later sentence (any sentence of the guide, for a template's) takes pull requests after all.
    const after = sources.guideFlow.slice(Math.max(0, sources.guideFlow.indexOf(refused.at)));
    const corrected = findProse(after, TAKES_PRS);
    return corrected ? { value: true, source: sourceOf(corrected.at) } : { value: false, source: sourceOf(refused.at) };
  }
  let patchSignals = 0;
  let firstPatch = null;
  let firstPr = null;
  for (const l of sources.guideFlow) {
    const text = plain(l.block);
    // "If you cannot use GitHub, you may also mail patches": a second way beside pull requests, not the way.
    if (mentions(l.block, PATCH_WORDS) && PATCH_FLOW.test(text) && !ANOTHER_WAY.test(text)) {
      // "This project uses Gerrit for code review": one sentence that names the review system says it all.
      // Two ways of the patch flow in one block ("patches are sent to the list, made with git format-patch") set it out too.
      // ("Then attach your patch to the ticket": patches go to the tracker, a flow of its own.)
      const strong = ATTACHED_TO_TICKET.test(text) || REVIEW_SYSTEM.test(text) || LIST_REVIEW.test(text) || (SENT_TO_LIST.test(text) && !ANOTHER_PROJECT.test(text)) || (BY_MAIL_ONLY.test(text) && !/\bsecurity\b|\bvulnerab/i.test(text)) || ONLY_THROUGH.test(text) || underHeading(l, PATCH_SECTION) || allMatches(text, PATCH_FLOW_ALL).length >= 2;
      patchSignals += strong ? 2 : 1;
      firstPatch ??= l;
    }
    if (!firstPr && PULL_REQUEST.test(text)) firstPr = l;
  }
  // A patch flow the material sets out before it ever names a pull request (then only in passing: "a patch
  // submitted somewhere other than the list, such as a GitHub pull request") is the way changes go in.
  const patchFirst = firstPatch !== null && (firstPr === null || sources.guideFlow.indexOf(firstPatch) < sources.guideFlow.indexOf(firstPr));
  if (patchFirst && firstPatch && patchSignals >= 2) return { value: false, source: sourceOf(firstPatch) };
  if (firstPr) return { value: true, source: sourceOf(firstPr) };
  const template = sources.templates[0];
  if (template) return { value: true, source: { file: template.path, line: 1 } };
  return null;
}
