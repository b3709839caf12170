import * as vscode from 'vscode';
import { runShellTask } from '../util/tasks';
import type { GuideFacts } from '../core/guide/facts';
import { checklistCommands } from '../core/checklist/commandsToRun';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { TrustGate } from '../util/trust';
import type { ChecklistService } from './checklistService';

export type RunOutcome =
  | { readonly kind: 'ran'; readonly runs: readonly { readonly command: string; readonly exitCode: number | undefined }[] }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Runs the project's test and lint commands, only on the contributor's click and only in a trusted workspace,
 * each as a task (its output stays in the task's terminal), and records each exit code for the checklist.
 */
export async function runChecklistChecks(root: RepositoryRoot, facts: GuideFacts, service: ChecklistService, trust: TrustGate, logger: Logger): Promise<RunOutcome> {
  const commands = checklistCommands(facts);
  if (!(await trust.allows(vscode.l10n.t('run the project\'s test and lint commands')))) {
    return { kind: 'refused', reason: vscode.l10n.t('Restricted Mode: commands from the repository do not run until you trust this folder.') };
  }
  const folder = vscode.workspace.getWorkspaceFolder(root.uri);
  if (!folder) return { kind: 'refused', reason: vscode.l10n.t('{0} is not in an open workspace folder.', root.uri.fsPath) };
  if (commands.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The guide names no test or lint command Onramp could run.'));
    return { kind: 'ran', runs: [] };
  }
  const runs: { command: string; exitCode: number | undefined }[] = [];
  for (const { command, run } of commands) {
    logger.info(`running from the checklist: ${run}`);
    const exitCode = await runTask(folder, root, run);
    runs.push({ command, exitCode });
    if (exitCode !== undefined) await service.recordRun(root, command, exitCode);
  }
  const failed = runs.filter((r) => r.exitCode !== 0);
  if (failed.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0} did not pass; its output is in the terminal.', failed.map((r) => `\`${r.command}\``).join(', ')));
  return { kind: 'ran', runs };
}

function runTask(folder: vscode.WorkspaceFolder, root: RepositoryRoot, command: string): Promise<number | undefined> {
  return runShellTask({ folder, cwd: root.uri, step: `checklist:${command}`, command, label: vscode.l10n.t('Checklist: {0}', command) });
}
