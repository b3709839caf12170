import * as assert from 'node:assert/strict';
import { renderStepMarkdown } from '../../../src/core/walkthrough/renderMarkdown';

describe('step text rendered for the webview', () => {
  const refused: [string, string][] = [
    ['a command: link', '[run it](command:workbench.action.terminal.sendSequence?%7B%7D)'],
    ['a vscode: link', '[open](vscode://file/etc/passwd)'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a data: link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['a file: link', '[x](file:///etc/passwd)'],
    ['a path out of the repository', '[x](../../etc/passwd)'],
    ['an absolute path', '[x](/etc/passwd)'],
  ];
  for (const [what, markdown] of refused) {
    it(`shows ${what} as plain text`, () => {
      const html = renderStepMarkdown(markdown, 'docs');
      assert.doesNotMatch(html, /<a /);
      assert.match(html, /class="refused-link"/);
      assert.doesNotMatch(html, /href="(?!#)/);
    });
  }

  it('turns an https link and an in-repo file into links the extension opens, never hrefs the page follows', () => {
    const html = renderStepMarkdown('[site](https://example.org/a) and [guide](../CONTRIBUTING.md)', 'docs');
    assert.match(html, /<a href="#" data-url="https:\/\/example.org\/a"/);
    assert.match(html, /<a href="#" data-file="CONTRIBUTING.md"/);
  });

  it('shows raw HTML as text, so a script tag never runs', () => {
    const html = renderStepMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;/);
  });

  it('shows an image as its alt text, loading nothing', () => {
    assert.equal(renderStepMarkdown('![the logo](https://tracker.example/pixel.png)').trim(), '<p><span class="image-alt">the logo</span></p>');
  });
});
