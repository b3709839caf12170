import * as vscode from 'vscode';

/**
 * Per-root settling: `schedule(root)` fires `fire(root)` once, `delayMs` after the last call for that root, so a burst
 * of file, git and settings events becomes one change. Pending timers are cleared on dispose.
 */
export class SettleTimers implements vscode.Disposable {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly delayMs: number,
    private readonly fire: (root: vscode.Uri) => void,
  ) {}

  schedule(root: vscode.Uri): void {
    const key = root.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.fire(root);
      }, this.delayMs),
    );
  }

  dispose(): void {
    this.pending.forEach(clearTimeout);
    this.pending.clear();
  }
}
