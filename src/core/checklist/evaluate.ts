/**
 * Each checklist item's result from what git says (`RepoState`), the commit rules' verdicts and the test and
 * lint runs. Pure: the same state gives the same answer in the editor, the CLI and a pre-push hook.
 */
import type { GuideFacts } from '../guide/facts';
import { mentionsIssue } from './body';
import type { AssembledItem, CheckFix, CheckResult, CommandRun, CommitVerdict, EvaluatedItem, RepoState } from './types';

export interface EvaluationInput {
  readonly facts: GuideFacts;
  readonly state: RepoState;
  /** The commit rules' verdict on each commit since the base; null when they were not checked. */
  readonly verdicts: readonly CommitVerdict[] | null;
  readonly signOffRequired: boolean;
  /** Test, lint and maintainer commands that were run. */
  readonly runs: readonly CommandRun[];
  /** Ids of the items the user ticked. */
  readonly ticked: ReadonlySet<string>;
}

const SIGNED_OFF = /^Signed-off-by:\s*\S.*<[^<>\s]+>\s*$/im;
const CHANGESET = /^\.changeset\/(?!README\.md$)[^/]+\.md$/i;
const CHANGELOG_FOLDER = /(?:^|\/)(?:changelogs?|changes|changelog\.d|newsfragments|news|unreleased|\.changes)\//i;
const CHANGELOG_FILE = /(?:^|\/)(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES)(?:\.\w+)?$/i;
const DOCS = /(?:^|\/)docs?\/|\.(?:md|mdx|markdown|rst|adoc|txt)$/i;

export function evaluateChecklist(items: readonly AssembledItem[], input: EvaluationInput): EvaluatedItem[] {
  return items.map((item) => {
    const result = evaluateItem(item, input);
    return { ...item, result, why: result.state === 'manual' && item.source ? `${item.source.file}, line ${item.source.line}` : null };
  });
}

/** Whether an item blocks: required, automatic, and failed. */
export const blocks = (item: EvaluatedItem): boolean => !item.optional && item.result.state === 'fail';

/** Whether the item counts as done: an automatic pass, or a manual item the user ticked. */
export const isDone = (item: EvaluatedItem, ticked: ReadonlySet<string>): boolean =>
  item.result.state === 'pass' || (item.result.state !== 'fail' && ticked.has(item.id));

function evaluateItem(item: AssembledItem, input: EvaluationInput): CheckResult {
  if (item.command) return commandResult([item.command], input.runs, 'run');
  switch (item.check) {
    case 'branch':
      return branchResult(input.state);
    case 'pushed':
      return pushedResult(input.state);
    case 'upToDate':
      return upToDateResult(input.state, rebaseOrMerge(input.facts));
    case 'commitRules':
      return commitRulesResult(input.state, input.verdicts);
    case 'signOff':
      return signOffResult(input.state);
    case 'changelog':
      return changelogResult(input.facts, input.state);
    case 'issueLinked':
      return issueResult(input.state, item.origin !== 'onramp');
    case 'tests':
    case 'lint': {
      // "Make sure `npm test` and `npm run lint` pass": the commands the item names, else those of its kind.
      const named = [...input.facts.commands.test, ...input.facts.commands.lint].map((c) => c.command).filter((c) => item.origin !== 'onramp' && item.text.includes(c));
      const commands = named.length > 0 ? [...new Set(named)] : input.facts.commands[item.check === 'tests' ? 'test' : 'lint'].map((c) => c.command);
      if (commands.length === 0) return manual(`The guide names no ${item.check === 'tests' ? 'test' : 'lint'} command Onramp could run; tick it once you checked.`);
      return commandResult(commands, input.runs, item.check);
    }
    case 'docs':
      return input.state.changedFiles.some((f) => DOCS.test(f))
        ? pass(`Documentation changed: ${input.state.changedFiles.filter((f) => DOCS.test(f)).slice(0, 3).join(', ')}.`)
        : manual('No documentation file changed on this branch; tick it if the change needs none.');
    default:
      return manual('Onramp cannot check this; tick it when it is done.');
  }
}

const pass = (reason: string): CheckResult => ({ state: 'pass', reason });
const fail = (reason: string, fix?: CheckFix): CheckResult => (fix ? { state: 'fail', reason, fix } : { state: 'fail', reason });
const unknown = (reason: string, fix?: CheckFix): CheckResult => (fix ? { state: 'unknown', reason, fix } : { state: 'unknown', reason });
const manual = (reason: string): CheckResult => ({ state: 'manual', reason });

function branchResult(s: RepoState): CheckResult {
  if (s.branch === null) return fail('HEAD is detached: the change needs a branch of its own.', { action: 'createBranch', title: 'Create a branch', command: 'git switch -c <branch-name>' });
  if (s.branch === s.base.name) {
    return fail(`You are on the base branch "${s.base.name}": a pull request comes from a branch of its own.`, { action: 'createBranch', title: 'Create a branch', command: 'git switch -c <branch-name>' });
  }
  return pass(`On "${s.branch}", not the base branch "${s.base.name}".`);
}

function pushedResult(s: RepoState): CheckResult {
  if (s.branch === null) return unknown('HEAD is detached, so there is no branch to push.');
  const push: CheckFix = { action: 'push', title: 'Push the branch', command: `git push -u origin ${s.branch}` };
  if (s.tracking === null) return fail(`"${s.branch}" has not been pushed (it has no upstream branch).`, push);
  if (s.unpushed !== null && s.unpushed > 0) {
    return fail(`${s.unpushed} commit${s.unpushed === 1 ? ' is' : 's are'} not pushed to ${s.tracking} yet.`, { action: 'push', title: 'Push the branch', command: 'git push' });
  }
  return pass(`Pushed: ${s.tracking} has every commit.`);
}

/** Rebase unless the guide's words about staying current speak of merging and never of rebasing. */
export function rebaseOrMerge(facts: GuideFacts): 'rebase' | 'merge' {
  const words = facts.checklist.filter((i) => i.check === 'upToDate').map((i) => i.text).join(' ');
  return /\bmerg(?:e|ing)\b/i.test(words) && !/\brebas/i.test(words) ? 'merge' : 'rebase';
}

function upToDateResult(s: RepoState, how: 'rebase' | 'merge'): CheckResult {
  if (s.base.ref === null || s.behind === null) return unknown(`The base branch "${s.base.name}" was not found (fetch it from the upstream repository).`);
  if (s.behind === 0) return pass(`Up to date with ${s.base.ref}.`);
  return fail(`${s.behind} commit${s.behind === 1 ? '' : 's'} behind ${s.base.ref}.`, { action: how, title: how === 'rebase' ? `Rebase onto ${s.base.ref}` : `Merge ${s.base.ref}`, command: `git ${how} ${s.base.ref}` });
}

function commitRulesResult(s: RepoState, verdicts: readonly CommitVerdict[] | null): CheckResult {
  if (s.commits === null) return unknown(`The base branch "${s.base.name}" was not found, so the branch's commits are unknown.`);
  if (s.commits.length === 0) return fail(`No commits since ${s.base.ref ?? s.base.name}: there is nothing to send yet.`);
  if (verdicts === null) return unknown('The commit messages were not checked.');
  const bad = verdicts.filter((v) => v.errors.length > 0);
  if (bad.length === 0) return pass(verdicts.length === 1 ? 'The commit message follows the commit rules.' : `All ${verdicts.length} commit messages follow the commit rules.`);
  const first = bad[0];
  return fail(`${bad.length} of ${verdicts.length} commit${verdicts.length === 1 ? '' : 's'} break${bad.length === 1 ? 's' : ''} the commit rules: ${first.sha.slice(0, 7)} "${first.subject}": ${first.errors[0]}`, {
    action: 'fixCommits',
    title: 'Reword the commits',
    command: bad.length === 1 && s.commits.at(-1)?.sha === first.sha ? 'git commit --amend' : `git rebase -i ${s.base.ref ?? s.base.name}`,
  });
}

function signOffResult(s: RepoState): CheckResult {
  if (s.commits === null) return unknown(`The base branch "${s.base.name}" was not found, so the branch's commits are unknown.`);
  const own = s.commits.filter((c) => !c.merge);
  if (own.length === 0) return unknown('No commits to check yet.');
  const missing = own.filter((c) => !SIGNED_OFF.test(c.message));
  if (missing.length === 0) return pass(own.length === 1 ? 'The commit carries Signed-off-by.' : `All ${own.length} commits carry Signed-off-by.`);
  return fail(`${missing.length} of ${own.length} commit${own.length === 1 ? '' : 's'} lack${missing.length === 1 ? 's' : ''} Signed-off-by (first: ${missing[0].sha.slice(0, 7)} "${missing[0].message.split('\n', 1)[0]}").`, {
    action: 'signOff',
    title: 'Sign off every commit',
    command: `git rebase --force-rebase --signoff $(git merge-base ${s.base.ref ?? s.base.name} HEAD)`,
  });
}

function changelogResult(facts: GuideFacts, s: RepoState): CheckResult {
  const how = facts.changelog.how?.value ?? null;
  const where = facts.changelog.how?.source ?? facts.changelog.required?.source;
  const said = where ? ` (${where.file}, line ${where.line})` : '';
  if (how === 'pr-body') {
    return s.draftBody && /change\s?log|release\s+notes?/i.test(s.draftBody) ? pass('The pull request body has a changelog section.') : manual(`The guide wants the changelog entry in the pull request body${said}; write it there.`);
  }
  const pattern = how === 'changesets' ? CHANGESET : how === 'changelog-folder' ? CHANGELOG_FOLDER : how === 'changelog-file' ? CHANGELOG_FILE : null;
  const found = s.changedFiles.filter((f) => (pattern ? pattern.test(f) : CHANGESET.test(f) || CHANGELOG_FOLDER.test(f) || CHANGELOG_FILE.test(f)));
  if (found.length > 0) return pass(`Changelog entry: ${found.slice(0, 3).join(', ')}.`);
  const what = how === 'changesets' ? 'no changeset (.changeset/*.md) was added' : how === 'changelog-folder' ? 'no file was added to the changelog folder' : 'no changelog file changed';
  return fail(`The guide asks for a changelog entry${said}, and ${what} on this branch.`, { action: 'addChangelog', title: 'Add a changelog entry', ...(how === 'changesets' ? { command: 'npx changeset' } : {}) });
}

function issueResult(s: RepoState, asked: boolean): CheckResult {
  if (s.issue) {
    if (s.draftBody && mentionsIssue(s.draftBody, s.issue.number)) return pass(`The pull request body names issue #${s.issue.number}.`);
    return pass(`The branch started from issue #${s.issue.number}; "Fixes #${s.issue.number}" goes into the pull request body.`);
  }
  const named = s.draftBody ? /(?:^|[^\w&/])#\d+\b/.exec(s.draftBody) : null;
  if (named) return pass(`The pull request body names ${named[0].trim()}.`);
  const why = 'No issue is known for this branch (none was picked in Onramp) and the pull request body names none.';
  const fix: CheckFix = { action: 'linkIssue', title: 'Name the issue in the body ("Fixes #N")' };
  return asked ? fail(why, fix) : unknown(why, fix);
}

function commandResult(commands: readonly string[], runs: readonly CommandRun[], kind: 'tests' | 'lint' | 'run'): CheckResult {
  const run: CheckFix = { action: 'run', title: `Run ${commands.join(' and ')}`, command: commands.join(' && ') };
  const done = commands.map((c) => runs.find((r) => r.command === c));
  const failed = done.find((r) => r && r.exitCode !== 0);
  if (failed) return fail(`\`${failed.command}\` failed (exit code ${failed.exitCode}).`, run);
  if (done.every((r) => r !== undefined)) return pass(`\`${commands.join('`, `')}\` passed.`);
  const label = kind === 'tests' ? 'The tests have' : kind === 'lint' ? 'The linter has' : 'This check has';
  return unknown(`${label} not been run yet: \`${commands.join('`, `')}\`.`, run);
}
