/**
 * What `dist/commits.js` offers: the commit-message engine (commitlint's packages, the rules, the quick fixes)
 * and the git operations the editor's commit commands use. A bundle of its own, required the first time a
 * commit message is linted, so activation never loads commitlint.
 */
export { resolveCommitRules, allowedTypes } from './commits/resolveRules';
export { lintMessage, describeSource } from './commits/lintMessage';
export { addSignOff, addIssueReference, fixTypeCase, replaceType, setScope, wrapBody } from './commits/quickFixes';
export { workspaceScopes } from './commits/workspaceScopes';
export { inferFromHistory } from './commits/historyInference';
export { commitlintRuleNames } from './commits/commitlintRules';
export { readHistory, commitsSince, resolveCommit } from './git/history';
export { signOffCommits, commitsMissingSignOff, signOffLine } from './git/signOff';
export { planCommitMsgHook, installCommitMsgHook } from './git/commitMsgHook';
export { issueForBranch } from './git/startWorking';
export { runGit, gitError } from './git/runGit';
