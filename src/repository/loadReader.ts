import type * as Reader from '../core/readerEntry';

/**
 * The guide reader (markdown-it, yaml and the extractors, about 260 KB minified) is a bundle of its own,
 * `dist/reader.js`, required on first use so that activation loads only the small extension bundle.
 */
export function loadReader(): typeof Reader {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time beside dist/extension.js
  return require('./reader.js') as typeof Reader;
}
