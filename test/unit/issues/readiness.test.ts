import * as assert from 'node:assert/strict';
import type { ForgeComment, ForgeIssue, OpenPullRequest } from '../../../src/core/forge';
import { assessIssue, rankIssues } from '../../../src/core/issues/readiness';
import { branchName, sanitizeRefName } from '../../../src/core/issues/branchName';
import { linkedIssueNumbers } from '../../../src/core/forge';

const NOW = Date.parse('2025-06-10T12:00:00Z');
const day = 86_400_000;
const issue = (over: Partial<ForgeIssue> = {}): ForgeIssue => ({ number: 7, title: 'Fix typo', url: 'https://github.com/o/r/issues/7', labels: ['good first issue'], assignees: [], author: 'ann', comments: 2, createdAt: NOW - 40 * day, updatedAt: NOW - 5 * day, body: '', ...over });
const comment = (body: string, daysAgo: number, over: Partial<ForgeComment> = {}): ForgeComment => ({ issue: 7, author: 'bo', role: 'other', body, createdAt: NOW - daysAgo * day, ...over });
const pr = (number: number): OpenPullRequest => ({ number, title: 'fix', url: '', author: 'cy', linkedIssues: [7] });

describe('readiness of an issue', () => {
  const cases: [string, ForgeIssue, OpenPullRequest[], ForgeComment[], boolean, string[], string[]][] = [
    ['free and confirmed by a maintainer', issue(), [], [comment('Yes, this is a bug; a fix is welcome.', 3, { role: 'maintainer', author: 'max' })], true, ['unassigned', 'no linked pull request', 'a maintainer replied 3 days ago', 'opened 5 weeks ago'], []],
    ['an open pull request', issue(), [pr(12)], [], false, ['unassigned', 'opened 5 weeks ago'], ['has an open pull request #12']],
    ["someone said they are working on it", issue(), [], [comment("I'm working on this!", 2)], false, ['unassigned', 'no linked pull request', 'opened 5 weeks ago'], ['@bo said they are working on it 2 days ago']],
    ['asked to be assigned', issue(), [], [comment('Hi, can I work on this?', 1)], false, ['unassigned', 'no linked pull request', 'opened 5 weeks ago'], ['@bo said they are working on it yesterday']],
    ['a claim older than 30 days has lapsed', issue(), [], [comment("I'll take it", 45)], true, ['unassigned', 'no linked pull request', 'opened 5 weeks ago'], []],
    ['a claim taken back', issue(), [], [comment("I'll take this", 10), comment("Sorry, I'm no longer working on this.", 2)], true, ['unassigned', 'no linked pull request', 'opened 5 weeks ago'], []],
    ['a quoted claim is not a claim', issue(), [], [comment("> I'm working on this\nAny news?", 2)], true, ['unassigned', 'no linked pull request', 'opened 5 weeks ago'], []],
    ['blocking labels', issue({ labels: ['good first issue', 'Status: Blocked', 'needs-design'] }), [], [], false, ['unassigned', 'no linked pull request', 'opened 5 weeks ago'], ['labelled Status: Blocked', 'labelled needs-design']],
    ['assigned', issue({ assignees: ['dee'], comments: 0 }), [], [], false, ['no linked pull request', 'no discussion yet', 'opened 5 weeks ago'], ['assigned to @dee']],
  ];
  for (const [name, subject, prs, comments, ready, reasons, blockers] of cases) {
    it(name, () => {
      const result = assessIssue(subject, { linkedPRs: prs, comments, now: NOW });
      assert.deepEqual({ ready: result.ready, reasons: result.reasons, blockers: result.blockers }, { ready, reasons, blockers });
    });
  }

  it('a maintainer named in the maintainer file counts as one', () => {
    const result = assessIssue(issue(), { linkedPRs: [], comments: [comment('Confirmed.', 4, { author: 'Lead' })], now: NOW, maintainers: ['lead'] });
    assert.ok(result.reasons.includes('a maintainer replied 4 days ago'));
  });

  it('ranks ready issues first, then by recent activity', () => {
    const a = { issue: issue({ number: 1 }), ready: false, reasons: [], blockers: ['x'], lastActivity: NOW };
    const b = { issue: issue({ number: 2 }), ready: true, reasons: [], blockers: [], lastActivity: NOW - 10 * day };
    const c = { issue: issue({ number: 3 }), ready: true, reasons: [], blockers: [], lastActivity: NOW - day };
    assert.deepEqual(rankIssues([a, b, c]).map((i) => i.issue.number), [3, 2, 1]);
  });
});

describe('pull requests name their issues', () => {
  const cases: [string, { title: string; body: string | null; branch: string | null }, number[]][] = [
    ['closing keywords', { title: 'Update docs', body: 'Fixes #12 and closes o/r#13; resolves other/repo#14', branch: 'docs' }, [12, 13]],
    ['an issue URL of this repository', { title: 'x', body: 'Resolves https://github.com/o/r/issues/21', branch: null }, [21]],
    ['a number in the title', { title: 'Fix footer (#8)', body: null, branch: null }, [8]],
    ['a branch named after the issue', { title: 'Fix', body: null, branch: 'fix/33-footer' }, [33]],
    ['nothing', { title: 'Refactor', body: 'No issue; version 2.0', branch: 'refactor' }, []],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(linkedIssueNumbers(input, 'o/r'), expected));
});

describe('branch names', () => {
  const subject = { number: 42, title: 'Crash when the config file is EMPTY: "fix" it!', labels: ['bug', 'good first issue'] };
  const cases: [string, string | null, string][] = [
    ['the default', null, '42-crash-when-the-config-file-is-empty-fix'],
    ['braces', 'fix/{number}-{slug}', 'fix/42-crash-when-the-config-file-is-empty-fix'],
    ["the guide's own words", '<issue-number>-<short-description>', '42-crash-when-the-config-file-is-empty-fix'],
    ['a type from the labels', '{type}/{number}', 'fix/42'],
    ['a wildcard', 'feature/*', 'feature/crash-when-the-config-file-is-empty-fix'],
    ['a template that would make an invalid name', '..{number}..lock', '42'],
  ];
  for (const [name, template, expected] of cases) it(name, () => assert.equal(branchName(subject, template), expected));

  it('sanitises to what git accepts', () => {
    assert.equal(sanitizeRefName('-feat/ a~b^c:d?e*f[g\\h /x.lock/'), 'feat/a-b-c-d-e-f-g-h/x');
    assert.equal(sanitizeRefName('a..b/@{c}/.hidden'), 'a.b/c}/hidden');
    assert.equal(branchName({ number: 5, title: 'Ünïcödé — ok', labels: [] }), '5-unicode-ok');
    assert.equal(branchName({ number: 5, title: '!!!', labels: [] }), '5');
  });
});
