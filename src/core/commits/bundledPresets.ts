/**
 * commitlint's well-known shared configs, from Onramp's own bundle (never from the workspace's node_modules),
 * loaded the first time a rule set needs one. Their parser presets are resolved the way commitlint's loader
 * does, so linting with them gives commitlint's verdicts.
 */
import { presetNamed } from '../commitlint/presets';
import type { RuleTuple } from './types';

export interface BundledPreset {
  /** The full package name, e.g. `@commitlint/config-conventional`. */
  readonly name: string;
  readonly rules: Readonly<Record<string, RuleTuple>>;
  /** The parser options its `parserPreset` gives, or null when it has none. */
  readonly parserOpts: Readonly<Record<string, unknown>> | null;
  readonly parserPresetName: string | null;
  /** Type descriptions from the preset's prompt, for the "pick a type" quick fix. */
  readonly typeDescriptions: Readonly<Record<string, string>>;
}

/** Parser presets Onramp carries, by package name. */
const BUNDLED_PARSER_PRESETS = ['conventional-changelog-conventionalcommits'] as const;

const cache = new Map<string, Promise<BundledPreset>>();

/** The bundled shared config an `extends` entry names (any spelling commitlint accepts), or undefined. */
export function loadBundledPreset(name: string): Promise<BundledPreset> | undefined {
  const found = presetNamed(name);
  if (!found) return undefined;
  let pending = cache.get(found.name);
  if (!pending) {
    pending = found.name === '@commitlint/config-conventional' ? loadConventional() : loadAngular();
    cache.set(found.name, pending);
  }
  return pending;
}

/** Whether Onramp carries this parser preset package. */
export function isBundledParserPreset(name: string): boolean {
  return (BUNDLED_PARSER_PRESETS as readonly string[]).includes(name);
}

/** A bundled parser preset's options, as commitlint's loader produces them (the factory called without options). */
export async function bundledParserOpts(name: string): Promise<Record<string, unknown> | undefined> {
  if (name !== 'conventional-changelog-conventionalcommits') return undefined;
  const { default: createPreset } = await import('conventional-changelog-conventionalcommits');
  return createPreset().parser;
}

async function loadConventional(): Promise<BundledPreset> {
  const { default: config } = await import('@commitlint/config-conventional');
  const parserPresetName = typeof config.parserPreset === 'string' ? config.parserPreset : null;
  return {
    name: '@commitlint/config-conventional',
    rules: config.rules as unknown as Record<string, RuleTuple>,
    parserOpts: parserPresetName ? ((await bundledParserOpts(parserPresetName)) ?? null) : null,
    parserPresetName,
    typeDescriptions: promptTypes(config.prompt),
  };
}

async function loadAngular(): Promise<BundledPreset> {
  const { default: config } = await import('@commitlint/config-angular');
  const preset = config.parserPreset as { parserOpts?: Record<string, unknown> } | undefined;
  return {
    name: '@commitlint/config-angular',
    rules: config.rules as unknown as Record<string, RuleTuple>,
    parserOpts: preset?.parserOpts ?? null,
    parserPresetName: null,
    typeDescriptions: {},
  };
}

function promptTypes(prompt: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const types = (prompt as { questions?: { type?: { enum?: Record<string, { description?: string }> } } } | undefined)?.questions?.type?.enum;
  if (types) for (const [name, spec] of Object.entries(types)) if (typeof spec.description === 'string') out[name] = spec.description;
  return out;
}
