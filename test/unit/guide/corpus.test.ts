import * as assert from 'node:assert/strict';
import { materializedCorpus } from '../support/corpus';
import { skipBecause } from '../support/skip';
import { Evaluation, evaluateCorpus } from './evaluate';

/**
 * Floors set from the achieved scores minus a small margin, so a change that makes the reader worse on the
 * labelled corpus fails here (scripts/eval-guide-reader.mjs prints the full table and per-project diffs).
 */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'files.guide': { precision: 1, recall: 1 },
  'files.commitlintConfig': { precision: 1, recall: 1 },
  guideIsPointerOnly: { precision: 0.95, recall: 0.95 },
  acceptsPullRequests: { precision: 0.95, recall: 0.95 },
  baseBranch: { precision: 0.85, recall: 0.85 },
  'commit.convention': { precision: 0.9, recall: 0.85 },
  'commit.subjectMaxLength': { precision: 0.75, recall: 0.75 },
  'commit.signOff': { precision: 0.95, recall: 0.95 },
  claRequired: { precision: 0.95, recall: 0.95 },
  'changelog.required': { precision: 0.95, recall: 0.95 },
  'changelog.how': { precision: 0.8, recall: 0.8 },
  discussFirst: { precision: 0.9, recall: 0.9 },
  'files.prTemplates': { precision: 1, recall: 1 },
  'commit.types': { precision: 0.95, recall: 0.95 },
  'commands.setup': { precision: 0.82, recall: 0.95 },
  'commands.test': { precision: 0.8, recall: 0.95 },
  'commands.lint': { precision: 0.83, recall: 0.95 },
  checklist: { precision: 0.9, recall: 0.95 },
};

describe('guide reader on the labelled corpus', () => {
  let evaluation: Evaluation;
  before(async function () {
    const { corpus, missing } = materializedCorpus();
    if (!corpus) skipBecause(this, missing);
    evaluation = await evaluateCorpus(corpus);
  });

  it('keeps every field at or above its floor', () => {
    const below = evaluation.fields
      .filter((f) => FLOORS[f.field])
      .filter((f) => (!Number.isNaN(f.precision) && f.precision < FLOORS[f.field].precision) || (!Number.isNaN(f.recall) && f.recall < FLOORS[f.field].recall))
      .map((f) => `${f.field}: precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}`);
    assert.deepEqual(below, []);
  });

  it('cites the labelled line for nearly every matched command and checklist item', () => {
    assert.ok(evaluation.lines.sameLine / evaluation.lines.matched >= 0.95);
  });

  it('never guesses a branch naming rule where none is stated', () => {
    for (const [project, json] of evaluation.predictions) if (!evaluation.unlabelled.includes(project)) assert.equal(json.branchNaming, null, project);
  });

  const clear: [string, (e: Evaluation) => unknown, unknown][] = [
    ['express has no contribution material at all', (e) => e.predictions.get('expressjs__express')?.files.guide, null],
    ['the cli guide lives in .github/', (e) => e.predictions.get('cli__cli')?.files.guide, '.github/CONTRIBUTING.md'],
    ['ESLint\u2019s guide is only a pointer', (e) => e.predictions.get('eslint__eslint')?.guideIsPointerOnly, true],
    ['Go tools take Gerrit CLs, not pull requests', (e) => e.predictions.get('golang__tools')?.acceptsPullRequests, false],
    ['etcd asks for sign-off', (e) => e.predictions.get('etcd-io__etcd')?.commit.signOff, 'required'],
    ['etcd prefixes commits with the package', (e) => e.predictions.get('etcd-io__etcd')?.commit.convention, 'area-prefix'],
    ['nest has an invalid commitlint config, still located', (e) => e.predictions.get('nestjs__nest')?.files.commitlintConfig, '.commitlintrc.json'],
    ['vite limits the subject to 50 characters', (e) => e.predictions.get('vitejs__vite')?.commit.subjectMaxLength, 50],
    ['svelte asks for changesets', (e) => e.predictions.get('sveltejs__svelte')?.changelog.how, 'changesets'],
    ['kubernetes wants the release note in the PR body', (e) => e.predictions.get('kubernetes__kubernetes')?.changelog.how, 'pr-body'],
    ['react branches from master', (e) => e.predictions.get('facebook__react')?.baseBranch, 'master'],
    ['phoenix tests with mix test', (e) => e.predictions.get('phoenixframework__phoenix')?.commands.test.map((c) => c.command), ['mix test']],
  ];
  for (const [name, get, expected] of clear) {
    it(`knows that ${name}`, () => assert.deepEqual(get(evaluation), expected));
  }
});
