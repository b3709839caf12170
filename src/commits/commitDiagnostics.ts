import * as vscode from 'vscode';
import type { CommitProblem, RuleSetNote } from '../core/commits/types';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import { Logger } from '../util/logger';
import type { CommitRulesService, RepoCommitRules } from './commitRulesService';
import { loadCommits } from './loadCommits';
import { inputRootUri, isScmInput } from './scmInput';

/** Typing pauses shorter than this do not lint. */
const DEBOUNCE_MS = 250;
export const DIAGNOSTIC_SOURCE = 'Onramp';

/** What the last lint of an input document found, for the quick fixes. */
export interface InputLint {
  readonly version: number;
  readonly rules: RepoCommitRules;
  readonly problems: readonly CommitProblem[];
}

/**
 * Diagnostics on the Source Control input as you type: each input document (found through the `scminput`
 * document and its URI's `rootUri`, never the input box's internals) is linted against its own repository's
 * rules a moment after typing stops. Each message quotes its rule and links to the file and line that set it.
 * Notes about the rules themselves (references skipped in Restricted Mode, a config that did not load) go on
 * the config file, so they show in the Problems panel.
 */
export class CommitInputDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('onramp-commit-message'));
  private readonly ruleNotes = this.register(vscode.languages.createDiagnosticCollection('onramp-commit-rules'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lints = new Map<string, InputLint>();
  private readonly notedRoots = new Set<string>();
  private readonly linted = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** An input document's diagnostics were updated. */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly rules: CommitRulesService,
    private readonly logger: Logger,
  ) {
    super();
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this.register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.lints.delete(d.uri.toString());
      }),
    );
    this.register(rules.onDidChange(() => this.lintAll()));
    this.lintAll();
  }

  /** The last lint of `document`, if it is still current. */
  lintOf(document: vscode.TextDocument): InputLint | undefined {
    const lint = this.lints.get(document.uri.toString());
    return lint && lint.version === document.version ? lint : undefined;
  }

  rootOf(document: vscode.TextDocument): RepositoryRoot | undefined {
    const rootUri = inputRootUri(document.uri);
    return rootUri && this.rules.repositories.rootFor(rootUri);
  }

  private lintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isScmInput(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lint(document);
      }, DEBOUNCE_MS),
    );
  }

  private async lint(document: vscode.TextDocument): Promise<void> {
    const root = this.rootOf(document);
    if (!root) return;
    const version = document.version;
    const rules = await this.rules.rules(root);
    if (!rules) return;
    this.showRuleNotes(rules);
    let problems: CommitProblem[];
    try {
      problems = await loadCommits().lintMessage(document.getText(), rules.ruleSet, { commentChar: rules.commentChar });
    } catch (error) {
      this.logger.error(`linting the commit message of ${root.name} failed`, error);
      return;
    }
    if (document.isClosed || document.version !== version) return; // a newer lint is on its way
    this.lints.set(document.uri.toString(), { version, rules, problems });
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(p, document, root)));
    this.linted.fire(document.uri);
  }

  /** Skipped references and rule notes on the config files, and once per root a notice in Restricted Mode. */
  private showRuleNotes(rules: RepoCommitRules): void {
    const { root, ruleSet } = rules;
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const add = (note: RuleSetNote): void => {
      const line = Math.max(0, (note.line ?? 1) - 1);
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), note.message, note.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
      d.source = DIAGNOSTIC_SOURCE;
      byFile.set(note.file, [...(byFile.get(note.file) ?? []), d]);
    };
    for (const s of ruleSet.skipped) add({ file: s.reference.file, line: s.reference.line, severity: 'info', message: `${s.reference.target}: ${s.reason}` });
    for (const n of ruleSet.notes) add(n);
    for (const [file, diagnostics] of byFile) this.ruleNotes.set(vscode.Uri.joinPath(root.uri, file), diagnostics);

    const key = root.uri.toString();
    if (!rules.trusted && ruleSet.skipped.length > 0 && !this.notedRoots.has(key)) {
      this.notedRoots.add(key);
      const targets = [...new Set(ruleSet.skipped.map((s) => s.reference.target))].join(', ');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Restricted Mode: Onramp checks commit messages in {0} without running {1}, so rules that code adds are not checked. Trust the folder to load it.', root.name, targets),
      );
    }
  }
}

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning } as const;

export function toDiagnostic(problem: CommitProblem, document: vscode.TextDocument, root: RepositoryRoot): vscode.Diagnostic {
  const range = problem.range
    ? new vscode.Range(problem.range.start.line, problem.range.start.column, problem.range.end.line, problem.range.end.column)
    : document.lineAt(0).range;
  const safe = document.validateRange(range.isEmpty ? new vscode.Range(range.start, range.start.translate(0, 1)) : range);
  const diagnostic = new vscode.Diagnostic(safe, problem.message, SEVERITY[problem.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const target = sourceTarget(problem, root);
  diagnostic.code = target ? { value: problem.rule, target } : problem.rule;
  return diagnostic;
}

/** The file and line that set the rule (`file#L4`, which VS Code opens at that line); none for history and defaults. */
function sourceTarget(problem: CommitProblem, root: RepositoryRoot): vscode.Uri | undefined {
  const source = problem.source;
  if (!source || problem.origin === 'history' || problem.origin === 'default' || problem.origin === 'setting') return undefined;
  return vscode.Uri.joinPath(root.uri, source.file).with({ fragment: `L${source.line}` });
}
