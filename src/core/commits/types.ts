/**
 * The commit message rules Onramp checks, each with where it came from, and the problems a message has. Pure
 * data: the editor turns problems into diagnostics, the CLI into lines.
 */
import type { CodeReference } from '../commitlint/commitlintConfig';
import type { Origin, SourceRef } from '../guide/facts';

/**
 * Where a rule came from. The guide reader's origins, plus `setting` (a preset the user turned on in Onramp's
 * settings) and `default` (Onramp's gentle hints when nothing else speaks).
 */
export type RuleOrigin = Origin | 'setting' | 'default';

export type RuleLevel = 0 | 1 | 2;
export type RuleWhen = 'always' | 'never';
/** A rule as commitlint writes it: `[level, when, value]`. */
export type RuleTuple = readonly [RuleLevel, RuleWhen?, unknown?];

/** Rules Onramp checks itself, beside commitlint's own. */
export type OnrampRuleName = 'onramp/area-prefix';
export const ONRAMP_RULES: readonly OnrampRuleName[] = ['onramp/area-prefix'];

export interface ResolvedRule {
  /** A commitlint rule name (`type-enum`) or one of Onramp's (`onramp/area-prefix`). */
  readonly name: string;
  readonly config: RuleTuple;
  readonly origin: RuleOrigin;
  /** The file and line that says it; null for Onramp's defaults and settings. */
  readonly source: SourceRef | null;
  /** For rules inferred from history: what was counted ("74 of the last 80 commits follow Conventional Commits"). */
  readonly evidence?: string;
}

/** Parser options for commitlint's parser, and whether they are Onramp's own or the repository's (then guarded). */
export interface ParserOptsChoice {
  readonly opts: Readonly<Record<string, unknown>>;
  /** `bundled`: from a package Onramp carries (safe to run in-thread); otherwise the file that wrote them. */
  readonly from: 'bundled' | SourceRef;
  /** The package name when bundled (`conventional-changelog-conventionalcommits`). */
  readonly name?: string;
}

/** Code the repository's commitlint config names that Onramp did not load, and why. */
export interface SkippedReference {
  readonly reference: CodeReference;
  readonly reason: string;
}

/** Something about the rules themselves the user should know (an unknown rule name, a value that is not literal). */
export interface RuleSetNote {
  readonly file: string;
  readonly line?: number;
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

export interface CommitRuleSet {
  /** Every rule, in resolution order (the first source that sets a rule name wins). */
  readonly rules: readonly ResolvedRule[];
  readonly parserOpts: ParserOptsChoice | null;
  /** commitlint's `defaultIgnores` (merge, revert, fixup!... are not linted); true unless the config says false. */
  readonly defaultIgnores: boolean;
  /** commitlint's `ignores` (functions; only from a config the editor loaded in a trusted workspace). */
  readonly ignores: readonly ((message: string) => boolean)[];
  /** commitlint plugins (only from a loaded config). */
  readonly plugins: Readonly<Record<string, unknown>>;
  readonly skipped: readonly SkippedReference[];
  readonly notes: readonly RuleSetNote[];
  /** True when a commitlint config decided the commitlint rules (the verdict then follows commitlint's). */
  readonly fromCommitlint: boolean;
  /** The type list with descriptions, for a quick fix that picks a type (from the shared config's prompt, where known). */
  readonly typeDescriptions: Readonly<Record<string, string>>;
}

/** 0-based line and column (UTF-16 code units), as editors count. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** What part of the message a problem is about. */
export type MessagePart = 'header' | 'type' | 'scope' | 'subject' | 'body' | 'footer' | 'message';

export interface CommitProblem {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  /** The problem, quoting the rule and where it was set: "type must be one of [feat, fix] (type-enum, .commitlintrc.json:4)". */
  readonly message: string;
  readonly part: MessagePart;
  /** Where in the message as given (comments and all); null when the problem is about the whole message. */
  readonly range: Range | null;
  readonly origin: RuleOrigin | 'onramp';
  readonly source: SourceRef | null;
}
