/**
 * Perl's POD (CONTRIBUTING.pod), rewritten line for line into the Markdown the reader parses: `=head1`..`=head4`
 * as headings, `=item` paragraphs as list items, indented (verbatim) paragraphs as code, `C<code>` as code spans,
 * `L<text|url>` as links, other formatting codes as their text. Commands between `=begin` and `=end` and the
 * `=over`/`=back`/`=pod`/`=cut` lines carry no text and become blank lines.
 */
import { ParsedDocument } from './documentModel';
import { parseMarkdown } from './parseMarkdown';

export function parsePod(path: string, text: string): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let bullet: string | undefined;
  let inBegin = false;
  let inVerbatim = false;
  const isVerbatim = (line: string | undefined): boolean => line !== undefined && /^\s/.test(line) && line.trim() !== '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    // A verbatim paragraph is fenced on the blank lines POD puts around it, so Markdown reads it as code at any
    // list depth (four spaces are code only outside a list item); line numbers stay as they are.
    if (inVerbatim && !isVerbatim(line)) {
      inVerbatim = false;
      out.push('```');
      continue;
    }
    const command = /^=(\w+)\s*(.*)$/.exec(line);
    if (inBegin) {
      if (command?.[1] === 'end') inBegin = false;
      out.push('');
      continue;
    }
    if (command) {
      const [, name, rest] = command;
      const level = /^head([1-6])$/.exec(name);
      if (level) out.push(`${'#'.repeat(Number(level[1]))} ${inline(rest)}`);
      else if (name === 'item') {
        // `=item *` or `=item 1.` marks the next paragraph as an item; `=item text` is an item itself.
        const mark = /^(\*|\d{1,3}\.?)\s*(.*)$/.exec(rest);
        const marker = mark && /\d/.test(mark[1]) ? '1.' : '-';
        if (mark && mark[2] === '') {
          bullet = marker;
          out.push('');
        } else out.push(`${marker} ${inline(mark ? mark[2] : rest)}`);
      } else {
        if (name === 'begin' || name === 'for') inBegin = name === 'begin';
        out.push('');
      }
      continue;
    }
    if (isVerbatim(line)) {
      if (!inVerbatim && out.length > 0 && out[out.length - 1] === '' && closesOnBlank(lines, k)) {
        out[out.length - 1] = '```';
        inVerbatim = true;
      }
      // Without a blank line before it (not POD as written), Markdown's indented code is the nearest reading.
      out.push(inVerbatim ? line.trim() : `    ${line}`);
      continue;
    }
    if (bullet !== undefined && line.trim() !== '') {
      out.push(`${bullet} ${inline(line)}`);
      bullet = undefined;
      continue;
    }
    out.push(inline(line));
  }
  if (inVerbatim) out.push('```');
  return { ...parseMarkdown(path, out.join('\n')), format: 'pod' };
}

/** Whether the verbatim paragraph starting at line `k` ends at a blank line or the end of the file. */
function closesOnBlank(lines: readonly string[], k: number): boolean {
  let end = k;
  while (end < lines.length && /^\s/.test(lines[end]) && lines[end].trim() !== '') end++;
  return end >= lines.length || lines[end].trim() === '';
}

/** POD formatting codes in Markdown: `C<x>`/`C<< x >>` code, `L<text|target>` links, `B<>`, `I<>`, `F<>`, `E<>` as text. */
function inline(text: string): string {
  if (!/[A-Z]</.test(text)) return text;
  return text
    .replace(/C<<+\s+(.{1,500}?)\s+>>+/g, '`$1`')
    .replace(/C<([^<>]{1,500})>/g, '`$1`')
    .replace(/L<([^<>|]{1,500})\|([^<>]{1,2000})>/g, '[$1]($2)')
    .replace(/L<(https?:\/\/[^<>]{1,2000})>/g, '<$1>')
    .replace(/L<([^<>]{1,500})>/g, '$1')
    .replace(/E<gt>/g, '>')
    .replace(/E<lt>/g, '<')
    .replace(/[BIFSX]<([^<>]{0,500})>/g, '$1');
}
