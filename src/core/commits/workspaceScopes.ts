/**
 * A monorepo's packages, as commit scopes to pick from: npm/yarn `workspaces`, `pnpm-workspace.yaml`,
 * `lerna.json`, nx `project.json` names, Cargo workspace `members`. Read as data through RepoFiles; globs are
 * expanded one folder level at a time (`packages/*`, `crates/**` one level deep), bounded.
 */
import { parse as parseYaml } from 'yaml';
import type { RepoFiles } from '../repo/repoFiles';

const MAX_BYTES = 256 * 1024;
const MAX_SCOPES = 500;

export interface WorkspaceScope {
  /** The scope to write: the package's name without its npm scope (`@org/ui` → `ui`), or its folder's name. */
  readonly scope: string;
  /** The package's folder. */
  readonly path: string;
  /** Where the package list was read. */
  readonly from: string;
}

export async function workspaceScopes(files: RepoFiles): Promise<WorkspaceScope[]> {
  const patterns: { pattern: string; from: string }[] = [];
  const pkg = await readJson(files, 'package.json');
  const ws = pkg?.workspaces;
  for (const p of Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws.packages) ? ws.packages : []) if (typeof p === 'string') patterns.push({ pattern: p, from: 'package.json' });
  const pnpm = await readText(files, 'pnpm-workspace.yaml');
  if (pnpm !== undefined) {
    try {
      const doc = parseYaml(pnpm, { maxAliasCount: 10 }) as unknown;
      if (isRecord(doc) && Array.isArray(doc.packages)) for (const p of doc.packages) if (typeof p === 'string') patterns.push({ pattern: p, from: 'pnpm-workspace.yaml' });
    } catch {
      // A broken file names no packages; the guide reader reports files it relies on.
    }
  }
  const lerna = await readJson(files, 'lerna.json');
  if (lerna) for (const p of Array.isArray(lerna.packages) ? lerna.packages : ['packages/*']) if (typeof p === 'string') patterns.push({ pattern: p, from: 'lerna.json' });
  if (await readText(files, 'nx.json')) for (const p of ['apps/*', 'libs/*', 'packages/*']) patterns.push({ pattern: p, from: 'nx.json' });
  const cargo = await readText(files, 'Cargo.toml');
  if (cargo) for (const p of cargoMembers(cargo)) patterns.push({ pattern: p, from: 'Cargo.toml' });

  const out = new Map<string, WorkspaceScope>();
  for (const { pattern, from } of patterns) {
    if (pattern.startsWith('!')) continue;
    for (const dir of await expand(files, pattern.replace(/^\.\//, '').replace(/\/$/, ''))) {
      if (out.size >= MAX_SCOPES) break;
      if ((await files.list(dir)).length === 0) continue; // a listed member that is not there
      const name = await packageName(files, dir);
      const scope = (name ?? dir.split('/').pop() ?? dir).replace(/^@[^/]+\//, '');
      if (scope && !out.has(scope)) out.set(scope, { scope, path: dir, from });
    }
  }
  return [...out.values()].sort((a, b) => a.scope.localeCompare(b.scope));
}

/** `[workspace] members = ["a", "crates/*"]`, read from the TOML text (strings only, comments removed). */
export function cargoMembers(toml: string): string[] {
  const section = /^\[workspace\][^\n]*\n([\s\S]*?)(?=^\[|$(?![\s\S]))/m.exec(toml);
  if (!section) return [];
  const m = /^members\s*=\s*\[([^\]]*)\]/m.exec(section[1].replace(/#[^\n]*/g, ''));
  return m ? [...m[1].matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((x) => x[1] ?? x[2]) : [];
}

async function expand(files: RepoFiles, pattern: string): Promise<string[]> {
  const parts = pattern.split('/');
  let dirs = [''];
  for (const part of parts) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (part === '*' || part === '**') {
        for (const e of await files.list(dir)) if (e.kind === 'directory' && !e.name.startsWith('.') && e.name !== 'node_modules') next.push(dir ? `${dir}/${e.name}` : e.name);
      } else if (/[*?[{]/.test(part)) {
        const re = new RegExp(`^${part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
        for (const e of await files.list(dir)) if (e.kind === 'directory' && re.test(e.name)) next.push(dir ? `${dir}/${e.name}` : e.name);
      } else next.push(dir ? `${dir}/${part}` : part);
      if (next.length > MAX_SCOPES) break;
    }
    dirs = next;
  }
  return dirs;
}

async function packageName(files: RepoFiles, dir: string): Promise<string | null> {
  const pkg = await readJson(files, `${dir}/package.json`);
  if (typeof pkg?.name === 'string') return pkg.name;
  const project = await readJson(files, `${dir}/project.json`);
  if (typeof project?.name === 'string') return project.name;
  const cargo = await readText(files, `${dir}/Cargo.toml`);
  const name = cargo && /^\[package\][\s\S]*?^name\s*=\s*"([^"\n]+)"/m.exec(cargo);
  if (name) return name[1];
  return null;
}

async function readText(files: RepoFiles, path: string): Promise<string | undefined> {
  const content = await files.read(path, MAX_BYTES);
  return content ? new TextDecoder().decode(content.bytes) : undefined;
}

async function readJson(files: RepoFiles, path: string): Promise<Record<string, unknown> | undefined> {
  const text = await readText(files, path);
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
