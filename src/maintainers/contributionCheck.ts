import * as vscode from 'vscode';
import type { CheckResult, Finding, LineEdit, Severity } from '../core/check/types';
import { loadReader } from '../repository/loadReader';
import type { RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import type { Logger } from '../util/logger';
import { Settings } from '../util/settings';
import { repoFilesFor } from '../util/workspaceRepoFiles';

/** Apart from the maintainer file's live diagnostics (source 'Onramp'), so each can be told from the other. */
export const CHECK_SOURCE = 'Onramp check';

/** Files with a fix are read again for the lines being replaced; the check reads at most this much of one file. */
const MAX_FIXED_FILE_BYTES = 1024 * 1024;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  note: vscode.DiagnosticSeverity.Information,
};

/** A finding's one-line edit, kept beside its diagnostic so the code action can find it again. */
export interface ShownFix {
  readonly line: number;
  readonly message: string;
  readonly description: string;
  readonly edit: LineEdit;
  readonly uri: vscode.Uri;
  /** The line as the check read it: the fix is offered only while the document still says this. */
  readonly original: string;
}

/**
 * The contribution path check in the Problems panel ('onramp-check'): each finding at its file and line, with
 * its rule as the code. A root is checked again whenever the reader's files change, or a file the check read
 * or reported on is saved, once it has been checked on request. The check reads files as data, so it runs in
 * Restricted Mode too.
 */
export class ContributionCheck extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('onramp-check'));
  /** Per root: the files shown, the files the check depends on, and whether a check is running or due. */
  private readonly roots = new Map<string, { root: RepositoryRoot; shown: vscode.Uri[]; watched: Set<string>; running?: Promise<CheckResult | undefined>; next?: Promise<CheckResult | undefined> }>();
  private readonly fixes = new Map<string, ShownFix[]>();

  constructor(
    private readonly repositories: RepositoryService,
    private readonly logger: Logger,
  ) {
    super();
    this.register(repositories.onDidChange((change) => this.changed(change.root)));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc.uri)));
  }

  /** The fixes shown in a file, for the code action provider. */
  fixesIn(uri: vscode.Uri): readonly ShownFix[] {
    return this.fixes.get(uri.toString()) ?? [];
  }

  /**
   * Checks the root now and shows the result. A check under way may have read the files before the caller's last
   * save, so a caller who asks meanwhile gets the check that follows it (one for everyone who asked), never the
   * older answer.
   */
  async check(root: RepositoryRoot): Promise<CheckResult | undefined> {
    const key = root.uri.toString();
    const state = this.roots.get(key) ?? { root, shown: [], watched: new Set<string>() };
    this.roots.set(key, state);
    if (state.running) {
      state.next ??= state.running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          state.next = undefined;
          return this.isDisposed ? undefined : this.check(root);
        });
      return state.next;
    }
    state.running = this.run(state).finally(() => (state.running = undefined));
    return state.running;
  }

  private async run(state: { root: RepositoryRoot; shown: vscode.Uri[]; watched: Set<string> }): Promise<CheckResult | undefined> {
    const { root } = state;
    let result: CheckResult;
    const files = repoFilesFor(root.uri);
    const originals = new Map<string, string[]>();
    try {
      result = await loadReader().runCheck(files, { maxFileBytes: new Settings(root.uri).maxFileKilobytes * 1024, projectName: root.name });
      for (const file of new Set(result.findings.flatMap((f) => (f.fix?.edit ? [f.fix.edit.file] : [])))) {
        const content = await files.read(file, MAX_FIXED_FILE_BYTES);
        if (content && !content.truncated) originals.set(file, new TextDecoder().decode(content.bytes).split(/\r?\n/));
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`checking the contribution path of ${root.name} failed: ${message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not check the contribution path of {0}: {1}', root.name, message));
      return undefined;
    }
    if (this.isDisposed || !this.roots.has(root.uri.toString())) return result;
    this.clear(state);
    const byFile = new Map<string, Finding[]>();
    // The maintainer file's own problems are already shown, live, by the walkthrough's diagnostics.
    for (const f of result.findings.filter((x) => x.id !== 'maintainer-file')) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, findings] of byFile) {
      const uri = vscode.Uri.joinPath(root.uri, file);
      this.collection.set(uri, findings.map(diagnosticOf));
      const fixes = findings.flatMap((f): ShownFix[] => {
        const edit = f.fix?.edit;
        const original = edit && originals.get(edit.file)?.[edit.line - 1];
        return edit && original !== undefined ? [{ line: f.line, message: messageOf(f), description: f.fix?.description ?? '', edit, uri: vscode.Uri.joinPath(root.uri, edit.file), original }] : [];
      });
      if (fixes.length > 0) this.fixes.set(uri.toString(), fixes);
      state.shown.push(uri);
    }
    state.watched = new Set([...result.filesRead, ...byFile.keys()].map((file) => vscode.Uri.joinPath(root.uri, file).toString()));
    for (const note of result.notes) this.logger.info(`check of ${root.name}: ${note}`);
    return result;
  }

  private changed(uri: vscode.Uri): void {
    const state = this.roots.get(uri.toString());
    if (!state) return;
    if (this.repositories.rootFor(uri)) void this.check(state.root);
    else {
      // The folder left the workspace: its findings go with it.
      this.clear(state);
      this.roots.delete(uri.toString());
    }
  }

  private saved(uri: vscode.Uri): void {
    for (const state of this.roots.values()) if (state.watched.has(uri.toString())) void this.check(state.root);
  }

  private clear(state: { shown: vscode.Uri[] }): void {
    for (const uri of state.shown.splice(0)) {
      this.collection.delete(uri);
      this.fixes.delete(uri.toString());
    }
  }
}

function messageOf(f: Finding): string {
  return `${f.message} ${f.why}`;
}

function diagnosticOf(f: Finding): vscode.Diagnostic {
  const line = Math.max(0, f.line - 1);
  const column = Math.max(0, (f.column ?? 1) - 1);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, Math.max(column + 1, 1000)), messageOf(f), SEVERITY[f.severity]);
  diagnostic.source = CHECK_SOURCE;
  diagnostic.code = f.id;
  return diagnostic;
}
