/**
 * When a list applies, read from its lead-in and its items: before the change is sent (a checklist), while the work
 * is being done (guidance), at the contributor's option (a suggestion). Keyed on sentence shapes common to many guides, not on one guide's words.
 */

/**
 * A lead-in that names the ongoing work as its occasion ("When you're working on a component:", "While writing
 * code:", "When developing a plugin:"): how to do the work, not what to check before sending it. A condition on the
 * kind of change ("If adding a new feature:") is not one: its items are checks for that kind of change.
 */
const DURING_WORK =
  /^(?:when|while|whilst)\s+(?:you(?:'re|\s+are)\s+)?(?:working\s+on|writing|developing|coding|implementing|designing|editing|hacking\s+on)\b(?![^:]*\b(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?)\b)[^.]*:\s*$/i;

/**
 * A lead-in that places what follows at the start of the work ("Once you're ready to make changes:", "When you are
 * ready to start coding:"): the steps of doing it (branch, commit, push), not the checks before sending it.
 */
const STARTING_WORK = /^(?:once|when|after)\s+you(?:'re|\s+are|\s+feel)\s+ready\s+to\s+(?:make\s+(?:some\s+|your\s+)?(?:changes?|edits?)|start|begin|work|code|hack|dive\s+in)\b[^.]*:\s*$/i;

/**
 * A lead-in that offers a setup or a walkthrough of the tools ("we recommend the following setup:", "If you are new
 * to Git, ...:", "To set up your fork:"): how to get a working copy, once, not checks of a change.
 */
const SETUP_LEAD =
  /\b(?:the\s+following|this|a|our|recommended)\s+setup\b[^.]*:\s*$|^to\s+set\s*up\b[^.]*:\s*$|^if\s+you(?:'re|\s+are)\s+new\s+to\s+(?:git|github|gitlab|the\s+(?:\w+\s+)?(?:workflow|process)|\w+'s\s+(?:\w+\s+)?workflow)\b[^.]*:\s*$/i;

/** A lead-in that places its list before sending ("Before you submit, check this setup:") keeps it a checklist. */
const BEFORE = /\b(?:before|prior\s+to)\b/i;

/**
 * A setup lead-in whose object is the change being sent ("here is what we look for in every pull request:", "To set
 * up your pull request for a quick review:"): what the change must be, a checklist.
 */
const ABOUT_THE_CHANGE = /\b(?:pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?|submissions?|reviews?)\b/i;

export const namesOngoingWork = (lead: string): boolean =>
  DURING_WORK.test(lead.trim()) || (!BEFORE.test(lead) && (STARTING_WORK.test(lead.trim()) || (SETUP_LEAD.test(lead.trim()) && !ABOUT_THE_CHANGE.test(lead))));

/**
 * A lead-in that leaves what follows to the contributor ("Before creating a pull request, you might want to format
 * the code", "You may wish to run:", "Optionally, ..."): a suggestion, not a check asked for. "If you want to work on X:" is a condition, not an option.
 */
const AT_YOUR_OPTION = /\byou\s+(?:might|may|could)\s+(?:also\s+)?(?:want|wish|like)\s+to\b|^optionally\b/i;

export const leavesItOptional = (lead: string): boolean => AT_YOUR_OPTION.test(lead.trim());

/**
 * A lead-in that calls the list a checklist for some task ("Here's a checklist for creating a new step:"): with task
 * boxes to tick, a checklist the contributor goes through for that kind of change. Without boxes, such a lead-in
 * more often heads a procedure for one task (see CHECKLIST_INTRO).
 */
const NAMES_A_CHECKLIST = /\bchecklist\b/i;

export const callsItAChecklist = (lead: string): boolean => NAMES_A_CHECKLIST.test(lead);

interface ListItemLike {
  readonly kind: string;
  readonly text: string;
  readonly depth?: number;
  readonly ordered?: boolean;
  readonly listId?: number;
}

/**
 * A numbered step ending in a colon right before a list of another kind that is not indented under it ("3. Before
 * submitting, check the following:", then "- It is tested."): markdown and reStructuredText end the numbered list
 * there, the guide means the bullets as the step's own items.
 */
export const stepLeadsIntoList = (step: ListItemLike, list: ListItemLike): boolean =>
  step.depth === 0 && step.ordered === true && list.depth === 0 && list.ordered === false && /:\s*$/.test(step.text);

/**
 * A heading about getting a working copy ready ("Setting up", "Prerequisites", "Installation", "Development
 * environment", "Getting started"): what one needs before starting, once.
 */
const SETUP_HEADING = /\b(?:set(?:ting)?[\s-]?up|setup|prerequisites?|install(?:ation|ing)?|getting\s+started|(?:development|dev|local|build)\s+environment|tooling)\b/i;
/** A lead-in that names sending or the change ("before you submit", "your pull request"): a checklist wherever it stands. */
const NAMES_SENDING = /\b(?:before|prior\s+to|submit\w*|send\w*|pull[\s-]+requests?|PRs?|patch(?:es)?|merge\s+requests?|commit\w*|push\w*)\b/i;

/**
 * A lead-in that names no moment and no change ("Make sure you have:", "Please ensure that:") under a heading about
 * setting up: the prerequisites to install or have, not checks of a change before it is sent.
 */
export const prerequisitesOfSetup = (heading: string, lead: string): boolean => SETUP_HEADING.test(heading) && !NAMES_SENDING.test(lead);

/**
 * A lead-in about what must be installed ("Make sure the following tools are installed:", "You need these installed
 * first:", "Install the following:"), that names no moment of sending: prerequisites, under any heading, since guides
 * put them under "Overview" or "Contributing" as often as under "Setup". "Before you submit, make sure the hooks are
 * installed:" names the moment, and stays a checklist.
 */
// "Make sure your change still works when installed:" is a condition on the change, not a tool to install.
const INSTALLING = /\b(?:(?<!\b(?:when|once|if|after|as|while)\s+)installed|install\s+(?:the\s+following|these|them|first))\b/i;

export const asksForInstalls = (lead: string): boolean => INSTALLING.test(lead) && !NAMES_SENDING.test(lead);
