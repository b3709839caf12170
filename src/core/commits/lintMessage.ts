/**
 * Lints one commit message against a rule set: commitlint's rules through `@commitlint/lint` itself (same
 * parser options, same default ignores: merges, reverts, `fixup!`..., so its verdict is commitlint's), Onramp's
 * own rules beside them, each problem quoting its rule and where the rule was set, with its place in the message.
 */
import type { QualifiedRules } from '@commitlint/types';
import { Cleanup, cleanCommitMessage } from './cleanMessage';
import { PATTERN_KEYS } from './commitlintRules';
import { partOfRule, rangeOf } from './messageParts';
import { DEFAULT_PATTERN_TIMEOUT_MS, PatternToCheck, checkPatterns } from './patternGuard';
import type { CommitProblem, CommitRuleSet, ResolvedRule } from './types';

export interface LintMessageOptions {
  /** `strip` (default) for a message being written or `COMMIT_EDITMSG`; `none` for messages already committed. */
  readonly cleanup?: Cleanup;
  /** git's `core.commentChar` (default `#`). */
  readonly commentChar?: string;
  /** How long a repository's parser pattern may take on one message. */
  readonly patternTimeoutMs?: number;
}

/** `area: summary`, `area/sub: summary`, `a, b: summary`. Linear. */
const AREA_HEADER = /^[\w.*{}/+-]+(?:, ?[\w.*{}/+-]+)*: \S/;

type LintFn = (message: string, rules: QualifiedRules, opts: Record<string, unknown>) => Promise<{ errors: LintOutcome[]; warnings: LintOutcome[] }>;
interface LintOutcome {
  readonly name: string;
  readonly message: string;
}
type IgnoredFn = (message: string, opts: { defaults?: boolean; ignores?: readonly ((m: string) => boolean)[] }) => boolean;

let engine: Promise<{ lint: LintFn; isIgnored: IgnoredFn }> | undefined;
/** commitlint's packages, loaded the first time a message is linted. */
function loadEngine(): Promise<{ lint: LintFn; isIgnored: IgnoredFn }> {
  engine ??= Promise.all([import('@commitlint/lint'), import('@commitlint/is-ignored')]).then(([l, i]) => ({
    lint: l.default as unknown as LintFn,
    isIgnored: i.default as unknown as IgnoredFn,
  }));
  return engine;
}

export async function lintMessage(message: string, ruleSet: CommitRuleSet, options: LintMessageOptions = {}): Promise<CommitProblem[]> {
  const cleaned = cleanCommitMessage(message, options.cleanup ?? 'strip', options.commentChar);
  if (cleaned.text === '') return []; // git refuses an empty message itself
  const { lint, isIgnored } = await loadEngine();
  if (isIgnored(cleaned.text, { defaults: ruleSet.defaultIgnores, ignores: [...ruleSet.ignores] })) return [];

  const problems: CommitProblem[] = [];
  const byName = new Map(ruleSet.rules.map((r) => [r.name, r]));
  const commitlintRules: Record<string, ResolvedRule['config']> = {};
  for (const r of ruleSet.rules) if (!r.name.startsWith('onramp/')) commitlintRules[r.name] = r.config;

  if (Object.keys(commitlintRules).length > 0) {
    const opts = ruleSet.parserOpts;
    if (opts && opts.from !== 'bundled') {
      const verdict = await checkPatterns(patternsOf(opts.opts), [cleaned.text, ...cleaned.text.split('\n')], options.patternTimeoutMs ?? DEFAULT_PATTERN_TIMEOUT_MS);
      if (!verdict.ok) {
        const where = `${opts.from.file}:${opts.from.line}`;
        const why = verdict.reason === 'timeout' ? `takes too long on this message (it backtracks)` : `is not a valid regular expression (${verdict.detail ?? ''})`;
        problems.push({
          rule: `parserOpts.${verdict.key}`,
          severity: 'error',
          message: `The commitlint pattern ${verdict.key} /${verdict.pattern}/ in ${where} ${why}; commitlint's rules were not checked.`,
          part: 'message',
          range: null,
          origin: 'commitlint',
          source: opts.from,
        });
        return problems.concat(ownProblems(cleaned, ruleSet));
      }
    }
    const result = await lint(cleaned.text, commitlintRules as QualifiedRules, {
      parserOpts: opts?.opts ?? {},
      plugins: ruleSet.plugins,
      ignores: [...ruleSet.ignores],
      defaultIgnores: ruleSet.defaultIgnores,
    });
    for (const [list, severity] of [[result.errors, 'error'], [result.warnings, 'warning']] as const) {
      for (const outcome of list) {
        const rule = byName.get(outcome.name);
        problems.push({
          rule: outcome.name,
          severity,
          message: `${outcome.message} (${outcome.name}, ${describeSource(rule)})`,
          part: partOfRule(outcome.name),
          range: rangeOf(outcome.name, rule?.config[2], cleaned),
          origin: rule?.origin ?? 'commitlint',
          source: rule?.source ?? null,
        });
      }
    }
  }
  return problems.concat(ownProblems(cleaned, ruleSet));
}

/** Onramp's own rules. */
function ownProblems(cleaned: ReturnType<typeof cleanCommitMessage>, ruleSet: CommitRuleSet): CommitProblem[] {
  const out: CommitProblem[] = [];
  const header = cleaned.text.split('\n', 1)[0];
  for (const rule of ruleSet.rules) {
    const [level, when] = rule.config;
    if (level === 0 || rule.name !== 'onramp/area-prefix') continue;
    const has = AREA_HEADER.test(header);
    if (has === (when !== 'never')) continue;
    out.push({
      rule: rule.name,
      severity: level === 2 ? 'error' : 'warning',
      message: `${when === 'never' ? 'the first line must not start with an area' : 'the first line should start with the area it changes, as in "area: summary"'} (${rule.name}, ${describeSource(rule)})`,
      part: 'header',
      range: rangeOf(rule.name, undefined, cleaned),
      origin: rule.origin,
      source: rule.source,
    });
  }
  return out;
}

/** "file:line", "from history: …", "Onramp's default" or "Onramp setting". */
export function describeSource(rule: ResolvedRule | undefined): string {
  if (!rule) return 'commitlint';
  if (rule.origin === 'history') return `from history: ${rule.evidence ?? 'git log'}`;
  if (rule.origin === 'default') return "Onramp's default hint";
  if (rule.origin === 'setting') return 'Onramp setting';
  return rule.source ? `${rule.source.file}:${rule.source.line}` : rule.origin;
}

function patternsOf(opts: Readonly<Record<string, unknown>>): PatternToCheck[] {
  const out: PatternToCheck[] = [];
  for (const key of PATTERN_KEYS) {
    const v = opts[key];
    if (v instanceof RegExp) out.push({ key, source: v.source, flags: v.flags });
    else if (typeof v === 'string') out.push({ key, source: v, flags: '' });
  }
  return out;
}
