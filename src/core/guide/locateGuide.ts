import { RepoFiles } from '../repo/repoFiles';
import { readText } from './readText';
import { BUILD_DOC_NAME, README_DEV_NAME, DEEP_GUIDE_NAME, DEVELOPER_GUIDE_NAME, DOC_EXT, FOLDER_GUIDELINES_PAGE, SITE_GUIDE_DEPTH, HACKING_NAME, PREFIXED_GUIDE_NAME, IN_FOLDER_GUIDE, LOCALIZED_GUIDE_NAME, NameTest, OTHER_GUIDE_NAME, PERL_GUIDE_DEPTH, PERL_GUIDE_NAME, PERL_LIB_FOLDER, SENDING_PAGE, SITE_FOLDER_NAMES, contributingFolders, deepGuides, deeperContributingFolders, docFolders } from './guidePlaces';

/**
 * Where projects keep their contribution guide, in the order GitHub itself looks: a guide in `.github/` is the one
 * GitHub links from new issues and pull requests even when the root holds another (an older copy, or a stub).
 * A singular `doc/` folder comes last: GitHub does not look there, but projects whose docs live in `doc/` keep the
 * guide beside them.
 */
export const GUIDE_FOLDERS = ['.github', '', 'docs', 'doc'] as const;

/** CONTRIBUTING, or the rarer CONTRIBUTE, with a doc extension or none. */
export const GUIDE_NAME = new RegExp(`^contribut(?:ing|e)(?:\\.${DOC_EXT})?$`, 'i');
/** The name GitHub itself takes, looked for in every folder before the rarer name is. */
const GITHUB_GUIDE_NAME = new RegExp(`^contributing(?:\\.${DOC_EXT})?$`, 'i');
/** Then the other names a project gives its guide, its English copy before other translations (see guidePlaces). */
const NAME_ORDER = [GITHUB_GUIDE_NAME, GUIDE_NAME, OTHER_GUIDE_NAME, LOCALIZED_GUIDE_NAME] as const;
export const README_NAME = new RegExp(`^readme(?:\\.${DOC_EXT})?$`, 'i');

/** Markdown is preferred when a folder holds the guide in several formats: a preference, not DOC_EXTENSIONS' order. */
const EXTENSION_RANK = ['.md', '.markdown', '.mdx', '.rst', '.adoc', '.asciidoc', '.org', '.rdoc', '.pod', '.txt', ''];

export type GuideFormat = 'markdown' | 'rst' | 'asciidoc' | 'org' | 'rdoc' | 'pod' | 'text';

export function formatOf(path: string): GuideFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (lower.endsWith('.rst')) return 'rst';
  if (/\.(adoc|asciidoc)$/.test(lower)) return 'asciidoc';
  if (lower.endsWith('.org')) return 'org';
  if (lower.endsWith('.rdoc')) return 'rdoc';
  // (A Perl module's documentation is POD between its code: `Contributing.pm` reads as its manual page.)
  if (lower.endsWith('.pod') || lower.endsWith('.pm')) return 'pod';
  return 'text';
}

/** Whether a file name is one the reader takes for a contribution guide (CONTRIBUTING or CONTRIBUTE, with a doc extension or none). */
export const isGuideName = (name: string): boolean => GUIDE_NAME.test(name);

/** The repo-relative path of the contribution guide, or undefined when the project has none. */
export async function locateGuide(files: RepoFiles): Promise<string | undefined> {
  return (await locateGuides(files))[0];
}

/**
 * Every file GitHub could take for the guide, in the order it looks (.github, root, docs; Markdown first in a
 * folder), then the same name in the other docs folders (`doc/`, `DOCS/`, `Documentation/`) and the rarer
 * CONTRIBUTE name, so an empty or binary first candidate can give way to the next. Only after all of those: the
 * guide in a folder of contributor docs, one deeper in the docs folders or in a site's folder (`website/`), then a
 * HACKING file (see guidePlaces).
 */
export async function locateGuides(files: RepoFiles): Promise<string[]> {
  const { usual, other } = await locateGuidePlaces(files);
  return [...usual, ...(await other())];
}

/**
 * The guide's candidates in two tiers: CONTRIBUTING and CONTRIBUTE files in the usual folders, then (looked for
 * only when asked, since most projects need none of them) the other places.
 */
export async function locateGuidePlaces(files: RepoFiles): Promise<{ usual: string[]; other: () => Promise<string[]> }> {
  const docs = await docFolders(files);
  const folders = ['.github', '', ...docs];
  const usual: string[] = [];
  for (const name of NAME_ORDER) for (const folder of folders) addNew(usual, await findAllIn(files, folder, name));
  const other = async (): Promise<string[]> => {
    const found: string[] = [];
    // The folders of contributor docs that hold no guide, README or index page (read once, looked at again below).
    const withoutFrontPage: string[] = [];
    for (const folder of await contributingFolders(files, docs)) {
      const inFolder = await findAllIn(files, folder, IN_FOLDER_GUIDE);
      if (inFolder.length === 0) withoutFrontPage.push(folder);
      // The file named like a guide before the folder's README or index page.
      addNew(found, [...inFolder.filter((p) => GUIDE_NAME.test(p.slice(p.lastIndexOf('/') + 1))), ...inFolder]);
    }
    // A folder of contributor docs one level deeper (`doc/guides/contributing/`): a page named like the guide there (its
    // README or index is the front page of a part's docs, `docs/api/contributing/README.md`).
    const deeper = await deeperContributingFolders(files, docs);
    for (const folder of deeper) {
      addNew(found, await findAllIn(files, folder, GUIDE_NAME));
      if ((await findAllIn(files, folder, IN_FOLDER_GUIDE)).length === 0) withoutFrontPage.push(folder);
    }
    addNew(found, await deepGuides(files, docs, DEEP_GUIDE_NAME));
    // (A site generator's tree runs deeper, `website/src/latest/docs/contributing.md`: one level more than the docs'.)
    addNew(found, await deepGuides(files, await docFolders(files, SITE_FOLDER_NAMES), DEEP_GUIDE_NAME, 1, SITE_GUIDE_DEPTH));
    for (const folder of folders) addNew(found, await findAllIn(files, folder, HACKING_NAME));
    // A developers' guide at the root or in .github (`DEVELOPMENT.md`), after the HACKING files.
    for (const folder of ['.github', '']) addNew(found, await findAllIn(files, folder, DEVELOPER_GUIDE_NAME));
    // A build document at the root (`BUILDING.md`), after those: with nothing else, how to build is the guide's part a
    // newcomer needs first.
    addNew(found, await findAllIn(files, '', README_DEV_NAME));
    addNew(found, await findAllIn(files, '', BUILD_DOC_NAME));
    // The guide's name with words in front (`docs/GETTING_STARTED_CONTRIBUTING.md`), after the HACKING files.
    for (const folder of folders) addNew(found, await findAllIn(files, folder, PREFIXED_GUIDE_NAME));
    // A folder of contributor docs with none of those pages: its guidelines page (`docs/contributing/guidelines.rst`),
    // then its page on sending a change (`patches.rst`).
    for (const folder of withoutFrontPage) addNew(found, await findAllIn(files, folder, FOLDER_GUIDELINES_PAGE));
    for (const folder of withoutFrontPage) addNew(found, await findAllIn(files, folder, SENDING_PAGE));
    // A HACKING file deeper in the docs (`docs/internals/HACKING.md`): the developers' guide of a project whose docs
    // are grouped by audience, when nothing above is.
    addNew(found, (await deepGuides(files, docs, HACKING_NAME)).filter(inUse));
    if ((await files.list('')).some((e) => e.kind === 'directory' && e.name === PERL_LIB_FOLDER)) addNew(found, await deepGuides(files, [PERL_LIB_FOLDER], PERL_GUIDE_NAME, 1, PERL_GUIDE_DEPTH));
    // A CONTRIBUTING file one folder down in `.github` (`.github/ISSUE_TEMPLATE/CONTRIBUTING.md`, `.github/docs/`): GitHub
    // does not link it, but it is the project's guide when nothing else is. Not a local action's or workflow's own
    // guide, and not the rarer CONTRIBUTE name (an issue template may be called so).
    for (const entry of await files.list('.github')) {
      if (entry.kind !== 'directory' || GITHUB_OWN_CODE.has(entry.name.toLowerCase())) continue;
      addNew(found, await findAllIn(files, `.github/${entry.name}`, GITHUB_GUIDE_NAME));
    }
    // A monorepo whose one package keeps the guide (`super_editor/CONTRIBUTING.md` beside `super_editor/lib/`): when a
    // single folder at the root holds a CONTRIBUTING file, it is the project's guide. Two or more are packages' own.
    if (found.length === 0) addNew(found, await onePackageGuide(files));
    // Last, a developers' page in the docs (`doc/developer.rst`, `docs/guides/development.md`): where a project with no
    // guide anywhere else says how to build, test and send changes. Looked at only then, since beside a guide such a
    // page is as often about the product's own development mode.
    // (Only one that speaks to contributors: an SDK's `docs/developer-guide.md` shows its users the API.)
    if (found.length === 0) {
      for (const path of (await deepGuides(files, docs, DOCS_DEVELOPER_PAGE, 1, 2)).filter(inUse)) {
        const page = await readText(files, path, PEEK_BYTES, []);
        if (page !== undefined && SPEAKS_TO_CONTRIBUTORS.test(page)) addNew(found, [path]);
      }
    }
    return found.filter((p) => !usual.includes(p));
  };
  return { usual, other };
}

/**
 * Root folders of other projects' code, examples and tests, whose CONTRIBUTING file is not this project's; and docs
 * folders (`devel-docs/`), which are no package: a guide there is one the docs' own links lead to.
 */
// (Also a folder kept for the record, `legacy/`, and a project template's, `template/` or `{{cookiecutter.slug}}/`, whose
// guide is the one generated projects get; a word of these inside the name counts too: `example_app/`.)
const NOT_A_PACKAGE = /^(?:vendor(?:ed)?|third[-_]?party|node_modules|externals?|deps?|submodules?|testdata|(?:[\w.]+[-_.])?docs?|documentation|\..*)$|(?:^|[-_.])(?:examples?|samples?|demos?|tests?|fixtures?|benchmarks?|templates?|boilerplates?|skeletons?|scaffold(?:s|ing)?)(?:$|[-_.])|\{\{|^(?:archived?|old|legacy|deprecated|attic|obsolete|historical|history)$/i;
/** How many root folders are looked into for a package's guide: a root with more is no small monorepo. */
const MAX_PACKAGE_FOLDERS = 40;

/** The CONTRIBUTING file of the one root folder that has one, or none when no folder or several have one. */
async function onePackageGuide(files: RepoFiles): Promise<string[]> {
  // A submodule is another project checked out inside this one: its guide is that project's.
  const submodules = await submodulePaths(files);
  const folders = (await files.list('')).filter((e) => e.kind === 'directory' && !NOT_A_PACKAGE.test(e.name) && !submodules.has(e.name));
  if (folders.length > MAX_PACKAGE_FOLDERS) return [];
  const guides: string[] = [];
  for (const folder of folders) {
    const inFolder = await findAllIn(files, folder.name, GITHUB_GUIDE_NAME);
    if (inFolder.length > 0) guides.push(inFolder[0]);
    if (guides.length > 1) return [];
  }
  return guides;
}

/** The root folders `.gitmodules` names as submodules' paths (`path = libfoo`). */
async function submodulePaths(files: RepoFiles): Promise<Set<string>> {
  const text = await readText(files, '.gitmodules', PEEK_BYTES, []);
  if (text === undefined) return new Set();
  return new Set([...text.matchAll(/^\s*path\s*=\s*(.+?)\s*$/gm)].map((m) => m[1].split('/')[0]));
}

/**
 * Words of a page that tells contributors how to work on the project: pull or merge requests, contributing, sending
 * patches, the project's test suite, building from source, or a heading (Markdown or underlined) about building or
 * testing. Not words a page for the product's users has as well: running the tests of one's own app, an HTTP PATCH,
 * a plugin that "contributes" commands, cloning a starter template, pages made "from source files".
 */
const SPEAKS_TO_CONTRIBUTORS = /\b(?:pull|merge)[\s-]+requests?\b|\bcontribut(?:ing|ions?|ors?)\b|\b(?:want|plan|like|wish)\s+to\s+contribute\b|\b(?:send|submit)(?:ting)?\s+(?:us\s+)?(?:a\s+|your\s+)?patch(?:es)?\b|\b(?:the|our|this\s+project's)\s+test\s+suite\b|\b(?:build|install)(?:ing)?\s+(?:\w+\s+){0,2}from\s+source\b(?!\s+files?\b)|\b(?:open|send|submit)\s+(?:a\s+|your\s+)?PRs?\b|^#{1,4}\s*(?:build(?:ing)?|test(?:s|ing)?|running\s+(?:the\s+)?tests)\b(?!\s+for\s+(?:production|release|deploy))[^\n]{0,40}$|^(?:build(?:ing)?|test(?:s|ing)?|running\s+(?:the\s+)?tests)\b[^\n]{0,40}\n[=~^-]{3,}$/im;

/** A docs page for developers by its name (`development.rst`, `developer.rst`, `DEVELOPER_GUIDE.md`, `dev.md`); not notes (`Development-notes.rst`). */
const DOCS_DEVELOPER_PAGE = new RegExp(`^(?:develop(?:ment|ing)|developers?|dev)(?:[-_](?:guide|setup))?\\.${DOC_EXT}$`, 'i');

/** Folders whose documents are kept for the record (`docs/archive/`, `doc/old/`): not the guide of today. */
const SET_ASIDE = /^(?:archived?|old|legacy|deprecated|attic|obsolete|historical|history)$/i;
/** A path in no folder kept for the record. */
const inUse = (path: string): boolean => !path.split('/').some((part) => SET_ASIDE.test(part));
/** How much of a file is read to look at it (`.gitmodules`, a page's words) before it is chosen. */
const PEEK_BYTES = 64 * 1024;

/** Folders of `.github` that hold code of their own (actions, workflows), whose guides are not the project's. */
const GITHUB_OWN_CODE = new Set(['actions', 'workflows', 'scripts']);

function addNew(list: string[], paths: readonly string[]): void {
  for (const path of paths) if (!list.includes(path)) list.push(path);
}

/** The repo-relative path of the root README, or undefined. */
export async function locateReadme(files: RepoFiles): Promise<string | undefined> {
  return findIn(files, '', README_NAME);
}

async function findIn(files: RepoFiles, folder: string, pattern: RegExp): Promise<string | undefined> {
  return (await findAllIn(files, folder, pattern))[0];
}

async function findAllIn(files: RepoFiles, folder: string, pattern: NameTest): Promise<string[]> {
  const matches = (await files.list(folder)).filter((e) => e.kind === 'file' && pattern.test(e.name)).map((e) => e.name);
  matches.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return matches.map((name) => (folder ? `${folder}/${name}` : name));
}

function rank(name: string): number {
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot).toLowerCase();
  const index = EXTENSION_RANK.indexOf(ext);
  return index < 0 ? EXTENSION_RANK.length : index;
}
