import { COMMITLINT_FILES } from '../commitlint/locateConfig';
import { GUIDE_FOLDERS, GUIDE_NAME, README_NAME } from './locateGuide';
import { BUILD_DOC_NAME, README_DEV_NAME, CONTRIBUTING_FOLDER, DEEP_GUIDE_DEPTH, DEEP_GUIDE_NAME, DEVELOPER_GUIDE_NAME, DOC_FOLDER_NAMES, HACKING_NAME, IN_FOLDER_GUIDE, LOCALIZED_GUIDE_NAME, OTHER_GUIDE_NAME, PERL_GUIDE_DEPTH, PERL_GUIDE_NAME, PERL_LIB_FOLDER, SENDING_PAGE, SITE_FOLDER_NAMES, SITE_GUIDE_DEPTH, FOLDER_GUIDELINES_PAGE } from './guidePlaces';
import { GITLAB_TEMPLATE_DIR, GITLAB_TEMPLATE_FOLDER, ONRAMP_CONFIGS, TEMPLATE_DIR, TEMPLATE_FILE, TEMPLATE_FOLDERS, TEMPLATE_IN_DIR } from './findFiles';
import { MAGE_FOLDER, RUNNER_FILES } from '../tasks/runnerFiles';
import { CHANGELOG_EVIDENCE_PATHS, isChangelogFile } from './changelogEvidence';

/**
 * Every place the reader looks before it has read anything, so an editor can watch exactly those paths (and
 * the files a reading then followed links to) instead of the whole tree. Derived from the reader's own
 * constants, so a new place the reader looks is watched without a second list to keep in step.
 */
export interface CandidatePaths {
  /** Globs relative to the repository root, for file watchers; they may match a little more than `matches`. */
  readonly globs: readonly string[];
  /** Whether a repo-relative POSIX path is one the reader may read (or a folder it looks in). */
  matches(path: string): boolean;
}

/** Files read by the reader at a fixed path: the root package.json (commitlint key, homepage, repository), the remotes, `.gitreview`, and `.gitmodules` (a submodule's guide is not the project's). */
const FIXED_FILES = ['package.json', '.git/config', '.gitreview', '.gitmodules'] as const;

/**
 * What confirms the guide's commands and changelog rule at the root: the task runners' files and the changelog's
 * folders and configs. A Makefile made after a reading must be seen too, not only the task files that were read.
 */
const EVIDENCE = [...new Set([...Object.values(RUNNER_FILES).flat(), MAGE_FOLDER, ...CHANGELOG_EVIDENCE_PATHS])];

interface Rule {
  readonly globs: readonly string[];
  matches(path: string): boolean;
}

export function candidatePaths(): CandidatePaths {
  const rules: Rule[] = [
    ...GUIDE_FOLDERS.map((folder) => named(folder, GUIDE_NAME)),
    ...guidePlaces(),
    named('', README_NAME),
    packageGuide(),
    ...TEMPLATE_FOLDERS.map((folder) => named(folder, TEMPLATE_FILE)),
    ...TEMPLATE_FOLDERS.map((folder) => inNamedFolder(folder, TEMPLATE_DIR, TEMPLATE_IN_DIR)),
    inNamedFolder(GITLAB_TEMPLATE_FOLDER, GITLAB_TEMPLATE_DIR, TEMPLATE_IN_DIR),
    exact([...COMMITLINT_FILES, ...ONRAMP_CONFIGS, ...FIXED_FILES, ...EVIDENCE]),
    changelogFiles(),
  ];
  // A folder the reader looks in appearing or going (renamed, checked out) changes what it finds there.
  const folders = [...GUIDE_FOLDERS, ...TEMPLATE_FOLDERS, GITLAB_TEMPLATE_FOLDER, ...[...COMMITLINT_FILES, ...ONRAMP_CONFIGS, ...FIXED_FILES, ...EVIDENCE].map(folderOf)];
  rules.push(exact([...new Set(folders.filter((f) => f !== ''))]));
  const globs = [...new Set(rules.flatMap((r) => r.globs))];
  return { globs, matches: (path) => rules.some((r) => r.matches(path)) };
}

/** A CONTRIBUTING file in a root folder: a monorepo's one package may keep the project's guide (locateGuide). */
function packageGuide(): Rule {
  return {
    globs: [`*/${caseInsensitive('contributing')}*`],
    matches: (path) => path.split('/').length === 2 && GUIDE_NAME.test(baseOf(path)),
  };
}

/**
 * The guide's other places and names (guidePlaces): CONTRIBUTING and HACKING in a docs folder of any spelling,
 * the guide's other names and HACKING in .github and the root, the guide in a folder of contributor docs or deeper in
 * a docs folder; and those folders themselves.
 */
function guidePlaces(): Rule[] {
  const docGlobs = DOC_FOLDER_NAMES.map(caseInsensitive);
  const isDocFolder = (folder: string): boolean => (DOC_FOLDER_NAMES as readonly string[]).includes(folder.toLowerCase());
  const hacking = caseInsensitive(stemOf(HACKING_NAME));
  const developer = caseInsensitive(stemOf(DEVELOPER_GUIDE_NAME));
  const guide = caseInsensitive(stemOf(GUIDE_NAME));
  const contributingDir = caseInsensitive(stemOf(CONTRIBUTING_FOLDER));
  const parents = ['', ...docGlobs];
  return [
    {
      globs: [...docGlobs, ...docGlobs.flatMap((d) => [`${d}/${guide}*`, `${d}/${NUMBERED}${guide}*`, `${d}/${hacking}*`]), `.github/${hacking}*`, `${hacking}*`, `.github/${developer}*`, `${developer}*`, `${caseInsensitive('build')}*`, `${caseInsensitive('compil')}*`, `${caseInsensitive('read')}*`],
      matches: (path) => {
        const folder = folderOf(path);
        const name = baseOf(path);
        if (folder === '' && isDocFolder(path)) return true;
        if ((folder === '' || folder === '.github') && DEVELOPER_GUIDE_NAME.test(name)) return true;
        // (A README's developers' half and a build document, at the root only.)
        if (folder === '' && (README_DEV_NAME.test(name) || BUILD_DOC_NAME.test(name))) return true;
        return (folder === '' || folder === '.github' || isDocFolder(folder)) && [GUIDE_NAME, OTHER_GUIDE_NAME, LOCALIZED_GUIDE_NAME, HACKING_NAME].some((n) => n.test(name));
      },
    },
    {
      globs: parents.flatMap((p) => [join(p, `${contributingDir}*`), join(p, `${contributingDir}*/*`), join(p, `${NUMBERED}${contributingDir}*`), join(p, `${NUMBERED}${contributingDir}*/*`)]),
      matches: (path) => {
        const folder = folderOf(path);
        const inParent = (dir: string): boolean => CONTRIBUTING_FOLDER.test(baseOf(dir)) && (folderOf(dir) === '' || (!folderOf(dir).includes('/') && isDocFolder(folderOf(dir))));
        return inParent(path) || (inParent(folder) && IN_FOLDER_GUIDE.test(baseOf(path)));
      },
    },
    // A folder of contributor docs one level deeper in a docs folder (`doc/guides/contributing/`), and in any folder of
    // contributor docs the page on sending a change (`patches.rst`).
    {
      globs: docGlobs.flatMap((d) => [`${d}/*/${contributingDir}*`, `${d}/*/${contributingDir}*/*`]),
      matches: (path) => {
        const parts = path.split('/');
        if (!isDocFolder(parts[0]) || parts.some((p) => p.startsWith('.'))) return false;
        if (parts.length === 3) return CONTRIBUTING_FOLDER.test(parts[2]);
        return parts.length === 4 && CONTRIBUTING_FOLDER.test(parts[2]) && (GUIDE_NAME.test(parts[3]) || SENDING_PAGE.test(parts[3]));
      },
    },
    {
      globs: parents.map((p) => join(p, `${contributingDir}*/*`)),
      matches: (path) => {
        const folder = folderOf(path);
        return CONTRIBUTING_FOLDER.test(baseOf(folder)) && (folderOf(folder) === '' || isDocFolder(folderOf(folder))) && (SENDING_PAGE.test(baseOf(path)) || FOLDER_GUIDELINES_PAGE.test(baseOf(path)));
      },
    },
    // Deeper in a docs folder (`doc/source/dev/contributing.rst`), below its own files, which the first rule covers.
    deepGuide(DOC_FOLDER_NAMES, 2, DEEP_GUIDE_NAME),
    // A HACKING file deeper in a docs folder (`docs/internals/HACKING.md`).
    deepGuide(DOC_FOLDER_NAMES, 2, HACKING_NAME),
    // In a site's folder (`website/docs/contributing.md`), from its own files down.
    deepGuide(SITE_FOLDER_NAMES, 1, DEEP_GUIDE_NAME, SITE_GUIDE_DEPTH),
    // A Perl distribution's manual page among its modules (`lib/Test2/Manual/Contributing.pm`).
    deepGuide([PERL_LIB_FOLDER], 1, PERL_GUIDE_NAME, PERL_GUIDE_DEPTH),
  ];
}

/**
 * A guide (GUIDE_NAME) in a root folder named like `folders` in any case, from `fromDepth` folders down to
 * DEEP_GUIDE_DEPTH, not through hidden folders or node_modules: what guidePlaces.deepGuides walks. One glob per
 * depth, no whole tree.
 */
function deepGuide(folders: readonly string[], fromDepth: number, name: RegExp = GUIDE_NAME, maxDepth = DEEP_GUIDE_DEPTH): Rule {
  const guide = caseInsensitive(stemOf(name));
  const depths = Array.from({ length: maxDepth - fromDepth + 1 }, (_, k) => fromDepth + k);
  return {
    globs: folders.map(caseInsensitive).flatMap((d) => depths.flatMap((depth) => [`${d}/${'*/'.repeat(depth - 1)}${guide}*`, ...(numbered(name) ? [`${d}/${'*/'.repeat(depth - 1)}${NUMBERED}${guide}*`] : [])])),
    matches: (path) => {
      const parts = path.split('/');
      const depth = parts.length - 1;
      const inside = parts.slice(1, -1);
      return folders.includes(parts[0].toLowerCase()) && depth >= fromDepth && depth <= maxDepth && !inside.some((p) => p.startsWith('.') || p === 'node_modules') && name.test(baseOf(path));
    },
  };
}

/** Files in `folder` whose name matches `name`, a case-insensitive pattern anchored at a literal stem. */
function named(folder: string, name: RegExp): Rule {
  return {
    globs: [join(folder, `${caseInsensitive(stemOf(name))}*`)],
    matches: (path) => folderOf(path) === folder && name.test(baseOf(path)),
  };
}

/** Files matching `file` in a folder named like `dir` inside `folder` (GitHub's folder of PR templates), and that folder. */
function inNamedFolder(folder: string, dir: RegExp, file: RegExp): Rule {
  const dirGlob = join(folder, caseInsensitive(stemOf(dir)));
  return {
    globs: [dirGlob, `${dirGlob}/*`],
    matches: (path) => {
      if (folderOf(path) === folder && dir.test(baseOf(path))) return true;
      const parent = folderOf(path);
      return folderOf(parent) === folder && dir.test(baseOf(parent)) && file.test(baseOf(path));
    },
  };
}

/** Changelog files at the root (CHANGELOG.md, HISTORY.rst...), which a guide's changelog rule can point to. */
function changelogFiles(): Rule {
  const stems = ['CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS', 'RELEASE'];
  return { globs: stems.map((s) => `${caseInsensitive(s)}*`), matches: (path) => !path.includes('/') && isChangelogFile(path) };
}

function exact(paths: readonly string[]): Rule {
  const set = new Set(paths);
  return { globs: paths, matches: (path) => set.has(path) };
}

/** The literal start of an anchored pattern such as /^contributing(…)?$/i: what every match begins with. */
/** A docs site's order number before a name (`02-contributing.md`), as a glob. */
const NUMBERED = '[0-9]*';
/** The optional order number some names allow, as the pattern source writes it. */
const NUMBER_PREFIX_SOURCE = String.raw`(?:\d{1,3}[-_.])?`;
const numbered = (pattern: RegExp): boolean => pattern.source.startsWith(`^${NUMBER_PREFIX_SOURCE}`);

export function stemOf(pattern: RegExp): string {
  const stem = /^\^([A-Za-z0-9_-]+)/.exec(pattern.source.replace(`^${NUMBER_PREFIX_SOURCE}`, '^'))?.[1];
  if (!stem) throw new Error(`no literal stem in ${pattern.source}`);
  return stem;
}

/** "readme" as "[rR][eE][aA][dD][mM][eE]": watcher globs are case-sensitive on most file systems. */
export function caseInsensitive(literal: string): string {
  return literal.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

const join = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
