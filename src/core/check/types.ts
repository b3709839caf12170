/**
 * What `onramp check` reports: findings about a project's contribution path, each at a file and line, saying
 * why it matters to someone contributing for the first time and, where the fix is mechanical, offering it.
 * The same findings feed the CLI's text, JSON and SARIF output and the editor's Problems panel.
 */

export type Severity = 'error' | 'warning' | 'note';

/** A replacement of one whole line (1-based) of a repo-relative file. */
export interface LineEdit {
  readonly file: string;
  readonly line: number;
  readonly replacement: string;
}

export interface FindingFix {
  readonly description: string;
  readonly edit?: LineEdit;
}

export interface Finding {
  /** The rule that found it (one of RULES). */
  readonly id: RuleId;
  readonly severity: Severity;
  /** Repo-relative POSIX path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, when known. */
  readonly column?: number;
  readonly message: string;
  /** Why it matters to a newcomer. */
  readonly why: string;
  readonly fix?: FindingFix;
}

export interface RuleInfo {
  readonly id: RuleId;
  /** A short description, for SARIF's rule list and `--help`. */
  readonly summary: string;
  readonly defaultSeverity: Severity;
}

export type RuleId =
  | 'maintainer-file'
  | 'stale-command'
  | 'missing-task-file'
  | 'broken-link'
  | 'broken-anchor'
  | 'commit-types-contradiction'
  | 'subject-length-contradiction'
  | 'sign-off-unchecked'
  | 'template-contradiction'
  | 'base-branch-missing'
  | 'no-setup-command'
  | 'no-test-command'
  | 'step-without-done-check'
  | 'pointer-only-guide'
  | 'no-guide'
  | 'no-beginner-label';

export const RULES: readonly RuleInfo[] = [
  { id: 'maintainer-file', summary: 'The Onramp maintainer file is valid against its schema.', defaultSeverity: 'error' },
  { id: 'stale-command', summary: 'A command in the guide or maintainer file names a script, target, task or session the repository does not have.', defaultSeverity: 'error' },
  { id: 'missing-task-file', summary: 'A command needs a file (package.json, Makefile, justfile, Taskfile, tox.ini, noxfile.py, a wrapper script) the repository does not have.', defaultSeverity: 'warning' },
  { id: 'broken-link', summary: 'An in-repository link leads to a file that does not exist.', defaultSeverity: 'error' },
  { id: 'broken-anchor', summary: 'A link to a heading (#anchor) names a heading the document does not have.', defaultSeverity: 'warning' },
  { id: 'commit-types-contradiction', summary: 'The guide lists commit types the commitlint config or maintainer file rejects.', defaultSeverity: 'warning' },
  { id: 'subject-length-contradiction', summary: 'The guide and the commitlint config or maintainer file give different subject length limits.', defaultSeverity: 'warning' },
  { id: 'sign-off-unchecked', summary: 'Sign-off is required but nothing in the repository checks it.', defaultSeverity: 'warning' },
  { id: 'template-contradiction', summary: 'The pull request template says something the guide contradicts.', defaultSeverity: 'warning' },
  { id: 'base-branch-missing', summary: 'The base branch the guide names does not exist in the repository.', defaultSeverity: 'warning' },
  { id: 'no-setup-command', summary: 'No setup command anywhere in the contribution material.', defaultSeverity: 'warning' },
  { id: 'no-test-command', summary: 'No test command anywhere in the contribution material.', defaultSeverity: 'warning' },
  { id: 'step-without-done-check', summary: 'A maintainer file step has no completion check.', defaultSeverity: 'note' },
  { id: 'pointer-only-guide', summary: 'The guide only points to a site that is not in the repository.', defaultSeverity: 'warning' },
  { id: 'no-guide', summary: 'The repository has no contribution guide.', defaultSeverity: 'warning' },
  { id: 'no-beginner-label', summary: 'The repository on its forge has no beginner label (good first issue).', defaultSeverity: 'warning' },
];

export function ruleInfo(id: RuleId): RuleInfo {
  return RULES.find((r) => r.id === id) ?? { id, summary: id, defaultSeverity: 'warning' };
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** Files the check read (the guide, linked docs, templates, configs, task files). */
  readonly filesRead: readonly string[];
  /** Things the check could not decide (a Makefile that includes others...), said once each. */
  readonly notes: readonly string[];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
