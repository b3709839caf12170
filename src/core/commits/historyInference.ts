/**
 * What a repository's own history says about its commit convention, where nothing written does: the convention
 * most commits follow, the usual subject length and whether commits carry `Signed-off-by`. Each finding comes
 * with the count behind it. Too few commits, or no clear majority, infers nothing: a guess shown as a rule would
 * send newcomers the wrong way.
 */
import type { CommitConvention, Fact, GuideFacts, SignOff, SourceRef } from '../guide/facts';

/** Fewer commits than this infer nothing. */
export const MIN_COMMITS = 30;
/** The share of commits that must follow a convention for it to count as the project's. */
export const CONVENTION_MAJORITY = 0.75;
/** The share of commits that must carry a sign-off for it to count as required. */
export const SIGN_OFF_MAJORITY = 0.9;
/** Subject limits projects commonly use; the usual length is rounded up to one of them. */
export const COMMON_LIMITS = [50, 72, 100] as const;

/**
 * The source of a fact inferred from history: not a file, so `line` is 1 by convention; the editor shows the
 * evidence instead of opening it.
 */
export const HISTORY_SOURCE: SourceRef = { file: 'git log', line: 1 };

export interface Inferred<T> {
  readonly value: T;
  /** What was counted, e.g. "74 of the last 80 commits follow Conventional Commits". */
  readonly evidence: string;
}

export interface HistoryInference {
  /** Commits looked at. */
  readonly total: number;
  readonly convention: Inferred<'conventional' | 'area-prefix'> | null;
  readonly subjectMaxLength: Inferred<number> | null;
  readonly signOff: Inferred<SignOff> | null;
  /** Why nothing (or not everything) was inferred, for the user. */
  readonly notes: readonly string[];
}

/** Types of the Conventional Commits family (config-conventional, config-angular and the common additions). */
const CONVENTIONAL_TYPES = new Set(['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'tests', 'build', 'ci', 'chore', 'revert', 'deps', 'release', 'wip', 'types', 'security', 'i18n', 'build(deps)']);
/** `type(scope)!: subject`, linear: no nested quantifiers. */
const CONVENTIONAL_HEADER = /^([a-z]+)(?:\([^()\r\n]*\))?!?: \S/i;
/** `area: subject`, `area/sub: subject`, `a, b: subject`, `area: sub: subject`. */
const AREA_HEADER = /^[\w.*{}/+-]+(?:, ?[\w.*{}/+-]+)*: \S/;
/** Messages that are not anyone's convention: merges, reverts, fixups, version bumps. */
const NOT_AUTHORED = /^(?:Merge |Merged |Revert |Reapply |(?:amend|fixup|squash)!|v?\d+\.\d+\.\d+\S*$)/;
const SIGNED_OFF = /^Signed-off-by: .+$/im;

/** Infers from messages, newest first (or any order). Pure. */
export function inferFromHistory(messages: readonly string[]): HistoryInference {
  const total = messages.length;
  if (total < MIN_COMMITS) {
    return { total, convention: null, subjectMaxLength: null, signOff: null, notes: [`Only ${total} commits to learn from (at least ${MIN_COMMITS} are needed), so nothing is inferred from history.`] };
  }
  const notes: string[] = [];
  const subjects = messages.map((m) => m.replace(/\r\n?/g, '\n').split('\n', 1)[0].trim());
  const authored = subjects.filter((s) => !NOT_AUTHORED.test(s));
  const n = authored.length;

  const conventional = authored.filter((s) => {
    const m = CONVENTIONAL_HEADER.exec(s);
    return m !== null && CONVENTIONAL_TYPES.has(m[1].toLowerCase());
  }).length;
  const area = authored.filter((s) => AREA_HEADER.test(s)).length;
  let convention: HistoryInference['convention'] = null;
  const lastN = `of the last ${total} commits${n < total ? ` (${total - n} merges, reverts or releases not counted)` : ''}`;
  if (n >= MIN_COMMITS && conventional / n >= CONVENTION_MAJORITY) {
    convention = { value: 'conventional', evidence: `${conventional} ${lastN} follow Conventional Commits` };
  } else if (n >= MIN_COMMITS && area / n >= CONVENTION_MAJORITY && conventional / n < 0.5) {
    convention = { value: 'area-prefix', evidence: `${area} ${lastN} start with "area: "` };
  } else {
    notes.push(`No clear convention in the last ${total} commits: ${conventional} follow Conventional Commits, ${area} start with "area: ".`);
  }

  const lengths = authored.map((s) => [...s].length).sort((a, b) => a - b);
  const p95 = lengths.length > 0 ? lengths[Math.min(lengths.length - 1, Math.ceil(lengths.length * 0.95) - 1)] : 0;
  const limit = COMMON_LIMITS.find((l) => p95 <= l) ?? null;
  const within = limit === null ? 0 : lengths.filter((l) => l <= limit).length;
  const subjectMaxLength = limit === null ? null : { value: limit, evidence: `${within} ${lastN} have a first line of at most ${limit} characters` };
  if (limit === null) notes.push(`Subjects in the last ${total} commits are often longer than ${COMMON_LIMITS[COMMON_LIMITS.length - 1]} characters; no limit is inferred.`);

  const signed = messages.filter((m) => SIGNED_OFF.test(m)).length;
  const signOff = signed / total >= SIGN_OFF_MAJORITY ? { value: 'required' as const, evidence: `${signed} of the last ${total} commits carry Signed-off-by` } : null;
  return { total, convention, subjectMaxLength, signOff, notes };
}

/**
 * The guide's facts with the commit facts that nothing written gave filled from history (origin `history`,
 * source `HISTORY_SOURCE`), and the evidence added as info problems so `inspect` shows it.
 */
export function withHistory(facts: GuideFacts, inference: HistoryInference | null): GuideFacts {
  if (!inference) return facts;
  const fill = <T>(current: Fact<T> | null, found: Inferred<T> | null): Fact<T> | null => current ?? (found ? { value: found.value, source: HISTORY_SOURCE, origin: 'history' } : null);
  const commit = {
    ...facts.commit,
    convention: fill<CommitConvention>(facts.commit.convention, inference.convention),
    subjectMaxLength: fill(facts.commit.subjectMaxLength, inference.subjectMaxLength),
    signOff: fill(facts.commit.signOff, inference.signOff),
  };
  const used: string[] = [];
  if (!facts.commit.convention && inference.convention) used.push(inference.convention.evidence);
  if (!facts.commit.subjectMaxLength && inference.subjectMaxLength) used.push(inference.subjectMaxLength.evidence);
  if (!facts.commit.signOff && inference.signOff) used.push(inference.signOff.evidence);
  const problems = [
    ...facts.problems,
    ...used.map((evidence) => ({ file: HISTORY_SOURCE.file, severity: 'info' as const, message: `From history: ${evidence}.` })),
    ...inference.notes.map((message) => ({ file: HISTORY_SOURCE.file, severity: 'info' as const, message })),
  ];
  return { ...facts, commit, problems };
}
