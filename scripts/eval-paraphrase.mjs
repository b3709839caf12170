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
const folder = join(root, 'test/fixtures/paraphrase');
const valueAt = (json, path) => path.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), json);

function problems(json, expect) {
  const out = [];
  for (const [field, want] of Object.entries(expect)) {
    const got = valueAt(json, field);
    if (field.startsWith('commands.')) {
      const commands = got.map((c) => c.command);
      if (want.length === 0 ? commands.length > 0 : want.some((w) => !commands.includes(w))) out.push(`${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(commands)}`);
    } else if (field === 'checklist') {
      const items = got.map((c) => c.text);
      if (want.length === 0 ? items.length > 0 : want.some((w) => !items.some((t) => t.includes(w)))) out.push(`${field}: want ${JSON.stringify(want)}, got ${items.length} items`);
    } else if (JSON.stringify(got ?? null) !== JSON.stringify(want)) out.push(`${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}`);
  }
  return out;
}

let pass = 0;
let all = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
  const probes = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  let ok = 0;
  for (const probe of probes) {
    const found = problems(toInspectJson(await readGuide(new MemoryRepoFiles(probe.files))), probe.expect);
    if (found.length === 0) ok++;
    else if (process.argv.includes('--verbose')) console.log(`FAIL ${file} ${probe.id}\n  ${found.join('\n  ')}`);
  }
  console.log(`${file}: ${ok}/${probes.length} pass`);
  pass += ok;
  all += probes.length;
}
console.log(`all: ${pass}/${all} pass (${((100 * pass) / all).toFixed(1)}%)`);
