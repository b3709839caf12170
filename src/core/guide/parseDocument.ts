import { ParsedDocument } from './documentModel';
import { formatOf } from './locateGuide';
import { parseAsciidoc } from './parseAsciidoc';
import { parseMarkdown } from './parseMarkdown';
import { parseRst } from './parseRst';
import { parseOrg } from './parseOrg';
import { parseRdoc } from './parseRdoc';
import { parsePod } from './parsePod';
import { doxygenToMarkdown, isDoxygenText } from './doxygenText';
import { capsHeadings, doubleQuotedCommandsAsCode, fenceLiteralRuns, gnuQuotesAsCode, numberedHeadings, remapLines } from './plainTextLiterals';
import { includeLinks } from './includes';
import { toctreeLinks } from './toctree';

/** Parses by file name; plain text goes through Markdown, whose paragraphs, lists and indented code fit it well. */
export function parseDocument(path: string, text: string): ParsedDocument {
  switch (formatOf(path)) {
    case 'rst':
      return withDirectiveLinks(parseRst(path, text), text);
    case 'asciidoc':
      return withDirectiveLinks(parseAsciidoc(path, text), text);
    case 'org':
      return parseOrg(path, text);
    case 'rdoc':
      return parseRdoc(path, text);
    case 'pod':
      return parsePod(path, text);
    case 'markdown':
      return withDirectiveLinks(parseMarkdown(path, text), text);
    default: {
      // A plain-text page of a Doxygen manual keeps its code between `@code` and `@endcode`.
      // Headings in capitals ("HOW TO BUILD") open sections as underlined ones do.
      // Numbered headings ("2. Building") likewise.
      const markdown = numberedHeadings(capsHeadings(doubleQuotedCommandsAsCode(gnuQuotesAsCode(isDoxygenText(text) ? doxygenToMarkdown(text) : text))));
      // Commands indented the plain-text way, right under their lead-in or behind a prompt, are code too.
      const fenced = fenceLiteralRuns(markdown);
      if (!fenced) return { ...parseMarkdown(path, markdown), format: 'text' };
      return { ...remapLines(parseMarkdown(path, fenced.text), fenced.original), format: 'text' };
    }
  }
}

/** The document with the links its directives make (includes, toctree entries), which its blocks keep no trace of. */
function withDirectiveLinks(doc: ParsedDocument, text: string): ParsedDocument {
  const links = [...includeLinks(text, doc.format), ...(doc.format === 'rst' || doc.format === 'markdown' ? toctreeLinks(text, doc.format) : [])];
  return links.length > 0 ? { ...doc, directiveLinks: links } : doc;
}
