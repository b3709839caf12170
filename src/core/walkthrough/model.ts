/**
 * A project walkthrough: the steps from "cloned" to "ready to open a pull request", each with where it came from,
 * what it offers to do (actions, never run by Onramp on its own) and how it is seen to be done. The maintainer
 * file writes them; without one they are derived from the guide reader's facts; without either, a generic path.
 */
import type { Origin } from '../guide/facts';

export type Platform = 'linux' | 'macos' | 'windows';
export type GitState = 'onBranch' | 'commitAhead' | 'upstreamRemote' | 'pushed';

/** Where a step (or its text) was written. Generic steps have none. */
export interface StepSource {
  readonly file: string;
  readonly line: number;
  readonly origin: Origin;
}

/** Where an `open` action goes: an http(s) address, or a file in the repository. */
export type OpenTarget = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string };

export type StepAction = (
  | { readonly kind: 'run'; readonly command: string }
  | { readonly kind: 'open'; readonly target: OpenTarget }
  | { readonly kind: 'command'; readonly command: string; readonly args: readonly string[] }
  | { readonly kind: 'copy'; readonly text: string }
) & { readonly label: string | null };

/** How a step is seen to be done. `any` is done when one of its checks is. */
export type CompletionCheck =
  | { readonly kind: 'file'; readonly pattern: string }
  /** A `run` action of the step with exactly this command line exited with 0. */
  | { readonly kind: 'command'; readonly command: string }
  | { readonly kind: 'git'; readonly state: GitState }
  | { readonly kind: 'setting'; readonly setting: string; readonly equals?: string | number | boolean }
  | { readonly kind: 'manual' }
  | { readonly kind: 'all'; readonly checks: readonly CompletionCheck[] }
  | { readonly kind: 'any'; readonly checks: readonly CompletionCheck[] };

export interface WalkthroughStep {
  /** Stable within the walkthrough: progress is stored under it. */
  readonly id: string;
  readonly title: string;
  /** Markdown, rendered with HTML off and links vetted; relative links resolve against `baseDir`. */
  readonly markdown: string;
  readonly baseDir: string;
  /** Link targets a renderer must show as plain text (rejected when the file was read). */
  readonly rejectedLinks: readonly string[];
  readonly source: StepSource | null;
  readonly actions: readonly StepAction[];
  readonly done: CompletionCheck;
  /** The platforms the step is shown on; null for every platform. */
  readonly platforms: readonly Platform[] | null;
}

export interface Walkthrough {
  /** `config`: the maintainer file; `guide`: derived from what the guide reader found; `generic`: neither. */
  readonly from: 'config' | 'guide' | 'generic';
  readonly file: string | null;
  readonly steps: readonly WalkthroughStep[];
}

/** The checks a step can be done by, flattened (for "which files or states must be watched"). */
export function checksOf(check: CompletionCheck): CompletionCheck[] {
  return check.kind === 'all' || check.kind === 'any' ? check.checks.flatMap(checksOf) : [check];
}

/** How a check reads in a sentence ("done when node_modules exists"), for the view, the page and the CLI. */
export function describeCheck(check: CompletionCheck): string {
  switch (check.kind) {
    case 'file':
      return `${check.pattern} exists`;
    case 'command':
      return `\`${check.command}\` succeeds when run from this step`;
    case 'git':
      return GIT_STATES[check.state];
    case 'setting':
      return check.equals === undefined ? `the setting ${check.setting} is set` : `the setting ${check.setting} is ${JSON.stringify(check.equals)}`;
    case 'manual':
      return 'you mark it done';
    case 'all':
      return check.checks.map(describeCheck).join(', and ');
    case 'any':
      return check.checks.map(describeCheck).join(', or ');
  }
}

const GIT_STATES: Record<GitState, string> = {
  onBranch: 'you are on a branch other than the base branch',
  commitAhead: 'your branch has a commit the base branch does not',
  upstreamRemote: 'an `upstream` remote exists',
  pushed: 'your branch is pushed',
};

/** How an action reads as text (`inspect --json` shows actions as text, never runs them). */
export function describeAction(action: StepAction): string {
  switch (action.kind) {
    case 'run':
      return `run: ${action.command}`;
    case 'open':
      return `open: ${action.target.kind === 'url' ? action.target.url : action.target.path}`;
    case 'command':
      return `command: ${action.command}${action.args.length > 0 ? ` ${action.args.join(' ')}` : ''}`;
    case 'copy':
      return `copy: ${action.text}`;
  }
}
