import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InstallResult } from '../core/git/commitMsgHook';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import type { TrustGate } from '../util/trust';
import { findNode } from './findNode';
import { loadCommits } from './loadCommits';

export interface HookOptions {
  /** Keep an existing hook and run it first (true), or leave it alone (false); undefined asks. */
  readonly chain?: boolean;
}

/**
 * "Onramp: Install commit-msg Hook": a hook running Onramp's bundled CLI with an absolute Node (see findNode),
 * so a bad `git commit` from a terminal or a GUI client is stopped too. An existing hook is never overwritten
 * without asking (chain it, or see the line to add), and a husky, lefthook or pre-commit setup gets the
 * instructions instead. Trusted workspaces only: the hook runs on every commit.
 */
export async function installHook(trust: TrustGate, logger: Logger, extensionPath: string, root: RepositoryRoot, options: HookOptions = {}): Promise<InstallResult | undefined> {
  if (!(await trust.allows(vscode.l10n.t('install a git hook')))) return undefined;
  if (root.uri.scheme !== 'file') return fail(vscode.l10n.t('{0} is not a local folder; git hooks need one.', root.name));
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const node = await findNode(folders);
  if (!node) {
    return fail(vscode.l10n.t('The hook needs Node.js 20 or newer, and none was found on PATH or in the usual places (Homebrew, /usr/local, nvm, Volta). Install Node.js, then run this command again.'));
  }
  const engine = loadCommits();
  const cli = path.join(extensionPath, 'dist', 'cli.js');
  const plan = await engine.planCommitMsgHook(root.uri.fsPath, node.path, cli);
  if ('error' in plan) return fail(plan.error);

  let chain = options.chain;
  if (plan.existing === 'other' && plan.managers.length === 0 && chain === undefined) {
    const chainIt = vscode.l10n.t('Keep It and Run Both');
    const showLine = vscode.l10n.t('Show the Line to Add');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already has a commit-msg hook.', root.name),
      { modal: true, detail: vscode.l10n.t('Onramp can keep {0} as {1} and run it before its own check, or show the line to add to it yourself.', plan.hookPath, `${plan.hookPath}.onramp-chained`) },
      chainIt,
      showLine,
    );
    if (answer === undefined) return undefined;
    chain = answer === chainIt;
  }
  const result = engine.installCommitMsgHook(plan, { chain: chain === true });
  logger.info(`commit-msg hook in ${root.name}: ${result.kind} (node ${node.path} ${node.version})`);
  switch (result.kind) {
    case 'installed':
    case 'chained':
    case 'unchanged':
      void vscode.window.showInformationMessage(vscode.l10n.t('The commit-msg hook checks each commit message in {0} now, with Node {1} at {2}.', root.name, node.version, node.path));
      break;
    case 'needs-decision':
      void offerCopy(result.reason, `${plan.command} "$1"`);
      break;
    case 'explain':
      void offerCopy(result.instructions, plan.command);
      break;
  }
  return result;
}

async function offerCopy(message: string, line: string): Promise<void> {
  const copy = vscode.l10n.t('Copy the Command');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Onramp did not change the hooks.'), { modal: true, detail: message }, copy);
  if (answer === copy) await vscode.env.clipboard.writeText(line);
}

function fail(message: string): undefined {
  void vscode.window.showErrorMessage(message);
  return undefined;
}
