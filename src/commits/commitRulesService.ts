import * as vscode from 'vscode';
import type { GuideFacts } from '../core/guide/facts';
import type { CommitRuleSet, RuleSetNote } from '../core/commits/types';
import type { HistoryInference } from '../core/commits/historyInference';
import type { GuideReading, RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import { Logger } from '../util/logger';
import { Settings } from '../util/settings';
import { loadCommitlintConfig } from './configLoader';
import { CommitEngine, loadCommits } from './loadCommits';

/** How many commits of the base branch the history inference reads (as the CLI). */
const HISTORY_LIMIT = 300;

/** One repository's commit rules, and what the editor needs beside them. */
export interface RepoCommitRules {
  readonly root: RepositoryRoot;
  readonly facts: GuideFacts;
  readonly ruleSet: CommitRuleSet;
  /** git's `core.commentChar` (`#` unless the repository says otherwise, or in Restricted Mode). */
  readonly commentChar: string;
  /** Whether the repository's commitlint config was evaluated with commitlint's loader (trusted only). */
  readonly loadedConfig: boolean;
  readonly trusted: boolean;
}

/**
 * The commit rules of each repository root, resolved in the order (maintainer file, commitlint config,
 * guide, history, setting, hints) from the repository service's facts. In a trusted workspace the history is
 * read, and a commitlint config that is JavaScript or names code is evaluated by commitlint's loader in a child
 * process; in Restricted Mode only the facts are used and nothing from the repository runs. Re-resolved when
 * the repository service reports a change (a config edit applies without a reload) or the setting changes.
 */
export class CommitRulesService extends Disposable {
  /** Per root: the reading the rules were resolved from, so a new reading is never answered with old rules. */
  private readonly cache = new Map<string, { readonly reading: Promise<GuideReading>; readonly rules: Promise<RepoCommitRules | undefined> }>();
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri | undefined>());
  /** A root's rules changed (undefined: every root's). */
  readonly onDidChange = this.changed.event;

  constructor(
    readonly repositories: RepositoryService,
    private readonly logger: Logger,
    private readonly scriptDir: string,
    private readonly engine: () => CommitEngine = loadCommits,
  ) {
    super();
    this.register(
      repositories.onDidChange((change) => {
        this.cache.delete(change.root.toString());
        this.changed.fire(change.root);
      }),
    );
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('onramp.commits')) return;
        this.cache.clear();
        this.changed.fire(undefined);
      }),
    );
  }

  rules(root: RepositoryRoot): Promise<RepoCommitRules | undefined> {
    const key = root.uri.toString();
    const reading = this.repositories.read(root);
    const cached = this.cache.get(key);
    if (cached && cached.reading === reading) return cached.rules;
    const rules = this.resolve(root, reading).catch((error: unknown) => {
      this.logger.error(`resolving the commit rules of ${root.name} failed`, error);
      return undefined;
    });
    this.cache.set(key, { reading, rules });
    return rules;
  }

  private async resolve(root: RepositoryRoot, pending: Promise<GuideReading>): Promise<RepoCommitRules | undefined> {
    const reading = await pending;
    if (!reading.ok) return undefined;
    const { facts } = reading;
    const engine = this.engine();
    const trusted = vscode.workspace.isTrusted;
    const local = root.uri.scheme === 'file';
    const dir = root.uri.fsPath;
    const notes: RuleSetNote[] = [];

    let loadedConfig = null;
    const commitlint = facts.commitlint;
    if (trusted && local && commitlint && (commitlint.syntax === 'script' || commitlint.codeReferences.some((r) => !r.bundled))) {
      const load = await loadCommitlintConfig(this.scriptDir, dir, commitlint.file, await engine.commitlintRuleNames());
      if ('error' in load) {
        this.logger.warn(load.error);
        notes.push({ file: commitlint.file, line: 1, severity: 'warning', message: `${load.error}. Only its literal values are checked.` });
      } else {
        loadedConfig = load.config;
        notes.push(...load.notes);
        this.logger.info(`loaded ${commitlint.file} of ${root.name} with commitlint's loader`);
      }
    }
    const history = trusted && local ? await this.history(engine, dir, facts) : null;
    const resolved = await engine.resolveCommitRules({
      facts,
      maintainer: facts.maintainer,
      history,
      trusted,
      presetSetting: new Settings(root.uri).commitsPreset,
      loadedConfig,
    });
    const ruleSet: CommitRuleSet = { ...resolved, notes: [...resolved.notes, ...notes] };
    let commentChar = '#';
    if (trusted && local) {
      const comment = await engine.runGit(dir, ['config', '--get', 'core.commentChar']);
      if (comment.ok && comment.stdout.trim().length === 1) commentChar = comment.stdout.trim();
    }
    return { root, facts, ruleSet, commentChar, loadedConfig: loadedConfig !== null, trusted };
  }

  /** As the CLI: history only where nothing written speaks of the convention, the length or sign-off. */
  private async history(engine: CommitEngine, dir: string, facts: GuideFacts): Promise<HistoryInference | null> {
    const c = facts.commit;
    if (c.convention && c.subjectMaxLength && c.signOff) return null;
    const top = await engine.runGit(dir, ['rev-parse', '--show-toplevel']);
    // Only the folder's own repository: a folder inside another repository must not get that one's history.
    if (!top.ok || vscode.Uri.file(top.stdout.trim()).fsPath !== vscode.Uri.file(dir).fsPath) return null;
    const read = await engine.readHistory(dir, facts.baseBranch?.value ?? null, HISTORY_LIMIT);
    if (read.ref === null) return null;
    return engine.inferFromHistory(read.commits.filter((m) => !m.merge).map((m) => m.message));
  }
}
