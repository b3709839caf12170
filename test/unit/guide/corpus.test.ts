import * as assert from 'node:assert/strict';
import { materializedCorpus } from '../support/corpus';
import { skipBecause } from '../support/skip';
import type { InspectJson } from '../../../src/core/guide/facts';
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

describe('guide reader on the labelled corpus', function () {
  // Reading 21 projects takes about a second here; a slow shared machine gets the same room as the check's corpus suite.
  this.timeout(60_000);
  let evaluation: Evaluation;
  before(async function () {
    const { corpus, missing } = materializedCorpus();
    if (!corpus) skipBecause(this, missing);
    evaluation = await evaluateCorpus(corpus);
  });

  it('reads every project of the corpus without an error', () => {
    assert.deepEqual(evaluation.errors.map((e) => `${e.project}: ${e.error.split('\n')[0]}`), []);
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

  const clear: [string, string, (json: InspectJson) => unknown, unknown][] = [
    ['express has no contribution material at all', 'expressjs__express', (j) => j.files.guide, null],
    ['the cli guide lives in .github/', 'cli__cli', (j) => j.files.guide, '.github/CONTRIBUTING.md'],
    ['ESLint\u2019s guide is only a pointer', 'eslint__eslint', (j) => j.guideIsPointerOnly, true],
    ['Go tools take Gerrit CLs, not pull requests', 'golang__tools', (j) => j.acceptsPullRequests, false],
    ['etcd asks for sign-off', 'etcd-io__etcd', (j) => j.commit.signOff, 'required'],
    ['etcd prefixes commits with the package', 'etcd-io__etcd', (j) => j.commit.convention, 'area-prefix'],
    ['nest has an invalid commitlint config, still located', 'nestjs__nest', (j) => j.files.commitlintConfig, '.commitlintrc.json'],
    ['vite limits the subject to 50 characters', 'vitejs__vite', (j) => j.commit.subjectMaxLength, 50],
    ['svelte asks for changesets', 'sveltejs__svelte', (j) => j.changelog.how, 'changesets'],
    ['kubernetes wants the release note in the PR body', 'kubernetes__kubernetes', (j) => j.changelog.how, 'pr-body'],
    ['react branches from master', 'facebook__react', (j) => j.baseBranch, 'master'],
    ['phoenix tests with mix test', 'phoenixframework__phoenix', (j) => j.commands.test.map((c) => c.command), ['mix test']],
  ];
  for (const [name, project, get, expected] of clear) {
    it(`knows that ${name}`, function () {
      const json = evaluation.predictions.get(project);
      if (!json) skipBecause(this, `${project} is not in this copy of the corpus.`);
      assert.deepEqual(get(json), expected);
    });
  }
});
