import * as vscode from 'vscode';
import type { GuideFacts } from '../core/guide/facts';
import type { MaintainerProblem } from '../core/maintainer/types';
import type { GuideReading, RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

/**
 * The maintainer file's problems in the Problems panel, at their line and column, kept in step with every
 * reading of the root (so they update on save). Only problems in the maintainer file and its in-repo bases; a
 * base from another repository has its problems shown at the `extends` line that leads to it, naming its line.
 */
export class MaintainerDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('onramp'));
  private readonly shown = new Map<string, vscode.Uri[]>();

  constructor(
    private readonly repositories: RepositoryService,
    /** The reading to show: the walkthrough's, with remote bases merged in when they may be fetched. */
    private readonly read: (root: RepositoryRoot) => Promise<GuideReading> = (root) => repositories.read(root),
  ) {
    super();
    this.register(repositories.onDidChange((change) => void this.updateUri(change.root)));
    // After activation has returned: the first reading starts the reader thread, which activation need not wait for.
    const first = setTimeout(() => repositories.roots().forEach((root) => void this.update(root)), 0);
    this.register({ dispose: () => clearTimeout(first) });
  }

  private async updateUri(uri: vscode.Uri): Promise<void> {
    const root = this.repositories.rootFor(uri);
    if (root) await this.update(root);
    else this.clear(uri.toString());
  }

  async update(root: RepositoryRoot): Promise<void> {
    const reading = await this.read(root);
    const key = root.uri.toString();
    this.clear(key);
    if (!reading.ok) return;
    const byFile = diagnosticsOf(reading.facts);
    const uris: vscode.Uri[] = [];
    for (const [file, diagnostics] of byFile) {
      const uri = vscode.Uri.joinPath(root.uri, file);
      this.collection.set(uri, diagnostics);
      uris.push(uri);
    }
    this.shown.set(key, uris);
  }

  private clear(key: string): void {
    for (const uri of this.shown.get(key) ?? []) this.collection.delete(uri);
    this.shown.delete(key);
  }
}

export function diagnosticsOf(facts: GuideFacts): Map<string, vscode.Diagnostic[]> {
  const files = new Set([...(facts.files.config ? [facts.files.config] : []), ...(facts.maintainer?.mergedFrom ?? [])]);
  const byFile = new Map<string, vscode.Diagnostic[]>();
  for (const problem of facts.problems) {
    const shownAt = (problem as MaintainerProblem).shownAt;
    const p = shownAt ? { ...problem, ...shownAt, column: undefined, message: vscode.l10n.t('In the base {0}, line {1}: {2}', problem.file, problem.line ?? 1, problem.message) } : problem;
    if (!files.has(p.file)) continue;
    const line = Math.max(0, (p.line ?? 1) - 1);
    const column = Math.max(0, (p.column ?? 1) - 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, Math.max(column + 1, 1000)), p.message, SEVERITY[p.severity]);
    diagnostic.source = 'Onramp';
    byFile.set(p.file, [...(byFile.get(p.file) ?? []), diagnostic]);
  }
  return byFile;
}
