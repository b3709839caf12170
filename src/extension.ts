import * as vscode from 'vscode';
import { OnrampApi, createApi } from './api';
import { registerCommits } from './commits/registerCommits';
import type { GitAdapter } from './git/gitAdapter';
import { registerGuide } from './guide/registerGuide';
import { registerMaintainers } from './maintainers/registerMaintainers';
import type { RepositoryService } from './repository/repositoryService';
import { ContextKeys } from './util/contextKeys';
import { lazyEvent } from './util/lazy';
import { LazyLogChannel, createLogger } from './util/logger';
import { registerPullRequest } from './pullRequest/registerPullRequest';
import { OnrampState } from './util/state';
import { TrustGate } from './util/trust';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';
import { registerIssues } from './issues/registerIssues';
import { GitLabTokens } from './util/gitlabTokens';
import type * as ServicesBundle from './servicesEntry';

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

/**
 * Wires the features together; each feature registers its own commands and listeners. Activation makes only what
 * VS Code must have at once, the commands (a command that activated Onramp runs as soon as activation returns, and
 * VS Code reports one not registered by then as not found). Everything else comes later, because VS Code's
 * activation time (code loading plus this call) is what other extensions' activation and the window wait on:
 * - the four tree views are made just after activation returns (VS Code fills a contributed view whenever its
 *   provider arrives; util/lazy.ts DeferredTreeView), and the quick-fix providers with their features' bodies
 *   (before those load there is nothing to fix);
 * - the log channel, the remembered state, the trust gate, Git's adapter and the repository service are made on
 *   first use (the last two with their code: dist/services.js), which for most of them is just after activation;
 * - each feature's body is its own bundle, loaded on first use (util/lazy.ts LazyFeature).
 * dist/extension.js requires `vscode` once and reads its API object directly, without copying it (scripts/build.mjs).
 */
export function activate(context: vscode.ExtensionContext): OnrampApi {
  const channel = new LazyLogChannel('Onramp');
  const logger = createLogger(channel);
  let deactivated = false;
  context.subscriptions.push(channel, { dispose: () => (deactivated = true) });
  // A service made on first use is disposed with the extension (at once when that first use comes after it).
  const owned = <T extends vscode.Disposable>(made: T): T => {
    if (deactivated) made.dispose();
    else context.subscriptions.push(made);
    return made;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- their own bundle, beside dist/extension.js
  const made = () => require('./services.js') as typeof ServicesBundle;
  let git: GitAdapter | undefined;
  let repositories: RepositoryService | undefined;
  let state: OnrampState | undefined;
  let contextKeys: ContextKeys | undefined;
  let trust: TrustGate | undefined;
  const services: Services = {
    get git() {
      return (git ??= owned(new (made().GitAdapter)(logger.child('git'))));
    },
    get repositories() {
      return (repositories ??= owned(new (made().RepositoryService)(logger.child('repository'), services.git)));
    },
    get state() {
      return (state ??= new OnrampState({ workspace: context.workspaceState, global: context.globalState }));
    },
    get contextKeys() {
      return (contextKeys ??= ContextKeys.for(vscode.commands));
    },
    get trust() {
      return (trust ??= new TrustGate(logger.child('trust')));
    },
  };
  // Each feature registers its commands, views and listeners here; its body loads on first use (src/util/lazy.ts).
  const guide = registerGuide(services, logger.child('guide'));
  const walkthrough = registerWalkthrough(services, logger.child('walkthrough'), context);
  const issues = registerIssues(services, logger.child('issues'), context);
  const commits = registerCommits(services, logger.child('commits'), context.extensionPath);
  const pullRequest = registerPullRequest(services, logger.child('pullRequest'), new GitLabTokens(context.secrets));
  context.subscriptions.push(
    guide.disposable,
    walkthrough.disposable,
    issues.disposable,
    commits.disposable,
    pullRequest.disposable,
    registerMaintainers(services, logger.child('check'), () => issues.feature.get().service),
  );
  return createApi(
    () => services.repositories,
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
