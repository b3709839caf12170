/**
 * Where a contributor stands in the walkthrough, from what can be seen: files that exist, the exit codes of
 * commands run from a step, the git state, settings, and the contributor's own ticks. Pure: the editor gathers the
 * observations (watching, never polling) and this decides each step's state.
 */
import { CompletionCheck, GitState, WalkthroughStep } from './model';

export type StepState = 'notStarted' | 'inProgress' | 'done' | 'failed' | 'skipped';

/** What the editor has seen; `git` is null where the git extension is not available (Restricted Mode). */
export interface Observations {
  readonly fileExists: (pattern: string) => boolean;
  /** The last result of a command run from a step: its exit code, or undefined when it has not been run (or none was reported). */
  readonly commandExit: (command: string) => number | undefined;
  readonly git: Readonly<Record<GitState, boolean>> | null;
  readonly setting: (id: string) => unknown;
  /** Steps the contributor marked done, skipped, or started (opened the page, ran an action). */
  readonly ticked: ReadonlySet<string>;
  readonly skipped: ReadonlySet<string>;
  readonly started: ReadonlySet<string>;
}

export interface StepProgress {
  readonly id: string;
  readonly state: StepState;
  /** Why, in a few words ("node_modules exists", "`npm test` exited with 1"). */
  readonly reason: string;
}

export interface WalkthroughProgress {
  readonly steps: readonly StepProgress[];
  /** The first step that is neither done nor skipped; null when all are. */
  readonly next: string | null;
  readonly done: number;
  readonly total: number;
}

type Verdict = { readonly met: boolean; readonly reason: string };

export function checkVerdict(check: CompletionCheck, seen: Observations, stepId: string): Verdict {
  switch (check.kind) {
    case 'file':
      return seen.fileExists(check.pattern) ? { met: true, reason: `${check.pattern} exists` } : { met: false, reason: `${check.pattern} does not exist yet` };
    case 'command': {
      const code = seen.commandExit(check.command);
      if (code === undefined) return { met: false, reason: `\`${check.command}\` has not been run from this step` };
      return code === 0 ? { met: true, reason: `\`${check.command}\` succeeded` } : { met: false, reason: `\`${check.command}\` exited with ${code}` };
    }
    case 'git':
      if (!seen.git) return { met: seen.ticked.has(stepId), reason: 'git state is not available here; mark the step done yourself' };
      return seen.git[check.state] ? { met: true, reason: GIT_DONE[check.state] } : { met: false, reason: GIT_NOT_YET[check.state] };
    case 'setting': {
      const value = seen.setting(check.setting);
      const met = check.equals === undefined ? value !== undefined && value !== null && value !== '' : value === check.equals;
      return { met, reason: met ? `${check.setting} is set` : `${check.setting} is not set as the step asks` };
    }
    case 'manual':
      return seen.ticked.has(stepId) ? { met: true, reason: 'marked done' } : { met: false, reason: 'mark it done when you have done it' };
    case 'all': {
      const verdicts = check.checks.map((c) => checkVerdict(c, seen, stepId));
      const unmet = verdicts.find((v) => !v.met);
      return unmet ? { met: false, reason: unmet.reason } : { met: true, reason: verdicts.map((v) => v.reason).join(', ') };
    }
    case 'any': {
      const verdicts = check.checks.map((c) => checkVerdict(c, seen, stepId));
      const met = verdicts.find((v) => v.met);
      return met ? { met: true, reason: met.reason } : { met: false, reason: verdicts[0]?.reason ?? 'not done yet' };
    }
  }
}

const GIT_DONE: Record<GitState, string> = {
  onBranch: 'you are on your own branch',
  commitAhead: 'your branch has a commit',
  upstreamRemote: 'the upstream remote exists',
  pushed: 'your branch is pushed',
};
const GIT_NOT_YET: Record<GitState, string> = {
  onBranch: 'you are still on the base branch',
  commitAhead: 'your branch has no commit of its own yet',
  upstreamRemote: 'there is no upstream remote yet',
  pushed: 'your branch is not pushed yet',
};

/** The commands of a check whose failure means the step failed (not merely "not done"). */
function commandsOf(check: CompletionCheck): string[] {
  if (check.kind === 'command') return [check.command];
  if (check.kind === 'all' || check.kind === 'any') return check.checks.flatMap(commandsOf);
  return [];
}

export function stepProgress(step: WalkthroughStep, seen: Observations): StepProgress {
  if (seen.skipped.has(step.id)) return { id: step.id, state: 'skipped', reason: 'skipped' };
  // A manual tick always counts: the contributor may have done the step in a way Onramp cannot see.
  if (seen.ticked.has(step.id)) return { id: step.id, state: 'done', reason: 'marked done' };
  const verdict = checkVerdict(step.done, seen, step.id);
  if (verdict.met) return { id: step.id, state: 'done', reason: verdict.reason };
  const failedCommand = commandsOf(step.done).find((c) => (seen.commandExit(c) ?? 0) !== 0);
  if (failedCommand) return { id: step.id, state: 'failed', reason: `\`${failedCommand}\` exited with ${seen.commandExit(failedCommand)}` };
  return { id: step.id, state: seen.started.has(step.id) ? 'inProgress' : 'notStarted', reason: verdict.reason };
}

export function walkthroughProgress(steps: readonly WalkthroughStep[], seen: Observations): WalkthroughProgress {
  const progress = steps.map((s) => stepProgress(s, seen));
  const next = progress.find((p) => p.state !== 'done' && p.state !== 'skipped')?.id ?? null;
  return { steps: progress, next, done: progress.filter((p) => p.state === 'done').length, total: progress.length };
}
