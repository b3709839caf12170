import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { Probe, probeProblems } from './paraphraseMatch';

/**
 * Paraphrase probes (session 16): five helpers who did not see the rules took spots the reader got right in real
 * guides and wrote the same fact the way another project would (other headings, lead-ins, verbs, layouts, formats),
 * with near misses where the fact must not be read. Every guide text is theirs, written for the probe.
 * Probes marked `open` failed when the round ended: they are the reader's known gaps and are listed, not run
 * (`node scripts/eval-paraphrase.mjs` runs them all). Every other probe must keep passing.
 */
const folder = join(__dirname, '../../../../test/fixtures/paraphrase');

for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
  const probes = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Probe[];
  describe(`paraphrase probes ${file}`, () => {
    for (const probe of probes.filter((p) => !p.open)) {
      it(`${probe.id}${probe.note ? `: ${probe.note}` : ''}`, async () => {
        const json = toInspectJson(await readGuide(new MemoryRepoFiles(probe.files)));
        assert.deepEqual(probeProblems(json, probe.expect), []);
      });
    }
  });
}
