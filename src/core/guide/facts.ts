/**
 * What the guide reader learns about a project. Every fact carries where it was read, so the editor can open
 * the source at its line; an unknown fact is null, never a guess. `toInspectJson` turns this into the CLI's
 * `onramp inspect --json` shape.
 */

/** A repo-relative file and a 1-based line. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/** A value and where it was read; null values have no source. */
export interface Fact<T> {
  readonly value: T;
  readonly source: SourceRef;
}

export type CommitConvention = 'conventional' | 'area-prefix' | 'free-form-rules' | 'none';
export type SignOff = 'required' | 'forbidden';
export type ChangelogHow = 'changesets' | 'changelog-folder' | 'pr-body' | 'changelog-file';

export interface SourcedText {
  readonly text: string;
  readonly source: SourceRef;
}

export interface SourcedCommand {
  readonly command: string;
  readonly source: SourceRef;
}

export interface FoundFiles {
  readonly guide: string | null;
  readonly prTemplates: readonly string[];
  readonly commitlintConfig: string | null;
  readonly config: string | null;
  /** In-repo documents the guide links to that were read as well (bounded hops). */
  readonly linkedDocs: readonly string[];
  /** The README, when its "Contributing" section stood in for a missing guide. */
  readonly readmeSection: string | null;
}

/** Something the reader could not read as a user would hope, said plainly and naming the file. */
export interface ReaderProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
  readonly severity: 'warning' | 'info';
}

export interface GuideFacts {
  readonly files: FoundFiles;
  readonly guideIsPointerOnly: Fact<boolean> | null;
  readonly acceptsPullRequests: Fact<boolean> | null;
  readonly baseBranch: Fact<string> | null;
  readonly commit: {
    readonly convention: Fact<CommitConvention> | null;
    readonly types: Fact<readonly string[]> | null;
    readonly subjectMaxLength: Fact<number> | null;
    readonly signOff: Fact<SignOff> | null;
  };
  readonly claRequired: Fact<boolean> | null;
  readonly changelog: {
    readonly required: Fact<boolean> | null;
    readonly how: Fact<ChangelogHow> | null;
  };
  readonly branchNaming: Fact<string> | null;
  readonly discussFirst: Fact<boolean> | null;
  readonly commands: {
    readonly setup: readonly SourcedCommand[];
    readonly test: readonly SourcedCommand[];
    readonly lint: readonly SourcedCommand[];
  };
  readonly checklist: readonly SourcedText[];
  readonly problems: readonly ReaderProblem[];
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
  commands: { setup: SourcedCommand[]; test: SourcedCommand[]; lint: SourcedCommand[] };
  checklist: SourcedText[];
}

const valueOf = <T>(fact: Fact<T> | null): T | null => (fact ? fact.value : null);

export function toInspectJson(facts: GuideFacts): InspectJson {
  return {
    files: {
      guide: facts.files.guide,
      prTemplates: [...facts.files.prTemplates],
      commitlintConfig: facts.files.commitlintConfig,
      config: facts.files.config,
    },
    guideIsPointerOnly: valueOf(facts.guideIsPointerOnly),
    acceptsPullRequests: valueOf(facts.acceptsPullRequests),
    baseBranch: valueOf(facts.baseBranch),
    commit: {
      convention: valueOf(facts.commit.convention),
      types: facts.commit.types ? [...facts.commit.types.value] : null,
      subjectMaxLength: valueOf(facts.commit.subjectMaxLength),
      signOff: valueOf(facts.commit.signOff),
    },
    claRequired: valueOf(facts.claRequired),
    changelog: { required: valueOf(facts.changelog.required), how: valueOf(facts.changelog.how) },
    branchNaming: valueOf(facts.branchNaming),
    discussFirst: valueOf(facts.discussFirst),
    commands: {
      setup: facts.commands.setup.map(copyCommand),
      test: facts.commands.test.map(copyCommand),
      lint: facts.commands.lint.map(copyCommand),
    },
    checklist: facts.checklist.map((item) => ({ text: item.text, source: { ...item.source } })),
  };
}

const copyCommand = (c: SourcedCommand): SourcedCommand => ({ command: c.command, source: { ...c.source } });
