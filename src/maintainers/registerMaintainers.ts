import * as vscode from 'vscode';
import type { Services } from '../extension';
import { LazyFeature, forwardCommands } from '../util/lazy';
import type { IssueService } from '../issues/issueService';
import type { Logger } from '../util/logger';
import type * as Body from './maintainersFeature';

export const MAINTAINER_COMMANDS = { checkContributionPath: 'onramp.checkContributionPath', showNewcomerHealth: 'onramp.showNewcomerHealth' } as const;

/** What the command returns (to tests and other callers): the counts shown, or undefined when nothing was checked. */
export interface CheckSummary {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
}

/**
 * Maintainer tools' registration, the part that runs at activation: the commands. The check itself and its
 * quick-fix provider (dist/maintainersFeature.js) load on the first run of a command: before a check ran there is
 * nothing to fix, so no provider is asked on every file until then. "Show Newcomer Health" reads the forge through
 * the issue picker's service (its access, tokens and cache), asked for only when the command runs.
 * A new command: its id here, its handler in maintainersFeature.ts.
 */
export function registerMaintainers(services: Services, logger: Logger, issues: () => IssueService): vscode.Disposable {
  const feature = new LazyFeature('maintainer', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the body's own bundle, beside dist/extension.js
    const body = require('./maintainersFeature.js') as typeof Body;
    return body.createMaintainersFeature(services, logger, issues);
  });
  const commands = forwardCommands(Object.values(MAINTAINER_COMMANDS), () => feature.get().commands);
  return vscode.Disposable.from(commands, feature);
}
