/**
 * YAML front matter (`---` on the first line, `key: value` lines, a closing `---` or `...`), as Jekyll, Hugo and
 * Docusaurus pages start. Markdown would read it as a rule and a setext heading ("title: Contributing"), so it is
 * blanked before parsing; its lines stay as empty lines so every later line keeps its number.
 */
export function blankFrontMatter(text: string): string {
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') return text;
  const bodyStart = firstEnd + 1;
  if (bodyStart >= text.length) return text;
  const firstBody = text.slice(bodyStart, lineEnd(text, bodyStart));
  if (!isClosing(firstBody) && !YAML_KEY.test(firstBody)) return text;
  for (let start = bodyStart; start < text.length; ) {
    const end = lineEnd(text, start);
    if (isClosing(text.slice(start, end))) return emptyLines(text.slice(0, end)) + text.slice(end);
    start = end + 1;
  }
  return text; // never closed: not front matter after all
}

/** A YAML mapping key at the start of a line, as front matter's first line always is. */
const YAML_KEY = /^[A-Za-z_][\w-]{0,100}:(\s|$)/;

const isClosing = (line: string): boolean => {
  const trimmed = line.trimEnd();
  return trimmed === '---' || trimmed === '...';
};

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Only the line breaks of `text` ("\r\n" kept whole), so line numbers after it do not move. */
function emptyLines(text: string): string {
  const parts: string[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) parts.push(i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n');
  return parts.join('');
}
