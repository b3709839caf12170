import type { Memento } from 'vscode';

/**
 * Everything Onramp remembers between sessions, declared in one place: the key, where it lives (this
 * workspace, or every window), its default, and a check of what storage hands back, since a value written by
 * an older Onramp may have another shape. The walkthrough, the issue picker and PR drafts build on these.
 */
export interface PickedIssue {
  readonly url: string;
  readonly number: number;
  readonly title: string;
}

export interface PullRequestDraft {
  readonly title: string;
  readonly body: string;
  /** Milliseconds since the epoch, so the newest draft can win. */
  readonly updatedAt: number;
}

/** What the contributor did in one repository's walkthrough; what Onramp can see again (files, git) is not stored. */
export interface StoredProgress {
  readonly ticked: readonly string[];
  readonly skipped: readonly string[];
  readonly started: readonly string[];
  /** Command line → exit code of its last run from a step. */
  readonly exits: Readonly<Record<string, number>>;
}

export interface StoredValues {
  /** Repository root URI → walkthrough progress there, per workspace. */
  walkthroughProgress: Readonly<Record<string, StoredProgress>>;
  /** The issue the contributor picked to work on in this workspace. */
  pickedIssue: PickedIssue | undefined;
  /** `<root URI>#<branch>` → the pull request being written from that branch. */
  pullRequestDrafts: Readonly<Record<string, PullRequestDraft>>;
  /** `<root URI>#<branch>` → ids of the checklist items the contributor ticked there. */
  checklistTicks: Readonly<Record<string, readonly string[]>>;
  /** Root URI → command line → exit code of its last run from the checklist. */
  checklistRuns: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** `<root URI>#<branch>` → path of the pull request template the contributor chose there. */
  pullRequestTemplates: Readonly<Record<string, string>>;
}

type Scope = 'workspace' | 'global';

interface KeySpec<T> {
  readonly key: string;
  readonly scope: Scope;
  readonly fallback: T;
  readonly valid: (value: unknown) => value is T;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const recordOf =
  <T>(valid: (v: unknown) => v is T) =>
  (v: unknown): v is Readonly<Record<string, T>> =>
    isRecord(v) && Object.values(v).every(valid);
const isIssue = (v: unknown): v is PickedIssue =>
  isRecord(v) && typeof v.url === 'string' && typeof v.number === 'number' && typeof v.title === 'string';
const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isProgress = (v: unknown): v is StoredProgress =>
  isRecord(v) && isStrings(v.ticked) && isStrings(v.skipped) && isStrings(v.started) && recordOf((n: unknown): n is number => typeof n === 'number')(v.exits);
const isDraft = (v: unknown): v is PullRequestDraft =>
  isRecord(v) && typeof v.title === 'string' && typeof v.body === 'string' && typeof v.updatedAt === 'number';

export const STATE_KEYS: { readonly [K in keyof StoredValues]: KeySpec<StoredValues[K]> } = {
  walkthroughProgress: { key: 'onramp.walkthrough.progress.v2', scope: 'workspace', fallback: {}, valid: recordOf(isProgress) },
  pickedIssue: {
    key: 'onramp.issue.picked',
    scope: 'workspace',
    fallback: undefined,
    valid: (v): v is PickedIssue | undefined => v === undefined || isIssue(v),
  },
  pullRequestDrafts: { key: 'onramp.pullRequest.drafts', scope: 'workspace', fallback: {}, valid: recordOf(isDraft) },
  checklistTicks: { key: 'onramp.checklist.ticks', scope: 'workspace', fallback: {}, valid: recordOf(isStrings) },
  checklistRuns: { key: 'onramp.checklist.runs', scope: 'workspace', fallback: {}, valid: recordOf(recordOf((n: unknown): n is number => typeof n === 'number')) },
  pullRequestTemplates: { key: 'onramp.pullRequest.templates', scope: 'workspace', fallback: {}, valid: recordOf((p: unknown): p is string => typeof p === 'string') },
};

/** Typed access to `workspaceState` and `globalState` through the keys above. */
export class OnrampState {
  constructor(private readonly stores: { readonly workspace: Memento; readonly global: Memento }) {}

  get<K extends keyof StoredValues>(name: K): StoredValues[K] {
    const spec: KeySpec<StoredValues[K]> = STATE_KEYS[name];
    const value = this.stores[spec.scope].get<unknown>(spec.key);
    return value !== undefined && spec.valid(value) ? value : spec.fallback;
  }

  async update<K extends keyof StoredValues>(name: K, value: StoredValues[K]): Promise<void> {
    const spec = STATE_KEYS[name];
    await this.stores[spec.scope].update(spec.key, value);
  }
}
