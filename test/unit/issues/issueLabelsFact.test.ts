import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';

describe('the issueLabels fact', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onramp-labels-'));
    writeFileSync(join(root, 'CONTRIBUTING.md'), '# Contributing\n\nNew here? Look for issues labelled `starter task` or `help wanted`.\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('comes from the guide, with its line, when there is no maintainer file', async () => {
    const facts = await readGuide(new NodeRepoFiles(root));
    assert.deepEqual(facts.issueLabels?.value, ['starter task', 'help wanted']);
    assert.deepEqual({ file: facts.issueLabels?.source.file, line: facts.issueLabels?.source.line, origin: facts.issueLabels?.origin }, { file: 'CONTRIBUTING.md', line: 3, origin: 'guide' });
    assert.deepEqual(toInspectJson(facts).issueLabels, ['starter task', 'help wanted']);
  });

  it("takes the maintainer file's labels over the guide's, as origin config", async () => {
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github', 'onramp.yml'), 'version: 1\nlabels:\n  - first-timers\n');
    const facts = await readGuide(new NodeRepoFiles(root));
    assert.deepEqual(facts.issueLabels?.value, ['first-timers']);
    assert.equal(facts.issueLabels?.origin, 'config');
    assert.equal(facts.issueLabels?.source.file, '.github/onramp.yml');
  });

  it('is unknown when neither names a label', async () => {
    writeFileSync(join(root, 'CONTRIBUTING.md'), '# Contributing\n\nRun `npm test` before you push.\n');
    assert.equal((await readGuide(new NodeRepoFiles(root))).issueLabels, null);
  });
});
