/**
 * A cheaper "may this text hold a link?" for markdown-it's linkify. markdown-it asks `linkify.test` of every
 * paragraph, heading and table cell, then of each of their text runs, and linkify-it answers with its full URL
 * patterns (a Unicode punctuation class at every position, an IPv6-aware host pattern at every schema): about a
 * quarter of a long guide's parse time. Most blocks hold no link at all, and a plain search says so first.
 */
import type MarkdownIt from 'markdown-it';

type Markdown = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Markdown['parse']>[number];

/**
 * Every link linkify-it finds without fuzzy links holds one of these: a schema it knows (`http:`, `https:`,
 * `ftp:`, `mailto:`, `//`), or the `@` of an e-mail address. Case-insensitive as linkify-it's schema search is
 * (neither pattern uses the `u` flag, so both fold the same letters). Text with none of them has no link.
 */
const MAY_HOLD_LINK = /(?:https?|ftp|mailto):|\/\/|@/i;

/**
 * Puts the plain search in front of `md.linkify.test`, and spares the block-wide test where it cannot matter; the
 * links found stay the same. Fuzzy links (bare `example.com`) are set off explicitly, as they are by default,
 * since the search relies on it: a bare domain has neither a schema nor an `@`.
 */
export function quickLinkifyTest(md: Markdown): void {
  const linkify = md.linkify.set({ fuzzyLink: false });
  const full = linkify.test.bind(linkify);
  linkify.test = (text: string): boolean => MAY_HOLD_LINK.test(text) && full(text);
  skipBlocksWithoutLinkText(md);
}

/**
 * markdown-it's linkify rule tests a block's whole source first (where a `[text](https://...)` link makes the full
 * test run), then turns into links only the block's text runs that pass the test themselves. A block none of whose
 * text runs may hold a link gains nothing from it, whatever the first test says: its source is hidden from the
 * rule (read as empty), and put back right after it.
 */
function skipBlocksWithoutLinkText(md: Markdown): void {
  let hidden: { token: Token; content: string }[] = [];
  const restore = (): void => {
    for (const { token, content } of hidden) token.content = content;
    hidden = [];
  };
  md.core.ruler.before('linkify', 'onramp_hide_linkless', (state) => {
    // (Anything left hidden by a parse that threw in between is put back first.)
    restore();
    for (const token of state.tokens) {
      if (token.type !== 'inline' || token.content === '') continue;
      if ((token.children ?? []).some((c) => c.type === 'text' && MAY_HOLD_LINK.test(c.content))) continue;
      hidden.push({ token, content: token.content });
      token.content = '';
    }
  });
  md.core.ruler.after('linkify', 'onramp_restore_linkless', restore);
}

/**
 * URLs that markdown-it's `normalizeLink` gives back unchanged: `https://` or `http://`, a lowercase ASCII host of
 * labels of 1 to 63 letters, digits or hyphens, then nothing or a path, query or fragment of characters that
 * mdurl's `encode` keeps as they are (letters, digits and `-._~/?#=&+,;:@!$*()`; no `%`, which it may rewrite); or a
 * relative reference of those characters without a colon (so no scheme) that does not start with `//` (a host).
 * Followed step by step: mdurl's `parse` finds no whitespace to trim, no auth (an `@` comes only after the host
 * ends), no port and no host part to move into the path (every label is valid and the whole is under 255
 * characters, the caller's length test), and splits the rest into pathname, search and hash; punycode keeps ASCII
 * labels; `encode` keeps every character; `format` joins the same pieces in the same order.
 */
const UNCHANGED_URL = /^(?:https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*(?:[/?#][\w\-.~/?#=&+,;:@!$*()]*)?|(?!\/\/)[\w\-.~/?#=&+,;@!$*()]*)$/;
const MAX_UNCHANGED_URL = 255;

/**
 * Puts a pattern test in front of `md.normalizeLink`: most link targets of a guide are plain `https://` URLs or
 * relative paths that it gives back as they are, after parsing and re-encoding them (some 2 µs each, a tenth of a
 * long guide's parse). The rest go through it as before.
 */
export function quickNormalizeLink(md: Markdown): void {
  const full = md.normalizeLink.bind(md);
  md.normalizeLink = (url: string): string => (url.length < MAX_UNCHANGED_URL && UNCHANGED_URL.test(url) ? url : full(url));
}
