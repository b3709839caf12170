import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { quickLinkifyTest, quickNormalizeLink } from '../../../src/core/guide/markdownLinkify';

/** Every link markdown-it finds, as `href text`, in order. */
const links = (md: InstanceType<typeof MarkdownIt>, text: string): string[] =>
  md
    .parse(text, {})
    .flatMap((t) => t.children ?? [])
    .filter((c) => c.type === 'link_open')
    .map((c) => String(c.attrGet('href')));

describe('quick linkify test', () => {
  const plain = new MarkdownIt({ html: true, linkify: true });
  const quick = new MarkdownIt({ html: true, linkify: true });
  quickLinkifyTest(quick);

  const samples = [
    'See https://example.com/x and HTTP://EXAMPLE.ORG.',
    'Mail dev@example.com or MAILTO:ops@example.com, or ftp://files.example.com/pub.',
    'A protocol-relative //cdn.example.com/lib.js link.',
    'No link here: just prose, a path src/lib and a time 10:30.',
    'A bare example.com and www.example.com are not links (no fuzzy links).',
    'An address spelled with an entity: dev&#64;example.com, and one escaped: dev\\@example.com.',
    'A [named link](https://example.com/a) beside a bare https://example.com/b.',
    '<a href="https://example.com/c">raw</a> then https://example.com/d',
    '| cell | https://example.com/e |\n|---|---|\n| a@b.io | c |',
    // Links in the source but none in the text runs: the block-wide test is spared.
    '[one](https://example.com/1) and [two](mailto:x@example.com) and `https://example.com/code`',
    '![logo](https://example.com/logo.png) <a href="https://example.com/f">f</a>',
    // A link in a text run after a link in the source, and one written with an entity or an escape.
    '[one](https://example.com/1) then https://example.com/2',
    'mail dev&#64;example.com or http&#58;//example.com or https\\://example.com or dev\\@example.com',
    '**https://example.com/bold** and _mailto:x@example.com_',
  ];

  it('finds the same links as markdown-it on its own', () => {
    for (const text of samples) assert.deepEqual(links(quick, text), links(plain, text), text);
  });

  it('leaves every token as markdown-it on its own makes it (the hidden sources put back)', () => {
    for (const text of samples) assert.deepEqual(quick.parse(text, {}), plain.parse(text, {}), text);
  });

  it('answers as linkify-it does, for text with and without a schema or an @', () => {
    const full = new MarkdownIt({ html: true, linkify: true }).linkify;
    for (const text of [...samples, 'hTtPs://a.io', 'x@y', '@', 'a//b', 'http:', 'no link', '']) assert.equal(quick.linkify.test(text), full.test(text), text);
  });
});

describe('quick normalizeLink', () => {
  const plain = new MarkdownIt({ html: true, linkify: true });
  const quick = new MarkdownIt({ html: true, linkify: true });
  quickNormalizeLink(quick);

  it('gives what markdown-it gives, inside and just outside the URLs it passes through unchanged', () => {
    const urls = [
      'https://github.com/org/repo/blob/main/CONTRIBUTING.md#running-the-tests',
      'http://example.com',
      'https://example.com?q=1&r=two+three',
      'https://docs.example.org/a_b/c-d.e~f/(x)/*!$,;:@',
      'docs/CONTRIBUTING.md',
      './guide.md#setup',
      '#anchor',
      '',
      // Outside: rewritten or re-parsed by markdown-it, so they take its own way.
      'https://EXAMPLE.com/A',
      'HTTPS://example.com',
      'https://example.com:8080/x',
      'https://user@example.com/x',
      'https://exa_mple.com/x',
      `https://${'a'.repeat(64)}.com/x`,
      `https://example.com/${'x'.repeat(300)}`,
      'https://example.com/a%20b/%zz',
      'https://example.com/a b',
      'https://bücher.example/x',
      'https://example.com/ü',
      '//cdn.example.com/lib.js',
      'mailto:dev@example.com',
      'javascript:alert(1)',
      'file:///tmp/x',
      'a:b',
      ' https://example.com/x ',
      "https://example.com/it's",
      'https://example.com/a[b]{c}|d^e`f\\g"h<i>',
    ];
    for (const url of urls) assert.equal(quick.normalizeLink(url), plain.normalizeLink(url), url);
  });

  it('leaves every token as markdown-it on its own makes it', () => {
    const text = '[a](https://example.com/x#y) [b](docs/a.md) [c](HTTPS://Example.COM) <https://example.com/auto> https://example.com/bare [d](https://bücher.example/)';
    assert.deepEqual(quick.parse(text, {}), plain.parse(text, {}));
  });
});
