/**
 * The Onramp maintainer file (`.github/onramp.yml` or `.onramp.yml`) as a typed model. Only parts that passed
 * validation are in it: an invalid step is left out (with a problem), the other steps still work. Every part
 * carries the file and line it was written at, so the editor can open it there.
 */
import { SignOff, SourceRef } from '../guide/facts';

/** Where a part of the maintainer file was written: a repo-relative file (or a remote base's spec) and a 1-based line. */
export interface ConfigSource extends SourceRef {
  readonly origin: 'config';
}

/** A value and where it was written; shaped like the guide reader's `Fact`, so the two can be shown together. */
export interface ConfigFact<T> {
  readonly value: T;
  readonly source: ConfigSource;
}

/** Something wrong in a maintainer file, said for a maintainer, at its line and column (both 1-based). */
export interface MaintainerProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /**
   * For a problem in a base from another repository (whose `file` is the base's spec, not a file here): the
   * `extends` line of a file in this repository that leads to it, where an editor can show it.
   */
  readonly shownAt?: { readonly file: string; readonly line: number };
}

export type Platform = 'linux' | 'macos' | 'windows';
export type GitState = 'onBranch' | 'commitAhead' | 'upstreamRemote' | 'pushed';
export type MaintainerConvention = 'conventional' | 'area-prefix' | 'none';

export interface MaintainerConfig {
  /** The maintainer file that was read (the one that extends the others). */
  readonly file: string;
  readonly steps: readonly MaintainerStep[];
  readonly labels: ConfigFact<readonly string[]> | null;
  readonly commits: CommitRules;
  /** The pull request checklist; the fact's source is the `checklist:` key, each item has its own. */
  readonly checklist: ConfigFact<readonly ChecklistItem[]> | null;
  readonly branchTemplate: ConfigFact<string> | null;
  readonly baseBranch: ConfigFact<string> | null;
  /** Every file merged into this config, bases first and `file` last (remote bases by their spec). */
  readonly mergedFrom: readonly string[];
}

export interface CommitRules {
  readonly convention: ConfigFact<MaintainerConvention> | null;
  readonly types: ConfigFact<readonly string[]> | null;
  readonly scopes: ConfigFact<readonly string[]> | null;
  readonly subjectMaxLength: ConfigFact<number> | null;
  readonly signOff: ConfigFact<SignOff> | null;
  readonly issueReference: ConfigFact<'required' | 'optional'> | null;
  readonly severity: ConfigFact<'error' | 'warning'> | null;
}

export interface MaintainerStep {
  readonly id: string;
  readonly title: string;
  readonly body: StepBody | null;
  /** The platforms the step is shown on; null for every platform. */
  readonly platforms: readonly Platform[] | null;
  readonly actions: readonly StepAction[];
  /** How the step is detected as done; null when none is given (or it was invalid): the contributor ticks it off. */
  readonly done: DoneCheck | null;
  readonly source: ConfigSource;
}

/**
 * A step's Markdown. `markdown` bodies are ready to render: `source` is where the Markdown starts (the config
 * line, or line 1 of the body file), relative links resolve against `baseDir`, and `rejectedLinks` lists the
 * link targets (as markdown-it normalises them) that a renderer must show as plain text. `file` bodies are what
 * `parseMaintainerText` leaves for `readMaintainerFile` to read.
 */
export type StepBody =
  | { readonly kind: 'markdown'; readonly markdown: string; readonly source: ConfigSource; readonly baseDir: string; readonly rejectedLinks: readonly string[] }
  | { readonly kind: 'file'; readonly path: string; readonly source: ConfigSource };

/** Where an `open` action goes: an http(s) address, or a file in the repository. */
export type OpenTarget = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string };

export type StepAction = (
  | { readonly kind: 'run'; readonly command: string }
  | { readonly kind: 'open'; readonly target: OpenTarget }
  | { readonly kind: 'command'; readonly command: string; readonly args: readonly string[] }
  | { readonly kind: 'copy'; readonly text: string }
) & { readonly label: string | null; readonly source: ConfigSource };

export type DoneCheck = (
  | { readonly kind: 'file'; readonly pattern: string }
  /** The step's `run` action with exactly this command line exited with 0 (Onramp never runs it by itself). */
  | { readonly kind: 'command'; readonly command: string }
  | { readonly kind: 'git'; readonly state: GitState }
  | { readonly kind: 'setting'; readonly setting: string; readonly equals?: string | number | boolean }
  | { readonly kind: 'manual' }
) & { readonly source: ConfigSource };

export interface ChecklistItem {
  readonly text: string;
  readonly optional: boolean;
  /** A command whose success ticks the item; run only when the contributor asks, in a trusted workspace. */
  readonly check: string | null;
  readonly source: ConfigSource;
}

/** A base in another repository of the same host, which core never fetches itself. */
export type RemoteSpec =
  | { readonly kind: 'repo'; readonly repo: string; readonly path: string; readonly ref: string | null; readonly text: string }
  | { readonly kind: 'url'; readonly url: string; readonly text: string };

export interface PendingRemote {
  readonly spec: RemoteSpec;
  readonly source: ConfigSource;
}

/** Where a remote base is: a file of a repository on the project's host, at a ref (the default branch when null). */
export interface RemoteLocation {
  readonly host: string;
  readonly repo: string;
  readonly path: string;
  readonly ref: string | null;
}

/**
 * What a fetch hook gives for a remote base: its text and where it really is (a plain path in it names a file of
 * that repository), a sentence why there is none, or, when the spec names this very repository, the local file.
 */
export type RemoteFetchResult =
  | { readonly kind: 'fetched'; readonly text: string; readonly location: RemoteLocation; readonly note?: string }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'local'; readonly path: string };
