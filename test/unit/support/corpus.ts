/**
 * The corpus of real projects' contribution material is other projects' files, so it is kept outside this
 * repository, in `../shared/corpus` beside the clone (or wherever ONRAMP_CORPUS points). Tests, `npm run eval`
 * and `npm run bench` rebuild it once per run into a temp folder with every file back at the path its project
 * keeps it at, as the corpus's own materialize.py does. The hand-written answers stay in
 * test/fixtures/corpus/expected/.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file (in test/ or its build in out/) with a package.json. */
const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export interface Corpus {
  /** One folder per project (`<owner>__<repo>`), laid out like a clone of it. */
  readonly guides: string;
  /** `<owner>__<repo>.txt` commit messages and their `.meta.tsv`, read in place. */
  readonly commits: string;
  /** The hand-written answers, kept in this repository. */
  readonly expected: string;
}

export type CorpusOrReason = { readonly corpus: Corpus; readonly missing?: undefined } | { readonly corpus?: undefined; readonly missing: string };

/** Where the shared corpus is read from: ONRAMP_CORPUS, else `../shared/corpus` beside the repository. */
export function corpusSource(): string {
  return process.env.ONRAMP_CORPUS ? resolve(process.env.ONRAMP_CORPUS) : resolve(REPO_ROOT, '..', 'shared', 'corpus');
}

let cached: CorpusOrReason | undefined;

/**
 * The corpus rebuilt in a temp folder (once per process, removed when the process exits), or one sentence
 * saying why there is none.
 */
export function materializedCorpus(): CorpusOrReason {
  if (cached) return cached;
  const source = corpusSource();
  const guides = join(source, 'guides');
  if (!existsSync(guides) || !statSync(guides).isDirectory()) {
    cached = { missing: `The corpus of other projects' guides is kept outside this repository and is not at ${source} (set ONRAMP_CORPUS to its folder).` };
    return cached;
  }
  const out = mkdtempSync(join(tmpdir(), 'onramp-corpus-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  for (const project of readdirSync(guides).sort()) {
    const folder = join(guides, project);
    if (existsSync(join(folder, 'SOURCE.txt'))) materializeProject(folder, join(out, 'guides', project));
  }
  cached = { corpus: { guides: join(out, 'guides'), commits: join(source, 'commits'), expected: join(REPO_ROOT, 'test', 'fixtures', 'corpus', 'expected') } };
  return cached;
}

/** Like materializedCorpus, but throws the reason: for scripts that cannot do without the corpus. */
export function requireCorpus(): Corpus {
  const { corpus, missing } = materializedCorpus();
  if (!corpus) throw new Error(`Cannot run without the corpus. ${missing}`);
  return corpus;
}

/**
 * Copies each stored file of one project folder to its original path (from SOURCE.txt) under `dest`, and
 * SOURCE.txt itself to dest's root for provenance. Paths that are absolute or climb out with `..` are skipped.
 */
export function materializeProject(folder: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  const provenance = readFileSync(join(folder, 'SOURCE.txt'), 'utf8');
  copyFileSync(join(folder, 'SOURCE.txt'), join(dest, 'SOURCE.txt'));
  for (const { name, path } of sourceEntries(provenance)) {
    const stored = join(folder, name);
    if (!existsSync(stored) || !statSync(stored).isFile() || path.startsWith('/') || path.split('/').includes('..')) continue;
    const target = join(dest, path);
    try {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(stored, target);
    } catch {
      // A SOURCE.txt whose paths collide (a file where another entry needs a folder) loses that one file, not the corpus.
    }
  }
}

/** (stored file name, original path) pairs of a SOURCE.txt: blocks start with `file: ` and hold `  path: `. */
export function sourceEntries(text: string): { name: string; path: string }[] {
  const entries: { name: string; path: string }[] = [];
  for (const block of text.split(/\n(?=file: )/)) {
    const name = /^file: (.+)/.exec(block);
    const path = /\n\s+path: (.+)/.exec(block);
    if (name && path) entries.push({ name: name[1].trim(), path: path[1].trim() });
  }
  return entries;
}
