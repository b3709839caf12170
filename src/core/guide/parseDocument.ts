import { ParsedDocument } from './documentModel';
import { formatOf } from './locateGuide';
import { parseAsciidoc } from './parseAsciidoc';
import { parseMarkdown } from './parseMarkdown';
import { parseRst } from './parseRst';
import { parseOrg } from './parseOrg';
import { doxygenToMarkdown, isDoxygenText } from './doxygenText';
import { fenceLiteralRuns, remapLines } from './plainTextLiterals';

/** Parses by file name; plain text goes through Markdown, whose paragraphs, lists and indented code fit it well. */
export function parseDocument(path: string, text: string): ParsedDocument {
  switch (formatOf(path)) {
    case 'rst':
      return parseRst(path, text);
    case 'asciidoc':
      return parseAsciidoc(path, text);
    case 'org':
      return parseOrg(path, text);
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
