import { RefusedReason, RepoEntry, RepoFiles } from '../repo/repoFiles';
import { COMMITLINT_FILES } from '../commitlint/locateConfig';

/**
 * Where GitHub looks for pull request templates: a single file, or a folder of several, in these folders; Gitea and
 * Forgejo look the same way in their own folders.
 */
export const TEMPLATE_FOLDERS = ['.github', 'docs', '', '.gitea', '.forgejo'] as const;
const GITHUB_TEMPLATE_FOLDERS = new Set<string>(['.github', 'docs', '']);
/**
 * GitLab's merge request templates (`.gitlab/merge_request_templates/*.md`, `Default.md` filled in by itself): a
 * project on GitLab, or mirrored from it, keeps its submission checklist there. Read only when there is no
 * pull request template, since a project that has both submits on the forge whose template it keeps up.
 */
export const GITLAB_TEMPLATE_FOLDER = '.gitlab';
export const GITLAB_TEMPLATE_DIR = /^merge_request_templates$/i;
export const TEMPLATE_FILE = /^pull_request_template(\.(md|markdown|txt))?$/i;
export const TEMPLATE_DIR = /^pull_request_template$/i;
export const TEMPLATE_IN_DIR = /\.(md|markdown)$/i;

/** The maintainer file; its schema comes later, here it is only found. */
export const ONRAMP_CONFIGS = ['.github/onramp.yml', '.github/onramp.yaml', '.onramp.yml', '.onramp.yaml'];

/**
 * Repo-relative paths of the project's pull request templates, single-file ones first, in a stable order.
 * `onRefused` hears of template files that exist but will not be read (a symlink out of the repository, a pipe).
 */
export async function findPrTemplates(files: RepoFiles, onRefused?: (path: string, reason: RefusedReason) => void): Promise<string[]> {
  const found: string[] = [];
  const consider = (path: string, e: RepoEntry, name: RegExp): void => {
    if (!name.test(e.name)) return;
    if (e.kind === 'file') found.push(path);
    else if (e.kind === 'refused') onRefused?.(path, e.reason);
  };
  // GitHub's places first; Gitea's and Forgejo's only when GitHub's hold none (a project mirrored on Codeberg often
  // keeps the same template in both, and one copy is the template).
  for (const folder of TEMPLATE_FOLDERS) {
    if (found.length > 0 && !GITHUB_TEMPLATE_FOLDERS.has(folder)) break;
    const entries = await files.list(folder);
    const prefix = folder ? `${folder}/` : '';
    for (const e of sorted(entries)) consider(prefix + e.name, e, TEMPLATE_FILE);
    for (const dir of sorted(entries)) {
      if (dir.kind !== 'directory' || !TEMPLATE_DIR.test(dir.name)) continue;
      for (const e of sorted(await files.list(prefix + dir.name))) consider(`${prefix}${dir.name}/${e.name}`, e, TEMPLATE_IN_DIR);
    }
  }
  if (found.length > 0) return found;
  for (const dir of sorted(await files.list(GITLAB_TEMPLATE_FOLDER))) {
    if (dir.kind !== 'directory' || !GITLAB_TEMPLATE_DIR.test(dir.name)) continue;
    const folder = `${GITLAB_TEMPLATE_FOLDER}/${dir.name}`;
    // GitLab's default template first, as GitHub's single file is.
    const entries = sorted(await files.list(folder)).sort((a, b) => Number(/^default\./i.test(b.name)) - Number(/^default\./i.test(a.name)));
    for (const e of entries) consider(`${folder}/${e.name}`, e, TEMPLATE_IN_DIR);
  }
  return found;
}

/** The Onramp maintainer file, when present. */
export async function findOnrampConfig(files: RepoFiles): Promise<string | null> {
  for (const path of ONRAMP_CONFIGS) if (await exists(files, path)) return path;
  return null;
}

/** Every commitlint config file present, in commitlint's own search order (package.json is checked by the caller). */
export async function findCommitlintFiles(files: RepoFiles): Promise<string[]> {
  const byFolder = new Map<string, Set<string>>();
  const found: string[] = [];
  for (const path of COMMITLINT_FILES) {
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    if (!byFolder.has(folder)) byFolder.set(folder, new Set((await files.list(folder)).filter((e) => e.kind === 'file').map((e) => e.name)));
    if (byFolder.get(folder)?.has(path.slice(slash + 1))) found.push(path);
  }
  return found;
}

/** The commitlint config file commitlint itself would use, after package.json. */
export async function findCommitlintFile(files: RepoFiles): Promise<string | null> {
  return (await findCommitlintFiles(files))[0] ?? null;
}

async function exists(files: RepoFiles, path: string): Promise<boolean> {
  const slash = path.lastIndexOf('/');
  const entries = await files.list(slash < 0 ? '' : path.slice(0, slash));
  return entries.some((e) => e.kind === 'file' && e.name === path.slice(slash + 1));
}

const sorted = <T extends { name: string }>(entries: readonly T[]): T[] => [...entries].sort((a, b) => a.name.localeCompare(b.name));
