/**
 * What `dist/forge.js` offers the editor: the forge clients (Octokit inside), the picker's engine, branch names,
 * starting work on an issue, and the issue preview's renderer. A bundle of its own, required the first time the
 * issue picker or view is used, so activation never loads Octokit.
 */
export { clientFor, FileResponseCache, ForgeError, describeProblem, findForgeError } from './forge';
export type { ForgeClient, ForgeIssue, ForgeProblem, RepositoryInfo } from './forge';
export { tokenSourceFor, checkedApiUrl } from './forge/tokenPolicy';
export type { TokenSource } from './forge/tokenPolicy';
export { findBeginnerIssues } from './issues/findIssues';
export type { IssueList } from './issues/findIssues';
export { branchName } from './issues/branchName';
export { ago } from './issues/relativeTime';
export { renderIssueMarkdown } from './issues/renderIssue';
export { startWorking, issueForBranch } from './git/startWorking';
export type { StartOutcome, DirtyChoice } from './git/startWorking';
export { runGit } from './git/runGit';
export { projectFromRemotes } from './repo/project';
// Newcomer health ("Onramp: Show Newcomer Health"): the listings, the figures and their ECharts charts.
export { collectHealth } from './health/collect';
export type { HealthReport } from './health/collect';
export { barChartSvg, THEMED } from './health/charts';
export { duration } from './health/format';
