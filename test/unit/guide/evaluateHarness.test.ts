import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCorpus, formatTable } from './evaluate';

/**
 * The scoring harness itself: the corpus beside a clone can be newer or older than the labels in this repository
 * (projects added, projects dropped). Neither may stop the evaluation; both are said, and only projects with a
 * label are scored.
 */
describe('scoring the reader against a corpus that does not match the labels', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onramp-eval-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const project = (name: string, guide: string): void => {
    mkdirSync(join(root, 'guides', name), { recursive: true });
    writeFileSync(join(root, 'guides', name, 'CONTRIBUTING.md'), guide);
  };
  const label = (name: string, baseBranch: string | null): void => {
    mkdirSync(join(root, 'expected'), { recursive: true });
    const empty = { files: { guide: 'CONTRIBUTING.md', prTemplates: [], commitlintConfig: null, config: null }, guideIsPointerOnly: false, acceptsPullRequests: true, baseBranch };
    const rest = { commit: { convention: null, types: null, subjectMaxLength: null, signOff: null }, claRequired: null, changelog: { required: null, how: null }, branchNaming: null, discussFirst: null };
    writeFileSync(join(root, 'expected', `${name}.json`), JSON.stringify({ ...empty, ...rest, commands: { setup: [], test: [], lint: [] }, checklist: [] }));
  };

  it('reads a project with no label without scoring it, and names it under the table', async () => {
    project('acme__labelled', '# Contributing\n\nOpen pull requests against the `develop` branch.\n');
    project('acme__new', '# Contributing\n\nOpen pull requests against the `trunk` branch.\n');
    label('acme__labelled', 'develop');
    const evaluation = await evaluateCorpus({ guides: join(root, 'guides'), expected: join(root, 'expected') });
    const base = evaluation.fields.find((f) => f.field === 'baseBranch');
    assert.deepEqual([base?.truePositives, base?.predicted, base?.labelled], [1, 1, 1]);
    assert.equal(evaluation.predictions.get('acme__new')?.baseBranch, 'trunk', 'the unlabelled project is still read');
    assert.deepEqual(evaluation.unlabelled, ['acme__new']);
    assert.match(formatTable(evaluation), /read but not scored \(no labels yet\): acme__new/);
  });

  it('leaves out a label whose project the corpus lacks, and says so', async () => {
    project('acme__labelled', '# Contributing\n\nOpen pull requests against the `develop` branch.\n');
    label('acme__labelled', 'develop');
    label('acme__gone', 'main');
    const evaluation = await evaluateCorpus({ guides: join(root, 'guides'), expected: join(root, 'expected') });
    assert.equal(evaluation.fields.find((f) => f.field === 'baseBranch')?.labelled, 1);
    assert.deepEqual(evaluation.absent, ['acme__gone']);
    assert.match(formatTable(evaluation), /labelled but not in this corpus, left out: acme__gone/);
  });

  it("scores a second labeller's answers in place of the reader's, with the same matching", async () => {
    project('acme__one', '# Contributing\n\nOpen pull requests against the `develop` branch.\n');
    project('acme__two', '# Contributing\n');
    label('acme__one', 'develop');
    label('acme__two', 'main');
    // The second labeller agrees on one project and reads another branch on the other: the guide's text is not read.
    const second = (baseBranch: string) => ({
      files: { guide: 'CONTRIBUTING.md', prTemplates: [], commitlintConfig: null, config: null },
      guideIsPointerOnly: false,
      acceptsPullRequests: true,
      baseBranch,
      commit: { convention: null, types: null, subjectMaxLength: null, signOff: null },
      claRequired: null,
      changelog: { required: null, how: null },
      branchNaming: null,
      discussFirst: null,
      commands: { setup: [], test: [], lint: [] },
      checklist: [],
    });
    const evaluation = await evaluateCorpus({
      guides: join(root, 'guides'),
      expected: join(root, 'expected'),
      // (A label has the answer's shape; the reader's extra fields are not scored.)
      predict: async (name) => second(name === 'acme__one' ? 'develop' : 'trunk') as never,
    });
    const base = evaluation.fields.find((f) => f.field === 'baseBranch');
    assert.deepEqual([base?.truePositives, base?.predicted, base?.labelled], [1, 2, 2]);
    assert.deepEqual(evaluation.mismatches.get('acme__two'), ['baseBranch: predicted "trunk", labelled "main"']);
  });
});
