/**
 * The repository's commitlint configuration turned into rules, as data: its own literal rules over the rules of
 * the shared configs it extends (from Onramp's bundle, merged the way commitlint merges them: a later config's
 * rule replaces an earlier one whole), its parser options, and what was not loaded and why. Nothing from the
 * repository is run here; a config the editor loaded itself (trusted workspace only) is taken as given.
 */
import type { CommitlintConfig } from '../commitlint/commitlintConfig';
import type { SourceRef } from '../guide/facts';
import { bundledParserOpts, isBundledParserPreset, loadBundledPreset } from './bundledPresets';
import type { ParserOptsChoice, ResolvedRule, RuleSetNote, RuleTuple, SkippedReference } from './types';

/** A config commitlint's own loader produced (in the editor, trusted workspaces only): rules and parser options. */
export interface LoadedCommitlintConfig {
  readonly rules: Readonly<Record<string, RuleTuple>>;
  readonly parserPreset?: { readonly parserOpts?: unknown } | null;
  readonly ignores?: readonly ((message: string) => boolean)[];
  readonly defaultIgnores?: boolean;
  readonly plugins?: Readonly<Record<string, unknown>>;
}

export interface CommitlintPart {
  readonly rules: ResolvedRule[];
  readonly parserOpts: ParserOptsChoice | null;
  readonly defaultIgnores: boolean;
  readonly ignores: readonly ((message: string) => boolean)[];
  readonly plugins: Readonly<Record<string, unknown>>;
  readonly skipped: SkippedReference[];
  readonly notes: RuleSetNote[];
  readonly typeDescriptions: Record<string, string>;
}

let ruleNames: Promise<ReadonlySet<string>> | undefined;
/** The rule names commitlint implements (`@commitlint/rules`). */
export function commitlintRuleNames(): Promise<ReadonlySet<string>> {
  ruleNames ??= import('@commitlint/rules').then((m) => new Set(Object.keys(m.default)));
  return ruleNames;
}

export async function commitlintPart(config: CommitlintConfig, trusted: boolean, loaded: LoadedCommitlintConfig | null | undefined): Promise<CommitlintPart> {
  const file = config.file;
  const ruleLine = new Map(config.rules.map((r) => [r.name, r.line]));
  const skipped: SkippedReference[] = [];
  const notes: RuleSetNote[] = [];
  const known = await commitlintRuleNames();
  const typeDescriptions: Record<string, string> = {};

  if (loaded && trusted) {
    const rules: ResolvedRule[] = [];
    for (const [name, tuple] of Object.entries(loaded.rules)) {
      if (!tuple) continue;
      rules.push({ name, config: tuple, origin: 'commitlint', source: { file, line: ruleLine.get(name) ?? extendsLine(config) } });
    }
    const opts = parserOptsOf(loaded.parserPreset);
    for (const e of config.extends) {
      const preset = e.bundled ? await loadBundledPreset(e.name) : undefined;
      if (preset) Object.assign(typeDescriptions, preset.typeDescriptions);
    }
    return {
      rules,
      parserOpts: opts ? await classifyParserOpts(opts, { file, line: lineOfKey(config, 'parserPreset') }) : null,
      defaultIgnores: loaded.defaultIgnores !== false,
      ignores: loaded.ignores ?? [],
      plugins: loaded.plugins ?? {},
      skipped,
      notes,
      typeDescriptions,
    };
  }

  // Data only: bundled shared configs, then the config's literal rules.
  const merged = new Map<string, ResolvedRule>();
  let parserOpts: ParserOptsChoice | null = null;
  for (const e of config.extends) {
    const preset = e.bundled ? await loadBundledPreset(e.name) : undefined;
    if (!preset) continue;
    for (const [name, tuple] of Object.entries(preset.rules)) merged.set(name, { name, config: tuple, origin: 'commitlint', source: { file, line: e.line } });
    if (preset.parserOpts) parserOpts = { opts: preset.parserOpts, from: 'bundled', name: preset.parserPresetName ?? preset.name };
    Object.assign(typeDescriptions, preset.typeDescriptions);
  }
  for (const ref of config.codeReferences) {
    if (ref.bundled) continue;
    skipped.push({ reference: ref, reason: skipReason(ref.kind, ref.key, trusted) });
  }
  for (const rule of config.rules) {
    if (rule.level === null || rule.applicable === null) {
      notes.push({ file, line: rule.line, severity: 'warning', message: `The rule ${rule.name} is not written literally, so Onramp cannot check it without running the config.` });
      continue;
    }
    if (!known.has(rule.name)) {
      notes.push({ file, line: rule.line, severity: 'info', message: `The rule ${rule.name} is not one of commitlint's own rules (a plugin's?); Onramp does not load plugins from the repository, so it is not checked.` });
      continue;
    }
    const tuple: RuleTuple = rule.value === null ? [rule.level, rule.applicable] : [rule.level, rule.applicable, rule.value];
    merged.set(rule.name, { name: rule.name, config: tuple, origin: 'commitlint', source: { file, line: rule.line } });
  }
  // A preset's rules that are not commitlint's (a later commitlint version's) would make lint throw.
  for (const name of [...merged.keys()]) if (!known.has(name)) merged.delete(name);

  const preset = config.other.parserPreset;
  if (typeof preset === 'string') {
    const opts = isBundledParserPreset(preset) ? await bundledParserOpts(preset) : undefined;
    if (opts) parserOpts = { opts, from: 'bundled', name: preset };
  } else if (isRecord(preset)) {
    const own = parserOptsOf(preset);
    if (own) {
      const combined = { ...(parserOpts?.opts ?? {}), ...own };
      parserOpts = await classifyParserOpts(combined, { file, line: lineOfKey(config, 'parserPreset') });
    }
  }
  if (!config.literal && config.syntax === 'script') {
    notes.push({ file, line: 1, severity: 'info', message: `${file} is a script; only the values it writes literally were read, so commitlint may check more than Onramp does.` });
  }
  return {
    rules: [...merged.values()],
    parserOpts,
    defaultIgnores: config.other.defaultIgnores !== false,
    ignores: [],
    plugins: {},
    skipped,
    notes,
    typeDescriptions,
  };
}

function skipReason(kind: string, key: string, trusted: boolean): string {
  if (kind === 'script-config') {
    return trusted
      ? 'The config is a script and was not loaded by the editor; only its literal values were read.'
      : 'Restricted Mode: the config is a script, which Onramp does not run in an untrusted folder; only its literal values were read.';
  }
  const what = kind === 'local-file' ? 'a local file' : 'a package Onramp does not carry';
  return trusted
    ? `\`${key}\` names ${what}; Onramp reads configs as data and does not load it, so what it adds is not checked.`
    : `Restricted Mode: \`${key}\` names ${what}, which is code from the repository; it is not loaded, so what it adds is not checked.`;
}

/** `parserPreset.parserOpts`, unwrapped the way commitlint's loader does (nested `parserOpts`, or `parser`). */
function parserOptsOf(preset: unknown): Record<string, unknown> | null {
  if (!isRecord(preset)) return null;
  let opts = preset.parserOpts ?? preset.parser;
  if (isRecord(opts) && isRecord(opts.parserOpts)) {
    const { parserOpts: inner, ...rest } = opts;
    opts = { ...(inner as Record<string, unknown>), ...rest };
  }
  return isRecord(opts) ? opts : null;
}

/** Pattern-valued parser options: what a repository could make backtrack. */
export const PATTERN_KEYS = ['headerPattern', 'breakingHeaderPattern', 'mergePattern', 'revertPattern', 'fieldPattern'] as const;

/** Repository parser options are marked with their file (so lint guards them); ones identical to the bundled preset's stay in-thread. */
async function classifyParserOpts(opts: Record<string, unknown>, at: SourceRef): Promise<ParserOptsChoice> {
  const bundled = await bundledParserOpts('conventional-changelog-conventionalcommits');
  const samePatterns = bundled !== undefined && PATTERN_KEYS.every((k) => patternText(opts[k]) === patternText(bundled[k]));
  return samePatterns ? { opts, from: 'bundled', name: 'conventional-changelog-conventionalcommits' } : { opts, from: at };
}

export function patternText(value: unknown): string | null {
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (typeof value === 'string') return `/${value}/`;
  return null;
}

function extendsLine(config: CommitlintConfig): number {
  return config.extends[0]?.line ?? 1;
}

/** The line of a top-level key: the first code reference under it, or 1. */
function lineOfKey(config: CommitlintConfig, key: string): number {
  return config.codeReferences.find((r) => r.key === key)?.line ?? 1;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
