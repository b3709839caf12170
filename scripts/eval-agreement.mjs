// How far two people labelling the same projects agree: the development set's labels (test/fixtures/devset/expected)
// scored against a second, independent labelling of some of its projects, field by field, with the scoring the reader
// gets. It is the ceiling a reader can be held to under the labelling rules: where two careful people agree on 60% of
// the setup commands, a reader's 60% is as good as a person.
// usage: node scripts/eval-agreement.mjs [folder of second labels, owner__repo.json; default test/fixtures/devset/agreement] [--split a,b] [--verbose]
//   (after `node scripts/build.mjs --tests`; the texts as for eval-devset.mjs, in ONRAMP_DEVSET)
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devsetRows, withDevsetCorpus } from './devsetWork.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { evaluateCorpus, formatTable } = require(join(root, 'out/test/unit/guide/evaluate.js'));

const second = process.argv[2] && !process.argv[2].startsWith('--') ? resolve(process.argv[2]) : join(root, 'test/fixtures/devset/agreement');
if (!existsSync(second)) {
  console.log(`No second labelling at ${second}. usage: node scripts/eval-agreement.mjs [folder of second labels] [--verbose]`);
  process.exit(1);
}
const texts = process.env.ONRAMP_DEVSET ?? join(root, '..', 'devset', 'texts');
const fixtures = join(root, 'test/fixtures/devset');
// `--split measure19`: only the projects of those splits of projects.tsv.
const k = process.argv.indexOf('--split');
const splits = k > 0 ? new Set(process.argv[k + 1].split(',')) : undefined;
const splitOf = new Map(devsetRows(fixtures).map(([name, , , split]) => [name, split]));
const names = readdirSync(second)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .filter((name) => existsSync(join(fixtures, 'expected', `${name}.json`)) && (!splits || splits.has(splitOf.get(name))));

/** A label read as a reader's answer: the same shape, `_notes` aside. */
const asAnswer = (name) => {
  const label = JSON.parse(readFileSync(join(second, `${name}.json`), 'utf8'));
  const list = (items) => (Array.isArray(items) ? items : []);
  return {
    ...label,
    commit: { types: null, ...label.commit },
    commands: { setup: list(label.commands?.setup), test: list(label.commands?.test), lint: list(label.commands?.lint) },
    checklist: list(label.checklist),
  };
};

// The texts are not read (the answers are given); an empty folder stands in where they are absent.
await withDevsetCorpus({ names, texts, fixtures, prefix: 'onramp-agreement-', emptyWhenAbsent: true }, async (corpus) => {
  const evaluation = await evaluateCorpus({ ...corpus, predict: async (name) => asAnswer(name) });
  if (process.argv.includes('--verbose')) {
    for (const [project, diffs] of evaluation.mismatches) {
      console.log(`\n${project}`);
      for (const d of diffs) console.log(`  ${d.replace(/^(\S+): predicted/, '$1: second labeller').replace(/: extra /, ': only the second labeller ').replace(/: missing /, ': only the first labeller ')}`);
    }
    console.log('');
  }
  console.log(`agreement: ${names.length} projects, the first labelling as truth, the second as the answer`);
  console.log(formatTable(evaluation));
});
