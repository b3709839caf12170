/**
 * A code span handed over as the tool a passive or purpose clause is done with: "Constraints can be checked with
 * `yarn constraints`, and fixed with `yarn constraints --fix`", "You may fix most of the issues with
 * `vendor/bin/phpcbf`", "Style violations can be fixed using `mvn spotless:apply`". The clause's verb says the
 * phase (checking, fixing or formatting is lint; testing is test) and "with", "using" or "via" names the tool; the
 * span is then a step though no verb of running stands before it.
 *
 * Seen in guides of different ecosystems (a JavaScript monorepo's constraints, a PHP coding standard, a Java
 * formatter plugin); the wording is the ordinary English of a contribution guide's style section, not one project's.
 */
import type { CommandKind } from './commands';

/**
 * The clause right before a span: a verb of checking, fixing or testing (as an infinitive after a modal, a passive
 * participle, a bare imperative, a task box's short subject and participle: "Code formatted with", or its first person
 * done: "I have tested this code locally with"), up to six words (its object, "automatically", "most of the issues"), then the
 * tool cue. "fixed a bug in the comparison with `x`" is a changelog line: it is not a clause about doing the step
 * (a modal or "be" must stand before a past form).
 */
const CHECKED_WITH =
  /(?:\b(?:can|could|may|might|should|must|will|to|please|be|are|is|get|gets|have|has|ve)\s+(?:be\s+|been\s+)?(?:(?:automatically|easily|also|then|all|quickly|locally)\s+)?(?:checked|fixed|verified|validated|formatted|reformatted|linted|autofixed|tested|check|fix|verify|validate|format|reformat|lint|autofix|test)|^\s*(?:check|fix|verify|validate|format|reformat|lint|autofix|test|checked|fixed|formatted|reformatted|linted|autofixed)|^\s*(?:(?![\w'-]+ly\b|I\b|we\b|you\b)[\w'-]{1,30}\s+){1,3}(?:formatted|reformatted|linted|tested))\b(?:\s+[\w'-]{1,30}){0,6}?\s+(?:with|using|via|by\s+running)(?:\s+(?:at\s+least|at\s+minimum|the|a|our|your))*\s{1,3}$/i;

/** A clause that says the step is for a kind of change, an issue or a bug: what was fixed, not how to check. */
const NOT_A_STEP = /\b(?:bug|bugs|issue\s+#|typo|typos|regression|crash|error|errors|assertion|when|if)\b/i;

/**
 * A bold label that opens a list item or paragraph ("**Follow PSR-12.** Check your code with", "__Style:__ check it
 * with"): a title for the item, not words of its clause. Its closing period or colon sits inside the markup, so the
 * sentence reading does not end there and the imperative after it would not open the clause.
 */
const LEADING_LABEL = /^[\s>*+-]{0,6}(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)[\s.:\u2014\u2013-]{0,4}/;

/** The phase the clause before a span gives the tool it names, or undefined when it names none. */
export function checkedWithKind(clause: string): CommandKind | undefined {
  const tail = clause.replace(LEADING_LABEL, '').slice(-160);
  const cue = CHECKED_WITH.exec(tail);
  if (!cue || NOT_A_STEP.test(cue[0])) return undefined;
  return /\btest(?:ed)?\b/i.test(cue[0].replace(/\s+(?:with|using|via|by\s+running)\s*$/i, '')) ? 'test' : 'lint';
}

/** An imperative clause of checking ("Lint the sources via", "Check the style with"), not a passive one about any artefact. */
const IMPERATIVE = /^\s*(?:check|fix|verify|validate|format|reformat|lint|autofix|test)\b/i;

/**
 * Whether a clause hands its check to the tool after it as an imperative step ("Lint the browser sources via"): for a
 * tool Onramp does not know, a passive clause ("the release artefacts can be verified using `gpg --verify x`") is too
 * weak a signal, since anything can be verified with something.
 */
export const imperativeCheckedWith = (clause: string): boolean => IMPERATIVE.test(clause.replace(LEADING_LABEL, '')) && checkedWithKind(clause) !== undefined;
