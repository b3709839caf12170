import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { findPrTemplates } from '../../../src/core/guide/findFiles';
import { candidatePaths } from '../../../src/core/guide/candidatePaths';
import { chooseTemplate, templateChoices } from '../../../src/core/checklist/templates';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const GITLAB = {
  'CONTRIBUTING.md': '# Contributing\n\nSend a merge request.\n',
  '.gitlab/merge_request_templates/Bug fix.md': '## Checklist\n\n- [ ] A test reproduces the bug\n',
  '.gitlab/merge_request_templates/Default.md': '## Checklist\n\n- [ ] The pipeline passes\n- [ ] The docs are updated\n',
};

describe('templates of other forges (session 9)', () => {
  it('reads GitLab merge request templates, the default one first, when there is no pull request template', async () => {
    const files = new MemoryRepoFiles(GITLAB);
    assert.deepEqual(await findPrTemplates(files), ['.gitlab/merge_request_templates/Default.md', '.gitlab/merge_request_templates/Bug fix.md']);
    const json = toInspectJson(await readGuide(files));
    assert.deepEqual(json.checklist.map((c) => [c.text, c.source.file]).slice(0, 2), [
      ['The pipeline passes', '.gitlab/merge_request_templates/Default.md'],
      ['The docs are updated', '.gitlab/merge_request_templates/Default.md'],
    ]);
  });

  it('offers GitLab\'s Default.md as the template filled in by itself', () => {
    const choices = templateChoices(Object.keys(GITLAB).filter((p) => p.startsWith('.gitlab')), () => undefined);
    assert.equal(chooseTemplate(choices)?.path, '.gitlab/merge_request_templates/Default.md');
  });

  it('leaves GitLab\'s templates out when the project keeps a pull request template', async () => {
    const files = new MemoryRepoFiles({ ...GITLAB, '.github/pull_request_template.md': '- [ ] Tests pass\n' });
    assert.deepEqual(await findPrTemplates(files), ['.github/pull_request_template.md']);
  });

  it('reads a Gitea or Forgejo pull request template', async () => {
    assert.deepEqual(await findPrTemplates(new MemoryRepoFiles({ '.gitea/pull_request_template.md': '- [ ] Tests pass\n' })), ['.gitea/pull_request_template.md']);
    assert.deepEqual(await findPrTemplates(new MemoryRepoFiles({ '.forgejo/PULL_REQUEST_TEMPLATE.md': '- [ ] Tests pass\n' })), ['.forgejo/PULL_REQUEST_TEMPLATE.md']);
  });

  it('watches the places these templates live', () => {
    const watched = candidatePaths();
    for (const path of ['.gitlab/merge_request_templates/Default.md', '.gitea/pull_request_template.md', '.forgejo/PULL_REQUEST_TEMPLATE/x.md']) assert.ok(watched.matches(path), path);
    assert.ok(!watched.matches('.gitlab/issue_templates/Bug.md'));
  });
});
