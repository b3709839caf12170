import * as vscode from 'vscode';
import type { GuideFacts } from '../core/guide/facts';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { TrustGate } from '../util/trust';
import type { ChecklistService } from './checklistService';

export type RunOutcome =
  | { readonly kind: 'ran'; readonly runs: readonly { readonly command: string; readonly exitCode: number | undefined }[] }
  | { readonly kind: 'refused'; readonly reason: string };

/** The commands the checklist can check by running them: the guide's test and lint commands, the maintainer file's checks. */
export function checklistCommands(facts: GuideFacts): string[] {
  const commands = [...facts.commands.test, ...facts.commands.lint].map((c) => c.command);
  for (const item of facts.checklist) if (item.command) commands.push(item.command);
  return [...new Set(commands)];
}

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
  for (const command of commands) {
    logger.info(`running from the checklist: ${command}`);
    const exitCode = await runTask(folder, root, command);
    runs.push({ command, exitCode });
    if (exitCode !== undefined) await service.recordRun(root, command, exitCode);
  }
  const failed = runs.filter((r) => r.exitCode !== 0);
  if (failed.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0} did not pass; its output is in the terminal.', failed.map((r) => `\`${r.command}\``).join(', ')));
  return { kind: 'ran', runs };
}

function runTask(folder: vscode.WorkspaceFolder, root: RepositoryRoot, command: string): Promise<number | undefined> {
  const step = `checklist:${command}`;
  const task = new vscode.Task({ type: 'onramp', step, command }, folder, vscode.l10n.t('Checklist: {0}', command), 'Onramp', new vscode.ShellExecution(command, { cwd: root.uri.fsPath }), []);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true, focus: false, panel: vscode.TaskPanelKind.Dedicated };
  return new Promise<number | undefined>((resolve, reject) => {
    let execution: vscode.TaskExecution | undefined;
    const ended = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution !== execution && e.execution.task.definition.step !== step) return;
      ended.dispose();
      resolve(e.exitCode);
    });
    vscode.tasks.executeTask(task).then(
      (started) => (execution = started),
      (error: unknown) => {
        ended.dispose();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
