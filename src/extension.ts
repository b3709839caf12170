import * as vscode from 'vscode';
import { OnrampApi, createApi } from './api';
import { registerCommits } from './commits/registerCommits';
import { GitAdapter } from './git/gitAdapter';
import { registerGuide } from './guide/registerGuide';
import { registerMaintainers } from './maintainers/registerMaintainers';
import { RepositoryService } from './repository/repositoryService';
import { ContextKeys } from './util/contextKeys';
import { lazyEvent } from './util/lazy';
import { createLogger } from './util/logger';
import { registerPullRequest } from './pullRequest/registerPullRequest';
import { OnrampState } from './util/state';
import { TrustGate } from './util/trust';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';
import { registerIssues } from './issues/registerIssues';
import { GitLabTokens } from './util/gitlabTokens';

export type { OnrampApi } from './api';

/**
 * What every feature may ask for: the repository service (reading and watching), Git, remembered state,
 * context keys and the trust gate. Features take what they need from here; nothing else reads files or runs things.
 */
export interface Services {
  readonly repositories: RepositoryService;
  readonly git: GitAdapter;
  readonly state: OnrampState;
  readonly contextKeys: ContextKeys;
  readonly trust: TrustGate;
}

/** Wires the features together; each feature registers its own commands, views and listeners. */
export function activate(context: vscode.ExtensionContext): OnrampApi {
  const channel = vscode.window.createOutputChannel('Onramp', { log: true });
  const logger = createLogger(channel);
  const git = new GitAdapter(logger.child('git'));
  const repositories = new RepositoryService(logger.child('repository'), git);
  const services: Services = {
    repositories,
    git,
    state: new OnrampState({ workspace: context.workspaceState, global: context.globalState }),
    contextKeys: ContextKeys.for(vscode.commands),
    trust: new TrustGate(logger.child('trust')),
  };
  // Each feature registers its commands, views and listeners here; its body loads on first use (src/util/lazy.ts).
  const guide = registerGuide(services, logger.child('guide'));
  const walkthrough = registerWalkthrough(services, logger.child('walkthrough'), context);
  const issues = registerIssues(services, logger.child('issues'), context);
  const commits = registerCommits(services, logger.child('commits'), context.extensionPath);
  const pullRequest = registerPullRequest(services, logger.child('pullRequest'), new GitLabTokens(context.secrets));
  context.subscriptions.push(
    channel,
    git,
    repositories,
    guide.disposable,
    walkthrough.disposable,
    issues.disposable,
    commits.disposable,
    pullRequest.disposable,
    registerMaintainers(services, logger.child('check'), () => issues.feature.get().service),
  );
  return createApi(
    repositories,
    guide.tree,
    () => walkthrough.feature.get().service,
    lazyEvent(walkthrough.feature, (body) => body.service.onDidChange),
    () => issues.feature.get().service,
    (uri, message) => commits.feature.get().lint(uri, message),
    () => pullRequest.feature.get().service,
  );
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
