import { RepoFiles, refusalMessage } from '../repo/repoFiles';
import { ReaderProblem } from './facts';
import { ParsedDocument, annotateSections, sectionEnd } from './documentModel';
import { GUIDE_FOLDERS, isGuideName, locateGuidePlaces, locateReadme } from './locateGuide';
import { BUILD_DOC_NAME } from './guidePlaces';
import { parseDocument } from './parseDocument';
import { LinkResolver } from './linkResolver';
import { readmeGuidePointer } from './readmeGuideLink';

export interface GuideOrReadme {
  /** The contribution guide's path, even when its text could not be used. */
  readonly guidePath: string | null;
  /** The guide, or the README's Contributing section standing in for it. */
  readonly guide: ParsedDocument | null;
  /** The README, when its section stands in for the guide. */
  readonly readmeSection: string | null;
  /** The README, when it says anything and neither a guide nor a section of it stands in: the project's only word. */
  readonly readmeOnly?: string | null;
}

/**
 * The contribution guide, or the README's "Contributing" section when there is no guide or its text is unusable
 * (empty, binary, unreadable, a link out of the repository): `read` has then said why in `problems`, and the
 * README still gives the newcomer something. A README without that section may still say how to work on the
 * project ("## Running tests", "## Development"): those sections stand in then. `resolver`, the reading's own, follows
 * the README's link to the guide; without it that link is not looked for.
 */
export async function readGuideOrReadme(files: RepoFiles, read: (path: string) => Promise<{ readonly path: string; readonly text: string } | undefined>, problems: ReaderProblem[], resolver?: LinkResolver): Promise<GuideOrReadme> {
  const { usual, other } = await locateGuidePlaces(files);
  const readmePath = await locateReadme(files);
  // The README is read once, whether it points to the guide or stands in for it.
  let readme: ParsedDocument | null | undefined;
  const readReadme = async (): Promise<ParsedDocument | null> => {
    if (readme === undefined) {
      const at = readmePath ? await read(readmePath) : undefined;
      readme = at !== undefined ? parseDocument(at.path, at.text) : null;
    }
    return readme;
  };
  // The README's stand-in sections, worked out once whether the pointer check or the fallback asks first.
  let standInSection: ParsedDocument | null | undefined;
  const standIn = (readme: ParsedDocument): ParsedDocument | null => (standInSection === undefined ? (standInSection = readmeStandIn(readme)) : standInSection);
  await reportUnreadableGuide(files, problems);
  const skipped: string[] = [];
  const tryRead = async (path: string): Promise<GuideOrReadme | undefined> => {
    // (A guide that is a link checked out as text is read, and cited, at the file it links to.)
    const at = await read(path);
    const guide = at === undefined ? null : parseDocument(at.path, at.text);
    if (guide && guide.blocks.length > 0) {
      for (const file of skipped) problems.push({ file, message: `${file} was skipped (see above); ${path} is read as the guide instead.`, severity: 'info' });
      return { guidePath: path, guide, readmeSection: null };
    }
    if (guide) problems.push({ file: path, message: 'The guide has no text to read (only markup or comments).', severity: 'info' });
    skipped.push(path);
    return undefined;
  };
  for (const path of usual) {
    const found = await tryRead(path);
    if (found) return found;
  }
  let candidates = [...usual, ...(await other())];
  // Without a CONTRIBUTING file in the usual places, the guide the README links to comes before any found elsewhere.
  if (usual.length === 0 && resolver) {
    const doc = await readReadme();
    const pointer = doc ? await readmeGuidePointer(resolver, doc, contributingSection(doc), developmentSections(doc)) : undefined;
    // (A README section that gives the steps itself and links a page for more on one of them, "To read more about
    // tests, see docs/tests.md", is the guide; the page is read as one it links.)
    const standsIn = pointer?.forMore === true && doc !== null && (standIn(doc)?.blocks.some((b) => b.kind === 'code') ?? false);
    const pointed = standsIn ? undefined : pointer?.path;
    if (pointed) candidates = [pointed, ...candidates.filter((p) => p !== pointed)];
  }
  // A root build document (`BUILDING.md`) comes after the README's own sections on developing, building and testing
  // where those give the steps: they are written for this checkout, while a build document may be the user's ("how to
  // build your site").
  const isBuildDoc = (path: string): boolean => !path.includes('/') && BUILD_DOC_NAME.test(path);
  for (const path of candidates.slice(usual.length).filter((p) => !isBuildDoc(p))) {
    const found = await tryRead(path);
    if (found) return found;
  }
  const doc = await readReadme();
  const section = doc ? standIn(doc) : null;
  // (A README section that only sends the reader on, "See `ReadMe.Compiling`", gives no steps of its own.)
  if (!section || !section.blocks.some((b) => b.kind === 'code')) {
    for (const path of candidates.slice(usual.length).filter(isBuildDoc)) {
      const found = await tryRead(path);
      if (found) return found;
    }
  }
  return { guidePath: candidates[0] ?? null, guide: section, readmeSection: section ? readmePath ?? null : null, readmeOnly: !section && doc && doc.blocks.length > 0 ? doc.path : null };
}

/**
 * Says why a CONTRIBUTING file that GitHub would show was not read (a symlink out of the repository, a pipe,
 * a folder named like a file, a link cycle), so the guide does not silently vanish, even when another file is read instead.
 */
async function reportUnreadableGuide(files: RepoFiles, problems: ReaderProblem[]): Promise<void> {
  for (const folder of GUIDE_FOLDERS) {
    for (const e of await files.list(folder)) {
      if (!isGuideName(e.name)) continue;
      const path = folder ? `${folder}/${e.name}` : e.name;
      // A folder plainly called "contributing" holds docs; one called "CONTRIBUTING.md" is a mistake worth naming.
      if (e.kind === 'directory' && e.name.includes('.')) problems.push({ file: path, message: `${path} is a folder, not a file; it was not read.`, severity: 'warning' });
      else if (e.kind === 'refused') problems.push({ file: path, message: refusalMessage(path, e.reason), severity: 'warning' });
    }
  }
}

/**
 * What stands in for a missing guide: the README's Contributing section and its sections on working on the project,
 * in reading order. A Contributing section often says only "PRs welcome, run the tests" while "Building from
 * source" and "Running tests" hold the commands; either alone is half of what a newcomer needs.
 */
function readmeStandIn(readme: ParsedDocument): ParsedDocument | null {
  const contributing = contributingRange(readme);
  // Beside a Contributing section, only sections plainly about working on this project: "Developing plugins" and a
  // "Tests" section on testing one's own code with the library are for users. Building the checkout is such a section
  // ("Build" beside a Contributing section that only sends the reader to a wiki).
  const picked = new Set([...contributing, ...developmentRanges(readme, contributing.length > 0 ? PROJECT_WORK_OR_BUILD : STAND_IN_HEADING, true), ...pullRequestRanges(readme)]);
  return picked.size === 0 ? null : sectionDocument(readme, [...picked].sort((a, b) => a - b));
}

/**
 * A README section titled for pull requests ("### Pull Requests", "Submitting patches") that tells the reader to open
 * or send one ("Open a new GitHub pull request towards the test branch"): how this project takes changes, as a
 * Contributing section would say. (A product's own "Pull requests" feature page tells nobody to open one.)
 */
const PULL_REQUESTS_HEADING = /^\W*(?:(?:how\s+to\s+)?(?:submit(?:ting)?|send(?:ing)?|open(?:ing)?|mak(?:e|ing))\s+)?(?:(?:a|your)\s+)?(?:pull[\s-]+requests?|merge[\s-]+requests?|PRs|patches)(?:\s+(?:guidelines|process|rules|policy))?\W*$/i;
// The reader told to send one, as an ask (a sentence or item that opens with it, or after "please", "you should"), not
// what a product does ("the action will create a pull request against `main`").
const ASKS_TO_SEND = /(?:^|[.!?:;]\s+|\bplease\s+(?:do\s+not\s+|don['\u2019]t\s+)?|\byou\s+(?:should|must|can)\s+|\b(?:do\s+not|don['\u2019]t)\s+)(?:open|submit|send|create|make|file)\s+(?:us\s+)?(?:a\s+|an\s+|your\s+|the\s+)?(?:new\s+)?(?:GitHub\s+)?(?:pull[\s-]+requests?|merge[\s-]+requests?|PRs?|patch(?:es)?)\b/i;
/** Words that address the contributor: "please", "your pull request", "you should", "send us". */
const ADDRESSED = /\bplease\b|\byour\s+(?:pull|PR|patch|merge|change)|\byou\s+(?:should|must)\b|\bsend\s+us\b/i;
/** A section of the product's own manual ("## Usage" > "### Pull requests", "## Commands", "## Features"). */
const MANUAL_SECTION = /\b(?:usage|features?|commands?|api|reference|configuration|options|examples?|how\s+it\s+works|inputs?|outputs?)\b/i;
function pullRequestRanges(readme: ParsedDocument): number[] {
  const picked: number[] = [];
  readme.blocks.forEach((b, k) => {
    if (b.kind !== 'heading' || !PULL_REQUESTS_HEADING.test(b.text)) return;
    // Under the manual's own sections only an ask said to the reader ("Please submit your pull request against `dev`")
    // counts; "Create a pull request from the current branch" there documents a command.
    const inManual = b.sections.some((h) => h !== b.text && MANUAL_SECTION.test(h));
    const range = sectionIndices(readme, k);
    const asks = (text: string): boolean => ASKS_TO_SEND.test(text) && (!inManual || ADDRESSED.test(text));
    if (range.some((i) => readme.blocks[i].kind !== 'heading' && readme.blocks[i].kind !== 'code' && asks(readme.blocks[i].text))) picked.push(...range);
  });
  return picked;
}

/** The README's blocks at `indices`, as a document of their own whose sections start afresh. */
function sectionDocument(readme: ParsedDocument, indices: readonly number[]): ParsedDocument {
  const blocks = indices.map((k) => ({ ...readme.blocks[k], sections: [] }));
  return { path: readme.path, format: readme.format, blocks: annotateSections(blocks) };
}

/** The indices of the heading at `start` and every block under it, up to the next heading at its level or above. */
function sectionIndices(readme: ParsedDocument, start: number): number[] {
  const out: number[] = [];
  for (let k = start, end = sectionEnd(readme.blocks, start); k < end; k++) out.push(k);
  return out;
}

/** A README heading that introduces how to contribute; "Contributors" (a list of people) is not one. */
const CONTRIBUTING_HEADING = /\b(contributing|contribute|contributions?)\b/i;

/** Headings about money or people that carry the word: "Financial contributions", "Sponsoring", "Contributors". */
const NOT_ABOUT_CHANGES = /\b(?:financial|sponsor\w*|donat\w*|funding|backers?|contributors)\b/i;

function contributingRange(readme: ParsedDocument): number[] {
  const start = readme.blocks.findIndex((b) => b.kind === 'heading' && CONTRIBUTING_HEADING.test(b.text) && !NOT_ABOUT_CHANGES.test(b.text));
  return start < 0 ? [] : sectionIndices(readme, start);
}

/** A README heading on how changes are sent: "Contributing", "Send Patches", "Report Issues / Send Patches", "Sending changes". */
// (Not "Contributors", a list of people; not a product's own "Pull requests", "Patch files" or "Patch releases" features.)
const SENDING_HEADING = /\bcontribut(?:ing|e|ions?)\b|\bsend(?:ing)?\s+(?:patches|changes)\b|\bsubmit(?:ting)?\s+patches\b|\bcode\s+changes\b/i;
/** Cheap test on a README's text before parsing it for that section: a Markdown, setext or reStructuredText heading naming it. */
export const MAY_HAVE_SENDING_SECTION = /^(?:(?:#{1,6}|={1,6})[ \t][^\n]*\b(?:contribut|patch|submit|send|code\s+changes)|[^\n]*\b(?:contribut|patch|submit|send)[^\n]*\n[=~^-]{3,}\s*$)/im;

/**
 * The README's section on how changes are sent, for a guide that may not say it: the Go project's x/ repositories keep
 * a CONTRIBUTING file on filing issues and say in the README that "this repository uses Gerrit for code changes".
 */
export function sendingSection(readme: ParsedDocument): ParsedDocument | null {
  const start = readme.blocks.findIndex((b) => b.kind === 'heading' && SENDING_HEADING.test(b.text));
  return start < 0 ? null : sectionDocument(readme, sectionIndices(readme, start));
}

/** The README's "Contributing" section (its heading and everything under it), or null when it has none. */
export function contributingSection(readme: ParsedDocument): ParsedDocument | null {
  const range = contributingRange(readme);
  return range.length === 0 ? null : sectionDocument(readme, range);
}

/**
 * A README heading over how to work on the project rather than use it: "Development", "Developing", "Hacking",
 * "Running tests", or a heading that is only "Tests" or "Testing" ("Testing your app with X" is for users).
 */
// ("Building from source", "Build from source": how a contributor gets a working checkout, not how a user installs.)
const SETTING_UP_DEV = String.raw`^setting\s+up\s+(?:a\s+|the\s+|your\s+)?(?:local\s+)?development\s+environment$`;
// ("Getting started in developing", "Getting started with development": the start of the work on the project.)
// (The heading ends there: "Getting started developing apps with X", "... with development boards" are the user's.)
// ("Getting started for developers", "Getting started as a contributor": the start of the work, for those who do it.)
const STARTING_DEV = String.raw`^getting\s+started\s+(?:(?:(?:with|in|on)\s+)?(?:the\s+)?develop(?:ment|ing)(?:\s+(?:on|of)\s+[\w.-]+|\s+locally)?|(?:for|as)\s+(?:an?\s+)?(?:developers?|contributors?))\W*$`;
const FROM_SOURCE = String.raw`^(?:build|compil)(?:e|ing)?\s+(?:\w+\s+)?from\s+(?:the\s+)?sources?(?:\s+code)?\b`;
const DEVELOPMENT_HEADING = new RegExp(
  [String.raw`^(?:local\s+)?develop(?:ment|ing)\b`, String.raw`^developer\s+(?:setup|environment|guide|notes)\b`, SETTING_UP_DEV, STARTING_DEV, String.raw`\bhacking\b`, String.raw`\brun(?:ning)?\s+(?:the\s+)?(?:\w+\s+)?(?:tests|test\s+suite)\b`, String.raw`^(?:tests?|testing)(?:\s+locally)?$`, FROM_SOURCE].join('|'),
  'i',
);
/** The narrower set read beside a Contributing section: the project's own development, build from source and test run. */
const PROJECT_WORK_HEADING = new RegExp(
  [String.raw`^(?:local\s+)?development(?:\s+(?:setup|environment|workflow|guide))?$`, String.raw`^developer\s+(?:setup|environment|guide)$`, SETTING_UP_DEV, STARTING_DEV, String.raw`^hacking(?:\s+on\s+[\w.-]+)?$`, String.raw`^run(?:ning)?\s+(?:the\s+)?(?:tests|test\s+suite)$`, String.raw`^(?:tests?|testing)\s+locally$`, FROM_SOURCE].join('|'),
  'i',
);

/**
 * A heading over building the checkout: "Build", "Building on Unix with git, gcc and cmake", "Build instructions:",
 * "Compiling from source", "Build with CMake", "Building and testing". Building the user's own work with the tool
 * ("Building a site", "Compiling Haskell code", "Build with Webpack", "Compiling your own plugins") is usage.
 */
const BUILD_HEADING = String.raw`^(?:how\s+to\s+)?(?:build|building|compil(?:e|ing|ation))(?:\s+(?:instructions|steps|notes|from\s+(?:the\s+)?sources?(?:\s+code)?|locally|the\s+(?:project|code|library|sources?)|it|(?:on|for)\s+(?:unix|linux|mac\s?os(?:\s?x)?|windows|bsd|\w+\s+systems?)(?:\s+with\b.*)?|with\s+(?:cmake|make|gnu\s+make|meson|ninja|autotools|configure|bazel|gradle|maven|sbt|cargo|stack|cabal|dune|nix|zig|scons|msbuild|visual\s+studio)|and\s+(?:testing|tests?|install|installing|installation|running)|&\s+(?:testing|tests?|install|installing|running))|\s*\([^)]*\))*\W*$`;

/**
 * A README heading over building the project itself in other words than BUILD_HEADING's: "4 Compiling the game",
 * "Building the game binaries", "How to Build & Run (Linux, macOS & WSL)", "Building the PDF locally from source",
 * "Building and installing". "The"/"this" before the object makes it the project's own thing; the docs, a site, a
 * book or a manual built beside it are side work, and "your"/"a" objects ("Build your own plugin") are the user's.
 */
const BUILD_THE_PROJECT = String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(?:how\s+to\s+)?(?:build|building|compil(?:e|ing|ation))(?:\s+(?:and|&)\s+(?:run(?:ning)?|install(?:ing|ation)?|test(?:ing)?))?(?:\s+(?:the|this)\s+(?!(?:[\w-]+\s+)?(?:docs?|documentation|website|site|book|manual|guide|handbook)\b)[\w.+-]+(?:\s+[\w.+-]+)?)?(?:\s+(?:locally|from\s+(?:the\s+)?(?:git|sources?(?:\s+code)?)|instructions))*(?:\s*\([^)]*\))?\W*$`;

/**
 * With no guide and no Contributing section, the README's sections on building and testing the checkout are all a
 * newcomer has ("Build", "Building on Unix", "Build instructions:", "Compiling from source", "Tests", "Testing:",
 * "For Developers"): a guide would hold the same steps. Building the user's own work with the tool ("Compiling your
 * own plugins", "Building against libfoo") is usage (BUILD_HEADING).
 */
const STAND_IN_HEADING = new RegExp(
  [DEVELOPMENT_HEADING.source, BUILD_HEADING, BUILD_THE_PROJECT, String.raw`^(?:(?:unit|integration|running(?:\s+the)?)\s+)?(?:tests?|testing)(?:\s+(?:and|&)\s+(?:linting|lint|style|coverage|formatting))?\W*$`, String.raw`^local\s+(?:setup|development|dev)\W*$`, String.raw`^(?:for\s+)?develop(?:ers?|ment|ing)?(?:\s+welcome)?\W*$`, String.raw`\bfrom\s+(?:the\s+)?sources?\b`].join('|'),
  'i',
);

const PROJECT_WORK_OR_BUILD = new RegExp(`${PROJECT_WORK_HEADING.source}|${BUILD_HEADING}|${BUILD_THE_PROJECT}`, 'i');

/**
 * "Building Batteries", "Compiling Tiled", "Building libfoo": building the project itself, by the name the README's
 * title gives it. Not a kind of thing a user builds ("Building Plugins", "Compiling Shaders").
 */
const NAMED_BUILD = /^(?:how\s+to\s+)?(?:build|building|compil(?:e|ing))\s+([\w.+-]{2,40})\W*$/i;
const BUILT_BY_USERS = /^(?:plugins?|extensions?|themes?|apps?|applications?|projects?|packages?|modules?|examples?|samples?|shaders?|assets?|docs?|documentation|images?|containers?|bindings?|wheels?|binaries|releases?|models?|sites?|websites?|pages?|your|against|with|on|for|from|and)$/i;

function buildsTheProject(readme: ParsedDocument, heading: string): boolean {
  const name = NAMED_BUILD.exec(heading)?.[1];
  if (name === undefined || BUILT_BY_USERS.test(name)) return false;
  // The README's title: its first block, a heading or the opening line ("Tiled Map Editor - https://...").
  const first = readme.blocks.find((b) => b.kind !== 'code');
  const title = first === undefined ? '' : first.text.split('\n')[0];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\w.+-])${escaped}(?![\\w+-])`, 'i').test(title);
}

function developmentRanges(readme: ParsedDocument, heading: RegExp = DEVELOPMENT_HEADING, namedBuild = false): number[] {
  const picked: number[] = [];
  let k = 0;
  while (k < readme.blocks.length) {
    const b = readme.blocks[k];
    if (b.kind !== 'heading' || !(heading.test(b.text.trim()) || (namedBuild && buildsTheProject(readme, b.text.trim())))) {
      k++;
      continue;
    }
    const range = sectionIndices(readme, k);
    picked.push(...range);
    k = range[range.length - 1] + 1;
  }
  return picked;
}

/** The README's sections on working on the project, each with its sub-sections, in order; null when it has none. */
export function developmentSections(readme: ParsedDocument): ParsedDocument | null {
  const picked = developmentRanges(readme);
  return picked.length === 0 ? null : sectionDocument(readme, picked);
}
