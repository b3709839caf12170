/**
 * Documentation sites built with MkDocs (Material) and Python-Markdown write admonitions and content tabs as a
 * marker line and a body indented by four spaces:
 *
 *     !!! note "Environment"
 *         Set your `GOPATH` via:
 *
 *         ```bash
 *         export GOPATH=~/go
 *         ```
 *
 *     === "Stack"
 *         Command `stack build` once.
 *
 * CommonMark reads such a body as an indented code block (or, after a paragraph, as part of it), so its fences,
 * lists and prose would be lost. This moves each body four spaces left, line for line, so markdown-it parses it
 * as the prose it is; the marker line stays as a paragraph of its own. Line numbers are kept.
 */

/** `!!! note "Title"`, `??? tip`, `???+ warning`, `=== "Tab"`: a marker that opens an indented body. */
const MARKER = /^ {0,3}(?:!!!|\?\?\?\+?)[ \t]+[\w"'-]|^ {0,3}===[ \t]+["']/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BODY_INDENT = 4;

export function dedentAdmonitions(text: string): string {
  // Cheap test first: most guides have no marker at all.
  if (!text.includes('!!!') && !text.includes('???') && !text.includes('===')) return text;
  const lines = text.split('\n');
  // The original indentation of each open marker, innermost last.
  const open: number[] = [];
  // The fence a line outside any body opened, while it is open: markers inside it are sample text.
  let fence: string | null = null;
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.trim() === '') continue;
    const lead = line.length - line.trimStart().length;
    while (open.length > 0 && open[open.length - 1] + BODY_INDENT > lead) open.pop();
    const shift = Math.min(open.length * BODY_INDENT, lead);
    const moved = shift > 0 ? line.slice(shift) : line;
    if (shift > 0) {
      lines[k] = moved;
      changed = true;
    }
    const fenceMark = FENCE.exec(moved)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    if (MARKER.test(moved)) open.push(lead);
  }
  return changed ? lines.join('\n') : text;
}
