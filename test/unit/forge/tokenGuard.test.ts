import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubClient } from '../../../src/core/forge/github';
import { GitLabClient } from '../../../src/core/forge/gitlab';
import { FileResponseCache, mayCarryToken } from '../../../src/core/forge';
import { ReplayServer } from '../../support/replayServer';

const TOKEN = 'ghp_guardTOKEN1122334455';

describe('a token goes only to the host it belongs to', function () {
  this.timeout(20_000);
  let api: ReplayServer;
  let elsewhere: ReplayServer;
  beforeEach(async () => {
    api = await ReplayServer.start();
    elsewhere = await ReplayServer.start();
  });
  afterEach(async () => {
    await api.close();
    await elsewhere.close();
  });

  it('a pagination Link to another host is followed without the token', async () => {
    api.add({ path: '/repos/o/r/labels', reply: { body: [{ name: 'good first issue' }], headers: { link: `<${elsewhere.url}/repos/o/r/labels?page=2>; rel="next"` } } });
    elsewhere.add({ path: '/repos/o/r/labels', query: { page: '2' }, reply: { body: [{ name: 'help wanted' }] } });
    const labels = await new GitHubClient('o/r', { apiBaseUrl: api.url, token: TOKEN }).listLabels();
    assert.deepEqual(labels.map((l) => l.name), ['good first issue', 'help wanted']);
    assert.equal(api.requests[0].headers.authorization, `token ${TOKEN}`);
    assert.equal(elsewhere.requests.length, 1);
    assert.equal(elsewhere.requests[0].headers.authorization, undefined);
  });

  it('a redirect to another host is followed without the token', async () => {
    api.add({ path: '/repos/o/r', reply: { status: 302, headers: { location: `${elsewhere.url}/repos/o/r` } } });
    elsewhere.add({ path: '/repos/o/r', reply: { body: { full_name: 'o/r', html_url: 'https://github.com/o/r', default_branch: 'main', fork: false } } });
    assert.equal((await new GitHubClient('o/r', { apiBaseUrl: api.url, token: TOKEN }).getRepository()).defaultBranch, 'main');
    assert.equal(api.requests[0].headers.authorization, `token ${TOKEN}`);
    assert.deepEqual(Object.keys(elsewhere.requests[0].headers).filter((h) => /authorization|token/i.test(h)), []);
  });

  it('GitLab: PRIVATE-TOKEN to the API only, not to a Link elsewhere', async () => {
    const project = '/api/v4/projects/group%2Fapp';
    api.add({ path: `${project}/labels`, reply: { body: [{ name: 'good first issue' }], headers: { link: `<${elsewhere.url}${project}/labels?page=2>; rel="next"` } } });
    elsewhere.add({ path: `${project}/labels`, query: { page: '2' }, reply: { body: [{ name: 'quick win' }] } });
    const labels = await new GitLabClient('group/app', { apiBaseUrl: `${api.url}/api/v4`, token: TOKEN }).listLabels();
    assert.deepEqual(labels.map((l) => l.name), ['good first issue', 'quick win']);
    assert.equal(api.requests[0].headers['private-token'], TOKEN);
    assert.equal(elsewhere.requests[0].headers['private-token'], undefined);
  });

  it('never over plain HTTP except to this machine, and never to another port or scheme', () => {
    assert.equal(mayCarryToken(new URL('https://api.github.com/repos/o/r'), 'https://api.github.com'), true);
    assert.equal(mayCarryToken(new URL('https://api.github.com.evil.example/x'), 'https://api.github.com'), false);
    assert.equal(mayCarryToken(new URL('http://api.github.com/x'), 'https://api.github.com'), false);
    assert.equal(mayCarryToken(new URL('https://api.github.com:8443/x'), 'https://api.github.com'), false);
    assert.equal(mayCarryToken(new URL('http://gitlab.example.org/api/v4/x'), 'http://gitlab.example.org/api/v4'), false);
    assert.equal(mayCarryToken(new URL('http://127.0.0.1:4000/x'), 'http://127.0.0.1:4000'), true);
  });

  it('the disk cache holds answers, never the token, and shrugs off a corrupt file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'onramp-cache-'));
    try {
      api.add({ path: '/repos/o/r/labels', reply: { body: [{ name: 'good first issue' }], etag: '"e1"' } });
      const cache = new FileResponseCache(folder);
      await new GitHubClient('o/r', { apiBaseUrl: api.url, token: TOKEN, cache }).listLabels();
      const files = readdirSync(folder);
      assert.equal(files.length, 1);
      const text = readFileSync(join(folder, files[0]), 'utf8');
      assert.ok(!text.includes(TOKEN));
      assert.ok(!/authorization/i.test(text));
      assert.match(text, /good first issue/);

      api.reset();
      const again = new GitHubClient('o/r', { apiBaseUrl: api.url, token: TOKEN, cache: new FileResponseCache(folder) });
      await again.listLabels();
      assert.equal(api.notModified, 1);

      writeFileSync(join(folder, files[0]), '{ not json');
      api.reset();
      await new GitHubClient('o/r', { apiBaseUrl: api.url, token: TOKEN, cache: new FileResponseCache(folder) }).listLabels();
      assert.equal(api.fullAnswers, 1, 'a corrupt entry is a miss');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
