/**
 * Every single-valued fact the reader knows, described once: its id (which is also its path in `inspect --json`),
 * the view group it is shown in, and its wording in the view and in the CLI summary. The JSON, the view's groups,
 * the CLI summary and the evaluation are all derived from this list. How each fact is found is in
 * `factExtraction.ts`, keyed by the same id (kept apart so the editor's small bundle does not carry the
 * extractors). A new fact is its id and entry here, its line there, its field in `facts.ts` and its extractor.
 */
import { ChangelogHow, CommitConvention, Fact, GuideFacts, SignOff } from './facts';

/** The view's sections, in the order a newcomer needs them. */
export type FactGroupId = 'setup' | 'commits' | 'pullRequests' | 'legal' | 'files' | 'problems';
/** The CLI summary's sections for single facts. */
export type SummarySection = 'Contributing' | 'Commits' | 'Changelog';

export interface FactSpec<T> {
  /** The fact's path in `GuideFacts` and in `inspect --json`, e.g. `commit.convention`. */
  readonly id: FactId;
  /** The view group and label; no group when the fact is shown only as part of another (changelog.how). */
  readonly view?: { readonly group: FactGroupId; readonly label: string; readonly show: (value: T, facts: GuideFacts) => string | null };
  readonly summary: { readonly section: SummarySection; readonly label: string; readonly show?: (value: T) => string };
  /** How a list value goes into JSON (a copy: JSON must not share arrays with the facts); given only for lists, which the evaluation scores item by item. */
  readonly json?: (value: T) => unknown;
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

const CONVENTION: Record<CommitConvention, string> = {
  conventional: 'Conventional Commits',
  'area-prefix': '"area: summary" subjects',
  'free-form-rules': 'written rules, no fixed format',
  none: 'no convention',
};

const CHANGELOG_HOW: Record<ChangelogHow, string> = {
  changesets: 'a changeset',
  'changelog-folder': 'an entry file in the changelog folder',
  'pr-body': 'a block in the pull request description',
  'changelog-file': 'an entry in the changelog file',
};

/** Every single fact's id: its path in `GuideFacts` and in `inspect --json`. `factExtraction.ts` finds each one. */
export const FACT_IDS = ['guideIsPointerOnly', 'acceptsPullRequests', 'baseBranch', 'commit.convention', 'commit.types', 'commit.subjectMaxLength', 'commit.signOff', 'claRequired', 'changelog.required', 'changelog.how', 'branchNaming', 'discussFirst', 'issueLabels'] as const;
export type FactId = (typeof FACT_IDS)[number];

// One helper per value type keeps `T` checked between `show` and `json`.
const spec = <T>(s: FactSpec<T>): FactSpec<unknown> => s as FactSpec<unknown>;

/** In `inspect --json` order. */
export const FACT_CATALOG: readonly FactSpec<unknown>[] = [
  spec<boolean>({
    id: 'guideIsPointerOnly',
    view: { group: 'files', label: 'Guide is a pointer', show: (v) => (v ? 'yes' : null) },
    summary: { section: 'Contributing', label: 'guide is a pointer', show: yesNo },
  }),
  spec<boolean>({
    id: 'acceptsPullRequests',
    view: { group: 'pullRequests', label: 'Accepts pull requests', show: (v) => (v ? 'yes' : 'no: see the guide for how to send changes') },
    summary: { section: 'Contributing', label: 'accepts pull requests', show: yesNo },
  }),
  spec<string>({
    id: 'baseBranch',
    view: { group: 'pullRequests', label: 'Base branch', show: (v) => v },
    summary: { section: 'Contributing', label: 'base branch' },
  }),
  spec<CommitConvention>({
    id: 'commit.convention',
    view: { group: 'commits', label: 'Convention', show: (v) => CONVENTION[v] ?? v },
    summary: { section: 'Commits', label: 'convention' },
  }),
  spec<readonly string[]>({
    id: 'commit.types',
    view: { group: 'commits', label: 'Types', show: (v) => v.join(', ') },
    summary: { section: 'Commits', label: 'types', show: (v) => v.join(', ') },
    json: (v) => [...v],
  }),
  spec<number>({
    id: 'commit.subjectMaxLength',
    view: { group: 'commits', label: 'Subject length', show: (v) => `at most ${v} characters` },
    summary: { section: 'Commits', label: 'subject max length' },
  }),
  spec<SignOff>({
    id: 'commit.signOff',
    view: { group: 'commits', label: 'Sign-off', show: (v) => (v === 'required' ? 'required (git commit -s)' : 'do not sign off') },
    summary: { section: 'Commits', label: 'sign-off' },
  }),
  spec<boolean>({
    id: 'claRequired',
    view: { group: 'legal', label: 'CLA', show: (v) => (v ? 'sign the Contributor License Agreement' : 'not needed') },
    summary: { section: 'Contributing', label: 'CLA required', show: yesNo },
  }),
  spec<boolean>({
    id: 'changelog.required',
    view: {
      group: 'pullRequests',
      label: 'Changelog entry',
      show: (v, facts) => {
        if (!v) return 'not needed';
        const how = facts.changelog.how ? CHANGELOG_HOW[facts.changelog.how.value] : undefined;
        return how ? `required: ${how}` : 'required';
      },
    },
    summary: { section: 'Changelog', label: 'required', show: yesNo },
  }),
  spec<ChangelogHow>({
    id: 'changelog.how',
    summary: { section: 'Changelog', label: 'how' },
  }),
  spec<string>({
    id: 'branchNaming',
    view: { group: 'commits', label: 'Branch name', show: (v) => v },
    summary: { section: 'Contributing', label: 'branch naming' },
  }),
  spec<boolean>({
    id: 'discussFirst',
    view: { group: 'pullRequests', label: 'Discuss first', show: (v) => (v ? 'open or comment on an issue before you start' : 'no') },
    summary: { section: 'Contributing', label: 'discuss first', show: yesNo },
  }),
  spec<readonly string[]>({
    id: 'issueLabels',
    view: { group: 'pullRequests', label: 'Issues for newcomers', show: (v) => v.join(', ') },
    summary: { section: 'Contributing', label: 'issue labels', show: (v) => v.join(', ') },
    json: (v) => [...v],
  }),
];

/** The fact at a catalog id, or null. */
export function factAt(facts: GuideFacts | Readonly<Record<string, unknown>>, id: string): Fact<unknown> | null {
  let node: unknown = facts;
  for (const key of id.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return (node as Fact<unknown> | undefined) ?? null;
}

/** Writes `value` at a dotted path, creating the objects on the way. */
export function setAt(target: Record<string, unknown>, id: string, value: unknown): void {
  const keys = id.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/** The command lists, in the order a newcomer runs them, with their view labels. */
export const COMMAND_LABELS = { setup: 'Set up', test: 'Test', lint: 'Lint' } as const;
