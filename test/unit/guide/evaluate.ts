/**
 * Scores the guide reader against the hand-labelled corpus (the projects materialised from ../shared/corpus by
 * test/unit/support/corpus.ts, the answers in test/fixtures/corpus/expected): per-field precision and
 * recall, line accuracy of matched commands and checklist items, and per-project mismatches. Shared by
 * scripts/eval-guide-reader.mjs and the corpus unit test so both measure the same thing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InspectJson, toInspectJson } from '../../../src/core/guide/facts';
import { FACT_CATALOG } from '../../../src/core/guide/factCatalog';
import { readGuide } from '../../../src/core/guide/readGuide';
import { NodeRepoFiles } from '../../../src/core/repo/nodeRepoFiles';
import { checklistKey } from '../../../src/core/text/normalize';

export interface FieldScore {
  readonly field: string;
  readonly truePositives: number;
  readonly predicted: number;
  readonly labelled: number;
  /** NaN when nothing was predicted (precision undefined). */
  readonly precision: number;
  readonly recall: number;
}

export interface Evaluation {
  readonly fields: FieldScore[];
  readonly mismatches: Map<string, string[]>;
  readonly lines: { readonly matched: number; readonly sameLine: number };
  readonly predictions: Map<string, InspectJson>;
  /**
   * Projects in the corpus with no hand-written answer (a corpus newer than the labels): read, so a crash on them
   * still shows, but not scored, since there is nothing to score against.
   */
  readonly unlabelled: readonly string[];
  /** Labels whose project the corpus does not hold (an older or partial corpus): left out of the scores. */
  readonly absent: readonly string[];
  /** Projects the reader or the scoring failed on, with the error: the rest are still scored. */
  readonly errors: readonly { readonly project: string; readonly error: string }[];
}

interface Sourced {
  readonly text: string;
  readonly file?: string;
  readonly line?: number;
}

type Label = InspectJson & Record<string, unknown>;

const valueAt = (j: InspectJson, id: string): unknown => id.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), j);

/** The file fields, then every single-valued fact of the catalog (list-valued ones are scored as lists below). */
const SCALARS: readonly [string, (j: InspectJson) => unknown][] = [
  ['files.guide', (j) => j.files.guide],
  ['files.commitlintConfig', (j) => j.files.commitlintConfig],
  ...FACT_CATALOG.filter((spec) => !spec.json).map((spec): [string, (j: InspectJson) => unknown] => [spec.id, (j) => valueAt(j, spec.id)]),
];

const LISTS: readonly [string, (j: InspectJson) => Sourced[], 'command' | 'checklist' | 'exact'][] = [
  ['files.prTemplates', (j) => j.files.prTemplates.map((text) => ({ text })), 'exact'],
  ['commit.types', (j) => (j.commit.types ?? []).map((text) => ({ text })), 'exact'],
  ['commands.setup', (j) => j.commands.setup.map((c) => ({ text: c.command, ...c.source })), 'command'],
  ['commands.test', (j) => j.commands.test.map((c) => ({ text: c.command, ...c.source })), 'command'],
  ['commands.lint', (j) => j.commands.lint.map((c) => ({ text: c.command, ...c.source })), 'command'],
  ['checklist', (j) => j.checklist.map((c) => ({ text: c.text, ...c.source })), 'checklist'],
];

/** branchNaming phrasing varies, so any non-null answer where the label is non-null counts. */
export const LENIENT_FIELDS = new Set(['branchNaming']);

/**
 * `corpus.guides` holds one folder per project laid out like its clone, `corpus.expected` the answers. `predict`
 * stands in for the reader: the agreement script passes a second labeller's answers, so two people's labels are
 * scored against each other with the very rules the reader is scored by.
 */
export async function evaluateCorpus(corpus: {
  readonly guides: string;
  readonly expected: string;
  readonly predict?: (project: string, folder: string) => Promise<InspectJson>;
}): Promise<Evaluation> {
  const guidesRoot = corpus.guides;
  const projects = readdirSync(guidesRoot).sort();
  const labelled = new Set(readdirSync(corpus.expected).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)));
  const unlabelled = projects.filter((p) => !labelled.has(p));
  const absent = [...labelled].filter((p) => !projects.includes(p)).sort();
  const counts = new Map<string, { tp: number; predicted: number; labelled: number }>();
  const bump = (field: string, tp: number, predicted: number, labelled: number): void => {
    const c = counts.get(field) ?? { tp: 0, predicted: 0, labelled: 0 };
    counts.set(field, { tp: c.tp + tp, predicted: c.predicted + predicted, labelled: c.labelled + labelled });
  };
  const mismatches = new Map<string, string[]>();
  const predictions = new Map<string, InspectJson>();
  const lines = { matched: 0, sameLine: 0 };

  async function scoreProject(project: string): Promise<void> {
    const folder = join(guidesRoot, project);
    const predicted = corpus.predict
      ? await corpus.predict(project, folder)
      : toInspectJson(await readGuide(new NodeRepoFiles(folder), { projectName: cloneFolderName(project) }));
    predictions.set(project, predicted);
    const labelFile = join(corpus.expected, `${project}.json`);
    if (!existsSync(labelFile)) return;
    const label = JSON.parse(readFileSync(labelFile, 'utf8')) as Label;
    const diffs: string[] = [];
    for (const [field, get] of SCALARS) {
      const p = get(predicted);
      const l = get(label);
      const correct = p !== null && (LENIENT_FIELDS.has(field) ? l !== null : p === l);
      bump(field, correct ? 1 : 0, p === null ? 0 : 1, l === null ? 0 : 1);
      if (!correct && !(p === null && l === null)) diffs.push(`${field}: predicted ${JSON.stringify(p)}, labelled ${JSON.stringify(l)}`);
    }
    for (const [field, get, mode] of LISTS) {
      const p = get(predicted);
      const l = get(label);
      const { tp, pairs } = matchItems(p, l, mode);
      bump(field, tp, p.length, l.length);
      if (mode !== 'exact') {
        lines.matched += pairs.length;
        lines.sameLine += pairs.filter(([a, b]) => a.file === b.file && a.line === b.line).length;
        for (const [a, b] of pairs) if (a.file !== b.file || a.line !== b.line) diffs.push(`${field}: "${a.text}" at ${a.file}:${a.line}, labelled at ${b.file}:${b.line}`);
      }
      const matchedP = new Set(pairs.map(([a]) => a));
      const matchedL = new Set(pairs.map(([, b]) => b));
      for (const item of p) if (!matchedP.has(item)) diffs.push(`${field}: extra ${JSON.stringify(item.text)}${item.file ? ` (${item.file}:${item.line})` : ''}`);
      for (const item of l) if (!matchedL.has(item)) diffs.push(`${field}: missing ${JSON.stringify(item.text)}${item.file ? ` (${item.file}:${item.line})` : ''}`);
    }
    if (diffs.length > 0) mismatches.set(project, diffs);
  }
  const errors: { project: string; error: string }[] = [];
  for (const project of projects) {
    try {
      await scoreProject(project);
    } catch (error) {
      // One project the reader fails on is a finding of its own (a test asserts there are none), not a reason to
      // lose the scores of the others.
      errors.push({ project, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }

  const fields: FieldScore[] = [...SCALARS.map(([f]) => f), ...LISTS.map(([f]) => f)].map((field) => {
    const c = counts.get(field) ?? { tp: 0, predicted: 0, labelled: 0 };
    return {
      field,
      truePositives: c.tp,
      predicted: c.predicted,
      labelled: c.labelled,
      precision: c.predicted === 0 ? Number.NaN : c.tp / c.predicted,
      recall: c.labelled === 0 ? Number.NaN : c.tp / c.labelled,
    };
  });
  return { fields, mismatches, lines, predictions, unlabelled, absent, errors };
}

/**
 * The folder a user's clone of `owner__repo` is normally called: the repository's name. The editor passes the
 * workspace folder's name the same way.
 */
export function cloneFolderName(project: string): string {
  const sep = project.indexOf('__');
  return sep < 0 ? project : project.slice(sep + 2);
}

/** One-to-one matches between predicted and labelled items (a label item is matched at most once). */
function matchItems(predicted: Sourced[], labelled: Sourced[], mode: 'command' | 'checklist' | 'exact'): { tp: number; pairs: [Sourced, Sourced][] } {
  // (A command's `\` continuations are joined with single spaces, by the labelling rule, though a label kept them.)
  const key = (s: Sourced): string => (mode === 'command' ? s.text.replace(/\\[ \t]*\r?\n/g, ' ').replace(/\s+/g, ' ').trim() : mode === 'checklist' ? checklistKey(s.text) : s.text);
  const free = new Set(labelled);
  const pairs: [Sourced, Sourced][] = [];
  for (const p of predicted) {
    let hit = [...free].find((l) => key(l) === key(p));
    if (!hit && mode === 'checklist') hit = [...free].find((l) => l.file === p.file && l.line === p.line);
    if (hit) {
      free.delete(hit);
      pairs.push([p, hit]);
    }
  }
  return { tp: pairs.length, pairs };
}

export const TARGET_PRECISION = 0.9;
export const TARGET_RECALL = 0.8;

/** The final table, one row per field, rows short of the targets marked. */
export function formatTable(evaluation: Evaluation): string {
  const pct = (n: number): string => (Number.isNaN(n) ? '   -  ' : `${(n * 100).toFixed(1).padStart(5)}%`);
  const rows = [`${'field'.padEnd(26)} precision  recall   TP/pred/label  `];
  for (const f of evaluation.fields) {
    const short = (!Number.isNaN(f.precision) && f.precision < TARGET_PRECISION) || (!Number.isNaN(f.recall) && f.recall < TARGET_RECALL) || (f.labelled > 0 && f.predicted === 0);
    rows.push(
      `${f.field.padEnd(26)} ${pct(f.precision)}    ${pct(f.recall)}   ${`${f.truePositives}/${f.predicted}/${f.labelled}`.padEnd(14)} ${short ? '<-- below target' : ''}${LENIENT_FIELDS.has(f.field) ? ' (any non-null answer counts)' : ''}`,
    );
  }
  const { matched, sameLine } = evaluation.lines;
  rows.push('', `line accuracy (matched commands + checklist items at the labelled file and line): ${sameLine}/${matched} = ${pct(matched === 0 ? Number.NaN : sameLine / matched).trim()}`);
  rows.push(`targets: precision >= ${TARGET_PRECISION}, recall >= ${TARGET_RECALL}; scalar fields count non-null answers only.`);
  if (evaluation.unlabelled.length > 0) rows.push(`read but not scored (no labels yet): ${evaluation.unlabelled.join(', ')}`);
  if (evaluation.absent.length > 0) rows.push(`labelled but not in this corpus, left out: ${evaluation.absent.join(', ')}`);
  for (const { project, error } of evaluation.errors) rows.push(`FAILED on ${project}: ${error.split('\n').slice(0, 3).join(' | ')}`);
  return rows.join('\n');
}
