import { GuideFacts, Origin, SourceRef, contributorChecklist } from '../guide/facts';
import { COMMAND_LABELS, FACT_CATALOG, FactGroupId, factAt } from '../guide/factCatalog';

export type { FactGroupId };

export interface FactLine {
  /** What the item is, e.g. "Test" or "Sign-off". */
  readonly label: string;
  /** The value, e.g. "npm test" or "required". */
  readonly value: string;
  /** Where it was read; items without one (a file list entry) open the file itself. */
  readonly source?: SourceRef;
  /** What kind of material said it (config, commitlint, template, guide, history). */
  readonly origin?: Origin;
  /** For items that are files. */
  readonly file?: string;
  /** The repository's own file that bears the item out (a command's task, the changelog folder), at its line. */
  readonly confirmedBy?: SourceRef;
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

/** How an origin is said next to a fact in the view. */
export const ORIGIN_LABELS: Record<Origin, string> = {
  config: 'Onramp file',
  commitlint: 'commitlint config',
  template: 'PR template',
  guide: 'guide',
  history: 'commit history',
  repository: 'repository file',
};

/** The view lines of the single facts, in catalog order, by group. */
function ruleLines(facts: GuideFacts): Map<FactGroupId, FactLine[]> {
  const byGroup = new Map<FactGroupId, FactLine[]>();
  for (const spec of FACT_CATALOG) {
    const fact = factAt(facts, spec.id);
    if (!fact || !spec.view) continue;
    const value = spec.view.show(fact.value, facts);
    if (value === null) continue;
    const lines = byGroup.get(spec.view.group) ?? [];
    const confirmedBy = 'confirmedBy' in fact ? (fact.confirmedBy as SourceRef | undefined) : undefined;
    lines.push({ label: spec.view.label, value, source: fact.source, origin: fact.origin, kind: 'rule', ...(confirmedBy ? { confirmedBy } : {}) });
    byGroup.set(spec.view.group, lines);
  }
  return byGroup;
}

/**
 * Groups what the reader found for display. Only known facts appear: an unknown fact is left out rather
 * than shown as a guess. Empty groups are dropped.
 */
export function groupFacts(facts: GuideFacts): FactGroup[] {
  const rules = ruleLines(facts);
  const setup: FactLine[] = (['setup', 'test', 'lint'] as const).flatMap((phase) =>
    facts.commands[phase].map((c) => ({ label: COMMAND_LABELS[phase], value: c.command, source: c.source, origin: c.origin, kind: 'command' as const, ...(c.confirmedBy ? { confirmedBy: c.confirmedBy } : {}) })),
  );

  const commits: FactLine[] = rules.get('commits') ?? [];

  const pullRequests: FactLine[] = [
    ...(rules.get('pullRequests') ?? []),
    ...contributorChecklist(facts).map((item) => ({ label: item.optional ? 'Check (optional)' : 'Check', value: item.text, source: item.source, origin: item.origin, kind: 'checklist' as const })),
  ];

  const legal: FactLine[] = [
    ...(rules.get('legal') ?? []),
    ...(facts.commit.signOff?.value === 'required'
      ? [{ label: 'DCO', value: 'certify each commit with Signed-off-by', source: facts.commit.signOff.source, origin: facts.commit.signOff.origin, kind: 'rule' as const }]
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
    ...(rules.get('files') ?? []),
  ];

  const problems: FactLine[] = facts.problems.map((p) => ({
    label: p.severity === 'error' ? 'Error' : p.severity === 'warning' ? 'Warning' : 'Note',
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
