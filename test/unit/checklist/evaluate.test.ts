import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import type { GuideFacts } from '../../../src/core/guide/facts';
import { assembleChecklist, blocks, evaluateChecklist, EvaluatedItem, RepoState, CommitVerdict, CommandRun } from '../../../src/core/checklist';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const GUIDE = `# Contributing

## Running the tests

\`\`\`sh
npm test
\`\`\`

Check the style:

\`\`\`sh
npm run lint
\`\`\`

## Commit messages

We follow Conventional Commits. Every commit must be signed off (\`git commit -s\`) to certify the DCO.

## Submitting a pull request

Before you submit:

1. Rebase on the latest \`main\`.
2. Add an entry under "Unreleased" in \`CHANGELOG.md\`.
3. Reference the issue you fix (\`Fixes #123\`) in the description.
4. Be kind to reviewers.
`;

const TEMPLATE = `## Checklist

- [ ] Tests added or updated
- [ ] \`npm test\` passes
- [ ] Docs updated (if applicable)
`;

const OTHER = `---
name: Release
---
- [ ] Version bumped
`;

let facts: GuideFacts;
before(async () => {
  facts = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': GUIDE, '.github/PULL_REQUEST_TEMPLATE.md': TEMPLATE, '.github/PULL_REQUEST_TEMPLATE/release.md': OTHER }));
});

const SIGNED = 'Signed-off-by: Ada <ada@example.com>';
function state(overrides: Partial<RepoState> = {}): RepoState {
  return {
    branch: '12-trim',
    base: { name: 'main', ref: 'upstream/main' },
    tracking: 'origin/12-trim',
    unpushed: 0,
    behind: 0,
    commits: [{ sha: 'a'.repeat(40), message: `fix: trim dashes\n\n${SIGNED}`, merge: false }],
    changedFiles: ['src/slug.ts', 'CHANGELOG.md'],
    issue: { number: 12, title: 'Trim dashes' },
    draftBody: null,
    ...overrides,
  };
}

function evaluate(s: RepoState, extra: { verdicts?: CommitVerdict[] | null; runs?: CommandRun[]; template?: string | null } = {}): Map<string, EvaluatedItem> {
  const items = assembleChecklist(facts, extra.template === undefined ? '.github/PULL_REQUEST_TEMPLATE.md' : extra.template);
  const verdicts = extra.verdicts === undefined ? (s.commits ?? []).map((c) => ({ sha: c.sha, subject: c.message.split('\n')[0], errors: [] })) : extra.verdicts;
  const out = evaluateChecklist(items, { facts, state: s, verdicts, signOffRequired: true, runs: extra.runs ?? [], ticked: new Set() });
  return new Map(out.map((i) => [i.id.startsWith('onramp-') ? i.id : i.text, i]));
}

describe('checklist assembly', () => {
  it("takes Onramp's checks, the chosen template's boxes and the guide's list; not the other template's", () => {
    const items = assembleChecklist(facts, '.github/PULL_REQUEST_TEMPLATE.md');
    const ids = items.filter((i) => i.origin === 'onramp').map((i) => i.id);
    assert.deepEqual(ids, ['onramp-branch', 'onramp-pushed', 'onramp-upToDate', 'onramp-commitRules', 'onramp-signOff', 'onramp-changelog', 'onramp-issueLinked', 'onramp-tests', 'onramp-lint']);
    const texts = items.filter((i) => i.origin !== 'onramp').map((i) => i.text);
    assert.ok(texts.includes('Tests added or updated'));
    assert.ok(!texts.includes('Version bumped'));
    assert.ok(texts.some((t) => t.startsWith('Rebase on the latest')));
    assert.ok(items.find((i) => i.text.startsWith('Docs updated'))?.optional, '"if applicable" is optional');
    const release = assembleChecklist(facts, '.github/PULL_REQUEST_TEMPLATE/release.md').map((i) => i.text);
    assert.ok(release.includes('Version bumped') && !release.includes('Tests added or updated'));
  });
});

describe('checklist checks', () => {
  it('passes everything git can see on a good branch', () => {
    const r = evaluate(state(), { runs: [{ command: 'npm test', exitCode: 0, output: '' }, { command: 'npm run lint', exitCode: 0, output: '' }] });
    for (const id of ['onramp-branch', 'onramp-pushed', 'onramp-upToDate', 'onramp-commitRules', 'onramp-signOff', 'onramp-changelog', 'onramp-issueLinked', 'onramp-tests', 'onramp-lint']) {
      assert.equal(r.get(id)?.result.state, 'pass', `${id}: ${r.get(id)?.result.reason}`);
    }
    assert.equal(r.get('`npm test` passes')?.result.state, 'pass', 'the template item is checked by the same run');
    assert.equal(r.get('Be kind to reviewers.')?.result.state, 'manual');
    assert.match(r.get('Be kind to reviewers.')?.why ?? '', /CONTRIBUTING\.md, line \d+/);
  });

  const cases: { name: string; s: Partial<RepoState>; id: string; state: string; reason: RegExp; fix?: RegExp; extra?: Parameters<typeof evaluate>[1] }[] = [
    { name: 'on the base branch', s: { branch: 'main' }, id: 'onramp-branch', state: 'fail', reason: /on the base branch "main"/, fix: /git switch -c/ },
    { name: 'detached HEAD', s: { branch: null }, id: 'onramp-branch', state: 'fail', reason: /detached/ },
    { name: 'never pushed', s: { tracking: null, unpushed: null }, id: 'onramp-pushed', state: 'fail', reason: /has not been pushed/, fix: /git push -u origin 12-trim/ },
    { name: 'commits not pushed', s: { unpushed: 2 }, id: 'onramp-pushed', state: 'fail', reason: /2 commits are not pushed to origin\/12-trim/, fix: /^git push$/ },
    { name: 'behind the base', s: { behind: 3 }, id: 'onramp-upToDate', state: 'fail', reason: /3 commits behind upstream\/main/, fix: /git rebase upstream\/main/ },
    { name: 'base not found', s: { base: { name: 'main', ref: null }, behind: null, commits: null }, id: 'onramp-upToDate', state: 'unknown', reason: /"main" was not found/ },
    { name: 'no commits', s: { commits: [] }, id: 'onramp-commitRules', state: 'fail', reason: /No commits since upstream\/main/ },
    { name: 'unsigned commit', s: { commits: [{ sha: 'b'.repeat(40), message: 'fix: trim', merge: false }] }, id: 'onramp-signOff', state: 'fail', reason: /1 of 1 commit lacks Signed-off-by/, fix: /--signoff/ },
    { name: 'no changelog', s: { changedFiles: ['src/slug.ts'] }, id: 'onramp-changelog', state: 'fail', reason: /changelog entry \(CONTRIBUTING\.md, line \d+\).*no changelog file changed/ },
    { name: 'no issue, asked by the guide', s: { issue: null }, id: 'Reference the issue you fix (`Fixes #123`) in the description.', state: 'fail', reason: /No issue is known/ },
    { name: 'no issue, Onramp only', s: { issue: null }, id: 'onramp-issueLinked', state: 'unknown', reason: /No issue is known/ },
    { name: 'issue named in the draft', s: { issue: null, draftBody: 'Closes #77' }, id: 'onramp-issueLinked', state: 'pass', reason: /names #77/ },
    { name: 'tests not run', s: {}, id: 'onramp-tests', state: 'unknown', reason: /not been run yet: `npm test`/, fix: /npm test/ },
    { name: 'lint failed', s: {}, id: 'onramp-lint', state: 'fail', reason: /`npm run lint` failed \(exit code 2\)/, extra: { runs: [{ command: 'npm run lint', exitCode: 2, output: 'x' }] } },
    { name: 'bad commit message', s: {}, id: 'onramp-commitRules', state: 'fail', reason: /1 of 1 commit breaks the commit rules: aaaaaaa "fix: trim dashes": type must be/, fix: /git commit --amend/, extra: { verdicts: [{ sha: 'a'.repeat(40), subject: 'fix: trim dashes', errors: ['type must be one of [feat]'] }] } },
    { name: 'docs changed', s: { changedFiles: ['docs/usage.md'] }, id: 'Docs updated (if applicable)', state: 'pass', reason: /docs\/usage\.md/ },
    { name: 'docs not changed', s: { changedFiles: ['src/a.ts'] }, id: 'Docs updated (if applicable)', state: 'manual', reason: /No documentation file changed/ },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.state}`, () => {
      const item = evaluate(state(c.s), c.extra).get(c.id);
      assert.ok(item, `no item ${c.id}`);
      assert.equal(item.result.state, c.state, item.result.reason);
      assert.match(item.result.reason, c.reason);
      if (c.fix) assert.match(item.result.fix?.command ?? '', c.fix);
    });
  }

  it('a failing optional item does not block; a failing required one does', () => {
    const r = evaluate(state({ behind: 1, issue: null }));
    assert.ok(blocks(r.get('onramp-upToDate')!));
    assert.ok(!blocks(r.get('onramp-issueLinked')!));
  });
});

describe('checklist items naming commands', () => {
  it('"Make sure `npm test` and `npm run lint` pass" waits for both runs', async () => {
    const f = await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': '# C\n\n```sh\nnpm test\n```\n\n```sh\nnpm run lint\n```\n\n## Submitting a pull request\n\nBefore you submit:\n\n1. Make sure `npm test` and `npm run lint` pass.\n' }));
    const items = assembleChecklist(f, null);
    const run = (runs: CommandRun[]) => evaluateChecklist(items, { facts: f, state: state(), verdicts: [], signOffRequired: false, runs, ticked: new Set() }).find((i) => i.text.startsWith('Make sure'))!;
    assert.equal(run([{ command: 'npm run lint', exitCode: 0, output: '' }]).result.state, 'unknown');
    assert.equal(run([{ command: 'npm run lint', exitCode: 0, output: '' }, { command: 'npm test', exitCode: 1, output: '' }]).result.state, 'fail');
    assert.equal(run([{ command: 'npm run lint', exitCode: 0, output: '' }, { command: 'npm test', exitCode: 0, output: '' }]).result.state, 'pass');
  });
});
