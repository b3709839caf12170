import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

/** The CLI is built for Node 20. */
export const MIN_NODE_MAJOR = 20;

export interface FoundNode {
  readonly path: string;
  readonly version: string;
}

/**
 * A real Node for the commit-msg hook, by absolute path: GUI git clients start hooks without the shell's PATH,
 * so the hook cannot say just `node`. The extension host's own executable is used only when it is Node itself
 * (code-server, VS Code Server), and only as a last resort; desktop VS Code's is Electron, which runs as Node only with
 * ELECTRON_RUN_AS_NODE set and moves with every VS Code update, so Onramp looks for an installed Node:
 * on PATH (absolute entries outside `exclude`, so nothing in the repository), then the usual install places
 * (Homebrew, /usr/local, /usr, Volta, nvm's newest, fnm's default, Windows' Program Files), then the extension
 * host's own Node when it is one. Each candidate is asked its version; the first at least MIN_NODE_MAJOR wins.
 */
export async function findNode(exclude: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<FoundNode | undefined> {
  for (const candidate of nodeCandidates(exclude, env)) {
    if (!isExecutable(candidate)) continue;
    const version = await nodeVersion(candidate);
    if (version && Number(version.split('.')[0]) >= MIN_NODE_MAJOR) return { path: candidate, version };
  }
  return undefined;
}

export function nodeCandidates(exclude: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const exe = process.platform === 'win32' ? 'node.exe' : 'node';
  const out: string[] = [];
  const inside = (p: string) => exclude.some((root) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (dir && path.isAbsolute(dir) && !inside(dir)) out.push(path.join(dir, exe));
  }
  const home = homedir();
  if (process.platform === 'win32') {
    for (const base of [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA && path.join(env.LOCALAPPDATA, 'Programs')]) if (base) out.push(path.join(base, 'nodejs', exe));
  } else {
    out.push('/opt/homebrew/bin/node', '/usr/local/bin/node', '/usr/bin/node', path.join(home, '.volta', 'bin', 'node'));
    out.push(...newestNvm(path.join(env.NVM_DIR ?? path.join(home, '.nvm'), 'versions', 'node')));
    out.push(path.join(home, '.local', 'share', 'fnm', 'aliases', 'default', 'bin', 'node'));
  }
  // Last: the extension host's executable when it is Node; it moves when VS Code Server updates.
  if (/^node(\.exe)?$/i.test(path.basename(process.execPath))) out.push(process.execPath);
  return [...new Set(out)];
}

function newestNvm(dir: string): string[] {
  try {
    const versions = readdirSync(dir).filter((v) => /^v\d+\.\d+\.\d+$/.test(v));
    const key = (v: string) => v.slice(1).split('.').map(Number);
    versions.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    });
    return versions.map((v) => path.join(dir, v, 'bin', 'node'));
  } catch {
    return [];
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function nodeVersion(file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // ELECTRON_RUN_AS_NODE cleared: an Electron binary named node must not pass as Node.
    const env = { ...process.env, ELECTRON_RUN_AS_NODE: '' };
    execFile(file, ['-p', 'process.versions.node + (process.versions.electron ? "-electron" : "")'], { timeout: 5_000, env, windowsHide: true }, (error, stdout) => {
      const v = stdout.trim();
      resolve(!error && /^\d+\.\d+\.\d+$/.test(v) ? v : undefined);
    });
  });
}
