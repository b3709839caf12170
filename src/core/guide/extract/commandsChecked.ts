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
 * participle, or a bare imperative), up to six words (its object, "automatically", "most of the issues"), then the
 * tool cue. "fixed a bug in the comparison with `x`" is a changelog line: it is not a clause about doing the step
 * (a modal or "be" must stand before a past form).
 */
const CHECKED_WITH =
  /(?:\b(?:can|could|may|might|should|must|will|to|please|be|are|is|get|gets)\s+(?:be\s+)?(?:(?:automatically|easily|also|then|all|quickly|locally)\s+)?(?:checked|fixed|verified|validated|formatted|reformatted|linted|autofixed|tested|check|fix|verify|validate|format|reformat|lint|autofix|test)|^\s*(?:check|fix|verify|validate|format|reformat|lint|autofix|test|checked|fixed|formatted|reformatted|linted|autofixed))\b(?:\s+[\w'-]{1,30}){0,6}?\s+(?:with|using|via|by\s+running)\s{1,3}$/i;

/** A clause that says the step is for a kind of change, an issue or a bug: what was fixed, not how to check. */
const NOT_A_STEP = /\b(?:bug|bugs|issue\s+#|typo|typos|regression|crash|error|errors|assertion|when|if)\b/i;

/** The phase the clause before a span gives the tool it names, or undefined when it names none. */
export function checkedWithKind(clause: string): CommandKind | undefined {
  const tail = clause.slice(-160);
  const cue = CHECKED_WITH.exec(tail);
  if (!cue || NOT_A_STEP.test(cue[0])) return undefined;
  return /\btest(?:ed)?\b/i.test(cue[0].replace(/\s+(?:with|using|via|by\s+running)\s*$/i, '')) ? 'test' : 'lint';
}
