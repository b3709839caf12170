import type * as PullRequest from '../core/pullRequestEntry';

/**
 * The checklist and pull request core (Octokit, commitlint, markdown-it) is a bundle of its own,
 * `dist/pullRequest.js`, required on first use so that activation loads only the small extension bundle.
 */
export function loadPullRequest(): typeof PullRequest {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time beside dist/extension.js
  return require('./pullRequest.js') as typeof PullRequest;
}
