/**
 * The numbered procedure a section about pull requests opens with ("## Pull requests", "We welcome your pull
 * requests.", then "1. Fork the repo and branch from `main`. 2. Add tests. 3. Update the docs. 4. Ensure the test
 * suite passes."): steps taken before the pull request is sent, ending in the checks that must pass, so a checklist
 * even though no heading or lead-in names one. Bulleted the same way ("- Include tests. - Make sure `make lint`
 * passes. - Update the docs.") it asks the same; numbered or not, every item must ask and one must ask for passing checks. A numbered list that does not ask for passing checks is a walkthrough
 * (or, when it reaches pushing and opening the pull request, the whole workflow: see checklistFraming).
 */
import { asksOfContributor } from './checklistAsks';

/** A section titled for pull requests themselves ("Pull requests", "Submitting PRs", "Your first pull request"). */
const PULL_REQUEST_SECTION = /\b(?:pull[\s_-]?requests?|PRs?)\s*$/i;

/** An item that asks for the project's checks to pass: "Ensure the test suite passes.", "Make sure your code lints." */
const CHECKS_PASS =
  /^[\W_]*(?:please\s+)?(?:ensure|make\s+sure|verify|check|confirm)\b[^.]{0,60}\b(?:pass(?:es)?|succeeds?|lints?|is\s+(?:clean|green)|are\s+(?:clean|green)|builds?)\b/i;

/** The procedure's last step, sending the change: "Issue that pull request!", "Submit the pull request." */
const SENDS_THE_PULL_REQUEST = /^[\W_]*(?:then\s+)?(?:issue|open|submit|send|create|file|make)\s+(?:that|the|your|a)\s+(?:pull[\s-]+request|PR|merge\s+request)\b/i;
/** A step asked where it applies, with no comma after the condition: "If applicable add relevant change information to the changelog". */
const ASKED_WHERE_IT_APPLIES = /^[\W_]*if\s+(?:applicable|needed|necessary|relevant|appropriate)\s*,?\s+(?:add|update|include|write|run|document|mention)\b/i;

/**
 * The items (top-level texts, in order) make such a procedure: at least three steps, one asking for passing checks, and
 * every other one asking too, or sending the pull request at the end (the widely copied "6. Issue that pull request!").
 */
export function proceduresToPassingChecks(heading: string, items: readonly string[]): boolean {
  if (items.length < 3 || !PULL_REQUEST_SECTION.test(heading)) return false;
  const last = items.length - 1;
  return items.some((t) => CHECKS_PASS.test(t)) && items.every((t, i) => asksOfContributor(t) || ASKED_WHERE_IT_APPLIES.test(t) || (i === last && SENDS_THE_PULL_REQUEST.test(t)));
}
