import { ParsedDocument } from './documentModel';
import { formatOf } from './locateGuide';
import { parseAsciidoc } from './parseAsciidoc';
import { parseMarkdown } from './parseMarkdown';
import { parseRst } from './parseRst';

/** Parses by file name; plain text goes through Markdown, whose paragraphs, lists and indented code fit it well. */
export function parseDocument(path: string, text: string): ParsedDocument {
  switch (formatOf(path)) {
    case 'rst':
      return parseRst(path, text);
    case 'asciidoc':
      return parseAsciidoc(path, text);
    case 'markdown':
      return parseMarkdown(path, text);
    default:
      return { ...parseMarkdown(path, text), format: 'text' };
  }
}
