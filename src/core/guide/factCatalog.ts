/**
 * Every single-valued fact the reader knows, described once: its id (which is also its path in `inspect --json`),
 * how it is found, the view group it is shown in, and its wording in the view and in the CLI summary. The JSON,
 * the view's groups, the CLI summary and the evaluation are all derived from this list, so a new fact is one
 * entry here, its field in `facts.ts` and its extractor.
 */
import type { CommitlintFacts } from '../commitlint/readConfig';
import type { ConfigFact, MaintainerConfig } from '../maintainer/types';
import { ChangelogHow, CommitConvention, Fact, FoundFiles, Found, GuideFacts, SignOff } from './facts';
import { Sources } from './sources';
import { acceptsPullRequests } from './extract/pullRequests';
import { baseBranch } from './extract/baseBranch';
import { commitConvention, commitTypes } from './extract/commitConvention';
import { subjectMaxLength } from './extract/subjectLength';
import { signOff } from './extract/signOff';
import { claRequired } from './extract/cla';
import { changelogHow, changelogRequired } from './extract/changelog';
import { branchNaming } from './extract/branchNaming';
import { discussFirst } from './extract/discussFirst';
import { guideIsPointerOnly } from './extract/pointerOnly';

/** What an extractor may look at. */
export interface ExtractContext {
  readonly sources: Sources;
  readonly commitlint: CommitlintFacts | null;
  readonly maintainer: MaintainerConfig | null;
  readonly files: FoundFiles;
}

/** A maintainer file's value, as a found fact (its source already says origin `config`). */
const fromConfig = <T>(fact: ConfigFact<T> | null | undefined): Found<T> | null => (fact ? { value: fact.value, source: { file: fact.source.file, line: fact.source.line } } : null);

/** The view's sections, in the order a newcomer needs them. */
export type FactGroupId = 'setup' | 'commits' | 'pullRequests' | 'legal' | 'files' | 'problems';
/** The CLI summary's sections for single facts. */
export type SummarySection = 'Contributing' | 'Commits' | 'Changelog';

export interface FactSpec<T> {
  /** The fact's path in `GuideFacts` and in `inspect --json`, e.g. `commit.convention`. */
  readonly id: string;
  readonly extract: (context: ExtractContext) => Found<T> | null;
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

// One helper per value type keeps `T` checked between `extract`, `show` and `json`.
const spec = <T>(s: FactSpec<T>): FactSpec<unknown> => s as FactSpec<unknown>;

/** In `inspect --json` order. */
export const FACT_CATALOG: readonly FactSpec<unknown>[] = [
  spec<boolean>({
    id: 'guideIsPointerOnly',
    // A README section standing in for the guide is never "the guide is a pointer".
    extract: ({ sources, files }) => (files.readmeSection ? null : guideIsPointerOnly(sources.guide)),
    view: { group: 'files', label: 'Guide is a pointer', show: (v) => (v ? 'yes' : null) },
    summary: { section: 'Contributing', label: 'guide is a pointer', show: yesNo },
  }),
  spec<boolean>({
    id: 'acceptsPullRequests',
    extract: ({ sources }) => acceptsPullRequests(sources),
    view: { group: 'pullRequests', label: 'Accepts pull requests', show: (v) => (v ? 'yes' : 'no: see the guide for how to send changes') },
    summary: { section: 'Contributing', label: 'accepts pull requests', show: yesNo },
  }),
  spec<string>({
    id: 'baseBranch',
    extract: ({ sources, maintainer }) => fromConfig(maintainer?.baseBranch) ?? baseBranch(sources),
    view: { group: 'pullRequests', label: 'Base branch', show: (v) => v },
    summary: { section: 'Contributing', label: 'base branch' },
  }),
  // The maintainer file speaks first; then, when the commitlint config and the guide disagree, the config wins
  // for convention, types and lengths.
  spec<CommitConvention>({
    id: 'commit.convention',
    extract: ({ sources, commitlint, maintainer }) => fromConfig(maintainer?.commits.convention) ?? commitlint?.convention ?? commitConvention(sources),
    view: { group: 'commits', label: 'Convention', show: (v) => CONVENTION[v] ?? v },
    summary: { section: 'Commits', label: 'convention' },
  }),
  spec<readonly string[]>({
    id: 'commit.types',
    // A shared config's default list is wider than what a guide asks for in its own words ("must be one of").
    extract: ({ sources, commitlint, maintainer }) =>
      fromConfig(maintainer?.commits.types) ?? (commitlint?.fromPreset?.types ? (commitTypes(sources) ?? commitlint.types) : (commitlint?.types ?? commitTypes(sources))),
    view: { group: 'commits', label: 'Types', show: (v) => v.join(', ') },
    summary: { section: 'Commits', label: 'types', show: (v) => v.join(', ') },
    json: (v) => [...v],
  }),
  spec<number>({
    id: 'commit.subjectMaxLength',
    extract: ({ sources, commitlint, maintainer }) =>
      fromConfig(maintainer?.commits.subjectMaxLength) ??
      (commitlint?.fromPreset?.subjectMaxLength ? (subjectMaxLength(sources) ?? commitlint.subjectMaxLength) : (commitlint?.subjectMaxLength ?? subjectMaxLength(sources))),
    view: { group: 'commits', label: 'Subject length', show: (v) => `at most ${v} characters` },
    summary: { section: 'Commits', label: 'subject max length' },
  }),
  spec<SignOff>({
    id: 'commit.signOff',
    extract: ({ sources, commitlint, maintainer }) => fromConfig(maintainer?.commits.signOff) ?? commitlint?.signOff ?? signOff(sources),
    view: { group: 'commits', label: 'Sign-off', show: (v) => (v === 'required' ? 'required (git commit -s)' : 'do not sign off') },
    summary: { section: 'Commits', label: 'sign-off' },
  }),
  spec<boolean>({
    id: 'claRequired',
    extract: ({ sources }) => claRequired(sources),
    view: { group: 'legal', label: 'CLA', show: (v) => (v ? 'sign the Contributor License Agreement' : 'not needed') },
    summary: { section: 'Contributing', label: 'CLA required', show: yesNo },
  }),
  spec<boolean>({
    id: 'changelog.required',
    extract: ({ sources }) => changelogRequired(sources),
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
    extract: ({ sources }) => changelogHow(sources),
    summary: { section: 'Changelog', label: 'how' },
  }),
  spec<string>({
    id: 'branchNaming',
    extract: ({ sources, maintainer }) => fromConfig(maintainer?.branchTemplate) ?? branchNaming(sources),
    view: { group: 'commits', label: 'Branch name', show: (v) => v },
    summary: { section: 'Contributing', label: 'branch naming' },
  }),
  spec<boolean>({
    id: 'discussFirst',
    extract: ({ sources }) => discussFirst(sources),
    view: { group: 'pullRequests', label: 'Discuss first', show: (v) => (v ? 'open or comment on an issue before you start' : 'no') },
    summary: { section: 'Contributing', label: 'discuss first', show: yesNo },
  }),
];

/** The fact at a catalog id, or null. */
export function factAt(facts: GuideFacts, id: string): Fact<unknown> | null {
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
