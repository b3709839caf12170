/**
 * A project's pull request templates by their real names: a template in `.github/PULL_REQUEST_TEMPLATE/` is
 * offered under its front matter `name:` (as GitHub's own chooser does for issue forms) or else its file name;
 * the single `pull_request_template.md` is the default.
 */
import { parse as parseYaml } from 'yaml';

export interface TemplateChoice {
  readonly path: string;
  readonly name: string;
  /** The one template GitHub fills in by itself (not in a folder of templates). */
  readonly isDefault: boolean;
}

const IN_FOLDER = /(?:^|\/)PULL_REQUEST_TEMPLATE\/[^/]+$/i;
/** GitLab fills in its folder's Default.md by itself. */
const GITLAB_TEMPLATE = /(?:^|\/)merge_request_templates\/([^/]+)$/i;

/** The front matter block (`---` ... `---`) at the start of a template, and where the body starts. */
export function splitFrontMatter(text: string): { data: Record<string, unknown> | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { data: null, body: text };
  try {
    const data: unknown = parseYaml(m[1]);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { data: null, body: text };
    return { data: data as Record<string, unknown>, body: text.slice(m[0].length) };
  } catch {
    return { data: null, body: text };
  }
}

export function templateName(path: string, text: string | undefined): string {
  if (text !== undefined) {
    const name = splitFrontMatter(text).data?.name;
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  }
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return file;
}

/** The templates to choose from, the default first, each under its name. */
export function templateChoices(paths: readonly string[], read: (path: string) => string | undefined): TemplateChoice[] {
  const choices = paths.map((path) => {
    const gitlab = GITLAB_TEMPLATE.exec(path);
    return { path, name: templateName(path, read(path)), isDefault: gitlab ? /^default\./i.test(gitlab[1]) : !IN_FOLDER.test(path) };
  });
  return [...choices.filter((c) => c.isDefault), ...choices.filter((c) => !c.isDefault)];
}

/** The template to use: the one asked for by name or path, else the default, else the only one; null when the user must choose. */
export function chooseTemplate(choices: readonly TemplateChoice[], wanted?: string | null): TemplateChoice | null {
  if (wanted) {
    const lower = wanted.toLowerCase();
    return choices.find((c) => c.path === wanted || c.name.toLowerCase() === lower) ?? null;
  }
  return choices.find((c) => c.isDefault) ?? (choices.length === 1 ? choices[0] : null);
}
