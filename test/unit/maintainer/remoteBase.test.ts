import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileResponseCache } from '../../../src/core/forge';
import { GitHubClient } from '../../../src/core/forge/github';
import { GitLabClient } from '../../../src/core/forge/gitlab';
import { locateRemote, remoteBaseFetcher } from '../../../src/core/maintainer/remoteBase';
import { readMaintainerFile } from '../../../src/core/maintainer/readMaintainerFile';
import { MaintainerProblem } from '../../../src/core/maintainer/types';
import { ReplayServer } from '../../support/replayServer';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const FILE = '.github/onramp.yml';
const TOKEN = 'ghp_remoteBaseTOKEN1234567890';
const GITHUB = { host: 'github.com', hostKind: 'github' as const, path: 'acme/widget' };
const said = (problems: readonly MaintainerProblem[]): string[] => problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.severity} ${p.message}${p.shownAt ? ` [at ${p.shownAt.file}:${p.shownAt.line}]` : ''}`);

/** A contents-API answer, as GitHub and GitLab send it: base64 in JSON, with the size. */
const contents = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'file', encoding: 'base64', size: Buffer.byteLength(text), content: Buffer.from(text).toString('base64'), ...extra });

const BASE = 'steps:\n  - id: sign-cla\n    title: Sign the CLA\n  - id: tests\n    title: Team tests\nlabels: [team-starter]\n';
const LOCAL = 'extends: acme/onboarding:onramp/base.yml@v1\nsteps:\n  - id: tests\n    title: Our tests\n';

describe('maintainer file: bases in another repository, fetched through the forge', function () {
  this.timeout(20_000);
  let server: ReplayServer;
  let cacheDir: string;
  beforeEach(async () => {
    server = await ReplayServer.start();
    cacheDir = mkdtempSync(join(tmpdir(), 'onramp-remote-cache-'));
  });
  afterEach(async () => {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const github = (apiBaseUrl = server.url, now?: () => number) => {
    const client = new GitHubClient('acme/widget', { apiBaseUrl, token: TOKEN, cache: new FileResponseCache(cacheDir), retries: 0, timeoutMs: 3000 });
    return remoteBaseFetcher({ project: GITHUB, repository: (repo) => client.forRepository(repo), maxBytes: 64 * 1024, now });
  };
  const read = (text: string, fetchRemote: ReturnType<typeof github>, extra: Record<string, string> = {}) => readMaintainerFile(new MemoryRepoFiles({ [FILE]: text, ...extra }), FILE, { fetchRemote });

  it('fetches the base at its ref with the token, merges it under the file, and revalidates the cached copy with its ETag', async () => {
    server.add({ path: '/repos/acme/onboarding/contents/onramp/base.yml', query: { ref: 'v1' }, reply: { body: contents(BASE), etag: '"base-v1"' } });
    const first = await read(LOCAL, github());
    assert.deepEqual(said(first.problems), []);
    assert.deepEqual(first.config?.steps.map((s) => [s.id, s.title]), [['sign-cla', 'Sign the CLA'], ['tests', 'Our tests']]);
    assert.deepEqual(first.config?.labels?.value, ['team-starter']);
    assert.deepEqual(first.config?.mergedFrom, ['acme/onboarding:onramp/base.yml@v1', FILE]);
    assert.equal(server.requests[0].headers.authorization, `token ${TOKEN}`);

    const second = await read(LOCAL, github());
    assert.equal(server.requests[1].headers['if-none-match'], '"base-v1"');
    assert.equal(server.notModified, 1, 'the second read was answered 304 from the cache');
    assert.deepEqual(second.config?.steps.map((s) => s.id), ['sign-cla', 'tests']);
  });

  it('uses the cached copy when the host cannot be reached, saying how old it is', async () => {
    server.add({ path: '/repos/acme/onboarding/contents/onramp/base.yml', query: { ref: 'v1' }, reply: { body: contents(BASE), etag: '"base-v1"' } });
    await read(LOCAL, github());
    const url = server.url;
    await server.close();
    const threeHoursLater = () => Date.now() + 3 * 60 * 60 * 1000 + 60_000;
    const offline = await read(LOCAL, github(url, threeHoursLater));
    assert.deepEqual(said(offline.problems), [`${FILE}:1 info github.com could not be reached, so Onramp uses its copy of the base "acme/onboarding:onramp/base.yml@v1" fetched 3 hours ago.`]);
    assert.deepEqual(offline.config?.steps.map((s) => s.id), ['sign-cla', 'tests']);
    server = await ReplayServer.start();
  });

  it('says why a base is missing (not found, rate limit, offline without a copy), and the rest of the file still works', async () => {
    server.add(
      { path: '/repos/acme/onboarding/contents/onramp/base.yml', reply: { status: 404, body: { message: 'Not Found' } } },
      { path: '/repos/acme/limits/contents/base.yml', reply: { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600) }, body: { message: 'API rate limit exceeded' } } },
    );
    const notFound = await read(LOCAL.replace('@v1', ''), github());
    assert.deepEqual(said(notFound.problems), [`${FILE}:1 warning The base "acme/onboarding:onramp/base.yml" could not be fetched: github.com has no file onramp/base.yml in acme/onboarding, or your account cannot see it. The rest of this file applies without it.`]);
    assert.deepEqual(notFound.config?.steps.map((s) => s.id), ['tests']);

    const limited = await read('extends: acme/limits:base.yml\nbaseBranch: main\n', github());
    assert.equal(limited.problems.length, 1);
    assert.match(limited.problems[0].message, /^The base "acme\/limits:base\.yml" could not be fetched: 127\.0\.0\.1:\d+'s rate limit is used up; it resets in 10 minutes/);
    assert.equal(limited.config?.baseBranch?.value, 'main');

    const offline = await read(LOCAL, github('http://127.0.0.1:9'));
    assert.match(offline.problems[0].message, /could not be fetched: Could not reach 127\.0\.0\.1:9/);
    assert.deepEqual(offline.config?.steps.map((s) => s.id), ['tests']);
  });

  it('names a base\'s problems by the base and its line, shown at the extends line that leads there', async () => {
    server.add({ path: '/repos/acme/onboarding/contents/onramp/base.yml', query: { ref: 'v1' }, reply: { body: contents('steps:\n  - id: ok\n    title: Fine\n  - id: Bad Id\n    title: Bad\nbogus: 1\n') } });
    const result = await read(`# team file\n${LOCAL}`, github());
    assert.deepEqual(said(result.problems), [
      'acme/onboarding:onramp/base.yml@v1:4 error steps[1].id "Bad Id": A step id uses lower-case letters, digits and -, and starts with a letter or digit, e.g. run-tests. This step is left out. [at .github/onramp.yml:2]',
      'acme/onboarding:onramp/base.yml@v1:6 warning Unknown key "bogus" at the top level; it is ignored. [at .github/onramp.yml:2]',
    ]);
    assert.deepEqual(result.config?.steps.map((s) => s.id), ['ok', 'tests']);
  });

  it('refuses a step body file in a base from another repository, keeping the step', async () => {
    server.add({ path: '/repos/acme/onboarding/contents/onramp/base.yml', query: { ref: 'v1' }, reply: { body: contents('steps:\n  - id: cla\n    title: Sign\n    bodyFile: docs/cla.md\n') } });
    const result = await read(LOCAL, github(), { 'docs/cla.md': '# A file of this repository, not of the base\'s\n' });
    assert.deepEqual(said(result.problems), [
      `acme/onboarding:onramp/base.yml@v1:4 error "cla": a base from another repository cannot take a step's text from a file (bodyFile); write it in body. The step has no body. [at ${FILE}:1]`,
    ]);
    assert.deepEqual(result.config?.steps.map((s) => [s.id, s.body]), [['cla', null], ['tests', null]]);
    assert.ok(!result.filesRead.includes('docs/cla.md'));
  });

  it('reads a plain path in a base from the base\'s own repository, and finds a cycle back through this repository', async () => {
    server.add(
      { path: '/repos/acme/onboarding/contents/onramp/base.yml', query: { ref: 'v1' }, reply: { body: contents('extends: [onramp/common.yml]\nsteps:\n  - id: base\n    title: Base\n') } },
      { path: '/repos/acme/onboarding/contents/onramp/common.yml', query: { ref: 'v1' }, reply: { body: contents('extends: acme/widget:.github/onramp.yml\nsteps:\n  - id: common\n    title: Common\n') } },
    );
    // This repository has its own onramp/common.yml: it must not be the one read.
    const result = await read(LOCAL, github(), { 'onramp/common.yml': 'steps:\n  - id: wrong\n    title: Wrong\n' });
    assert.deepEqual(said(result.problems), [
      `acme/onboarding:onramp/common.yml@v1:1 error The bases form a cycle (${FILE} → acme/onboarding:onramp/base.yml@v1 → acme/onboarding:onramp/common.yml@v1 → ${FILE}); "${FILE}" is not read again here. [at ${FILE}:1]`,
    ]);
    assert.deepEqual(result.config?.steps.map((s) => s.id), ['common', 'base', 'tests']);
    assert.deepEqual(server.requests.map((r) => r.url), ['/repos/acme/onboarding/contents/onramp/base.yml?ref=v1', '/repos/acme/onboarding/contents/onramp/common.yml?ref=v1']);
  });

  it('refuses a base on another host, or larger than the cap, without reading it', async () => {
    server.add({ path: '/repos/acme/big/contents/base.yml', reply: { body: contents('labels: [x]\n', { size: 5 * 1024 * 1024 }) } });
    const elsewhere = await read('extends: https://gitlab.com/acme/onboarding/-/blob/main/base.yml\nbaseBranch: main\n', github());
    assert.deepEqual(said(elsewhere.problems), [
      `${FILE}:1 warning The base "https://gitlab.com/acme/onboarding/-/blob/main/base.yml" could not be fetched: it is on gitlab.com, and this repository is on github.com; Onramp fetches bases only from this repository's own host, so that a sign-in never goes to another. The rest of this file applies without it.`,
    ]);
    assert.equal(elsewhere.config?.baseBranch?.value, 'main');
    const big = await read('extends: acme/big:base.yml\n', github());
    assert.match(big.problems[0].message, /could not be fetched: the file is 5242880 bytes, more than the 65536 Onramp reads\. The rest/);
    assert.deepEqual(server.requests.map((r) => r.url), ['/repos/acme/big/contents/base.yml'], 'nothing was asked of gitlab.com or of this server for it');
  });

  it('fetches from GitLab\'s repository files API, at HEAD when no ref is given, with the token in PRIVATE-TOKEN', async () => {
    server.add({ path: '/api/v4/projects/team%2Fsub%2Fonboarding/repository/files/onramp%2Fbase.yml', query: { ref: 'HEAD' }, reply: { body: contents(BASE) } });
    const client = new GitLabClient('team/sub/widget', { apiBaseUrl: `${server.url}/api/v4`, token: 'glpat-secret', retries: 0 });
    const fetchRemote = remoteBaseFetcher({ project: { host: 'gitlab.example.org', hostKind: 'gitlab', path: 'team/sub/widget' }, repository: (repo) => client.forRepository(repo), maxBytes: 64 * 1024 });
    const result = await readMaintainerFile(new MemoryRepoFiles({ [FILE]: 'extends: https://gitlab.example.org/team/sub/onboarding/-/blob/HEAD/onramp/base.yml\n' }), FILE, { fetchRemote });
    assert.deepEqual(said(result.problems), []);
    assert.deepEqual(result.config?.steps.map((s) => s.id), ['sign-cla', 'tests']);
    assert.equal(server.requests[0].headers['private-token'], 'glpat-secret');
  });

  it('locates both spellings of a base on the same host and refuses addresses that are not files', () => {
    assert.deepEqual(locateRemote({ kind: 'url', url: 'https://github.com/acme/onboarding/blob/main/onramp/base.yml', text: '' }, GITHUB), { location: { host: 'github.com', repo: 'acme/onboarding', path: 'onramp/base.yml', ref: 'main' } });
    assert.deepEqual(locateRemote({ kind: 'url', url: 'https://raw.githubusercontent.com/acme/onboarding/v2/base.yml', text: '' }, GITHUB), { location: { host: 'github.com', repo: 'acme/onboarding', path: 'base.yml', ref: 'v2' } });
    assert.deepEqual(locateRemote({ kind: 'repo', repo: 'acme/onboarding', path: 'base.yml', ref: null, text: '' }, GITHUB), { location: { host: 'github.com', repo: 'acme/onboarding', path: 'base.yml', ref: null } });
    assert.match((locateRemote({ kind: 'url', url: 'https://github.com/acme/onboarding', text: '' }, GITHUB) as { refused: string }).refused, /not the address of a file/);
    assert.match((locateRemote({ kind: 'url', url: 'https://github.com/acme/onboarding/blob/main/../../x.yml', text: '' }, GITHUB) as { refused: string }).refused, /not the address of a file/);
  });
});
