import * as assert from 'node:assert/strict';
import { GuideFacts } from '../../../src/core/guide/facts';
import { emptyFacts } from '../../../src/core/guide/emptyFacts';
import { foundAnything, groupFacts } from '../../../src/core/presentation/factGroups';

const at = (line: number) => ({ file: 'CONTRIBUTING.md', line });
const origin = 'guide' as const;

function facts(overrides: Partial<GuideFacts> = {}): GuideFacts {
  const none = emptyFacts();
  return { ...none, files: { ...none.files, guide: 'CONTRIBUTING.md' }, ...overrides };
}

describe('groupFacts: what the Contribution Guide view shows', () => {
  it('lists commands in the order a newcomer runs them: set up, test, lint', () => {
    const groups = groupFacts(
      facts({
        commands: {
          setup: [{ command: 'pnpm install', source: at(3), origin }],
          test: [{ command: 'pnpm test', source: at(9), origin }],
          lint: [{ command: 'pnpm lint', source: at(5), origin }],
        },
      }),
    );
    const setup = groups.find((g) => g.id === 'setup');
    assert.deepEqual(setup?.lines.map((l) => [l.label, l.value, l.source?.line]), [
      ['Set up', 'pnpm install', 3],
      ['Test', 'pnpm test', 9],
      ['Lint', 'pnpm lint', 5],
    ]);
  });

  it('leaves unknown facts out instead of showing a guess, and drops empty groups', () => {
    assert.deepEqual(groupFacts(facts()).map((g) => g.id), ['files']);
  });

  it('shows a required sign-off both as a commit rule and under Legal', () => {
    const groups = groupFacts(facts({ commit: { convention: null, types: null, subjectMaxLength: null, signOff: { value: 'required', source: at(40), origin } } }));
    assert.match(groups.find((g) => g.id === 'commits')?.lines[0].value ?? '', /required/);
    assert.deepEqual(groups.find((g) => g.id === 'legal')?.lines.map((l) => [l.label, l.source?.line]), [['DCO', 40]]);
  });

  it('says how a required changelog entry is made', () => {
    const groups = groupFacts(
      facts({ changelog: { required: { value: true, source: at(7), origin }, how: { value: 'changesets', source: at(8), origin } } }),
    );
    assert.equal(groups.find((g) => g.id === 'pullRequests')?.lines[0].value, 'required: a changeset');
  });

  it('puts reader problems in their own group, with the file', () => {
    const groups = groupFacts(facts({ problems: [{ file: '.commitlintrc.json', line: 3, message: 'bad JSON', severity: 'warning' }] }));
    assert.deepEqual(groups.find((g) => g.id === 'problems')?.lines[0].source, { file: '.commitlintrc.json', line: 3 });
  });

  it('says where each fact came from: a rule from the commitlint config is marked as such', () => {
    const groups = groupFacts(facts({ commit: { convention: { value: 'conventional', source: { file: '.commitlintrc.json', line: 2 }, origin: 'commitlint' }, types: null, subjectMaxLength: null, signOff: null } }));
    assert.deepEqual(groups.find((g) => g.id === 'commits')?.lines.map((l) => [l.label, l.origin]), [['Convention', 'commitlint']]);
  });

  it('marks optional checklist items so they can be left open', () => {
    const item = { id: 'chk-1', text: 'Docs updated (if applicable)', source: at(12), origin: 'template' as const, file: 'CONTRIBUTING.md', optional: true, check: 'docs' as const };
    const groups = groupFacts(facts({ checklist: [item] }));
    assert.deepEqual(groups.find((g) => g.id === 'pullRequests')?.lines.map((l) => [l.label, l.value]), [['Check (optional)', 'Docs updated (if applicable)']]);
  });

  it('counts a project with only a PR template as having material', () => {
    const files = { guide: null, prTemplates: ['.github/pull_request_template.md'], commitlintConfig: null, config: null, linkedDocs: [], readmeSection: null };
    assert.equal(foundAnything(facts({ files })), true);
    assert.equal(foundAnything(facts({ files: { ...files, prTemplates: [] } })), false);
  });
});
