/**
 * Finer readings of a lead-in or heading than the word lists of checklistWording.ts: a purpose clause that names the
 * review only to say why the checks help it, and a "Requirements" subsection of a section about pull requests.
 */
import { NOT_CHECKLIST } from './checklistWording';

/**
 * An opening purpose clause about easing the review of the contributor's change ("In order to ease the reviewing
 * process, ...", "To speed up reviews, ...", "To help the reviewers, ..."): it says why the checks that follow help,
 * not that the list is the reviewers' own.
 */
const EASES_REVIEW =
  /^(?:in\s+order\s+)?to\s+(?:ease|speed\s+up|simplify|help|facilitate|make|smooth(?:en)?|streamline|accelerate|expedite|shorten)\b[^,.]{0,80}?\breview\w*\b[^,.]{0,40},\s*/i;

/**
 * Whether a lead-in places its list in another occasion (reviewing, releasing, reporting): NOT_CHECKLIST on what the
 * sentence asks, after any opening clause that only names the review as the purpose of the checks.
 */
export const leadAboutOtherOccasion = (lead: string): boolean => NOT_CHECKLIST.test(lead.replace(EASES_REVIEW, ''));

/** A heading that names only requirements or criteria ("Minimum requirements", "Acceptance criteria"). */
const REQUIREMENTS_ONLY = /^(?:(?:minimum|minimal|basic|general|acceptance|merge|submission)\s+)?(?:requirements|criteria)$/i;
/** A section about pull requests or patches ("Making good pull requests", "Patches"). */
const ABOUT_CHANGES_SENT = /\b(?:pull[\s-]requests?|PRs?|patch(?:es)?|merge\s+requests?)\b/i;

/**
 * A "Requirements" subsection of a section about pull requests ("Making good pull requests" > "Minimum
 * requirements"): what each pull request must meet, as a "Pull request requirements" heading says in one line.
 */
export const requirementsOfChanges = (sections: readonly string[]): boolean => {
  const heading = sections[sections.length - 1] ?? '';
  const parent = sections[sections.length - 2] ?? '';
  return REQUIREMENTS_ONLY.test(heading.trim()) && ABOUT_CHANGES_SENT.test(parent) && !NOT_CHECKLIST.test(parent);
};

/**
 * A heading about reviewing or merging others' changes ("Code review", "Review process", "Merging pull requests",
 * "Landing a patch", "For reviewers"): its lists are what reviewers and maintainers check, whatever a lead-in says
 * ("Before you submit your review, make sure that:"). NOT_CHECKLIST already takes "Reviewing" and "Reviewer".
 */
const OTHERS_OCCASION_HEADING =
  /\bcode\s+reviews?\b|\breview\s+(?:process|guidelines?|polic(?:y|ies))\b|^[\W_]*(?:merging|landing)\b|\b(?:merging|landing)\s+(?:a\s+|the\s+)?(?:pull[\s-]+requests?|PRs?|patch(?:es)?|changes?|contributions?)\b|\bfor\s+(?:reviewers|maintainers|committers)\b/i;

export const othersOccasionHeading = (heading: string): boolean => OTHERS_OCCASION_HEADING.test(heading);

/**
 * A heading about reporting or asking rather than changing ("Found a bug?", "Feature requests", "Have a question?",
 * "Security", "Support"): what its lists ask before one submits is a report, even when the lead-in names no object
 * ("Before you submit, please make sure:"). A heading that names a change ("Bug fixes", "Submitting a new feature or
 * bug fix", "Did you write a patch that fixes a bug?") is about sending one.
 */
const REPORTING =
  /\b(?:bugs?|feature\s+requests?|(?:suggest|request|propos)\w*\s+(?:an?\s+|new\s+)?(?:features?|enhancements?|ideas?)|enhancement\s+(?:suggestions?|requests?)|questions?|security|vulnerabilit(?:y|ies)|support|problems?|troubleshoot\w*|(?:need|get\w*|ask\w*\s+for)\s+help)\b/i;
const NAMES_A_CHANGE = /\b(?:fix\w*|patch\w*|pull[\s-]requests?|PRs?|merge\s+requests?|changes?|code|implement\w*|contribut\w*|new\s+features?|add\w*|writ\w*)\b/i;

export const aboutReporting = (sections: readonly string[]): boolean => {
  const heading = sections[sections.length - 1] ?? '';
  if (NAMES_A_CHANGE.test(heading)) return false;
  const enclosing = sections[sections.length - 2] ?? '';
  return REPORTING.test(heading) || (REPORTING.test(enclosing) && !NAMES_A_CHANGE.test(enclosing));
};

/**
 * A heading about how commit messages are written ("Commit messages", "Commit message guidelines", "Commit
 * conventions"): its lists are the format of a message (mood, length, references), set out for the commit tools,
 * not the checks before sending, even after "Before committing, make sure your message follows these rules:".
 */
const COMMIT_MESSAGE_HEADING = /\bcommit(?:\s+|-)?(?:messages?|conventions?|guidelines?|format(?:ting)?|style|titles?|subjects?|rules)\b|\b(?:writing|formatting)\s+(?:good\s+)?commits?\b/i;

export const aboutCommitMessages = (heading: string): boolean => COMMIT_MESSAGE_HEADING.test(heading);
