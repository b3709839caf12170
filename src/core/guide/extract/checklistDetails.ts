/**
 * A list that completes a lead-in asking for the parts of a change ("Each pull request should have:", "Your commit
 * must include:") names one part per item. An item that ends in a colon over nested items ("A descriptive title. In
 * summary:", then "Limit it to 50 characters", "Use the imperative mood") is one part with its details: one check,
 * the details folded into its text, rather than a label over checks of their own. A condition over nested items
 * ("If adding a feature:") still heads a group of checks (see isGroupHeader in checklist.ts).
 */
import { ListItemBlock } from '../documentModel';
import { collapseWhitespace } from '../../text/normalize';

/** "... should have:", "... must include:", "... needs to contain:": what follows are parts of the change. */
const ASKS_FOR_PARTS = /\b(?:should|must|shall|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:have|include|contain)\s*:\s*$/i;
/**
 * "... it has to meet these requirements:", "... must satisfy the following criteria:": each item is one requirement,
 * and one that ends in a colon over nested items ("Live up to the code standard:", then "Be formatted with ...") is
 * that requirement with its details, as a part is with its own.
 */
const ASKS_FOR_REQUIREMENTS = /\b(?:meet|satisfy|fulfil+|comply\s+with)\s+(?:these|the\s+following|all\s+(?:of\s+)?(?:these|the\s+following))\s+(?:requirements|criteria|conditions)\s*:\s*$/i;

export const asksForParts = (lead: string | undefined): boolean => lead !== undefined && (ASKS_FOR_PARTS.test(lead) || ASKS_FOR_REQUIREMENTS.test(lead));

/** An item that sets a condition for its nested items rather than naming a part. */
const CONDITION = /^[\W_]*(?:if|when|whenever|for|in\s+case|unless|once|where)\b/i;

/** Items with the nested details of each part folded into the part's text ("part: detail; detail"). */
export function foldDetails(items: readonly ListItemBlock[]): ListItemBlock[] {
  const out: ListItemBlock[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const text = collapseWhitespace(item.text);
    if (item.checked !== null || !/:$/.test(text) || CONDITION.test(text) || !(items[k + 1]?.depth > item.depth)) {
      out.push(item);
      continue;
    }
    const details: string[] = [];
    while (items[k + 1]?.depth > item.depth) details.push(collapseWhitespace(items[++k].text).replace(/[.;]$/, ''));
    out.push({ ...item, text: `${text} ${details.join('; ')}` });
  }
  return out;
}
