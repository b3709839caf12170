/**
 * What `dist/pullRequest.js` offers the editor: the pull request checklist for a folder, the body and title,
 * and opening the pull request through the forge (Octokit, commitlint). A bundle of its own, required on first
 * use, so that activation loads only the small extension bundle.
 */
export { checklistForRepository, readTemplate } from './checklist/forRepository';
export type { RepositoryChecklist } from './checklist/forRepository';
export { assembleChecklist, signOffRequired } from './checklist/assemble';
export { evaluateChecklist, isDone } from './checklist/evaluate';
export { commitVerdicts } from './checklist/verdicts';
export { readRepoState } from './git/repoState';
export { renderBody, pullRequestTitle } from './checklist/body';
export { templateChoices, chooseTemplate } from './checklist/templates';
export { openPullRequest, compareUrl } from './checklist/openPullRequest';
export type { OpenOutcome, OpenRequest } from './checklist/openPullRequest';
export { resolveCommitRules } from './commits/resolveRules';
export { clientFor } from './forge';
export { checkedApiUrl, tokenSourceFor } from './forge/tokenPolicy';
export { checklistKey } from './text/normalize';
