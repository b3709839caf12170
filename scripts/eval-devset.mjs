// Scores the guide reader on the blind development set: projects labelled by hand before any rule was written for
// them (labels in test/fixtures/devset/expected/, the list with commits and the tune/measure split in projects.tsv).
// Their texts are other projects' files, kept outside the repository: ONRAMP_DEVSET names the folder that holds
// one sub-folder per project, with each file at its path in that project.
// usage: node scripts/eval-devset.mjs [--split tune|measure|measure2|measure3|measure4|measure5|measure6|measure7|measure8|measure9|measure10|measure11|measure12|measure13|measure14|measure15|measure16|measure17|measure18|measure19|measure20|measure21|measure22|measure23|measure24|measure25|measure26|measure27|measure28|measure29|measure30|measure31|measure32|measure33|measure34|measure35|measure36|measure37|measure38|measure39|measure40|measure41|measure42|measure43|measure44|measure45|measure46|measure47|measure48|measure49|measure50|measure51|measure52|measure53|dev|all|a,b] [--whole] [--verbose]   (after `node scripts/build.mjs --tests`)
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devsetRows, withDevsetCorpus } from './devsetWork.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { evaluateCorpus, formatTable } = require(join(root, 'out/test/unit/guide/evaluate.js'));

const arg = (name, fallback) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : fallback;
};
// `dev` is every split tuned on (measure to measure53 were each measured once, then folded into tuning).
const splitArg = arg('--split', 'tune');
const split = splitArg === 'dev' ? 'tune,measure,measure2,measure3,measure4,measure5,measure6,measure7,measure8,measure9,measure10,measure11,measure12,measure13,measure14,measure15,measure16,measure17,measure18,measure19,measure20,measure21,measure22,measure23,measure24,measure25,measure26,measure27,measure28,measure29,measure30,measure31,measure32,measure33,measure34,measure35,measure36,measure37,measure38,measure39,measure40,measure41,measure42,measure43,measure44,measure45,measure46,measure47,measure48,measure49,measure50,measure51,measure52,measure53' : splitArg;
// `--whole`: the whole checkouts scripts/devset-whole.mjs lays out, instead of the paths each labeller collected.
const whole = process.argv.includes('--whole');
const texts = whole ? (process.env.ONRAMP_DEVSET_WHOLE ?? join(root, '..', 'devset', 'whole')) : (process.env.ONRAMP_DEVSET ?? join(root, '..', 'devset', 'texts'));
if (!existsSync(texts)) {
  console.log(`The development set's texts are not here (${texts}); set ONRAMP_DEVSET to the folder that holds them.`);
  process.exit(0);
}
const fixtures = join(root, 'test/fixtures/devset');
const rows = devsetRows(fixtures).filter(([, , , s]) => split === 'all' || split.split(',').includes(s));

await withDevsetCorpus({ names: rows.map(([name]) => name), texts, fixtures, prefix: 'onramp-devset-' }, async (corpus) => {
  const evaluation = await evaluateCorpus(corpus);
  if (process.argv.includes('--verbose')) {
    for (const [project, diffs] of evaluation.mismatches) {
      console.log(`\n${project}`);
      for (const d of diffs) console.log(`  ${d}`);
    }
    console.log('');
  }
  console.log(`development set, ${split}${whole ? ' (whole checkouts)' : ''}: ${rows.length} projects`);
  console.log(formatTable(evaluation));
});
