import type * as Commits from '../core/commitsEntry';

export type CommitEngine = typeof Commits;

/**
 * The commit-message engine (commitlint's packages, about 480 KB) is a bundle of its own, `dist/commits.js`,
 * required the first time a commit message is linted or a commit command runs, never at activation.
 */
export function loadCommits(): CommitEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time beside dist/extension.js
  return require('./commits.js') as CommitEngine;
}
