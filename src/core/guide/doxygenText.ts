/**
 * Plain-text documents written for Doxygen (a HACKING or README kept in the developer manual: `@page`, `@section`,
 * `@code` ... `@endcode`), turned line for line into the Markdown the plain-text reader parses, so that their code
 * stays code and their numbered steps stay a list. `@section` lines are left as text: the plain-text reader has
 * never made headings of a text file's title lines either, and a label-and-title line is no Markdown heading. The commands are Doxygen's own (its manual's "Special Commands"), in
 * either spelling (`@code` or `\code`); line numbers are kept, since every block reports its line.
 *
 * Only a document that opens and closes a code block the Doxygen way is rewritten: a line "@code" alone in an
 * ordinary text file is not evidence enough (a Razor example holds `@code {`).
 */

const CODE_OPEN = /^(\s*)[@\\]code(?:\{\.[\w-]+\})?\s*$/;
const CODE_CLOSE = /^\s*[@\\]endcode\s*$/;
/** `-#` starts an item of a numbered list. */
const NUMBERED_ITEM = /^(\s*)-#(\s+)/;
/** Inline commands that only style the next word (`@c name`, `@a arg`, `@b word`, `@e word`, `@ref label`). */
const INLINE_STYLE = /(^|\s)[@\\](?:c|a|b|e|p|em|ref)\s+/g;
/** Paragraph commands that start a note or warning (`\note`, `\attention`, `@par`): their text is read as prose. */
const PARAGRAPH_COMMAND = /^(\s*)[@\\](?:note|attention|warning|par|remark|li)\s+/;

/** Whether `text` holds a Doxygen code block: an opening line and, later, a closing one. */
export function isDoxygenText(text: string): boolean {
  if (!/[@\\]endcode\b/.test(text)) return false;
  const lines = text.split(/\r?\n/);
  const open = lines.findIndex((l) => CODE_OPEN.test(l));
  return open >= 0 && lines.slice(open + 1).some((l) => CODE_CLOSE.test(l));
}

/** The document as Markdown with the same lines: code blocks fenced, numbered items as Markdown's, styling commands dropped. */
export function doxygenToMarkdown(text: string): string {
  const lines = text.split(/\r?\n/);
  let inCode = false;
  return lines
    .map((line) => {
      if (inCode) {
        if (!CODE_CLOSE.test(line)) return line;
        inCode = false;
        return '```';
      }
      // A fence at the line's start: code in a list item is written at any indentation, and Markdown would read a
      // deeper indented fence as a list item's or as indented code.
      if (CODE_OPEN.test(line)) {
        inCode = true;
        return '```';
      }
      return line.replace(NUMBERED_ITEM, (_m, indent: string, space: string) => `${indent}1.${space}`).replace(PARAGRAPH_COMMAND, '$1').replace(INLINE_STYLE, '$1');
    })
    .join('\n');
}
