import * as assert from 'node:assert/strict';
import { checkedApiUrl, tokenSourceFor } from '../../../src/core/forge/tokenPolicy';
import { parseIssueRef } from '../../../src/core/issues/issueRef';
import { renderIssueMarkdown } from '../../../src/core/issues/renderIssue';
import { projectFromRemotes } from '../../../src/core/repo/project';

const project = (url: string, known: { host: string; kind: 'github-enterprise' }[] = []) => {
  const found = projectFromRemotes([{ name: 'origin', url }], known);
  assert.ok(found);
  return found;
};

describe('which token may go with a project\'s API requests', () => {
  it('sends the github.com sign-in only to api.github.com, never to an API address set by hand', () => {
    const github = project('https://github.com/o/r.git');
    assert.deepEqual(tokenSourceFor(github, 'https://api.github.com', null), { kind: 'github' });
    assert.deepEqual(tokenSourceFor(github, 'http://127.0.0.1:8123', null), { kind: 'none' });
    assert.deepEqual(tokenSourceFor(github, 'https://evil.example/api', null), { kind: 'none' });
  });

  it('sends a GitHub Enterprise sign-in only to the configured Enterprise host that the remote names', () => {
    const ghe = project('https://code.corp.example/o/r.git', [{ host: 'code.corp.example', kind: 'github-enterprise' }]);
    assert.deepEqual(tokenSourceFor(ghe, 'https://code.corp.example/api/v3', 'code.corp.example'), { kind: 'github-enterprise', host: 'code.corp.example' });
    assert.deepEqual(tokenSourceFor(ghe, 'https://other.example/api/v3', 'code.corp.example'), { kind: 'none' });
    assert.deepEqual(tokenSourceFor(ghe, 'https://code.corp.example/api/v3', 'another.example'), { kind: 'none' });
    assert.deepEqual(tokenSourceFor(ghe, 'http://code.corp.example/api/v3', 'code.corp.example'), { kind: 'none' }, 'never over plain http');
  });

  it('sends a GitHub Enterprise sign-in over plain http only to a server on this machine that is the configured host', () => {
    const local = project('http://127.0.0.1:8080/o/r.git', [{ host: '127.0.0.1', kind: 'github-enterprise' }]);
    assert.deepEqual(tokenSourceFor(local, 'http://127.0.0.1:8080', '127.0.0.1'), { kind: 'github-enterprise', host: '127.0.0.1' });
    assert.deepEqual(tokenSourceFor(local, 'http://127.0.0.1:8080', null), { kind: 'none' }, 'not without the user\'s Enterprise setting');
    const remote = project('http://10.0.0.5/o/r.git', [{ host: '10.0.0.5', kind: 'github-enterprise' }]);
    assert.deepEqual(tokenSourceFor(remote, 'http://10.0.0.5/api/v3', '10.0.0.5'), { kind: 'none' }, 'plain http across a network never carries it');
  });

  it('keys a GitLab token by the API origin it was entered for', () => {
    const gitlab = project('git@gitlab.com:g/sub/r.git');
    assert.deepEqual(tokenSourceFor(gitlab, 'https://gitlab.com/api/v4', null), { kind: 'gitlab', origin: 'https://gitlab.com' });
    assert.deepEqual(tokenSourceFor(gitlab, 'http://127.0.0.1:9000/api/v4', null), { kind: 'gitlab', origin: 'http://127.0.0.1:9000' });
  });

  it('accepts only http(s) API addresses without credentials', () => {
    assert.equal(checkedApiUrl(' https://ghe.example/api/v3/ '), 'https://ghe.example/api/v3');
    assert.equal(checkedApiUrl('file:///etc/passwd'), null);
    assert.equal(checkedApiUrl('https://user:pw@ghe.example/api/v3'), null);
    assert.equal(checkedApiUrl('not a url'), null);
  });
});

describe('issue references typed into Start Working on Issue', () => {
  const cases: [string, ReturnType<typeof parseIssueRef>][] = [
    ['42', { number: 42, path: null }],
    ['#7', { number: 7, path: null }],
    ['https://github.com/Onramp-Demo/widget/issues/12', { number: 12, path: 'onramp-demo/widget' }],
    ['https://gitlab.com/group/sub/project/-/issues/3', { number: 3, path: 'group/sub/project' }],
    ['https://github.com/o/r/pull/12', null],
    ['twelve', null],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(parseIssueRef(text), expected));
});

describe('an issue body rendered for the preview', () => {
  it('shows raw HTML as text and keeps only http(s) links, as data attributes', () => {
    const { html, urls } = renderIssueMarkdown('<script>alert(1)</script>\n\n[docs](https://example.org/docs) [run](command:workbench.action.terminal.new) [js](javascript:alert(1))');
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;script&gt;'));
    assert.ok(html.includes('data-url="https://example.org/docs"'));
    assert.ok(!/href="(?!#)/.test(html), 'no href the page would follow');
    assert.ok(!html.includes('command:') || html.includes('<span class="refused-link">run</span>'));
    assert.deepEqual([...urls], ['https://example.org/docs']);
  });

  it('replaces remote images by a placeholder until images are allowed, then loads only https ones', () => {
    const text = '![screenshot](https://img.example/a.png) ![tracker](http://img.example/pixel.gif)';
    const before = renderIssueMarkdown(text);
    assert.equal(before.remoteImages, 2);
    assert.ok(!before.html.includes('<img'));
    assert.ok(before.html.includes('[screenshot]'));
    const after = renderIssueMarkdown(text, { images: true });
    assert.ok(after.html.includes('<img src="https://img.example/a.png"'));
    assert.ok(!after.html.includes('<img src="http:'), 'plain http images stay out');
  });
});
