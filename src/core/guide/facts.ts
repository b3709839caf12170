/**
 * What the guide reader learns about a project. Every fact carries where it was read (file and line) and what
 * kind of material said it (its origin), so the editor can open the source at its line and the commit linter
 * can weigh a rule from a config above one read from prose. An unknown fact is null, never a guess.
 *
 * How each fact is shown and printed is described once, in `factCatalog.ts`; the JSON of `onramp inspect
 * --json` is built from that description in `inspectJson.ts`.
 */
import type { CommitlintConfig } from '../commitlint/commitlintConfig';
import type { Project } from '../repo/project';
import type { MaintainerConfig, PendingRemote } from '../maintainer/types';

/** A repo-relative file and a 1-based line. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/**
 * Where a fact came from: the Onramp maintainer file, the project's commitlint config, a pull request
 * template, the guide's prose (or a document it links to), or the repository's own commit history.
 */
// ('repository': a file of the repository itself says it, `.gitreview` naming the Gerrit host.)
export type Origin = 'config' | 'commitlint' | 'template' | 'guide' | 'history' | 'repository';
export const ORIGINS: readonly Origin[] = ['config', 'commitlint', 'template', 'guide', 'history', 'repository'];

/** What an extractor finds: a value and where it was read. The reader adds the origin. */
export interface Found<T> {
  readonly value: T;
  readonly source: SourceRef;
}

/** A value, where it was read and what kind of material said it; null facts have no source. */
export interface Fact<T> extends Found<T> {
  readonly origin: Origin;
}

/** A fact the repository's own files bear out (a `.changeset/` folder for the changelog rule). */
export interface ConfirmedFact<T> extends Fact<T> {
  /** The file (or folder) that shows it, at its line; only when there is one. Read as data. */
  readonly confirmedBy?: SourceRef;
}

export type CommitConvention = 'conventional' | 'area-prefix' | 'free-form-rules' | 'none';
export type SignOff = 'required' | 'forbidden';
export type ChangelogHow = 'changesets' | 'changelog-folder' | 'pr-body' | 'changelog-file';

export interface FoundText {
  readonly text: string;
  readonly source: SourceRef;
  /** A template box that classifies the change ("Bug fix", "New feature") rather than checks it: ticked by choice, never required. */
  readonly choice?: boolean;
  /** A box of a template for a maintainer's errand (`PULL_REQUEST_TEMPLATE/release.md`): not a contributor's check. */
  readonly errand?: boolean;
}

export interface FoundCommand {
  readonly command: string;
  readonly source: SourceRef;
  /**
   * The repository's own definition of the task the command runs (a package.json script, a Makefile target...),
   * when it has one: the step still exists. Read as data, never run.
   */
  readonly confirmedBy?: SourceRef;
  /**
   * The interactive program the line is typed into rather than a shell (`sbt` for `compile` at sbt's prompt): shown
   * to type there, never run by a shell.
   */
  readonly typedIn?: string;
}

export interface SourcedText extends FoundText {
  readonly origin: Origin;
}

export interface SourcedCommand extends FoundCommand {
  readonly origin: Origin;
}

/**
 * The automatic checks a checklist item can be matched with (a closed list: the pull request step knows how to
 * check each one); `manual` when none fits and the contributor ticks it.
 */
export type CheckKind = 'tests' | 'lint' | 'signOff' | 'commitRules' | 'changelog' | 'upToDate' | 'issueLinked' | 'docs' | 'manual';
export const CHECK_KINDS: readonly CheckKind[] = ['tests', 'lint', 'signOff', 'commitRules', 'changelog', 'upToDate', 'issueLinked', 'docs', 'manual'];

/** One thing to do before opening a pull request. */
export interface ChecklistItem extends SourcedText {
  /** Stable across readings while the item's words and file stay the same (ticks are stored under it). */
  readonly id: string;
  /** The file it came from: which template, or the guide (or a document it links to). */
  readonly file: string;
  /** Marked "optional", "if applicable", "N/A"...: leaving it open is expected. */
  readonly optional: boolean;
  readonly check: CheckKind;
  /** A maintainer file's command whose success ticks the item (run only on the user's click, when trusted). */
  readonly command?: string;
  /**
   * From a template for a maintainer's errand (a release, a backport): offered only when that template is chosen for
   * the pull request, never in a newcomer's checklist (contributorChecklist).
   */
  readonly errand?: boolean;
}

/** The checks a contributor makes before sending: every checklist item but those of a maintainer's errand template. */
export function contributorChecklist(facts: { readonly checklist: readonly ChecklistItem[] }): readonly ChecklistItem[] {
  return withoutErrands(facts.checklist);
}

/** The choices describing the change a contributor's template offers, without those of a maintainer's errand template. */
export function contributorChangeChoices(facts: { readonly changeChoices: readonly ChecklistItem[] }): readonly ChecklistItem[] {
  return withoutErrands(facts.changeChoices);
}

const withoutErrands = (items: readonly ChecklistItem[]): readonly ChecklistItem[] => (items.some((i) => i.errand === true) ? items.filter((i) => i.errand !== true) : items);

export interface FoundFiles {
  readonly guide: string | null;
  readonly prTemplates: readonly string[];
  readonly commitlintConfig: string | null;
  readonly config: string | null;
  /** In-repo documents the guide links to that were read as well (bounded hops). */
  readonly linkedDocs: readonly string[];
  /** The README, when its "Contributing" section stood in for a missing guide. */
  readonly readmeSection: string | null;
  /** The task files read to confirm commands (package.json, Makefile...), so an edit of one is read again. */
  readonly taskFiles?: readonly string[];
  /** The README, when there is neither a guide nor a README section standing in for one: the project's only material. */
  readonly readmeOnly?: string | null;
}

/** Something the reader could not read as a user would hope, said plainly and naming the file. */
export interface ReaderProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info';
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
    readonly required: ConfirmedFact<boolean> | null;
    readonly how: Fact<ChangelogHow> | null;
  };
  readonly branchNaming: Fact<string> | null;
  readonly discussFirst: Fact<boolean> | null;
  /** Labels the maintainer file or the guide points newcomers to ("look for issues labelled …"). */
  readonly issueLabels: Fact<readonly string[]> | null;
  readonly commands: {
    readonly setup: readonly SourcedCommand[];
    readonly test: readonly SourcedCommand[];
    readonly lint: readonly SourcedCommand[];
  };
  readonly checklist: readonly ChecklistItem[];
  /**
   * A template's boxes that describe the change rather than check it: its kind ("Bug fix", "New feature"), yes/no
   * answers ("Yes, this is a breaking change"), an AI-use disclosure. The author ticks the ones that fit, so they are
   * no check before sending and stay out of `checklist`; the pull request step offers them beside it, optional, and
   * ticks the chosen boxes in the body.
   */
  readonly changeChoices: readonly ChecklistItem[];
  /** The forge repository the contribution goes to, from the git remotes; null when unknown. */
  readonly project: Project | null;
  /** The whole commitlint configuration that was read (every rule), for the commit linter; null without one. */
  readonly commitlint: CommitlintConfig | null;
  /** The maintainer file (`.github/onramp.yml`), validated: only its valid parts; null without one. */
  readonly maintainer: MaintainerConfig | null;
  /** Bases in other repositories the maintainer file extends, not fetched (no fetch hook, or Restricted Mode). */
  readonly pendingRemote?: readonly PendingRemote[];
  readonly problems: readonly ReaderProblem[];
}

export type CommandPhase = keyof GuideFacts['commands'];
export const COMMAND_PHASES: readonly CommandPhase[] = ['setup', 'test', 'lint'];

export { toInspectJson } from './inspectJson';
export type { InspectJson } from './inspectJson';
