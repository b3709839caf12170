/**
 * Where a project keeps its checklist when it has a pull request template: the template's task boxes are the
 * checklist, and a guide section the guide itself titles as guidelines is the standing advice behind them.
 * (A template's lists inside HTML comments stay guidance even when the comment calls them a checklist: the dev set's
 * labels leave them out more often than not, with nothing in the layout to tell the two kinds apart. Only a template
 * with no open box at all keeps its commented boxes as its checklist: checklist.ts.)
 */
import { ParsedDocument } from '../documentModel';
import { NAMES_THE_CHECKS } from './checklistWording';

/** Whether a template has task boxes outside its HTML comments: boxes the author ticks in the opened pull request. */
export const hasOpenBoxes = (doc: ParsedDocument): boolean => doc.blocks.some((b) => b.kind === 'listItem' && !b.commented && b.checked !== null);

/**
 * A heading that titles its section as guidelines ("Pull Request Guidelines", "General Guidelines", "Code
 * contribution guidelines"): advice on how to contribute, which a template with task boxes turns into its checks.
 * A heading that names the checks themselves ("Guidelines: checklist before submitting") is not one.
 */
const GUIDELINES_HEADING = /\bguidelines?[\W_]*$/i;

/** A lead-in that calls the list guidelines too ("Please review these guidelines before opening a PR:"). */
const CALLS_IT_GUIDELINES = /\b(?:these|the\s+following|our|the|some|a\s+few)\s+(?:\w+\s+)?guidelines\b/i;

/**
 * A guide list that is guidelines beside a template that has task boxes: under a heading that titles its section as
 * guidelines, with no lead-in or one that calls the list guidelines as well. Projects whose template has boxes keep
 * what to tick there (its own "Before submitting, make sure" boxes); the guide's guidelines section explains the
 * project's ways. Without boxes in any template, the guide's list is the only checklist there is and stays one.
 */
export function guidelinesBesideTemplate(heading: string, lead: string | undefined, templateHasBoxes: boolean): boolean {
  if (!templateHasBoxes || !GUIDELINES_HEADING.test(heading.trim()) || NAMES_THE_CHECKS.test(heading)) return false;
  return lead === undefined || CALLS_IT_GUIDELINES.test(lead);
}
