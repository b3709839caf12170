/**
 * Where the contribution material disagrees with itself: the guide's commit types or subject length against the
 * commitlint config or maintainer file, sign-off required with nothing to check it, the PR template against the
 * guide, and a base branch the repository does not have. The guide's own values come from running the reader's
 * extractors on the guide alone (no config, no template), so a config's value never hides the guide's.
 */
import type { GuideFacts, Fact } from '../guide/facts';
import type { CommitlintConfig } from '../commitlint/commitlintConfig';
import { BranchNames } from './gitRefs';
import { Finding } from './types';
import { LineText } from './staleCommands';

/** The same facts read from one kind of material only. */
export interface FactsBySource {
  readonly all: GuideFacts;
  readonly guideOnly: GuideFacts;
  /** commitlint config and maintainer file only. */
  readonly configOnly: GuideFacts;
  readonly templatesOnly: GuideFacts;
}

const where = (f: { source: { file: string; line: number } }): string => `${f.source.file}:${f.source.line}`;

export async function commitContradictions(facts: FactsBySource, lineText: LineText): Promise<Finding[]> {
  const out: Finding[] = [];
  const guideTypes = facts.guideOnly.commit.types;
  const configTypes = facts.configOnly.commit.types;
  if (guideTypes && configTypes) {
    const allowed = new Set(configTypes.value);
    const rejected = guideTypes.value.filter((t) => !allowed.has(t));
    for (const type of rejected) {
      const swap = prefixMatch(type, configTypes.value);
      const at = await lineWith(guideTypes.source.file, guideTypes.source.line, type, lineText);
      out.push({
        id: 'commit-types-contradiction',
        severity: 'warning',
        file: guideTypes.source.file,
        line: at?.line ?? guideTypes.source.line,
        message: `The guide lists the commit type "${type}", but ${configName(configTypes)} (${where(configTypes)}) allows only ${configTypes.value.join(', ')}.${swap ? ` It probably means "${swap}".` : ''}`,
        why: 'A newcomer who follows the guide writes a commit the check rejects, and learns the real rule only from a failing hook or CI run.',
        fix: swap ? { description: `Write "${swap}" instead of "${type}" in the guide.`, ...(at ? { edit: { file: guideTypes.source.file, line: at.line, replacement: at.text.replace(wordRe(type), (_m, lead: string) => `${lead}${swap}`) } } : {}) } : { description: `Make the guide's list and ${configName(configTypes)} agree.` },
      });
    }
  }
  const guideLength = facts.guideOnly.commit.subjectMaxLength;
  const configLength = facts.configOnly.commit.subjectMaxLength;
  if (guideLength && configLength && guideLength.value !== configLength.value) {
    const text = await lineText(guideLength.source.file, guideLength.source.line);
    const number = new RegExp(`(^|\\D)${guideLength.value}(?!\\d)`);
    out.push({
      id: 'subject-length-contradiction',
      severity: 'warning',
      file: guideLength.source.file,
      line: guideLength.source.line,
      message: `The guide limits the commit subject to ${guideLength.value} characters, but ${configName(configLength)} (${where(configLength)}) allows ${configLength.value}.`,
      why: configLength.value < guideLength.value ? 'A newcomer who trusts the guide writes a subject the check rejects.' : 'Newcomers squeeze their subjects for a limit nothing enforces, and reviewers enforce a different one by hand.',
      fix: { description: `Say ${configLength.value} in the guide.`, ...(text !== undefined && number.test(text) ? { edit: { file: guideLength.source.file, line: guideLength.source.line, replacement: text.replace(number, (_m, lead: string) => `${lead}${configLength.value}`) } } : {}) },
    });
  }
  return out;
}

/** What in the repository checks a sign-off: a commitlint rule, the DCO app's config, a workflow, or the maintainer file (Onramp's own commit check). */
export interface SignOffChecks {
  readonly dcoConfig: boolean;
  readonly workflow: string | undefined;
}

export function signOffFinding(facts: FactsBySource, checks: SignOffChecks): Finding[] {
  const signOff = facts.all.commit.signOff;
  if (!signOff || signOff.value !== 'required') return [];
  if (commitlintChecksSignOff(facts.all.commitlint) || facts.all.maintainer?.commits.signOff?.value === 'required' || checks.dcoConfig || checks.workflow) return [];
  return [
    {
      id: 'sign-off-unchecked',
      severity: 'warning',
      file: signOff.source.file,
      line: signOff.source.line,
      message: 'This says every commit must be signed off (Signed-off-by), but nothing in the repository checks it: no commitlint signed-off-by or trailer-exists rule, no .github/dco.yml, no workflow that looks for it, no sign-off rule in the Onramp file. (A DCO app installed on the host cannot be seen from here.)',
      why: 'A newcomer who misses the rule learns it only when a maintainer asks them to rewrite their commits, the most discouraging kind of first review.',
      fix: { description: 'Check it where newcomers commit: add `commits: { signOff: required }` to the Onramp maintainer file (.github/onramp.yml), or a `signed-off-by` rule to the commitlint config, or install the DCO app and add .github/dco.yml.' },
    },
  ];
}

function commitlintChecksSignOff(config: CommitlintConfig | null): boolean {
  return (config?.rules ?? []).some((r) => (r.name === 'signed-off-by' || (r.name === 'trailer-exists' && /signed-off-by/i.test(String(r.value)))) && r.level !== 0 && r.applicable !== 'never');
}

/**
 * Free-form rules (imperative mood, a closing keyword) are a weaker level of the same thing a format states, not its
 * opposite: a template that asks for them beside a guide's Conventional Commits or area prefix agrees with it.
 */
const conventionLevel = (f: GuideFacts): Fact<unknown> | null => {
  const c = f.commit.convention;
  return c && c.value === 'free-form-rules' ? null : c;
};

const TEMPLATE_FIELDS: readonly { label: string; get: (f: GuideFacts) => Fact<unknown> | null; templateGet?: (f: GuideFacts) => Fact<unknown> | null }[] = [
  { label: 'base branch', get: (f) => f.baseBranch },
  { label: 'sign-off', get: (f) => f.commit.signOff },
  { label: 'commit convention', get: (f) => f.commit.convention, templateGet: conventionLevel },
  { label: 'commit subject length', get: (f) => f.commit.subjectMaxLength },
  { label: 'CLA', get: (f) => f.claRequired },
  { label: 'changelog entry', get: (f) => f.changelog.required },
];

/** A PR template item saying one thing where the guide says another. */
export function templateContradictions(facts: FactsBySource): Finding[] {
  const out: Finding[] = [];
  for (const field of TEMPLATE_FIELDS) {
    const t = (field.templateGet ?? field.get)(facts.templatesOnly);
    const g = field.get(facts.guideOnly);
    if (!t || !g || JSON.stringify(t.value) === JSON.stringify(g.value)) continue;
    out.push({
      id: 'template-contradiction',
      severity: 'warning',
      file: t.source.file,
      line: t.source.line,
      message: `The pull request template says ${field.label}: ${show(t.value)}, but the guide (${where(g)}) says ${show(g.value)}.`,
      why: 'A newcomer cannot satisfy both; whichever they follow, a reviewer may ask for the other.',
    });
  }
  return out;
}

export async function baseBranchFinding(facts: GuideFacts, branches: BranchNames | undefined, lineText: LineText): Promise<Finding[]> {
  const base = facts.baseBranch;
  if (!base || !branches || (branches.local.size === 0 && branches.remote.size === 0)) return [];
  if (branches.local.has(base.value) || branches.remote.has(base.value)) return [];
  const known = [...new Set([...branches.local, ...branches.remote])];
  const likely = ['main', 'master', 'develop', 'dev', 'trunk'].find((b) => known.includes(b));
  const at = likely ? await lineWith(base.source.file, base.source.line, base.value, lineText, 0) : undefined;
  return [
    {
      id: 'base-branch-missing',
      severity: 'warning',
      file: base.source.file,
      line: base.source.line,
      message: `This names "${base.value}" as the branch to start from and open pull requests against, but the repository has no branch "${base.value}" (locally or on any fetched remote; it has ${known.slice(0, 5).join(', ')}${known.length > 5 ? '…' : ''}).`,
      why: `A newcomer's "git checkout ${base.value}" fails, or they pick a branch at random and open their pull request against the wrong one.`,
      ...(likely ? { fix: { description: `Name "${likely}" instead.`, ...(at ? { edit: { file: base.source.file, line: at.line, replacement: at.text.replace(wordRe(base.value), (_m, lead: string) => `${lead}${likely}`) } } : {}) } } : {}),
    },
  ];
}

function configName(f: Fact<unknown>): string {
  return f.origin === 'commitlint' ? 'the commitlint config' : 'the Onramp maintainer file';
}

function show(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'required' : 'not required';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function prefixMatch(type: string, allowed: readonly string[]): string | undefined {
  const hits = allowed.filter((a) => a.length >= 3 && type.length >= 3 && (type.startsWith(a) || a.startsWith(type)));
  return hits.length === 1 ? hits[0] : undefined;
}

function wordRe(word: string): RegExp {
  return new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
}

/** The first line from `line` on (at most `span` lines further) holding `word` as a word. */
async function lineWith(file: string, line: number, word: string, lineText: LineText, span = 40): Promise<{ line: number; text: string } | undefined> {
  for (let k = line; k <= line + span; k++) {
    const text = await lineText(file, k);
    if (text === undefined) return undefined;
    if (wordRe(word).test(text)) return { line: k, text };
  }
  return undefined;
}
