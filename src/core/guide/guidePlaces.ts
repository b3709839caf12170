/**
 * Where a project keeps its contribution guide when it is not a CONTRIBUTING file in the places GitHub looks:
 * a docs folder spelled another way (`DOCS/`, `Documentation/`), a folder of contributor docs
 * (`docs/contributing/contributing.md`, `contributing/README.md`), or a HACKING file, the older name of the
 * contributor's guide in C and Unix projects. These are looked at only after every CONTRIBUTING and CONTRIBUTE file,
 * so a project that has one keeps it (a HACKING beside it is one of the docs it links).
 */
import { RepoFiles } from '../repo/repoFiles';

/**
 * The extensions of a document the reader reads (Markdown, reStructuredText, AsciiDoc, Org, RDoc, POD, plain text), in the order a
 * link without one is tried (`docs/testing` -> `docs/testing.md` before `docs/testing.mdx`).
 */
export const DOC_EXTENSIONS = ['md', 'mdx', 'markdown', 'rst', 'adoc', 'asciidoc', 'org', 'rdoc', 'pod', 'txt'] as const;
/** DOC_EXTENSIONS as a pattern group, to build name patterns from (`\\.${DOC_EXT}$`). */
export const DOC_EXT = `(?:${DOC_EXTENSIONS.join('|')})`;
/** A file name or path ending in a document extension, in any case. */
export const DOC_FILE = new RegExp(`\\.${DOC_EXT}$`, 'i');

/**
 * Other names projects give the guide in the usual folders: CONTRIBUTION(S), CONTRIBUTING_GUIDE, HOWTO-CONTRIBUTING,
 * contributing-guidelines, and the English copy among translations (CONTRIBUTING.en-US.md, CONTRIBUTING_EN.md).
 */
// (A docs site orders its pages by a number before the name: `docs/02-contributing.md`, `10_contributing.rst`.)
export const OTHER_GUIDE_NAME = new RegExp(`^(?:\\d{1,3}[-_.])?(?:how[-_]?to[-_])?contribut(?:ing|e|ions?)(?:[-_. ](?:guide(?:lines?)?|en(?:[-_][a-z]{2})?))?\\.${DOC_EXT}$`, 'i');
const LOCALIZED_SHAPE = new RegExp(`^contribut(?:ing|e|ions?)[-_.]([a-z]{2})(?:[-_][a-z]{2,4})?\\.${DOC_EXT}$`, 'i');
/** Language names, to tell a translation's code (`zh`, `ja`) from a two-letter part name (`ui`, `js`, `ci`). */
const LANGUAGES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }) : undefined;

/** What a file name is matched with: a pattern, or a test that needs more than one. */
export interface NameTest {
  test(name: string): boolean;
}

/**
 * A guide in another language only (CONTRIBUTING.zh-CN.md, CONTRIBUTING_ja.md): still the project's guide, after any
 * English one. CONTRIBUTING-ui.md or CONTRIBUTING-js.md is a part's guide, not a translation.
 */
export const LOCALIZED_GUIDE_NAME: NameTest = {
  test(name: string): boolean {
    const code = LOCALIZED_SHAPE.exec(name)?.[1];
    if (!code) return false;
    try {
      return LANGUAGES ? LANGUAGES.of(code.toLowerCase()) !== undefined : false;
    } catch {
      return false;
    }
  },
};

/** Docs folders at the root, in the order looked at; matched in any case (`DOCS`, `Doc`, `Documentation`). */
export const DOC_FOLDER_NAMES = ['docs', 'doc', 'documentation'] as const;
/** Folders at the root that hold a docs site or book (Docusaurus `website/docs/`, mdBook `book/src/`): a guide is looked for inside them too. */
export const SITE_FOLDER_NAMES = ['website', 'site', 'book', 'guide', 'guides', 'handbook', 'manual'] as const;
/** A folder of contributor docs, at the root or in a docs folder. */
// (A docs site may number it for its order: `docs/05-contributing/`.)
export const CONTRIBUTING_FOLDER = /^(?:\d{1,3}[-_.])?contribut(?:ing|e)$/i;
/** The guide inside a folder of contributor docs: one named like a guide, else the folder's README or index page (an index page is never `.txt`). */
// (A numbered page named as the guide, `1.-contributing-guide.md`, as a site generator orders its pages.)
export const IN_FOLDER_GUIDE = new RegExp(`^(?:(?:\\d{1,3}[-_.]{1,2})?contribut(?:ing|e|ion)(?:[-_]guide(?:lines)?)?(?:\\.${DOC_EXT})?|readme(?:\\.${DOC_EXT})?|index\\.(?:${DOC_EXTENSIONS.filter((e) => e !== 'txt').join('|')}))$`, 'i');
/**
 * A Perl distribution's guide is a manual page in its modules (`lib/Test2/Manual/Contributing.pm`, `.pod`): POD
 * beside the code, as perldoc and MetaCPAN show it. Looked for under PERL_LIB_FOLDER when nothing else is found.
 */
export const PERL_GUIDE_NAME = /^contributing\.(?:pod|pm)$/i;
export const PERL_LIB_FOLDER = 'lib';
/** How deep under `lib/` (`lib/DBIx/Class/Manual/Contributing.pod`): module namespaces nest deeper than docs folders. */
export const PERL_GUIDE_DEPTH = 5;
/** The guide's name deeper in docs and site folders, also numbered for a docs site's order (`docs/dev/02-contributing.md`). */
export const DEEP_GUIDE_NAME = new RegExp(`^(?:\\d{1,3}[-_.])?contribut(?:ing|e)(?:\\.${DOC_EXT})?$`, 'i');
/**
 * The guide's name with words in front that say it is the whole guide (`GETTING_STARTED_CONTRIBUTING.md`,
 * `HOWTO-CONTRIBUTING.md`, `DEV_CONTRIBUTING.md`): still the guide where no file has the plain name. Other words in
 * front name a part or a copy (`translations-contributing.md`, `AI_AGENTS_CONTRIBUTING.md`, `OLD_CONTRIBUTING.md`), and
 * words after it a part, a version or a copy (`CONTRIBUTING-ui.md`, `CONTRIBUTING_v2.md`).
 */
export const PREFIXED_GUIDE_NAME = new RegExp(`^(?:how[-_]?to|getting[-_]started|quick[-_]?start|guide|developers?|dev|code|general|full)[-_.]contribut(?:ing|e)\\.${DOC_EXT}$`, 'i');
/** HACKING, with a doc extension or none. */
export const HACKING_NAME = new RegExp(`^hacking(?:\\.${DOC_EXT})?$`, 'i');
/**
 * A developers' guide at the root or in .github (`DEVELOPMENT.md`, `DEVELOPING.md`, `DEVELOP.md`, `DEV_GUIDE.md`, `DEVELOPER_GUIDE.md`; not
 * `DEVELOPERS.md`, as often the team's list): where a project without a CONTRIBUTING file says how to build and test
 * it. Only there: in a docs folder a page so named is often about the product's development mode.
 */
export const DEVELOPER_GUIDE_NAME = new RegExp(`^dev(?:elop(?:(?:ment|ing)?(?:[-_](?:guide|notes|setup))?|ers?[-_](?:guide|notes|setup))|[-_](?:guide|setup)|el)\\.${DOC_EXT}$`, 'i');
/** The README's developers' half at the root (`README-dev.md`, `README.developers.md`, `README-hacking.md`): read as DEVELOPER_GUIDE_NAME is. */
export const README_DEV_NAME = new RegExp(`^readme[-_.](?:dev(?:el(?:op(?:ment|ers?|ing))?)?|hacking)\\.${DOC_EXT}$`, 'i');
/**
 * A document at the root on building the project from its sources (`BUILDING.md`, `BUILD.adoc`, `COMPILING.txt`,
 * `ReadMe.Compiling.md`): how a contributor gets a working checkout, the guide where there is no
 * other. With an extension only (a bare `BUILD` is Bazel's file), and not one part's build (`build-pcre.txt`) nor a
 * CamelCase page (`BuildingPlugins.md`, `BuildingBlocks.md`: often the users' own work).
 */
export const BUILD_DOC_NAME: NameTest = { test: (name: string) => BUILD_DOC_PLAIN.test(name) };
const BUILD_DOC_PLAIN = new RegExp(`^(?:read[-_.]?me[-_.])?(?:build(?:ing)?|compil(?:e|ing))(?:[-_.]?(?:howto|instructions|notes|guide))?\\.${DOC_EXT}$`, 'i');

/** The root's docs folders as spelled in this repository, `docs` before `doc` before `Documentation`. */
export async function docFolders(files: RepoFiles, names: readonly string[] = DOC_FOLDER_NAMES): Promise<string[]> {
  return spelledFolders((await files.list('')).filter((e) => e.kind === 'directory').map((e) => e.name), names);
}

/** The folders among `dirs` named like `names` in any case, in the order of `names`. */
export function spelledFolders(dirs: readonly string[], names: readonly string[]): string[] {
  const found: string[] = [];
  for (const wanted of names) {
    // The lower-case spelling first when a case-sensitive file system holds two.
    const spelled = dirs.filter((d) => d.toLowerCase() === wanted).sort((a, b) => Number(a !== wanted) - Number(b !== wanted) || a.localeCompare(b));
    found.push(...spelled);
  }
  return found;
}

/** Folders of contributor docs at the root and in the docs folders (`contributing/`, `docs/contributing/`). */
export async function contributingFolders(files: RepoFiles, docs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const parent of ['', ...docs]) {
    const entries = (await files.list(parent)).filter((e) => e.kind === 'directory' && CONTRIBUTING_FOLDER.test(e.name)).map((e) => e.name).sort();
    found.push(...entries.map((name) => (parent ? `${parent}/${name}` : name)));
  }
  return found;
}

/**
 * Folders of contributor docs one level deeper in a docs folder (`doc/guides/contributing/`), where a docs site groups
 * its guides by audience. Only the docs folders' own sub-folders are listed, at most MAX_DEEP_PARENTS of them.
 */
export async function deeperContributingFolders(files: RepoFiles, docs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const doc of docs) {
    const parents = (await files.list(doc)).filter((e) => e.kind === 'directory' && !e.name.startsWith('.') && !CONTRIBUTING_FOLDER.test(e.name)).map((e) => e.name).sort().slice(0, MAX_DEEP_PARENTS);
    for (const parent of parents) {
      const dir = `${doc}/${parent}`;
      found.push(...(await files.list(dir)).filter((e) => e.kind === 'directory' && CONTRIBUTING_FOLDER.test(e.name)).map((e) => `${dir}/${e.name}`).sort());
    }
  }
  return found;
}
const MAX_DEEP_PARENTS = 200;

/**
 * In a folder of contributor docs with no guide, README or index page, its page on sending a change (`patches.rst`,
 * `submitting-patches.md`, `pull-requests.md`): where such a folder's reader starts.
 */
export const SENDING_PAGE = new RegExp(`^(?:\\d{1,3}[-_.])?(?:(?:submitting|sending)[-_]?)?(?:patch(?:es)?|pull[-_]?requests?|changes|contributions?|submitting|workflow)\\.${DOC_EXT}$`, 'i');

/** How deep below a docs folder a guide is looked for (`doc/source/dev/contributing.rst`), and how many entries are looked at. */
export const DEEP_GUIDE_DEPTH = 3;
/** How deep a site folder's tree is looked through for the guide's name (`website/src/latest/docs/contributing.md`). */
export const SITE_GUIDE_DEPTH = 4;
/** The front page of a folder of contributor docs under another name: "guidelines", "guide", "overview", "getting started". */
export const FOLDER_GUIDELINES_PAGE = new RegExp(`^(?:\\d{1,3}[-_.])?(?:guidelines?|guide|overview|getting[-_]started|introduction|intro)\\.${DOC_EXT}$`, 'i');
const DEEP_MAX_ENTRIES = 2000;

/**
 * Files named like a guide deeper in the docs folders (`docs/source/contributing.rst`, `doc/dev/CONTRIBUTING.md`),
 * where a docs site keeps its contributing page: shallowest first, breadth first, folders in name order. `fromDepth`
 * 1 also takes the folders' own files (a site folder's), 2 starts below them (a docs folder's, already looked at).
 */
export async function deepGuides(files: RepoFiles, docs: readonly string[], name: RegExp, fromDepth = 2, maxDepth = DEEP_GUIDE_DEPTH): Promise<string[]> {
  const found: string[] = [];
  let budget = DEEP_MAX_ENTRIES;
  let level = [...docs];
  for (let depth = 1; depth <= maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const entries = [...(await files.list(dir))].sort((a, b) => a.name.localeCompare(b.name));
      budget -= entries.length;
      if (depth >= fromDepth) found.push(...entries.filter((e) => e.kind === 'file' && name.test(e.name)).map((e) => `${dir}/${e.name}`));
      next.push(...entries.filter((e) => e.kind === 'directory' && !e.name.startsWith('.') && e.name !== 'node_modules').map((e) => `${dir}/${e.name}`));
      if (budget <= 0) return found;
    }
    level = next;
  }
  return found;
}
