// Runs every paraphrase probe (test/fixtures/paraphrase/*.json), the open ones too, and prints how many pass per file
// and which fail: the reader's robustness to another project's words. (after `node scripts/build.mjs --tests`)
// usage: node scripts/eval-paraphrase.mjs [--verbose]
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readGuide } = require(join(root, 'out/src/core/guide/readGuide.js'));
const { toInspectJson } = require(join(root, 'out/src/core/guide/facts.js'));
const { MemoryRepoFiles } = require(join(root, 'out/test/unit/core/memoryRepoFiles.js'));
// The unit suite's own check, so the script and the suite judge a probe the same way.
const { probeProblems } = require(join(root, 'out/test/unit/guide/paraphraseMatch.js'));
const folder = join(root, 'test/fixtures/paraphrase');

let pass = 0;
let all = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
  const probes = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  let ok = 0;
  for (const probe of probes) {
    const found = probeProblems(toInspectJson(await readGuide(new MemoryRepoFiles(probe.files))), probe.expect);
    if (found.length === 0) ok++;
    else if (process.argv.includes('--verbose')) console.log(`FAIL ${file} ${probe.id}\n  ${found.join('\n  ')}`);
  }
  console.log(`${file}: ${ok}/${probes.length} pass`);
  pass += ok;
  all += probes.length;
}
console.log(`all: ${pass}/${all} pass (${((100 * pass) / all).toFixed(1)}%)`);
