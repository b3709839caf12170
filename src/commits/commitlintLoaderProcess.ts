/**
 * A child process (`dist/commitlintLoader.mjs`, run with Node by configLoader.ts, trusted workspaces only) that
 * evaluates a repository's commitlint config with commitlint's own loading packages and prints the result as
 * JSON on stdout. The repository's JavaScript runs here, never in the extension host. commitlint's well-known
 * shared configs and their parser preset come from Onramp's bundle, never from the workspace's node_modules.
 *
 * usage: commitlintLoader.mjs <repository folder> <config file, relative to it>
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '@commitlint/load/lib/utils/load-config.js';
import { loadParserOpts } from '@commitlint/load/lib/utils/load-parser-opts.js';
import resolveExtends, { loadParserPreset, resolveFrom } from '@commitlint/resolve-extends';
import executeRule from '@commitlint/execute-rule';
import conventional from '@commitlint/config-conventional';
import angular from '@commitlint/config-angular';
import createPreset from 'conventional-changelog-conventionalcommits';
import type { LoaderOutput, SerializedValue } from './loaderProtocol';

const BUNDLED = 'onramp-bundled:';
const PARSER_PRESET = 'conventional-changelog-conventionalcommits';
const WELL_KNOWN = /^(?:@commitlint\/(?:config-)?|commitlint-config-)?(conventional|angular)$/;

type Config = Record<string, unknown>;

/** A bundled shared config as commitlint's loader would give it, its parser preset already resolved. */
function bundledConfig(id: string): Config {
  const which = WELL_KNOWN.exec(id)?.[1];
  const config = { ...((which === 'angular' ? angular : conventional) as unknown as Config) };
  if (config.parserPreset === PARSER_PRESET) config.parserPreset = bundledParserPreset();
  return config;
}

function bundledParserPreset(): Config {
  return { name: PARSER_PRESET, parserOpts: createPreset().parser };
}

async function importConfig(id: string): Promise<Config> {
  if (id.startsWith(BUNDLED)) return bundledConfig(id.slice(BUNDLED.length));
  if (id.endsWith('.json')) return createRequire(id)(id) as Config;
  const imported = (await import(path.isAbsolute(id) ? pathToFileURL(id).toString() : id)) as Config;
  return (('default' in imported && imported.default) || imported) as Config;
}

function resolveId(id: string, context: { cwd?: string }): string {
  if (WELL_KNOWN.test(id)) return `${BUNDLED}${id}`;
  return resolveFrom(id, context.cwd);
}

/** The parts of commitlint's `load()` Onramp needs, with its own resolution of well-known configs. */
async function load(dir: string, file: string): Promise<LoaderOutput> {
  const loaded = await loadConfig(dir, file);
  if (!loaded) return { error: `commitlint found no config at ${file}.` };
  const raw = (typeof loaded.config === 'function' ? await (loaded.config as () => unknown)() : await loaded.config) as Config;
  const config: Config = { extends: [], plugins: [], rules: {}, ...raw };
  if (typeof config.parserPreset === 'string') {
    config.parserPreset =
      config.parserPreset === PARSER_PRESET ? bundledParserPreset() : { name: config.parserPreset, ...(await loadParserPreset(resolveFrom(config.parserPreset, loaded.filepath))) };
  }
  const extended = (await resolveExtends(config as never, {
    prefix: 'commitlint-config',
    cwd: path.dirname(loaded.filepath),
    parserPreset: config.parserPreset as never,
    resolve: resolveId as never,
    dynamicImport: importConfig as never,
  } as never)) as Config;
  const rules: Record<string, SerializedValue> = {};
  for (const entry of Object.entries((extended.rules ?? {}) as Config)) {
    const [name, value] = (await executeRule(entry as never)) as [string, unknown];
    if (value !== undefined) rules[name] = serialize(value);
  }
  const parser = (await loadParserOpts(extended.parserPreset as never)) as { parserOpts?: unknown } | undefined;
  const ignores = Array.isArray(extended.ignores) ? extended.ignores.length : 0;
  const plugins = Array.isArray(extended.plugins) ? extended.plugins.map((p) => (typeof p === 'string' ? p : 'a plugin object')) : [];
  return {
    rules,
    parserOpts: parser?.parserOpts === undefined ? null : serialize(parser.parserOpts),
    defaultIgnores: extended.defaultIgnores !== false,
    ignores,
    plugins,
  };
}

/** JSON, with regular expressions kept (parser patterns are RegExps). Functions cannot cross: they are dropped. */
function serialize(value: unknown, depth = 0): SerializedValue {
  if (depth > 20) return null;
  if (value instanceof RegExp) return { $regexp: value.source, flags: value.flags };
  if (Array.isArray(value)) return value.map((v) => serialize(v, depth + 1));
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as SerializedValue;
  if (typeof value === 'object') {
    const out: Record<string, SerializedValue> = {};
    for (const [k, v] of Object.entries(value as Config)) if (typeof v !== 'function' && v !== undefined) out[k] = serialize(v, depth + 1);
    return out;
  }
  return null;
}

const [dir, file] = process.argv.slice(2);
load(dir, file)
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) } satisfies LoaderOutput)));
