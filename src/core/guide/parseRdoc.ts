/**
 * RDoc markup (README.rdoc, CONTRIBUTING.rdoc: older Ruby gems and Ruby's own tools). Its block syntax is the
 * AsciiDoc reader's already (`= Title`, indented verbatim text, `*`/`-`/`1.` lists), so each line is rewritten to its
 * AsciiDoc twin and read by that parser, line for line: `+code+` and `<tt>code</tt>` as `code`, `{text}[url]` and
 * `word[https://...]` as link macros, and a `---` rule (which AsciiDoc would take for a listing fence) as a blank.
 */
import { ParsedDocument } from './documentModel';
import { parseAsciidoc } from './parseAsciidoc';

export function parseRdoc(path: string, text: string): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/).map(rdocLineToAdoc);
  return { ...parseAsciidoc(path, lines.join('\n')), format: 'rdoc' };
}

function rdocLineToAdoc(line: string): string {
  const trimmed = line.trim();
  if (/^-{3,}$/.test(trimmed) || /^#(?:--|\+\+)/.test(trimmed)) return '';
  // Indented lines are verbatim text: their markup is what the reader types, left as it is.
  if (/^\s/.test(line) && !/^\s*(?:[*-]|\d{1,3}\.)\s/.test(line)) return line;
  if (!/[+<{[]/.test(line)) return line;
  return line
    .replace(/<(tt|code)>([^<]{1,500})<\/\1>/g, '`$2`')
    .replace(/(^|[\s(])\+([^\s+`]{1,200})\+(?=$|[\s.,;:!?)])/g, '$1`$2`')
    .replace(/\{([^{}]{1,500})\}\[([^\]\s]{1,2000})\]/g, (_m, label: string, url: string) => `${/^[a-z][\w+.-]*:/i.test(url) ? url : `link:${url}`}[${label}]`)
    .replace(/(^|\s)([^\s[\]{}`]{1,100})\[(https?:\/\/[^\]\s]{1,2000})\]/g, '$1$3[$2]');
}
