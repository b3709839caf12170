// Runs the guide reader over the labelled corpus (materialised from ../shared/corpus) and prints per-field
// precision and recall.
// usage: node scripts/eval-guide-reader.mjs [--verbose]   (after `node scripts/build.mjs --tests`; `npm run eval` does both)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { evaluateCorpus, formatTable } = require(join(root, 'out/test/unit/guide/evaluate.js'));
const { materializedCorpus } = require(join(root, 'out/test/unit/support/corpus.js'));

const verbose = process.argv.includes('--verbose');
const { corpus, missing } = materializedCorpus();
if (!corpus) {
  console.error(`eval: cannot run. ${missing}`);
  process.exit(1);
}
const evaluation = await evaluateCorpus(corpus);

if (verbose) {
  for (const [project, diffs] of evaluation.mismatches) {
    console.log(`\n${project}`);
    for (const d of diffs) console.log(`  ${d}`);
  }
  console.log('');
}
console.log(formatTable(evaluation));
