/**
 * How a guide frames a list: as the checks before sending a change, or as something a checklist heading does not
 * make one (a walkthrough of the mechanics, tips, an optional procedure). Keyed on the heading and the lead-in
 * sentence, not on one guide's wording.
 */

/**
 * A heading that names the route or tool a change is sent by ("Submitting a pull request via github.com",
 * "... via the command line", "Create your pull request from a new branch"): a walkthrough of how to do it, whose
 * steps are clicks and git commands, not checks of the change.
 */
const BY_MEANS_HEADING = /\b(?:pull requests?|prs?|patch(?:es)?|changes?|contributions?)\s+(?:via|through|using|from|by|on)\s+\S/i;

export const namesTheMeans = (heading: string): boolean => BY_MEANS_HEADING.test(heading);

/**
 * A lead-in that announces a procedure ("... with the following steps:", "Here is a summary of the steps to
 * follow:", "... as follows:"): numbered mechanics to go through once, not checks, unless the lead-in itself says
 * they come before sending (that is tested first).
 */
const STEPS_LEAD = /\b(?:the\s+following\s+steps|(?:these|the)\s+steps\s+(?:to\s+follow|below)|steps\s+to\s+follow|as\s+follows)\b[^.]*:\s*$/i;

/** A lead-in that is only a label for some other group ("**Tips**:", "Notes:", "Examples:", "See also:"). */
const LABEL_LEAD = /^[\W_]*(?:tips?|notes?|examples?|hints?|resources?|see\s+also|references?|links?|faqs?)[\W_]*$/i;

/**
 * A lead-in that says what the project will do with the change ("we'll be running your PR through the following
 * gauntlet:", "CI will check:"): the project's automation, not the contributor's checks.
 */
const PROJECT_WILL = /\b(?:we(?:'ll|\s+will)|(?:the\s+|our\s+)?(?:CI|bots?|GitHub\s+Actions)\s+will)\s+(?:be\s+)?(?:run|check|test|build|verify|put)\w*\b/i;

/**
 * A lead-in that calls the list guidelines, rules or conventions ("... so do familiarize yourself with the following
 * guidelines.", "Please follow these rules:"): standing rules for contributing, not the checks made before sending,
 * unless the lead-in itself says they come before sending (that is tested first).
 */
const GUIDELINES_LEAD = /\b(?:the\s+following|these|our|some|a\s+few)\s+(?:\w+\s+)?(?:guidelines|rules|conventions|policies|principles|best\s+practices)\b/i;

/**
 * A lead-in whose subject is the project's people or automation ("The maintainers will:", "A reviewer will then:",
 * "CI may:"): what they do with the change, not what the contributor checks.
 */
const OTHERS_DO = /^(?:then\s+|next,?\s+)?(?:the\s+|our\s+|a\s+|one\s+of\s+the\s+)?(?:maintainers?|reviewers?|core\s+team|team|bots?|CI|we)\s+(?:will|would|then|may|might|can|usually|typically)\b[^.]*:\s*$/i;

/** A lead-in to what a tool asks along the way ("Follow the prompts to:", "The wizard will ask you to:"). */
const TOOL_PROMPTS_LEAD = /\b(?:follow\s+(?:the\s+)?(?:prompts?|wizard|on-?screen\s+instructions)|(?:prompts?|wizard)\s+(?:will\s+)?asks?\s+you)\b[^.]*:\s*$/i;

/**
 * A lead-in that places what follows once the change is pushed or sent ("After you have committed your work, and pushed
 * it to GitHub, you can open a Pull Request", "Once your PR is opened:"): opening it and what comes after, not the
 * checks before sending.
 */
const ONCE_SENT_LEAD = /^(?:after|once|when)\b[^.]{0,80}?\b(?:pushed|opened|submitted|sent)\b/i;

/**
 * A lead-in that offers help rather than asks ("you may find these tools useful:", "the following resources might
 * help:", "Some handy commands:"): resources at hand, whatever moment it names ("When preparing your contribution,
 * ...").
 */
const HELP_LEAD =
  /\b(?:(?:may|might|could|will)\s+(?:also\s+)?find\b[^.]*\b(?:useful|helpful|handy)|(?:useful|helpful|handy)\s+(?:tools|resources|links|commands|tips|scripts)|(?:tools|resources|links|scripts)\s+(?:that\s+)?(?:may|might|could)\s+help)\b[^.]*:\s*$/i;

export const introducesOtherThanChecks = (lead: string): boolean =>
  HELP_LEAD.test(lead) ||
  ONCE_SENT_LEAD.test(lead.trim()) ||
  TOOL_PROMPTS_LEAD.test(lead) ||
  STEPS_LEAD.test(lead) || LABEL_LEAD.test(lead.trim()) || PROJECT_WILL.test(lead) || GUIDELINES_LEAD.test(lead) || OTHERS_DO.test(lead.trim());

/**
 * A lead-in offering a procedure one may choose ("it is possible to start the CI on a branch even before opening
 * a pull request as follows:"): its "before opening" is timing, not a condition for sending.
 */
const OPTIONAL_PROCEDURE = /\bit(?:'s|\s+is)\s+(?:also\s+)?possible\s+to\b/i;

export const offersAnOption = (lead: string): boolean => OPTIONAL_PROCEDURE.test(lead) || HELP_LEAD.test(lead);

/**
 * A lead-in that adds to the list before it ("Testing is also important:", "Also make sure:"): in the same section
 * right after a checklist, it continues that checklist.
 */
const CONTINUES_LEAD = /\b(?:also|as well|in addition|additionally|moreover)\b[^.]*:\s*$/i;

export const continuesPreviousList = (lead: string): boolean => CONTINUES_LEAD.test(lead);

/**
 * A sentence too short to say what it leads into ("In particular:", "Specifically:", "That is:"): the sentence
 * before it carries the framing.
 */
const MAX_CONNECTIVE_WORDS = 3;

export const isConnective = (sentence: string): boolean => /:\s*$/.test(sentence) && sentence.trim().split(/\s+/).length <= MAX_CONNECTIVE_WORDS;

/**
 * A template's plain (box-less) list item that asks the author to have checked something ("Make sure you have
 * read CONTRIBUTING.md", "Do not submit draft pull requests unless asked"): a check even without a box. Other plain
 * items ("Describe here the reasons...") say what to write in the description.
 */
const CHECK_WORDING = /^(?:\*\*|_)?(?:please\s+)?(?:make\s+sure|ensure|double[\s-]check|verify\s+that|confirm\s+that|check\s+that|do\s+not|don'?t)\b/i;

export const asksForACheck = (text: string): boolean => CHECK_WORDING.test(text);

/**
 * An item that is one of the mechanics of sending: a bare git command, forking, cloning, pushing, clicking, or
 * opening the pull request itself. A list of nothing else is how to send, not what to check first.
 */
const MECHANIC = /^[\W_]*(?:`?git\s+\w+|fork\b|clone\b|push\b|click\b|navigate\b|(?:open|send|create|submit|file)\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:descriptive\s+|new\s+)?\[?(?:pull[\s-]+request|PR)\b)/i;

/** A step that is the sending itself: "Create your PR!", "Open a pull request", "Submit the patch". */
const SENDING = /^[\W_]*(?:(?:open|send|create|submit|file)\w*\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:new\s+)?\[?(?:pull[\s-]+request|PR|patch|merge\s+request)s?\b)/i;

/**
 * An AsciiDoc link macro opening an item ("https://help.github.com/fork[Fork the repository].", "link:docs/x.adoc[Open
 * a pull request]"): AsciiDoc's form of markdown's "[Fork the repository](url)", which the patterns above already
 * read through; its target is dropped so the words the reader sees come first, as in markdown.
 */
const LEADING_ADOC_MACRO = /^[\W_]*?(?:(?:https?|link|xref|mailto):[^\s[\]]{1,2000})\[(?=[^\]]*\])/i;
// Emphasis marks at a word's edge ("Submit a _Pull Request_", "**Open** a PR") are dropped the same way.
const asShown = (text: string): string => text.replace(LEADING_ADOC_MACRO, '[').replace(/(?<![A-Za-z0-9])[*_]+|[*_]+(?![A-Za-z0-9])/g, '');

export const sendsTheChange = (text: string): boolean => SENDING.test(asShown(text));

export const onlyMechanics = (texts: readonly string[]): boolean => texts.length > 0 && texts.every((t) => MECHANIC.test(asShown(t)));

/** Signing the project's agreement ("Sign and submit the Contributor License Agreement", "Sign the CLA"): done once, by paperwork. */
const SIGNS_AGREEMENT = /^[\W_]*(?:please\s+)?sign\b[^.]{0,60}\b(?:CLA|ICLA|CCLA|DCO|(?:contributor(?:'s)?\s+)?licen[cs]e\s+agreement|contributor\s+agreement)\b/i;

/**
 * A list whose steps up to the one that sends the change are only paperwork and mechanics ("Sign the CLA", "Push to a
 * topic branch", "Submit a pull request", then "Update your ticket with a link"): how to send a change, which the
 * items after the sending step follow up, with nothing to check about the change itself.
 */
export const sendingProcedure = (texts: readonly string[]): boolean => {
  const k = texts.findIndex((t) => SENDING.test(asShown(t)));
  return k >= 1 && texts.slice(0, k).every((t) => MECHANIC.test(asShown(t)) || SIGNS_AGREEMENT.test(t)) && !texts.slice(k + 1).some((t) => CHECKS_THE_CHANGE.test(t));
};

/** A step after sending that still checks the change ("Make sure the CI passes", "Run the tests again"): a checklist after all. */
const CHECKS_THE_CHANGE = /\b(?:tests?|CI|builds?|lint\w*|pass(?:es|ing)?|green)\b/i;

/**
 * A list that starts by forking or cloning the repository and goes on to pushing or opening the pull request walks
 * through contributing from beginning to end (fork, clone, branch, commit, push, open): the workflow, not the
 * checks made before sending.
 */
// ("Create a GitHub account", "Sign up for GitHub": the workflow from before the fork.)
// ("Create a GitHub account", "Sign up on GitHub", "Register a GitLab account": the workflow from before the fork; not
// "Get your GitHub handle into CONTRIBUTORS.md".)
const STARTS_FROM_SCRATCH = /^[\W_\d.]*(?:please\s+)?(?:(?:fork|clone)(?:\]\([^)]*\))?\b(?!\s+(?:of|from)\b)|(?:create|make|get|set\s+up|open|register)\s+(?:a\s+|an\s+|your\s+)?\[?git(?:hub|lab)\]?(?:\([^)]*\))?\s+account\b|(?:create|make|open|register)\s+an\s+account\s+(?:on|at|with)\s+\[?git(?:hub|lab)\b|sign\s+up\s+(?:for|on|at|with)\s+\[?git(?:hub|lab)\b)/i;
const SENDS = /\bpush\b|\b(?:open|send|create|submit|file)\w*\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:descriptive\s+|new\s+)?\[?(?:pull[\s-]+request|merge\s+request|PR|MR)\b/i;

export const wholeWorkflow = (items: readonly string[]): boolean =>
  items.length > 1 && STARTS_FROM_SCRATCH.test(asShown(items[0])) && items.slice(1).some((t) => SENDS.test(t));

/**
 * A subsection about how code is written ("Coding style", "Naming conventions", "Formatting") inside a section
 * about sending: its list is rules for the code, not the checks before sending, unless its heading says so.
 */
const ABOUT_THE_CODE = /\b(?:style|conventions?|standards?|formatting|naming|idioms?|best\s+practices|design|architecture|api\s+guidelines)\b/i;

export const aboutTheCode = (heading: string): boolean => ABOUT_THE_CODE.test(heading) && !/\bchecklist\b/i.test(heading);

/**
 * A lead-in that names the moment of sending but whose main clause is someone else's doing ("When you submit a pull
 * request, a maintainer will:", "When you open a PR, our CI will run:"): what they do with the change, not what the
 * contributor checks before sending.
 */
const OTHERS_ACT_ON_SENDING =
  /,\s*(?:then\s+)?(?:the\s+|our\s+|a\s+|one\s+of\s+the\s+)?(?:maintainers?|reviewers?|core\s+team|team|bots?|CI|we|GitHub\s+Actions?)\s+(?:will|would|may|might|then|usually|typically|automatically)\b[^,]*:\s*$/i;

export const othersActOnSending = (lead: string): boolean => OTHERS_ACT_ON_SENDING.test(lead);
