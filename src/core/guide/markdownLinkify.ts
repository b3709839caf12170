/**
 * A cheaper "may this text hold a link?" for markdown-it's linkify. markdown-it asks `linkify.test` of every
 * paragraph, heading and table cell, then of each of their text runs, and linkify-it answers with its full URL
 * patterns (a Unicode punctuation class at every position, an IPv6-aware host pattern at every schema): about a
 * quarter of a long guide's parse time. Most blocks hold no link at all, and a plain search says so first.
 */
import type MarkdownIt from 'markdown-it';

/**
 * Every link linkify-it finds without fuzzy links holds one of these: a schema it knows (`http:`, `https:`,
 * `ftp:`, `mailto:`, `//`), or the `@` of an e-mail address. Case-insensitive as linkify-it's schema search is
 * (neither pattern uses the `u` flag, so both fold the same letters). Text with none of them has no link.
 */
const MAY_HOLD_LINK = /(?:https?|ftp|mailto):|\/\/|@/i;

/**
 * Puts the plain search in front of `md.linkify.test`; its answers stay the same. Fuzzy links (bare
 * `example.com`) are set off explicitly, as they are by default, since the search relies on it: a bare domain has
 * neither a schema nor an `@`.
 */
export function quickLinkifyTest(md: InstanceType<typeof MarkdownIt>): void {
  const linkify = md.linkify.set({ fuzzyLink: false });
  const full = linkify.test.bind(linkify);
  linkify.test = (text: string): boolean => MAY_HOLD_LINK.test(text) && full(text);
}
