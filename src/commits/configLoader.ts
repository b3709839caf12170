import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { LoadedCommitlintConfig } from '../core/commits/commitlintRules';
import type { RuleSetNote, RuleTuple } from '../core/commits/types';
import { LoaderOutput, revive } from './loaderProtocol';

/** A repository's config that takes longer than this to load is given up on (it may wait on the network). */
const LOAD_TIMEOUT_MS = 20_000;

export type ConfigLoad = { readonly config: LoadedCommitlintConfig; readonly notes: readonly RuleSetNote[] } | { readonly error: string };

/**
 * Evaluates a trusted repository's commitlint config with commitlint's own loader, in a child process
 * (`dist/commitlintLoader.mjs`), so the repository's JavaScript never runs in the extension host and a config
 * that hangs cannot hang it. The child is Node: the extension host's own executable run as Node
 * (`ELECTRON_RUN_AS_NODE`, which plain Node ignores), so no Node needs to be installed.
 * Only call this in a trusted workspace.
 */
export function loadCommitlintConfig(scriptDir: string, dir: string, file: string, knownRules: ReadonlySet<string>): Promise<ConfigLoad> {
  const script = path.join(scriptDir, 'commitlintLoader.mjs');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, dir, file],
      { cwd: dir, timeout: LOAD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, windowsHide: true },
      (error, stdout, stderr) => {
        let output: LoaderOutput;
        try {
          output = JSON.parse(stdout) as LoaderOutput;
        } catch {
          const why = error?.killed ? `it took longer than ${LOAD_TIMEOUT_MS / 1000} s` : (stderr.trim().split('\n').pop() ?? error?.message ?? 'no output');
          resolve({ error: `${file} could not be loaded: ${why}` });
          return;
        }
        resolve('error' in output ? { error: `${file} could not be loaded: ${output.error}` } : toLoaded(output, file, knownRules));
      },
    );
  });
}

/** The loader's data as commitlint's loaded config, minus what cannot run here, each omission said. */
export function toLoaded(output: Exclude<LoaderOutput, { error: string }>, file: string, knownRules: ReadonlySet<string>): ConfigLoad {
  const notes: RuleSetNote[] = [];
  const rules: Record<string, RuleTuple> = {};
  for (const [name, value] of Object.entries(output.rules)) {
    if (!Array.isArray(value)) continue;
    if (!knownRules.has(name)) {
      notes.push({ file, line: 1, severity: 'info', message: `The rule ${name} comes from a plugin; plugins run only in commitlint itself, so Onramp does not check it.` });
      continue;
    }
    rules[name] = revive(value) as unknown as RuleTuple;
  }
  if (output.ignores > 0) notes.push({ file, line: 1, severity: 'info', message: `${file} has ${output.ignores} \`ignores\` function(s); they are not applied in the editor, so a message commitlint ignores may still be checked here.` });
  if (output.plugins.length > 0) notes.push({ file, line: 1, severity: 'info', message: `${file} uses plugins (${output.plugins.join(', ')}); their rules are not checked in the editor.` });
  const parserOpts = output.parserOpts === null ? null : revive(output.parserOpts);
  return { config: { rules, parserPreset: parserOpts ? { parserOpts } : null, defaultIgnores: output.defaultIgnores }, notes };
}
