import * as vscode from 'vscode';
import { loadForge } from './loadForge';
import type { IssueEntry, IssueSnapshot } from './issueService';

/** How one issue reads in the picker and the view: `#N title`, its labels, and why it is (not) ready. */
export function issueLines(issue: IssueEntry, now = Date.now()): { label: string; description: string; detail: string } {
  const { ago } = loadForge();
  const why = issue.ready ? issue.reasons.join(' · ') : `$(warning) ${issue.blockers.join(' · ')}`;
  const comments = vscode.l10n.t('{0} comment(s)', issue.comments);
  const active = vscode.l10n.t('active {0}', ago(issue.updatedAt, now));
  return { label: `#${issue.number} ${issue.title}`, description: issue.labels.join(', '), detail: `${why} · ${comments} · ${active}` };
}

/** One sentence on where the list stands: offline with its age, still updating, hidden issues, a fork's parent. */
export function statusLines(snapshot: IssueSnapshot, now = Date.now()): string[] {
  const { ago } = loadForge();
  const lines: string[] = [];
  if (snapshot.problem) lines.push(snapshot.problem.sentence);
  if (snapshot.stale && snapshot.fetchedAt !== null) lines.push(vscode.l10n.t('Offline: the list from {0}.', ago(snapshot.fetchedAt, now).replace('today', vscode.l10n.t('earlier today'))));
  else if (snapshot.problem && snapshot.issues.length > 0 && snapshot.fetchedAt !== null) lines.push(vscode.l10n.t('Showing the list from {0}.', ago(snapshot.fetchedAt, now).replace('today', vscode.l10n.t('earlier today'))));
  if (snapshot.fork && snapshot.repository) lines.push(vscode.l10n.t('{0} is a fork; these issues are from {1}.', snapshot.fork.path, snapshot.repository.path));
  if (!snapshot.problem && !snapshot.updating && snapshot.repository && snapshot.labels.length === 0) {
    lines.push(vscode.l10n.t('{0} has no label for beginner issues (such as "good first issue"). Add one of its labels to the setting onramp.issues.labels.', snapshot.repository.path));
  } else if (!snapshot.problem && !snapshot.updating && snapshot.repository && snapshot.issues.length === 0) {
    lines.push(vscode.l10n.t('No open, unassigned issue of {0} carries {1}.', snapshot.repository.path, snapshot.labels.join(', ')));
  }
  if (snapshot.hidden > 0) lines.push(vscode.l10n.t('{0} more are taken or blocked (see the setting onramp.issues.hideNotReady).', snapshot.hidden));
  return lines;
}
