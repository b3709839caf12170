/**
 * Merges the layers of a maintainer file and its bases: each layer overrides what the ones before it set, and
 * steps are merged by id (a step with a known id replaces it where it stood; new steps come after).
 */
import { ConfigLayer } from './buildLayer';
import { CommitRules, MaintainerConfig, MaintainerStep } from './types';

/** `layers` in order, bases first and the file itself last. */
export function mergeLayers(file: string, layers: readonly ConfigLayer[]): MaintainerConfig {
  let steps: MaintainerStep[] = [];
  let merged: Omit<MaintainerConfig, 'file' | 'steps' | 'mergedFrom'> = {
    labels: null,
    commits: { convention: null, types: null, scopes: null, subjectMaxLength: null, signOff: null, issueReference: null, severity: null },
    checklist: null,
    branchTemplate: null,
    baseBranch: null,
  };
  for (const layer of layers) {
    if (layer.steps) {
      const next = [...steps];
      for (const step of layer.steps) {
        const k = next.findIndex((s) => s.id === step.id);
        if (k >= 0) next[k] = step;
        else next.push(step);
      }
      steps = next;
    }
    const commits = Object.fromEntries(Object.entries(merged.commits).map(([key, value]) => [key, layer.commits[key as keyof CommitRules] ?? value])) as unknown as CommitRules;
    merged = {
      labels: layer.labels ?? merged.labels,
      commits,
      checklist: layer.checklist ?? merged.checklist,
      branchTemplate: layer.branchTemplate ?? merged.branchTemplate,
      baseBranch: layer.baseBranch ?? merged.baseBranch,
    };
  }
  return { file, steps, ...merged, mergedFrom: layers.map((l) => l.file) };
}
