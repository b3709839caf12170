import * as vscode from 'vscode';

/** The task type Onramp's runs carry (declared in package.json `taskDefinitions`). */
export const TASK_TYPE = 'onramp';

/**
 * Runs a command line as a VS Code task in its own terminal and resolves with its exit code, or undefined when
 * the terminal reported none. Output stays in the terminal. Callers go through the trust gate first: this runs.
 * `step` names who asked (a walkthrough step, a checklist run), so the end of this run is told from others'.
 */
export function runShellTask(options: { folder: vscode.WorkspaceFolder; cwd: vscode.Uri; step: string; command: string; label: string }): Promise<number | undefined> {
  const { folder, cwd, step, command, label } = options;
  const task = new vscode.Task({ type: TASK_TYPE, step, command }, folder, label, 'Onramp', new vscode.ShellExecution(command, { cwd: cwd.fsPath }), []);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true, focus: false, panel: vscode.TaskPanelKind.Dedicated };
  return new Promise<number | undefined>((resolve, reject) => {
    let execution: vscode.TaskExecution | undefined;
    const ended = vscode.tasks.onDidEndTaskProcess((e) => {
      // The execution is known once executeTask resolves; a very quick command may end before, hence the definition.
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
