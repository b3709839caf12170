import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { readGuide } from '../../../src/core/guide/readGuide';
import { chooseTemplate, closesIssue, pullRequestTitle, renderBody, templateChoices } from '../../../src/core/checklist';
import { materializedCorpus } from '../support/corpus';
import { skipBecause } from '../support/skip';

const TEMPLATE = [
  '## What does this change?',
  '',
  '<!-- Describe the change and why it is needed. -->',
  '',
  'Fixes #',
  '',
  '## Checklist',
  '',
  '- [ ] Tests added or updated',
  '- [ ] `npm test` passes',
  '- [x] Commits are signed off (DCO)',
  '<!-- - [ ] Maintainers only: release notes reviewed -->',
  '',
  '```html',
  '<!-- kept: this is code -->',
  'Closes #',
  '```',
].join('\n');

describe('pull request body', () => {
  it('ticks the checked boxes, unticks the open ones, strips comments outside code and fills "Fixes #"', () => {
    const body = renderBody({ template: TEMPLATE, boxes: [{ line: 9, ticked: true }, { line: 10, ticked: false }, { line: 11, ticked: false }], issue: 42 });
    assert.equal(
      body,
      ['## What does this change?', '', 'Fixes #42', '', '## Checklist', '', '- [x] Tests added or updated', '- [ ] `npm test` passes', '- [ ] Commits are signed off (DCO)', '', '```html', '<!-- kept: this is code -->', 'Closes #', '```', ''].join('\n'),
    );
  });

  it('adds "Fixes #N" when nothing closes the issue, and not twice', () => {
    const body = renderBody({ template: '## Summary\n\nSee #7 for context.\n', boxes: [], issue: 7 });
    assert.equal(body, '## Summary\n\nSee #7 for context.\n\nFixes #7\n');
    assert.ok(closesIssue(body, 7));
    const again = renderBody({ template: body, boxes: [], issue: 7 });
    assert.equal(again.match(/Fixes #7/g)?.length, 1);
  });

  it('fills the common placeholders and leaves inline code alone', () => {
    const body = renderBody({
      template: 'Closes #(issue)\nfixes # (issue number)\nResolves #XXXX\nRelated issue: #\n**Which issue** *(in `fixes #<issue number>` format)*: fixes #\n',
      boxes: [],
      issue: 12,
    });
    assert.equal(body, 'Closes #12\nfixes #12\nResolves #12\nRelated issue: #12\n**Which issue** *(in `fixes #<issue number>` format)*: fixes #12\n');
  });

  it('drops front matter and an unclosed comment hides the rest, as on the forge', () => {
    const body = renderBody({ template: '---\nname: Bug fix\n---\n## Fix\n\nText <!-- hidden\n- [ ] still hidden\n', boxes: [], issue: null });
    assert.equal(body, '## Fix\n\nText\n');
  });

  it('takes the title from the issue, else the first commit', () => {
    assert.equal(pullRequestTitle({ title: 'Trim dashes' }, [{ message: 'fix: x', merge: false }]), 'Trim dashes');
    assert.equal(pullRequestTitle(null, [{ message: 'Merge main', merge: true }, { message: 'fix: trim dashes\n\nbody', merge: false }]), 'fix: trim dashes');
    assert.equal(pullRequestTitle(null, []), null);
  });

  it('offers templates by their real name: front matter name, else the file name, the default first', () => {
    const texts: Record<string, string> = {
      '.github/PULL_REQUEST_TEMPLATE/bug.md': '---\nname: Bug fix\nabout: x\n---\n- [ ] test\n',
      '.github/PULL_REQUEST_TEMPLATE/feature.md': '- [ ] docs\n',
      '.github/pull_request_template.md': '- [ ] all\n',
    };
    const choices = templateChoices(Object.keys(texts), (p) => texts[p]);
    assert.deepEqual(choices.map((c) => c.name), ['pull_request_template', 'Bug fix', 'feature']);
    assert.equal(chooseTemplate(choices)?.path, '.github/pull_request_template.md');
    assert.equal(chooseTemplate(choices, 'bug fix')?.path, '.github/PULL_REQUEST_TEMPLATE/bug.md');
    assert.equal(chooseTemplate(choices.slice(1)), null, 'two named templates and no default: the user chooses');
  });
});

describe('pull request body on real templates', function () {
  const corpus = materializedCorpus();
  before(function () {
    if (!corpus.corpus) skipBecause(this, corpus.missing);
  });

  it('every corpus template renders with its checklist boxes ticked, no comments left outside code, and Fixes #N', async function () {
    if (!corpus.corpus) return;
    let rendered = 0;
    for (const project of ['nestjs__nest', 'etcd-io__etcd', 'kubernetes__kubernetes', 'eslint__eslint', 'vitejs__vite', 'grafana__grafana', 'helm__helm']) {
      const dir = join(corpus.corpus.guides, project);
      if (!existsSync(dir)) continue;
      const facts = await readGuide(new NodeRepoFiles(dir));
      for (const path of facts.files.prTemplates) {
        const template = readFileSync(join(dir, path), 'utf8');
        const items = facts.checklist.filter((i) => i.file === path);
        const body = renderBody({ template, boxes: items.map((i) => ({ line: i.source.line, ticked: true })), issue: 321 });
        rendered++;
        assert.ok(closesIssue(body, 321), `${project}: closes the issue`);
        const outsideCode = body.replace(/^```[\s\S]*?^```/gm, '');
        assert.doesNotMatch(outsideCode, /<!--/, `${project}: a comment was left`);
        for (const item of items) {
          const words = item.text.replace(/[`*_]/g, '').slice(0, 25);
          const line = body.split('\n').find((l) => l.replace(/[`*_]/g, '').includes(words) && /\[[ xX]\]/.test(l));
          if (line) assert.match(line, /\[x\]/, `${project}: "${item.text}" ticked`);
        }
      }
    }
    assert.ok(rendered >= 5, `rendered ${rendered} templates`);
  });

  it("kubernetes' \"fixes #\" placeholder is filled, its format hint in code is not", async function () {
    if (!corpus.corpus) return;
    const dir = join(corpus.corpus.guides, 'kubernetes__kubernetes');
    const facts = await readGuide(new NodeRepoFiles(dir));
    const path = facts.files.prTemplates[0];
    const body = renderBody({ template: readFileSync(join(dir, path), 'utf8'), boxes: [], issue: 99 });
    assert.match(body, /fixes #<issue number>/);
    assert.match(body, /: fixes #99$/m);
    assert.doesNotMatch(body, /Fixes #99\s*$/, 'nothing appended: the placeholder already closes it');
  });
});
