/** Text clean-ups shared by extractors and the evaluation, so both compare the same way. */

/** Collapses runs of whitespace (including line breaks inside a list item) to single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A comparison key for a checklist item: lowercase, no markdown emphasis or backticks, no trailing punctuation.
 * Links keep their text and lose their target, since targets are often rewritten between versions of a guide.
 */
export function checklistKey(text: string): string {
  return collapseWhitespace(
    text
      .replace(/!?\[([^\]\n]{0,500})\]\([^)\s]{0,2000}\)/g, '$1')
      .replace(/[*_`~]+/g, '')
      .toLowerCase(),
  ).replace(/[\s.,;:!?]+$/, '');
}

/** Plain text of a line of inline markdown: link targets, emphasis and backticks removed. */
export function plainInline(text: string): string {
  return collapseWhitespace(text.replace(/!?\[([^\]\n]{0,500})\]\([^)\s]{0,2000}\)/g, '$1').replace(/[*_`]+/g, ''));
}
