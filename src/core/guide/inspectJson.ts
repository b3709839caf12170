/**
 * The JSON printed by `onramp inspect --json`, derived from the facts and `FACT_CATALOG`. The first keys are the
 * ones the reader has always printed and never change; later keys are added beside them:
 * - `sources`: for each known single fact, its file, line and origin, and `confirmedBy` (file and line) when the
 *   repository's own files bear it out (a `.changeset/` folder for the changelog rule);
 * - `origin` (and for checklist items `id`, `file`, `optional`, `check`) inside each command and item;
 * - `confirmedBy` inside a command, only when the repository defines the task it runs (file and line);
 * - `typedIn` inside a command, only when it is typed at an interactive program's prompt (`sbt`), not a shell;
 * - `project`: the forge repository the contribution goes to, or null;
 * - `commitlint`: the whole commitlint config as read, or null;
 * - `problems`: every problem of every severity, with file and line;
 * - `walkthrough`: the steps in order, each with its origin, source line, actions (as text) and completion check;
 * - `changeChoices`: a template's boxes that describe the change (its kind, yes/no answers, an AI-use disclosure),
 *   shaped like checklist items and kept out of `checklist`: they are ticked by choice, not checked before sending.
 */
import type { CommitlintConfig } from '../commitlint/commitlintConfig';
import type { Project } from '../repo/project';
import { ChangelogHow, CheckKind, ChecklistItem, CommitConvention, GuideFacts, Origin, SignOff, contributorChangeChoices, contributorChecklist } from './facts';
import { FACT_CATALOG, factAt, setAt } from './factCatalog';
import { WalkthroughJson, buildWalkthrough, walkthroughJson } from '../walkthrough/build';

export interface SourcedCommandJson {
  command: string;
  source: { file: string; line: number };
  origin: Origin;
  /** Only when the repository defines the task the command runs. */
  confirmedBy?: { file: string; line: number };
  /** Only when the line is typed at an interactive program's prompt (`sbt`), not in a shell. */
  typedIn?: string;
}

export interface ChecklistItemJson {
  text: string;
  source: { file: string; line: number };
  origin: Origin;
  id: string;
  file: string;
  optional: boolean;
  check: CheckKind;
  command?: string;
}

export interface FactSourceJson {
  file: string;
  line: number;
  origin: Origin;
  /** Only when the repository's own files bear the fact out. */
  confirmedBy?: { file: string; line: number };
}

export interface ProblemJson {
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** The exact JSON shape printed by `onramp inspect --json`. */
export interface InspectJson {
  files: { guide: string | null; prTemplates: string[]; commitlintConfig: string | null; config: string | null };
  guideIsPointerOnly: boolean | null;
  acceptsPullRequests: boolean | null;
  baseBranch: string | null;
  commit: { convention: CommitConvention | null; types: string[] | null; subjectMaxLength: number | null; signOff: SignOff | null };
  claRequired: boolean | null;
  changelog: { required: boolean | null; how: ChangelogHow | null };
  branchNaming: string | null;
  discussFirst: boolean | null;
  issueLabels: string[] | null;
  commands: { setup: SourcedCommandJson[]; test: SourcedCommandJson[]; lint: SourcedCommandJson[] };
  checklist: ChecklistItemJson[];
  sources: Record<string, FactSourceJson>;
  project: Project | null;
  commitlint: CommitlintConfig | null;
  problems: ProblemJson[];
  walkthrough: WalkthroughJson;
  changeChoices: ChecklistItemJson[];
}

export function toInspectJson(facts: GuideFacts): InspectJson {
  const out: Record<string, unknown> = {
    files: {
      guide: facts.files.guide,
      prTemplates: [...facts.files.prTemplates],
      commitlintConfig: facts.files.commitlintConfig,
      config: facts.files.config,
    },
  };
  const sources: Record<string, FactSourceJson> = {};
  for (const spec of FACT_CATALOG) {
    const fact = factAt(facts, spec.id);
    setAt(out, spec.id, fact ? (spec.json ? spec.json(fact.value) : fact.value) : null);
    const confirmedBy = fact && 'confirmedBy' in fact ? (fact as { confirmedBy?: { file: string; line: number } }).confirmedBy : undefined;
    if (fact) sources[spec.id] = { file: fact.source.file, line: fact.source.line, origin: fact.origin, ...(confirmedBy ? { confirmedBy: { file: confirmedBy.file, line: confirmedBy.line } } : {}) };
  }
  const command = (c: GuideFacts['commands']['setup'][number]): SourcedCommandJson => ({
    command: c.command,
    source: { ...c.source },
    origin: c.origin,
    ...(c.confirmedBy ? { confirmedBy: { file: c.confirmedBy.file, line: c.confirmedBy.line } } : {}),
    ...(c.typedIn ? { typedIn: c.typedIn } : {}),
  });
  out.commands = { setup: facts.commands.setup.map(command), test: facts.commands.test.map(command), lint: facts.commands.lint.map(command) };
  out.checklist = contributorChecklist(facts).map(checklistItemJson);
  out.sources = sources;
  out.project = facts.project ? structuredClone(facts.project) : null;
  out.commitlint = facts.commitlint ? structuredClone(facts.commitlint) : null;
  out.problems = facts.problems.map((p): ProblemJson => ({ file: p.file, line: p.line ?? null, column: p.column ?? null, severity: p.severity, message: p.message }));
  out.walkthrough = walkthroughJson(buildWalkthrough(facts));
  out.changeChoices = contributorChangeChoices(facts).map(checklistItemJson);
  return out as unknown as InspectJson;
}

const checklistItemJson = (item: ChecklistItem): ChecklistItemJson => ({
  text: item.text,
  source: { ...item.source },
  origin: item.origin,
  id: item.id,
  file: item.file,
  optional: item.optional,
  check: item.check,
  ...(item.command ? { command: item.command } : {}),
});
