/**
 * The commit rules of a repository, resolved in the issue's order: the maintainer file, then the commitlint
 * config, then what the guide states, then the history, then a preset the user turned on, then gentle hints.
 * The first source that sets a rule keeps it; the first source that decides the convention decides it for all.
 * A config rule is an error, a rule from prose or history a warning, unless the maintainer file says otherwise.
 */
import type { Fact, GuideFacts, SourceRef } from '../guide/facts';
import type { ConfigFact, MaintainerConfig } from '../maintainer/types';
import { bundledParserOpts, loadBundledPreset } from './bundledPresets';
import { CommitlintPart, LoadedCommitlintConfig, commitlintPart } from './commitlintRules';
import { HISTORY_SOURCE, HistoryInference } from './historyInference';
import type { CommitRuleSet, ParserOptsChoice, ResolvedRule, RuleLevel, RuleOrigin, RuleSetNote, RuleTuple, SkippedReference } from './types';

export interface ResolveInput {
  readonly facts: GuideFacts;
  readonly maintainer?: MaintainerConfig | null;
  readonly history?: HistoryInference | null;
  /** Whether the workspace is trusted; without trust nothing from the repository is loaded. */
  readonly trusted: boolean;
  /** A shared config the user turned on in Onramp's settings, used when nothing else decides the convention. */
  readonly presetSetting?: 'conventional' | 'angular' | null;
  /** The commitlint config as commitlint's loader gave it (the editor, trusted workspaces only). */
  readonly loadedConfig?: LoadedCommitlintConfig | null;
}

/** Gentle hints when nothing speaks: a first line git tools show whole, and a blank second line. */
const HINT_RULES: readonly (readonly [string, RuleTuple])[] = [
  ['header-max-length', [1, 'always', 72]],
  ['body-leading-blank', [1, 'always']],
];

type Convention = 'conventional' | 'area-prefix' | 'other';

class Builder {
  readonly rules = new Map<string, ResolvedRule>();
  convention: Convention | null = null;
  add(name: string, config: RuleTuple, origin: RuleOrigin, source: SourceRef | null, evidence?: string): void {
    if (this.rules.has(name)) return;
    this.rules.set(name, evidence ? { name, config, origin, source, evidence } : { name, config, origin, source });
  }
  /** The first source to name a convention decides it; later ones add no convention rules. */
  decide(convention: Convention, origin: RuleOrigin, source: SourceRef | null, level: RuleLevel, evidence?: string): void {
    if (this.convention !== null) return;
    this.convention = convention;
    if (convention === 'conventional') {
      this.add('type-empty', [level, 'never'], origin, source, evidence);
      this.add('subject-empty', [level, 'never'], origin, source, evidence);
    } else if (convention === 'area-prefix') {
      this.add('onramp/area-prefix', [level, 'always'], origin, source, evidence);
    }
  }
}

export async function resolveCommitRules(input: ResolveInput): Promise<CommitRuleSet> {
  const { facts, maintainer } = input;
  const b = new Builder();
  const commits = maintainer?.commits;
  const severity = commits?.severity?.value;
  const configLevel: RuleLevel = severity === 'warning' ? 1 : 2;
  const proseLevel: RuleLevel = severity === 'error' ? 2 : 1;
  let parserOpts: ParserOptsChoice | null = null;
  const skipped: SkippedReference[] = [];
  const notes: RuleSetNote[] = [];
  let typeDescriptions: Record<string, string> = {};

  // 1. The maintainer file.
  if (commits) {
    const at = (f: ConfigFact<unknown>): SourceRef => ({ file: f.source.file, line: f.source.line });
    if (commits.convention) b.decide(commits.convention.value === 'none' ? 'other' : commits.convention.value, 'config', at(commits.convention), configLevel);
    if (commits.types) b.add('type-enum', [configLevel, 'always', [...commits.types.value]], 'config', at(commits.types));
    if (commits.scopes) b.add('scope-enum', [configLevel, 'always', [...commits.scopes.value]], 'config', at(commits.scopes));
    if (commits.subjectMaxLength) b.add('header-max-length', [configLevel, 'always', commits.subjectMaxLength.value], 'config', at(commits.subjectMaxLength));
    if (commits.signOff) b.add('signed-off-by', [configLevel, commits.signOff.value === 'required' ? 'always' : 'never', 'Signed-off-by:'], 'config', at(commits.signOff));
    if (commits.issueReference?.value === 'required') b.add('references-empty', [configLevel, 'never'], 'config', at(commits.issueReference));
  }

  // 2. The commitlint config.
  let fromCommitlint = false;
  let part: CommitlintPart | null = null;
  if (facts.commitlint) {
    part = await commitlintPart(facts.commitlint, input.trusted, input.loadedConfig);
    fromCommitlint = true;
    for (const r of part.rules) b.add(r.name, r.config, r.origin, r.source);
    // A config with type rules is a Conventional Commits config; lower sources then add no convention rules.
    if (part.rules.some((r) => r.name.startsWith('type-') && r.config[0] > 0)) b.convention ??= 'conventional';
    parserOpts = part.parserOpts;
    skipped.push(...part.skipped);
    notes.push(...part.notes);
    typeDescriptions = { ...part.typeDescriptions };
  }

  // 3. The guide (facts a commitlint config gave are already in its rules), 4. the history.
  const written = <T>(f: Fact<T> | null): Fact<T> | null => (f && !(fromCommitlint && f.origin === 'commitlint') && f.origin !== 'history' ? f : null);
  const level = (f: Fact<unknown>): RuleLevel => (f.origin === 'config' ? configLevel : proseLevel);
  const origin = (f: Fact<unknown>): RuleOrigin => (f.origin === 'commitlint' ? 'commitlint' : f.origin);
  const convention = written(facts.commit.convention);
  if (convention) {
    const v = convention.value;
    b.decide(v === 'conventional' ? 'conventional' : v === 'area-prefix' ? 'area-prefix' : 'other', origin(convention), convention.source, level(convention));
  }
  const types = written(facts.commit.types);
  if (types && b.convention === 'conventional' && types.value.length > 0) b.add('type-enum', [level(types), 'always', [...types.value]], origin(types), types.source);
  const length = written(facts.commit.subjectMaxLength);
  if (length) b.add('header-max-length', [level(length), 'always', length.value], origin(length), length.source);
  const signOff = written(facts.commit.signOff);
  if (signOff) b.add('signed-off-by', [level(signOff), signOff.value === 'required' ? 'always' : 'never', 'Signed-off-by:'], origin(signOff), signOff.source);

  const history = input.history;
  if (history) {
    if (history.convention) b.decide(history.convention.value, 'history', HISTORY_SOURCE, proseLevel, history.convention.evidence);
    if (history.subjectMaxLength) b.add('header-max-length', [proseLevel, 'always', history.subjectMaxLength.value], 'history', HISTORY_SOURCE, history.subjectMaxLength.evidence);
    if (history.signOff) b.add('signed-off-by', [proseLevel, 'always', 'Signed-off-by:'], 'history', HISTORY_SOURCE, history.signOff.evidence);
  }

  // 5. A preset turned on in the settings, or else gentle hints.
  if (b.convention === null && input.presetSetting) {
    const preset = await loadBundledPreset(`@commitlint/config-${input.presetSetting}`);
    if (preset) {
      for (const [name, tuple] of Object.entries(preset.rules)) b.add(name, tuple, 'setting', null);
      b.convention = 'conventional';
      if (preset.parserOpts) parserOpts = { opts: preset.parserOpts, from: 'bundled', name: preset.parserPresetName ?? preset.name };
      typeDescriptions = { ...preset.typeDescriptions };
    }
  }
  if (b.rules.size === 0) for (const [name, tuple] of HINT_RULES) b.add(name, tuple, 'default', null);

  if (b.convention === 'conventional' && parserOpts === null) {
    const opts = await bundledParserOpts('conventional-changelog-conventionalcommits');
    if (opts) parserOpts = { opts, from: 'bundled', name: 'conventional-changelog-conventionalcommits' };
  }
  if (b.convention === 'conventional' && Object.keys(typeDescriptions).length === 0) {
    typeDescriptions = { ...((await loadBundledPreset('@commitlint/config-conventional'))?.typeDescriptions ?? {}) };
  }
  return {
    rules: [...b.rules.values()],
    parserOpts,
    defaultIgnores: part ? part.defaultIgnores : true,
    ignores: part?.ignores ?? [],
    plugins: part?.plugins ?? {},
    skipped,
    notes,
    fromCommitlint,
    typeDescriptions,
  };
}

/** The allowed types of a rule set (its active `type-enum`), or null when any type goes. */
export function allowedTypes(ruleSet: CommitRuleSet): readonly string[] | null {
  const rule = ruleSet.rules.find((r) => r.name === 'type-enum');
  if (!rule || rule.config[0] === 0 || rule.config[1] === 'never' || !Array.isArray(rule.config[2])) return null;
  return rule.config[2].filter((t): t is string => typeof t === 'string');
}
