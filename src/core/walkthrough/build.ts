/**
 * The walkthrough of a project: the maintainer file's steps when it has any, else steps derived from the guide
 * reader's facts, else the generic path. Also its JSON for `onramp inspect --json` (actions as text, never run).
 */
import type { GuideFacts } from '../guide/facts';
import type { DoneCheck, MaintainerStep } from '../maintainer/types';
import { foundAnything } from '../presentation/factGroups';
import { genericWalkthrough, walkthroughFromGuide } from './fromGuide';
import { CompletionCheck, Walkthrough, WalkthroughStep, describeAction, describeCheck } from './model';

export function buildWalkthrough(facts: GuideFacts): Walkthrough {
  const config = facts.maintainer;
  if (config && config.steps.length > 0) return { from: 'config', file: config.file, steps: config.steps.map(fromConfigStep) };
  return foundAnything(facts) ? walkthroughFromGuide(facts) : genericWalkthrough();
}

function fromConfigStep(step: MaintainerStep): WalkthroughStep {
  const body = step.body?.kind === 'markdown' ? step.body : null;
  return {
    id: step.id,
    title: step.title,
    markdown: body?.markdown ?? '',
    baseDir: body?.baseDir ?? '',
    rejectedLinks: body?.rejectedLinks ?? [],
    source: { file: step.source.file, line: step.source.line, origin: 'config' },
    actions: step.actions.map((a) => {
      switch (a.kind) {
        case 'run':
          return { kind: 'run', command: a.command, label: a.label };
        case 'open':
          return { kind: 'open', target: a.target, label: a.label };
        case 'command':
          return { kind: 'command', command: a.command, args: a.args, label: a.label };
        case 'copy':
          return { kind: 'copy', text: a.text, label: a.label };
      }
    }),
    done: step.done ? fromDone(step.done) : { kind: 'manual' },
    platforms: step.platforms,
  };
}

function fromDone(done: DoneCheck): CompletionCheck {
  switch (done.kind) {
    case 'file':
      return { kind: 'file', pattern: done.pattern };
    case 'command':
      return { kind: 'command', command: done.command };
    case 'git':
      return { kind: 'git', state: done.state };
    case 'setting':
      return done.equals === undefined ? { kind: 'setting', setting: done.setting } : { kind: 'setting', setting: done.setting, equals: done.equals };
    case 'manual':
      return { kind: 'manual' };
  }
}

export interface WalkthroughJson {
  from: Walkthrough['from'];
  file: string | null;
  steps: {
    id: string;
    title: string;
    origin: string;
    source: { file: string; line: number } | null;
    actions: string[];
    done: string;
    check: CompletionCheck;
    platforms: string[] | null;
  }[];
}

export function walkthroughJson(w: Walkthrough): WalkthroughJson {
  return {
    from: w.from,
    file: w.file,
    steps: w.steps.map((s) => ({
      id: s.id,
      title: s.title,
      origin: s.source?.origin ?? 'generic',
      source: s.source ? { file: s.source.file, line: s.source.line } : null,
      actions: s.actions.map(describeAction),
      done: describeCheck(s.done),
      check: structuredClone(s.done),
      platforms: s.platforms ? [...s.platforms] : null,
    })),
  };
}
