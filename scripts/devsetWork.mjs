// The development set's list and a scratch corpus made from it, shared by eval-devset.mjs and eval-agreement.mjs.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The rows of projects.tsv: [name, repo, commit, split, paths]. */
export function devsetRows(fixtures) {
  return readFileSync(join(fixtures, 'projects.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/**
 * Calls `use(corpus)` on a scratch folder laid out for evaluateCorpus: each project's texts linked under guides/ and
 * its label copied under expected/, then removes the folder. A project whose texts are absent is left out, or given an
 * empty folder with `emptyWhenAbsent` (when the answers do not come from the texts).
 */
export async function withDevsetCorpus({ names, texts, fixtures, prefix, emptyWhenAbsent = false }, use) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  try {
    mkdirSync(join(work, 'guides'));
    mkdirSync(join(work, 'expected'));
    for (const name of names) {
      if (existsSync(join(texts, name))) symlinkSync(join(texts, name), join(work, 'guides', name));
      else if (emptyWhenAbsent) mkdirSync(join(work, 'guides', name));
      else continue;
      copyFileSync(join(fixtures, 'expected', `${name}.json`), join(work, 'expected', `${name}.json`));
    }
    return await use({ guides: join(work, 'guides'), expected: join(work, 'expected') });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
