import * as vscode from 'vscode';
import type { CommandRun, EvaluatedItem, RepoState } from '../core/checklist/types';
import type { TemplateChoice } from '../core/checklist/templates';
import type { GuideFacts } from '../core/guide/facts';
import type { GitAdapter } from '../git/gitAdapter';
import type { RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Disposable } from '../util/dispose';
import { Logger } from '../util/logger';
import { OnrampState, PullRequestDraft } from '../util/state';
import { loadPullRequest } from './loadPullRequest';
import { SettleTimers } from '../util/settle';

/** One root's checklist as the view, the commands and the API show it. */
export interface ChecklistSnapshot {
  readonly root: RepositoryRoot;
  readonly facts: GuideFacts;
  readonly items: readonly EvaluatedItem[];
  /** What git said; null in Restricted Mode, where git is not run. */
  readonly state: RepoState | null;
  readonly template: TemplateChoice | null;
  /** Every template of the project, by name, the default first. */
  readonly templates: readonly TemplateChoice[];
  readonly ticked: ReadonlySet<string>;
  /** Why nothing was checked, in Restricted Mode. */
  readonly restricted: string | undefined;
}

const SETTLE_MS = 150;

/**
 * Owns each root's pull request checklist: evaluates it with the core (which runs git, so only in a trusted
 * workspace), keeps what only the contributor can say (ticks per branch, test and lint exit codes, the PR
 * draft) in workspace state so it survives a reload, and says when a root's checklist may have changed.
 */
export class ChecklistService extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  private readonly settle = this.register(new SettleTimers(SETTLE_MS, (root) => this.changed.fire(root)));
  /** The branch each root was last seen on, so ticks are stored against it. */
  private readonly branches = new Map<string, string | null>();

  constructor(
    private readonly repositories: RepositoryService,
    git: GitAdapter,
    private readonly state: OnrampState,
    private readonly logger: Logger,
  ) {
    super();
    this.register(repositories.onDidChange((change) => this.schedule(change.root)));
    this.register(git.onDidChange(() => repositories.roots().forEach((r) => this.schedule(r.uri))));
  }

  roots(): readonly RepositoryRoot[] {
    return this.repositories.roots();
  }

  rootFor(uri: vscode.Uri): RepositoryRoot | undefined {
    return this.repositories.rootFor(uri);
  }

  async snapshot(root: RepositoryRoot): Promise<ChecklistSnapshot | { readonly error: string }> {
    const reading = await this.repositories.read(root);
    if (!reading.ok) return { error: reading.error };
    const facts = reading.facts;
    const core = loadPullRequest();
    if (!vscode.workspace.isTrusted) return this.restrictedSnapshot(root, facts);
    const dir = root.uri.fsPath;
    // As `checklistForRepository` does, with the template, the ticks and the draft of the branch git reports.
    const baseBranch = facts.maintainer?.baseBranch?.value ?? facts.baseBranch?.value ?? null;
    const picked = this.state.get('pickedIssue');
    const bare = await core.readRepoState(dir, { baseBranch, issue: picked ? { number: picked.number, title: picked.title, url: picked.url } : null });
    this.branches.set(root.uri.toString(), bare.branch);
    const { template, templates } = this.templates(root, facts, bare.branch);
    const draft = this.draft(root, bare.branch);
    const state: RepoState = { ...bare, draftBody: draft?.body ?? null };
    const ruleSet = await core.resolveCommitRules({ facts, maintainer: facts.maintainer, trusted: false });
    const verdicts = state.commits ? await core.commitVerdicts(state.commits, ruleSet) : null;
    const ticked = new Set(this.ticks(root, state.branch));
    const items = core.evaluateChecklist(core.assembleChecklist(facts, template?.path ?? null), { facts, state, verdicts, signOffRequired: core.signOffRequired(facts), runs: this.runs(root), ticked });
    return { root, facts, items, state, template, templates, ticked, restricted: undefined };
  }

  /** The templates by name and the one to fill in: the one chosen on this branch, else the default, or the only one. */
  templates(root: RepositoryRoot, facts: GuideFacts, branch: string | null = this.branchOf(root)): { templates: readonly TemplateChoice[]; template: TemplateChoice | null } {
    const core = loadPullRequest();
    const templates = core.templateChoices(facts.files.prTemplates, (p) => core.readTemplate(root.uri.fsPath, p));
    const chosen = this.chosenTemplate(root, branch);
    // A chosen template that is gone (renamed, deleted) gives way to the default.
    return { templates, template: (chosen !== undefined ? core.chooseTemplate(templates, chosen) : null) ?? core.chooseTemplate(templates) };
  }

  /** The path of the template the contributor chose on `branch`, if they chose one. */
  chosenTemplate(root: RepositoryRoot, branch: string | null): string | undefined {
    return this.state.get('pullRequestTemplates')[this.key(root, branch)];
  }

  /** Remembers the template for the root's current branch; the checklist and the proposed body follow it. */
  async chooseTemplate(root: RepositoryRoot, path: string): Promise<void> {
    const all = this.state.get('pullRequestTemplates');
    await this.state.update('pullRequestTemplates', { ...all, [this.key(root, this.branchOf(root))]: path });
    this.changed.fire(root.uri);
  }

  /** In Restricted Mode: the items the project lists, none checked, since checking runs git. */
  private restrictedSnapshot(root: RepositoryRoot, facts: GuideFacts): ChecklistSnapshot {
    const core = loadPullRequest();
    const { template, templates } = this.templates(root, facts);
    const reason = vscode.l10n.t('Restricted Mode: Onramp does not run git here');
    const items = core.assembleChecklist(facts, template?.path ?? null).map((item): EvaluatedItem => ({
      ...item,
      result: { state: 'unknown', reason },
      why: item.source ? `${item.source.file}, line ${item.source.line}` : null,
    }));
    return { root, facts, items, state: null, template, templates, ticked: new Set(this.ticks(root, null)), restricted: reason };
  }

  branchOf(root: RepositoryRoot): string | null {
    return this.branches.get(root.uri.toString()) ?? null;
  }

  async tick(root: RepositoryRoot, id: string, ticked: boolean): Promise<void> {
    const key = this.key(root, this.branchOf(root));
    const all = this.state.get('checklistTicks');
    const now = (all[key] ?? []).filter((x) => x !== id);
    await this.state.update('checklistTicks', { ...all, [key]: ticked ? [...now, id] : now });
    this.changed.fire(root.uri);
  }

  async recordRun(root: RepositoryRoot, command: string, exitCode: number): Promise<void> {
    const all = this.state.get('checklistRuns');
    await this.state.update('checklistRuns', { ...all, [root.uri.toString()]: { ...all[root.uri.toString()], [command]: exitCode } });
    this.logger.info(`checklist: \`${command}\` exited with ${exitCode}`);
    this.changed.fire(root.uri);
  }

  draft(root: RepositoryRoot, branch: string | null): PullRequestDraft | undefined {
    return branch === null ? undefined : this.state.get('pullRequestDrafts')[this.key(root, branch)];
  }

  /** Keeps what the contributor typed until the pull request exists; `undefined` forgets it. */
  async saveDraft(root: RepositoryRoot, branch: string, draft: Omit<PullRequestDraft, 'updatedAt'> | undefined): Promise<void> {
    const all = { ...this.state.get('pullRequestDrafts') };
    const key = this.key(root, branch);
    if (draft) all[key] = { ...draft, updatedAt: Date.now() };
    else delete all[key];
    await this.state.update('pullRequestDrafts', all);
  }

  private runs(root: RepositoryRoot): CommandRun[] {
    const exits = this.state.get('checklistRuns')[root.uri.toString()] ?? {};
    // The output stays in the task's terminal; the checklist needs the exit code only.
    return Object.entries(exits).map(([command, exitCode]) => ({ command, exitCode, output: '' }));
  }

  private ticks(root: RepositoryRoot, branch: string | null): readonly string[] {
    return this.state.get('checklistTicks')[this.key(root, branch)] ?? [];
  }

  private key(root: RepositoryRoot, branch: string | null): string {
    return `${root.uri.toString()}#${branch ?? ''}`;
  }

  private schedule(root: vscode.Uri): void {
    this.settle.schedule(root);
  }
}
