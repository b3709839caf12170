/**
 * The whole checklist for a folder on disk: the template chosen by name, git's state, the commit rules' verdict
 * on each commit, and each item's result. Used by `onramp checklist` and the editor alike, so both say the same.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CommitRuleSet } from '../commits/types';
import type { GuideFacts } from '../guide/facts';
import { readRepoState } from '../git/repoState';
import { assembleChecklist, signOffRequired } from './assemble';
import { evaluateChecklist } from './evaluate';
import { chooseTemplate, templateChoices, TemplateChoice } from './templates';
import type { CommandRun, EvaluatedItem, RepoState } from './types';
import { commitVerdicts } from './verdicts';

export interface ChecklistOptions {
  readonly ruleSet: CommitRuleSet | null;
  /** A template's name or path; without one, the default template (or the only one). */
  readonly template?: string | null;
  readonly runs?: readonly CommandRun[];
  readonly ticked?: ReadonlySet<string>;
  readonly issue?: RepoState['issue'];
  readonly draftBody?: string | null;
}

export interface RepositoryChecklist {
  readonly items: readonly EvaluatedItem[];
  readonly state: RepoState;
  readonly template: TemplateChoice | null;
  readonly templates: readonly TemplateChoice[];
}

const MAX_TEMPLATE_BYTES = 256 * 1024;

/** A template's text, or undefined when it is gone or too large to be a form. */
export function readTemplate(dir: string, path: string): string | undefined {
  try {
    const full = join(dir, path);
    if (statSync(full).size > MAX_TEMPLATE_BYTES) return undefined;
    return readFileSync(full, 'utf8');
  } catch {
    return undefined;
  }
}

export async function checklistForRepository(dir: string, facts: GuideFacts, options: ChecklistOptions): Promise<RepositoryChecklist> {
  const templates = templateChoices(facts.files.prTemplates, (p) => readTemplate(dir, p));
  const template = chooseTemplate(templates, options.template);
  const baseBranch = facts.maintainer?.baseBranch?.value ?? facts.baseBranch?.value ?? null;
  const state = await readRepoState(dir, { baseBranch, issue: options.issue, draftBody: options.draftBody });
  const verdicts = options.ruleSet && state.commits ? await commitVerdicts(state.commits, options.ruleSet) : null;
  const items = evaluateChecklist(assembleChecklist(facts, template?.path ?? null), {
    facts,
    state,
    verdicts,
    signOffRequired: signOffRequired(facts),
    runs: options.runs ?? [],
    ticked: options.ticked ?? new Set(),
  });
  return { items, state, template, templates };
}
