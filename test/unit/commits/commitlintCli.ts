/**
 * commitlint as its CLI runs it, for parity tests: `@commitlint/load` with the shared config as a seed (the
 * CLI's `-x`), then `@commitlint/lint` with the options the CLI builds (`@commitlint/cli/lib/cli.js`).
 */
import type { QualifiedRules } from '@commitlint/types';

export interface Verdict {
  valid: boolean;
  errors: string[];
  warnings: string[];
}

type Loaded = { rules: QualifiedRules; parserPreset?: { parserOpts?: unknown }; plugins?: unknown; ignores?: unknown; defaultIgnores?: boolean };

export async function commitlintAsCli(extendsName: string): Promise<(message: string) => Promise<Verdict>> {
  const { default: load } = (await import('@commitlint/load')) as unknown as { default: (seed: object, opts: object) => Promise<Loaded> };
  const { default: lint } = await import('@commitlint/lint');
  const loaded = await load({ extends: [extendsName] }, { cwd: process.cwd() });
  const opts: Record<string, unknown> = { parserOpts: {}, plugins: {}, ignores: [], defaultIgnores: true };
  const parserOpts = loaded.parserPreset && typeof loaded.parserPreset.parserOpts === 'object' ? loaded.parserPreset.parserOpts : undefined;
  if (parserOpts) opts.parserOpts = parserOpts;
  if (loaded.plugins) opts.plugins = loaded.plugins;
  if (loaded.ignores) opts.ignores = loaded.ignores;
  if (loaded.defaultIgnores === false) opts.defaultIgnores = false;
  return async (message) => {
    const r = await lint(message, loaded.rules, opts);
    return { valid: r.valid, errors: r.errors.map((e) => e.name).sort(), warnings: r.warnings.map((w) => w.name).sort() };
  };
}
