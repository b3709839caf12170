import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Paraphrase probes (session 16): five helpers who did not see the rules took spots the reader got right in real
 * guides and wrote the same fact the way another project would (other headings, lead-ins, verbs, layouts, formats),
 * with near misses where the fact must not be read. Every guide text is theirs, written for the probe.
 * Probes marked `open` failed when the round ended: they are the reader's known gaps and are listed, not run
 * (`node scripts/eval-paraphrase.mjs` runs them all). Every other probe must keep passing.
 */
interface Probe {
  readonly id: string;
  readonly note?: string;
  readonly files: Record<string, string>;
  readonly expect: Record<string, unknown>;
  readonly open?: boolean;
}

const folder = join(__dirname, '../../../../test/fixtures/paraphrase');

const valueAt = (json: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), json);

for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
  const probes = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Probe[];
  describe(`paraphrase probes ${file}`, () => {
    for (const probe of probes.filter((p) => !p.open)) {
      it(`${probe.id}${probe.note ? `: ${probe.note}` : ''}`, async () => {
        const json = toInspectJson(await readGuide(new MemoryRepoFiles(probe.files)));
        for (const [field, want] of Object.entries(probe.expect)) {
          const got = valueAt(json, field);
          if (field.startsWith('commands.')) {
            const commands = (got as { command: string }[]).map((c) => c.command);
            if ((want as string[]).length === 0) assert.deepEqual(commands, [], field);
            else for (const w of want as string[]) assert.ok(commands.includes(w), `${field}: ${w} not in ${JSON.stringify(commands)}`);
          } else if (field === 'checklist') {
            const items = (got as { text: string }[]).map((c) => c.text);
            if ((want as string[]).length === 0) assert.deepEqual(items, [], field);
            else for (const w of want as string[]) assert.ok(items.some((t) => t.includes(w)), `${field}: no item with ${w}`);
          } else {
            assert.deepEqual(got ?? null, want, field);
          }
        }
      });
    }
  });
}
