import * as vscode from 'vscode';
import type { RepositoryRoot } from '../repository/repositoryService';
import type { IssueEntry, IssueService, IssueSnapshot, IssueUiView } from './issueService';
import { issueLines, statusLines } from './issueText';
import type { IssuePreview } from './issuePreview';

interface IssueItem extends vscode.QuickPickItem {
  readonly issue?: IssueEntry;
}

export interface PickerActions {
  openInBrowser(issue: IssueEntry): Promise<void>;
  copyLink(issue: IssueEntry): Promise<void>;
  startWorking(root: RepositoryRoot, issue: IssueEntry): Promise<void>;
  signIn(root: RepositoryRoot): Promise<void>;
}

const OPEN = { iconPath: new vscode.ThemeIcon('link-external'), tooltip: vscode.l10n.t('Open in Browser') };
const COPY = { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy Link') };
const PREVIEW = { iconPath: new vscode.ThemeIcon('open-preview'), tooltip: vscode.l10n.t('Preview') };
const FILTER = { iconPath: new vscode.ThemeIcon('filter'), tooltip: vscode.l10n.t('Filter by Label') };
const REFRESH = { iconPath: new vscode.ThemeIcon('refresh'), tooltip: vscode.l10n.t('Refresh') };
const SIGN_IN = { iconPath: new vscode.ThemeIcon('account'), tooltip: vscode.l10n.t('Sign In for a Higher Limit') };

/**
 * "Find a Good First Issue": a QuickPick that shows the cached list at once (busy while the forge is asked) and
 * updates in place. Each issue: `#N title`, its labels, and why it is ready or what blocks it. Buttons open it in
 * the browser, copy its link, or preview it (the preview then follows the highlighted issue); the title bar
 * filters by one more label (an area, a language). Accepting starts work on the issue.
 */
/** The picker on screen (one at a time, as VS Code shows one QuickPick), for the API. */
let visible: IssueUiView['picker'] = null;
export function visiblePicker(): IssueUiView['picker'] {
  return visible;
}

/** Issues with `label`, all of them without one. */
export function withLabel(issues: readonly IssueEntry[], label: string | undefined): IssueEntry[] {
  return issues.filter((i) => !label || i.labels.includes(label));
}

export async function pickIssue(service: IssueService, root: RepositoryRoot, preview: IssuePreview, actions: PickerActions, initial: { readonly label?: string } = {}): Promise<void> {
  const qp = vscode.window.createQuickPick<IssueItem>();
  qp.title = vscode.l10n.t('Good First Issues: {0}', root.name);
  qp.placeholder = vscode.l10n.t('Loading issues…');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  // A caller (a command link, a test) may open the picker already filtered, as the title bar's button does.
  let filter: string | undefined = initial.label?.trim() || undefined;
  // Choosing a label opens a second QuickPick, which hides this one for a moment; that is not closing it.
  let filtering = false;
  const disposables: vscode.Disposable[] = [qp];
  let open = true;

  const render = (snapshot: IssueSnapshot | undefined): void => {
    if (!snapshot || !open) return;
    qp.busy = snapshot.updating;
    qp.buttons = [FILTER, REFRESH, ...(snapshot.signedIn || snapshot.signInKind !== 'session' ? [] : [SIGN_IN])];
    const status = statusLines(snapshot);
    const shown = withLabel(snapshot.issues, filter);
    visible = { root: root.uri.toString(), filter: filter ?? null, issues: shown.map((i) => i.number) };
    const active = qp.activeItems[0]?.issue?.number;
    const items: IssueItem[] = [
      ...status.map((line): IssueItem => ({ label: `$(info) ${line}`, alwaysShow: true })),
      ...(status.length > 0 && shown.length > 0 ? [{ label: '', kind: vscode.QuickPickItemKind.Separator }] : []),
      ...shown.map((issue): IssueItem => ({ ...issueLines(issue), issue, buttons: [PREVIEW, OPEN, COPY] })),
    ];
    qp.items = items;
    const keep = items.find((i) => i.issue && i.issue.number === active);
    if (keep) qp.activeItems = [keep];
    qp.placeholder = filter ? vscode.l10n.t('Issues labelled {0}; pick one to start working on it', filter) : vscode.l10n.t('Pick an issue to start working on it; type to filter by title or label');
  };

  disposables.push(
    service.onDidChange((uri) => uri.toString() === root.uri.toString() && render(service.current(root))),
    qp.onDidChangeActive((items) => {
      const issue = items[0]?.issue;
      if (issue && preview.isOpen) preview.show(issue, { preserveFocus: true });
    }),
    qp.onDidTriggerItemButton(async ({ item, button }) => {
      if (!item.issue) return;
      if (button === OPEN) await actions.openInBrowser(item.issue);
      else if (button === COPY) await actions.copyLink(item.issue);
      else if (button === PREVIEW) preview.show(item.issue, { preserveFocus: true });
    }),
    qp.onDidTriggerButton(async (button) => {
      if (button === REFRESH) void service.load(root, { refresh: true });
      else if (button === SIGN_IN) await actions.signIn(root);
      else if (button === FILTER) {
        const labels = [...new Set(service.current(root)?.issues.flatMap((i) => i.labels) ?? [])].sort();
        const all = vscode.l10n.t('All labels');
        filtering = true;
        const chosen = await vscode.window.showQuickPick([all, ...labels], { placeHolder: vscode.l10n.t('Show only issues with this label (an area, a language…)') });
        if (chosen !== undefined) filter = chosen === all ? undefined : chosen;
        filtering = false;
        render(service.current(root));
        qp.show();
      }
    }),
    qp.onDidAccept(async () => {
      const issue = qp.selectedItems[0]?.issue;
      if (!issue) return;
      qp.hide();
      await actions.startWorking(root, issue);
    }),
  );
  const closed = new Promise<void>((resolve) => disposables.push(qp.onDidHide(() => !filtering && resolve())));
  render(service.current(root));
  qp.show();
  void service.load(root).then(render);
  await closed;
  open = false;
  visible = null;
  disposables.forEach((d) => d.dispose());
}
