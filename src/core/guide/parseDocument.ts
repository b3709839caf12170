import { ParsedDocument } from './documentModel';
import { formatOf } from './locateGuide';
import { parseAsciidoc } from './parseAsciidoc';
import { parseMarkdown } from './parseMarkdown';
import { parseRst } from './parseRst';
import { parseOrg } from './parseOrg';
import { parseRdoc } from './parseRdoc';
import { parsePod } from './parsePod';
import { doxygenToMarkdown, isDoxygenText } from './doxygenText';
import { fenceLiteralRuns, remapLines } from './plainTextLiterals';
import { includeLinks } from './includes';

/** Parses by file name; plain text goes through Markdown, whose paragraphs, lists and indented code fit it well. */
export function parseDocument(path: string, text: string): ParsedDocument {
  switch (formatOf(path)) {
    case 'rst':
      return withIncludes(parseRst(path, text), text);
    case 'asciidoc':
      return withIncludes(parseAsciidoc(path, text), text);
    case 'org':
      return parseOrg(path, text);
    case 'rdoc':
      return parseRdoc(path, text);
    case 'pod':
      return parsePod(path, text);
    case 'markdown':
      return parseMarkdown(path, text);
    default: {
      // A plain-text page of a Doxygen manual keeps its code between `@code` and `@endcode`.
      const markdown = isDoxygenText(text) ? doxygenToMarkdown(text) : text;
      // Commands indented the plain-text way, right under their lead-in or behind a prompt, are code too.
      const fenced = fenceLiteralRuns(markdown);
      if (!fenced) return { ...parseMarkdown(path, markdown), format: 'text' };
      return { ...remapLines(parseMarkdown(path, fenced.text), fenced.original), format: 'text' };
    }
  }
}

function withIncludes(doc: ParsedDocument, text: string): ParsedDocument {
  const includes = includeLinks(text, doc.format);
  return includes.length > 0 ? { ...doc, includes } : doc;
}
