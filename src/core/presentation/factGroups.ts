import { Fact, GuideFacts, SourceRef } from '../guide/facts';

/** The sections the editor shows the guide's facts in, in the order a newcomer needs them. */
export type FactGroupId = 'setup' | 'commits' | 'pullRequests' | 'legal' | 'files' | 'problems';

export interface FactLine {
  /** What the item is, e.g. "Test" or "Sign-off". */
  readonly label: string;
  /** The value, e.g. "npm test" or "required". */
  readonly value: string;
  /** Where it was read; items without one (a file list entry) open the file itself. */
  readonly source?: SourceRef;
  /** For items that are files. */
  readonly file?: string;
  readonly kind: 'command' | 'rule' | 'checklist' | 'file' | 'problem';
}

export interface FactGroup {
  readonly id: FactGroupId;
  readonly title: string;
  readonly lines: readonly FactLine[];
}

const TITLES: Record<FactGroupId, string> = {
  setup: 'Setup',
  commits: 'Commits',
  pullRequests: 'Pull requests',
  legal: 'Legal',
  files: 'Files read',
  problems: 'Problems',
};

const CHANGELOG_HOW: Record<string, string> = {
  changesets: 'a changeset',
  'changelog-folder': 'an entry file in the changelog folder',
  'pr-body': 'a block in the pull request description',
  'changelog-file': 'an entry in the changelog file',
};

const CONVENTION: Record<string, string> = {
  conventional: 'Conventional Commits',
  'area-prefix': '"area: summary" subjects',
  'free-form-rules': 'written rules, no fixed format',
  none: 'no convention',
};

function rule<T>(label: string, fact: Fact<T> | null, show: (value: T) => string): FactLine[] {
  return fact ? [{ label, value: show(fact.value), source: fact.source, kind: 'rule' }] : [];
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * Groups what the reader found for display. Only known facts appear: an unknown fact is left out rather
 * than shown as a guess. Empty groups are dropped.
 */
export function groupFacts(facts: GuideFacts): FactGroup[] {
  const setup: FactLine[] = [
    ...facts.commands.setup.map((c) => ({ label: 'Set up', value: c.command, source: c.source, kind: 'command' as const })),
    ...facts.commands.test.map((c) => ({ label: 'Test', value: c.command, source: c.source, kind: 'command' as const })),
    ...facts.commands.lint.map((c) => ({ label: 'Lint', value: c.command, source: c.source, kind: 'command' as const })),
  ];

  const commits: FactLine[] = [
    ...rule('Convention', facts.commit.convention, (v) => CONVENTION[v] ?? v),
    ...rule('Types', facts.commit.types, (v) => v.join(', ')),
    ...rule('Subject length', facts.commit.subjectMaxLength, (v) => `at most ${v} characters`),
    ...rule('Sign-off', facts.commit.signOff, (v) => (v === 'required' ? 'required (git commit -s)' : 'do not sign off')),
    ...rule('Branch name', facts.branchNaming, (v) => v),
  ];

  const pullRequests: FactLine[] = [
    ...rule('Accepts pull requests', facts.acceptsPullRequests, (v) => (v ? 'yes' : 'no: see the guide for how to send changes')),
    ...rule('Discuss first', facts.discussFirst, (v) => (v ? 'open or comment on an issue before you start' : 'no')),
    ...rule('Base branch', facts.baseBranch, (v) => v),
    ...rule('Changelog entry', facts.changelog.required, (v) => {
      if (!v) return 'not needed';
      const how = facts.changelog.how ? CHANGELOG_HOW[facts.changelog.how.value] : undefined;
      return how ? `required: ${how}` : 'required';
    }),
    ...facts.checklist.map((item) => ({ label: 'Check', value: item.text, source: item.source, kind: 'checklist' as const })),
  ];

  const legal: FactLine[] = [
    ...rule('CLA', facts.claRequired, (v) => (v ? 'sign the Contributor License Agreement' : 'not needed')),
    ...(facts.commit.signOff?.value === 'required'
      ? [{ label: 'DCO', value: 'certify each commit with Signed-off-by', source: facts.commit.signOff.source, kind: 'rule' as const }]
      : []),
  ];

  const f = facts.files;
  const files: FactLine[] = [
    ...(f.guide ? [{ label: 'Guide', value: f.guide, file: f.guide, kind: 'file' as const }] : []),
    ...(f.readmeSection ? [{ label: 'README section', value: f.readmeSection, file: f.readmeSection, kind: 'file' as const }] : []),
    ...f.linkedDocs.map((d) => ({ label: 'Linked doc', value: d, file: d, kind: 'file' as const })),
    ...f.prTemplates.map((t) => ({ label: 'PR template', value: t, file: t, kind: 'file' as const })),
    ...(f.commitlintConfig ? [{ label: 'commitlint', value: f.commitlintConfig, file: f.commitlintConfig, kind: 'file' as const }] : []),
    ...(f.config ? [{ label: 'Onramp file', value: f.config, file: f.config, kind: 'file' as const }] : []),
    ...rule('Guide is a pointer', facts.guideIsPointerOnly, yesNo).filter((line) => line.value === 'yes'),
  ];

  const problems: FactLine[] = facts.problems.map((p) => ({
    label: p.severity === 'warning' ? 'Warning' : 'Note',
    value: `${p.file}: ${p.message}`,
    source: { file: p.file, line: p.line ?? 1 },
    kind: 'problem' as const,
  }));

  const all: [FactGroupId, FactLine[]][] = [
    ['setup', setup],
    ['commits', commits],
    ['pullRequests', pullRequests],
    ['legal', legal],
    ['files', files],
    ['problems', problems],
  ];
  return all.filter(([, lines]) => lines.length > 0).map(([id, lines]) => ({ id, title: TITLES[id], lines }));
}

/** Whether the reader found anything a contributor could use. */
export function foundAnything(facts: GuideFacts): boolean {
  const f = facts.files;
  return !!(f.guide || f.readmeSection || f.prTemplates.length || f.commitlintConfig || f.config);
}
