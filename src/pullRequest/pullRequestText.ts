import type { GuideFacts } from '../core/guide/facts';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { ChecklistSnapshot } from './checklistService';
import { loadPullRequest } from './loadPullRequest';

/**
 * The pull request's title and body as Onramp proposes them: the title from the issue or the first commit, the
 * body from the chosen template with its comments stripped, each box ticked when the checklist counts its item
 * done (open items stay unchecked), placeholders filled and `Fixes #N` added.
 */
export function proposedText(root: RepositoryRoot, snapshot: ChecklistSnapshot): { title: string; body: string } {
  const core = loadPullRequest();
  const state = snapshot.state;
  const title = (state && core.pullRequestTitle(state.issue, state.commits ?? [])) ?? state?.branch ?? '';
  const template = snapshot.template ? core.readTemplate(root.uri.fsPath, snapshot.template.path) : undefined;
  const done = new Set(snapshot.items.filter((i) => core.isDone(i, snapshot.ticked)).map((i) => core.checklistKey(i.text)));
  const boxes = templateBoxes(snapshot.facts, snapshot.template?.path ?? null).map((b) => ({ line: b.line, ticked: done.has(core.checklistKey(b.text)) }));
  const body = core.renderBody({ template: template ?? '', boxes, issue: state?.issue?.number ?? null });
  return { title, body };
}

/** The template's own boxes, by line: the checklist merges an item named twice, the body ticks each box. */
function templateBoxes(facts: GuideFacts, path: string | null): { line: number; text: string }[] {
  if (path === null) return [];
  return [...facts.checklist, ...facts.changeChoices].filter((i) => i.file === path).map((i) => ({ line: i.source.line, text: i.text }));
}
