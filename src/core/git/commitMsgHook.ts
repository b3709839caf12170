/**
 * The commit-msg hook that runs Onramp's CLI on each message. GUI git clients start hooks without the shell's
 * PATH, so the hook names Node and the CLI by absolute path, and says plainly (without blocking the commit) when
 * either has gone. An existing hook is never overwritten: it is chained (kept beside ours and run first) only
 * when the caller asks; a husky, lefthook or pre-commit setup owns the hooks, so Onramp explains the line to add.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { runGit } from './runGit';

export type HookManager = 'husky' | 'lefthook' | 'pre-commit';

export interface CommitMsgHookPlan {
  /** Absolute path of the hooks folder git uses (core.hooksPath respected). */
  readonly hooksDir: string;
  readonly hookPath: string;
  /** core.hooksPath, when the repository sets one. */
  readonly hooksPathSetting: string | null;
  /** What is there now. */
  readonly existing: 'none' | 'onramp' | 'other';
  readonly managers: readonly HookManager[];
  /** The command the hook runs. */
  readonly command: string;
  /** The whole hook script Onramp would write. */
  readonly script: string;
  /** What to do instead when a hook manager owns the hooks, for the user to add themselves. */
  readonly instructions: string | null;
}

export const ONRAMP_MARKER = '# onramp commit-msg hook';
export const CHAINED_SUFFIX = '.onramp-chained';

/** Single-quoted for sh. */
const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export async function planCommitMsgHook(dir: string, nodePath: string, cliPath: string): Promise<CommitMsgHookPlan | { error: string }> {
  const hooks = await runGit(dir, ['rev-parse', '--git-path', 'hooks'], { allowHooks: true });
  if (hooks.code !== 0) return { error: `${dir} is not a git repository.` };
  const setting = await runGitConfig(dir, 'core.hooksPath');
  const rel = hooks.stdout.trim();
  const hooksDir = isAbsolute(rel) ? rel : join(dir, rel);
  const hookPath = join(hooksDir, 'commit-msg');
  const existing = !existsSync(hookPath) ? 'none' : readFileSync(hookPath, 'utf8').includes(ONRAMP_MARKER) ? 'onramp' : 'other';
  const managers: HookManager[] = [];
  if (existsSync(join(dir, '.husky')) || (setting ?? '').includes('.husky')) managers.push('husky');
  if (['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml'].some((f) => existsSync(join(dir, f)))) managers.push('lefthook');
  if (existsSync(join(dir, '.pre-commit-config.yaml'))) managers.push('pre-commit');
  const command = `${sh(nodePath)} ${sh(cliPath)} lint-commit --edit`;
  return {
    hooksDir,
    hookPath,
    hooksPathSetting: setting,
    existing,
    managers,
    command,
    script: hookScript(nodePath, cliPath),
    instructions: managers.length > 0 ? managerInstructions(managers, command) : null,
  };
}

export function hookScript(nodePath: string, cliPath: string): string {
  return [
    '#!/bin/sh',
    ONRAMP_MARKER,
    '# Checks the commit message against the project\'s rules. Written by "Onramp: Install commit-msg Hook".',
    `NODE=${sh(nodePath)}`,
    `CLI=${sh(cliPath)}`,
    `CHAINED="$(dirname "$0")/commit-msg${CHAINED_SUFFIX}"`,
    'if [ -x "$CHAINED" ]; then "$CHAINED" "$@" || exit $?; fi',
    'if [ ! -x "$NODE" ] || [ ! -f "$CLI" ]; then',
    '  echo "onramp: $NODE or $CLI is gone (Node or Onramp was moved or updated); the message was not checked. Run \'Onramp: Install commit-msg Hook\' again." >&2',
    '  exit 0',
    'fi',
    'exec "$NODE" "$CLI" lint-commit --edit "$1"',
    '',
  ].join('\n');
}

export type InstallResult =
  | { readonly kind: 'installed'; readonly hookPath: string }
  | { readonly kind: 'chained'; readonly hookPath: string; readonly chainedPath: string }
  | { readonly kind: 'unchanged'; readonly hookPath: string }
  | { readonly kind: 'needs-decision'; readonly reason: string }
  | { readonly kind: 'explain'; readonly instructions: string };

/**
 * Writes the hook. Without `chain`, an existing hook that is not Onramp's is left alone (`needs-decision`); with
 * it, the old hook is kept as `commit-msg.onramp-chained` and runs first. A hook manager's setup is never edited.
 */
export function installCommitMsgHook(plan: CommitMsgHookPlan, options: { chain?: boolean } = {}): InstallResult {
  if (plan.managers.length > 0 && plan.instructions) return { kind: 'explain', instructions: plan.instructions };
  if (plan.existing === 'onramp') {
    if (readFileSync(plan.hookPath, 'utf8') === plan.script) return { kind: 'unchanged', hookPath: plan.hookPath };
    writeHook(plan.hookPath, plan.script);
    return { kind: 'installed', hookPath: plan.hookPath };
  }
  if (plan.existing === 'other') {
    const chainedPath = `${plan.hookPath}${CHAINED_SUFFIX}`;
    if (!options.chain) return { kind: 'needs-decision', reason: `${plan.hookPath} already exists. Onramp can keep it and run it first (chain), or you can add this line to it yourself: ${plan.command} "$1"` };
    if (existsSync(chainedPath)) return { kind: 'needs-decision', reason: `${chainedPath} already exists; Onramp will not overwrite it.` };
    renameSync(plan.hookPath, chainedPath);
    writeHook(plan.hookPath, plan.script);
    return { kind: 'chained', hookPath: plan.hookPath, chainedPath };
  }
  mkdirSync(plan.hooksDir, { recursive: true });
  writeHook(plan.hookPath, plan.script);
  return { kind: 'installed', hookPath: plan.hookPath };
}

function writeHook(path: string, script: string): void {
  writeFileSync(path, script, { mode: 0o755 });
  chmodSync(path, 0o755);
}

function managerInstructions(managers: readonly HookManager[], command: string): string {
  const lines: string[] = [];
  for (const m of managers) {
    if (m === 'husky') lines.push(`husky manages this repository's hooks: add this line to .husky/commit-msg:\n  ${command} "$1"`);
    if (m === 'lefthook') lines.push(`lefthook manages this repository's hooks: add to lefthook.yml:\n  commit-msg:\n    commands:\n      onramp:\n        run: ${command} {1}`);
    if (m === 'pre-commit') lines.push(`pre-commit manages this repository's hooks: add a local hook to .pre-commit-config.yaml:\n  - repo: local\n    hooks:\n      - id: onramp\n        name: onramp lint-commit\n        entry: ${command}\n        language: system\n        stages: [commit-msg]`);
  }
  return lines.join('\n\n');
}

async function runGitConfig(dir: string, key: string): Promise<string | null> {
  const r = await runGit(dir, ['config', '--get', key], { allowHooks: true });
  return r.code === 0 ? r.stdout.trim() || null : null;
}
