import * as vscode from 'vscode';
import type { TemplateChoice } from '../core/checklist/templates';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { ChecklistService, ChecklistSnapshot } from './checklistService';
import { loadPullRequest } from './loadPullRequest';
import { proposedText } from './pullRequestText';

export type TemplatePick = { readonly kind: 'chosen'; readonly template: TemplateChoice } | { readonly kind: 'none' | 'cancelled'; readonly reason: string };

/**
 * "Choose PR Template": the project's pull request templates offered by their real names (front matter `name:`,
 * else the file name), the one in use first selected. The choice is kept per branch, so the checklist and the
 * body follow it. `wanted` (a name or a path, from a test or the Open Pull Request options) chooses without asking.
 */
export async function pickTemplate(root: RepositoryRoot, snapshot: ChecklistSnapshot, service: ChecklistService, wanted?: string): Promise<TemplatePick> {
  const templates = snapshot.templates;
  if (templates.length === 0) return { kind: 'none', reason: vscode.l10n.t('{0} has no pull request template to choose from.', root.name) };
  let chosen: TemplateChoice | undefined;
  if (wanted !== undefined) {
    chosen = loadPullRequest().chooseTemplate(templates, wanted) ?? undefined;
    if (!chosen) {
      const reason = vscode.l10n.t('No pull request template is called "{0}"; the templates are: {1}.', wanted, templates.map((t) => t.name).join(', '));
      void vscode.window.showWarningMessage(reason);
      return { kind: 'none', reason };
    }
  } else {
    chosen = await quickPick(templates, snapshot.template);
    if (!chosen) return { kind: 'cancelled', reason: vscode.l10n.t('Cancelled.') };
  }
  const changed = chosen.path !== snapshot.template?.path;
  await service.chooseTemplate(root, chosen.path);
  if (changed && wanted === undefined) await offerFreshBody(root, snapshot, service);
  return { kind: 'chosen', template: chosen };
}

async function quickPick(templates: readonly TemplateChoice[], current: TemplateChoice | null): Promise<TemplateChoice | undefined> {
  type Item = vscode.QuickPickItem & { readonly template: TemplateChoice };
  const items: Item[] = templates.map((t) => ({
    // Names come from the repository: plain labels, no codicons.
    label: t.name,
    iconPath: new vscode.ThemeIcon(t.path === current?.path ? 'check' : 'file'),
    description: t.path,
    detail: t.isDefault ? vscode.l10n.t('The template the forge fills in by default') : undefined,
    template: t,
  }));
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = vscode.l10n.t('Choose the pull request template');
  pick.placeholder = vscode.l10n.t('The template for this branch: the checklist and the body follow it');
  pick.items = items;
  pick.matchOnDescription = true;
  pick.ignoreFocusOut = true;
  const active = items.find((i) => i.template.path === current?.path);
  if (active) pick.activeItems = [active];
  try {
    return await new Promise<TemplateChoice | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.template ?? pick.activeItems[0]?.template));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    pick.dispose();
  }
}

/** A draft written from another template is the contributor's text: replaced only when they say so. */
async function offerFreshBody(root: RepositoryRoot, before: ChecklistSnapshot, service: ChecklistService): Promise<void> {
  const branch = before.state?.branch ?? null;
  const draft = service.draft(root, branch);
  if (!draft || branch === null) return;
  const fresh = vscode.l10n.t('Start From the New Template');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Your pull request draft was written from another template. Start the body again from the one you chose? The title stays.'), { modal: true }, fresh);
  if (answer !== fresh) return;
  const after = await service.snapshot(root);
  if ('error' in after) return;
  await service.saveDraft(root, branch, { title: draft.title, body: proposedText(root, after).body });
}
