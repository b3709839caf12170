import { RepoFiles, refusalMessage } from '../repo/repoFiles';
import { ProjectIdentity } from '../repo/projectIdentity';
import { ReaderProblem, SourceRef } from './facts';
import { Block, Link, ParsedDocument } from './documentModel';
import { parseDocument } from './parseDocument';
import { ReadBudget, readTextAt } from './readText';
import { Located } from './sources';
import { LinkResolver } from './linkResolver';
import { namedDocs } from './namedDocs';
import { RELEVANT } from './relevantLinks';
import { MAX_JUDGED_PER_BLOCK, mayPromiseSteps, sentencePromisesSteps } from './linkSentence';
import { asAgentInstructions, isAgentFile } from './agentFiles';
import { pullRequestPagePath } from './pullRequestLinks';
import { sectionRange } from './linkedSection';
import { README_NAME } from './locateGuide';

/**
 * Folders of instructions for coding agents (`.claude/`, `.agents/skills/`, `.cursor/rules/`, `.github/prompts/`): task
 * recipes written for an agent, never a contributor's reading, however a guide or an agent file links them.
 */
const AGENT_FOLDER = /(?:^|\/)(?:\.(?:ai|claude|agents?|cursor|windsurf|codex|gemini|junie|continue|roo|clinerules)\/|\.github\/(?:instructions|prompts|chatmodes|skills|agents)\/)/i;

/**
 * An example's own README (`examples/dreambooth/README.md`, `samples/app/README.md`): how a user runs the product on
 * their own work. A guide links it to show what an example should look like, not as steps of the contributor's
 * checkout. (The examples' own CONTRIBUTING, or a demo app used as the playground, are still read.)
 */
const EXAMPLE_README = /(?:^|\/)(?:examples?|samples?)\/[^/]+\/README(?:\.\w+)?$/i;

/** A language as translations name it (`CN`, `zh-CN`, `ja`, `pt_BR`). */
// (Not two letters that are as often a word's abbreviation: `-it` integration tests, `-id`, `-uk`.)
const LANGUAGE = String.raw`(?:cn|zh|ja|jp|ko|kr|ru|es|fr|de|pt|tr|vi|fa|pl)(?:[-_](?:[a-z]{2}|hans|hant))?`;
/** The tag a translated copy adds to a document's name (`_CN`, `-zh-CN`, `.ja`), and a language's own folder (`zh-CN/`). */
const LANGUAGE_TAG = new RegExp(`^[-_.]${LANGUAGE}$`, 'i');
const LANGUAGE_FOLDER = new RegExp(`^${LANGUAGE}$`, 'i');
const stemOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
/**
 * A translation of the linking document itself (`PULL_REQUEST_TEMPLATE.md` linking `PULL_REQUEST_TEMPLATE_CN.md`,
 * `CONTRIBUTING.md` linking `CONTRIBUTING.zh-CN.md` or `docs/zh-CN/CONTRIBUTING.md`): the same asks in another
 * language, read once already.
 */
function translationOf(path: string, of: string): boolean {
  const stem = stemOf(path);
  const own = stemOf(of);
  // (Or the same name in a language's folder: `docs/zh-CN/CONTRIBUTING.md` for `CONTRIBUTING.md`.)
  const folders = path.split('/').slice(0, -1);
  if (stem.toLowerCase() === own.toLowerCase() && folders.some((f) => LANGUAGE_FOLDER.test(f))) return true;
  return stem.length > own.length && stem.slice(0, own.length).toLowerCase() === own.toLowerCase() && LANGUAGE_TAG.test(stem.slice(own.length));
}

/** A document reached from the guide through links, and the link that reached it first. */
export interface LinkedDocument {
  readonly doc: ParsedDocument;
  readonly from: SourceRef;
  readonly hop: number;
}

export interface FollowOptions {
  readonly maxHops: number;
  readonly maxLinkedDocs: number;
  readonly maxFileBytes: number;
  /** Decides which absolute links are the project's own. */
  readonly identity: ProjectIdentity;
  /** The folder's name, what the user calls the project: evidence a forge repository of that name is this one. */
  readonly folderName?: string;
  readonly budget?: ReadBudget;
  /** The reading's resolver, when links were already resolved for it (the README's link to the guide); else a new one. */
  readonly resolver?: LinkResolver;
  /**
   * Documents read with the guide whether it links them or not (a root HACKING beside it), after every link: placed
   * at the guide's end, their own links not followed, and not read again when a link already reached them.
   */
  readonly alsoRead?: readonly string[];
}

/** Links looked at per run, and warnings about links: a generated guide can hold hundreds of thousands. */
const MAX_LINKS_CONSIDERED = 2000;
const MAX_LINK_WARNINGS = 20;


/**
 * Reads the in-repo documents the guide points to, breadth first, at most `maxHops` links away and at most
 * `maxLinkedDocs` of them. A visited set of canonical paths (symlinks resolved) makes cycles and symlink loops
 * harmless; paths leaving the repository are refused. Links to the project's own published docs site are matched
 * to the repository's doc sources by their last path segments, since many projects link their guide to the
 * rendered page rather than the file beside it; links to any other site are not followed.
 */
export async function followLinks(files: RepoFiles, start: ParsedDocument, options: FollowOptions, problems: ReaderProblem[], alsoFrom: readonly ParsedDocument[] = []): Promise<LinkedDocument[]> {
  const identityOf = async (path: string): Promise<string> => (await files.canonical?.(path)) ?? path;
  const visited = new Set<string>([await identityOf(start.path)]);
  for (const doc of alsoFrom) visited.add(await identityOf(doc.path));
  const linked: LinkedDocument[] = [];
  // The root README, parsed once, and which of its blocks were read: it may be linked at several sections.
  const readmes = new Map<string, ParsedDocument>();
  const readmeBlocks = new Map<string, Set<number>>();
  const partReadme = new Set<ParsedDocument>();
  // The guide's links first; then those of the other starting documents (PR templates: "we take patches by mail,
  // see <the submission docs>"), whose documents are read after the guide's own.
  const queue: { doc: ParsedDocument; hop: number }[] = [start, ...alsoFrom].map((doc) => ({ doc, hop: 0 }));
  const templates = new Set(alsoFrom);
  const resolver = options.resolver ?? new LinkResolver(files, options.identity, options.folderName);
  let capped = false;
  let considered = 0;
  let warnings = 0;
  const warn = (problem: ReaderProblem): void => {
    if (warnings++ < MAX_LINK_WARNINGS) problems.push(problem);
    else if (warnings === MAX_LINK_WARNINGS + 1) problems.push({ file: problem.file, line: problem.line, message: `More links could not be followed; only the first ${MAX_LINK_WARNINGS} are reported.`, severity: 'info' });
  };

  const startPoints = pointsOnly(start);
  for (let q = 0; q < queue.length; q++) {
    const { doc, hop } = queue[q];
    if (hop >= options.maxHops) continue;
    // An agent's instructions link on to more of the same (skills, prompts, task recipes for an agent): not the
    // contributor's reading.
    if (isAgentFile(doc.path)) continue;
    // An included file or a toctree entry is followed as a link is: by what its name promises (a vendored library's
    // README is not).
    // A linked document's own links lead away from the guide (its design notes, its other platforms, a tool's manual):
    // in whole checkouts they added far more steps no newcomer needs than ones the guide left out. Its toctree and
    // include entries are parts of that same document, and are followed, as is a README section's link to another of
    // its sections.
    // (A guide that only points to its real pages, "see docs/contributing/index.md", makes those pages the guide: their
    // links are the guide's own.)
    const ownLinks = hop === 0 || (hop === 1 && startPoints) ? [...linksOf(doc.blocks)] : [...linksOf(doc.blocks)].filter(({ link }) => link.target.startsWith('#') && partReadme.has(doc));
    for (const { link, text } of [...(doc.directiveLinks ?? []).map((link) => ({ link, text: '' })), ...ownLinks]) {
      if (!RELEVANT.test(`${link.text} ${link.target}`) && !sentencePromisesSteps(text, link)) continue;
      if (considered++ === MAX_LINKS_CONSIDERED) {
        problems.push({ file: doc.path, line: link.line, message: `Only the first ${MAX_LINKS_CONSIDERED} links are looked at; "${link.target}" and later links were not.`, severity: 'info' });
      }
      if (considered > MAX_LINKS_CONSIDERED) break;
      // An in-page link of a README section ("see [Development](#development)") leads to another section of that README.
      if (link.target.startsWith('#') && partReadme.has(doc)) {
        await read([doc.path], doc, link.line, hop, `${doc.path}${link.target}`);
        continue;
      }
      let resolved = await resolver.resolve(doc.path, link.target);
      // A template's link works from the pull request page (see pullRequestLinks).
      const fromPage = (resolved.kind === 'broken' || resolved.kind === 'outside') && templates.has(doc) ? pullRequestPagePath(link.target) : undefined;
      if (fromPage) resolved = await resolver.resolve(doc.path, fromPage);
      if (resolved.kind === 'outside') {
        warn({ file: doc.path, line: link.line, message: `The link "${link.target}" leads outside the repository; it was not followed.`, severity: 'warning' });
        continue;
      }
      if (resolved.kind === 'broken') {
        warn({ file: doc.path, line: link.line, message: `The link "${link.target}" points to a file that does not exist.`, severity: 'warning' });
        continue;
      }
      if (resolved.kind === 'refused') {
        warn({ file: doc.path, line: link.line, message: `The link "${link.target}" was not followed: ${refusalMessage(resolved.path, resolved.reason)}`, severity: 'warning' });
        continue;
      }
      if (resolved.kind !== 'found') continue;
      await read(resolved.paths, doc, link.line, hop, link.target);
    }
    // Documents named without a link ("described in `docs/dev/setup.md`", "Read CONTRIBUTE"), once linked ones had their turn.
    for (const named of namedDocs(doc.blocks)) {
      if (linked.length >= options.maxLinkedDocs) break;
      if (!/^https?:\/\//i.test(named.name)) await read(await resolver.resolveNamed(doc.path, named.name), doc, named.line, hop, named.name);
      else if (RELEVANT.test(named.name)) {
        const resolved = await resolver.resolve(doc.path, named.name);
        if (resolved.kind === 'found') await read(resolved.paths, doc, named.line, hop, named.name);
      }
    }
  }
  if (options.alsoRead && options.alsoRead.length > 0 && linked.length < options.maxLinkedDocs) {
    const end = start.blocks.length > 0 ? start.blocks[start.blocks.length - 1].line + 1 : 1;
    await read(options.alsoRead, start, end, 0, options.alsoRead[0]);
  }
  return linked;

  async function read(paths: readonly string[], doc: ParsedDocument, line: number, hop: number, target: string): Promise<void> {
    for (const path of paths) {
      if (AGENT_FOLDER.test(path) || (EXAMPLE_README.test(path) && !EXAMPLE_README.test(doc.path)) || translationOf(path, doc.path)) continue;
      const id = await identityOf(path);
      if (visited.has(id)) continue;
      // A README linked at one section is read from that section; a later link to another section, or to the whole
      // README, reads what was not read yet.
      if (!path.includes('/') && README_NAME.test(path)) {
        await readReadmePart(path, id, doc, line, hop, target);
        continue;
      }
      if (linked.length >= options.maxLinkedDocs) {
        if (!capped) problems.push({ file: doc.path, line, message: `Only ${options.maxLinkedDocs} linked documents are read; "${target}" and later links were not.`, severity: 'info' });
        capped = true;
        return;
      }
      visited.add(id);
      const at = await readTextAt(files, path, options.maxFileBytes, problems, options.budget);
      if (at === undefined) continue;
      const parsed = parseDocument(at.path, at.text);
      const child = isAgentFile(path) ? asAgentInstructions(parsed) : parsed;
      linked.push({ doc: child, from: { file: doc.path, line }, hop: hop + 1 });
      queue.push({ doc: child, hop: hop + 1 });
    }
  }

  /**
   * The root README, linked at a section ("README.md#contributing"): that section, not the user manual around it, and
   * any other section a later link names. A developer doc linked at a section (`DEVELOPING.md#building`) is read whole,
   * since all of it is for contributors.
   */
  async function readReadmePart(path: string, id: string, doc: ParsedDocument, line: number, hop: number, target: string): Promise<void> {
    let whole = readmes.get(id);
    if (whole === undefined) {
      if (linked.length >= options.maxLinkedDocs) return;
      // (At the file it links to, when the README is a link: a fact cites the lines a user can open.)
      const at = await readTextAt(files, path, options.maxFileBytes, problems, options.budget);
      if (at === undefined) {
        visited.add(id);
        return;
      }
      whole = parseDocument(at.path, at.text);
      readmes.set(id, whole);
    }
    const taken = readmeBlocks.get(id) ?? new Set<number>();
    readmeBlocks.set(id, taken);
    const range = sectionRange(whole, target);
    // A plain link to the README after a link to one of its sections ("see the README") names the manual, not more
    // steps: the section the guide pointed at is its part.
    if (range === undefined && taken.size > 0) {
      visited.add(id);
      return;
    }
    const [from, to] = range ?? [0, whole.blocks.length];
    const fresh: number[] = [];
    for (let k = from; k < to; k++) if (!taken.has(k)) fresh.push(k);
    if (range === undefined) visited.add(id);
    if (fresh.length === 0 || linked.length >= options.maxLinkedDocs) return;
    for (const k of fresh) taken.add(k);
    const part: ParsedDocument = fresh.length === whole.blocks.length ? whole : { ...whole, blocks: fresh.map((k) => whole.blocks[k]) };
    if (part !== whole) partReadme.add(part);
    linked.push({ doc: part, from: { file: doc.path, line }, hop: hop + 1 });
    queue.push({ doc: part, hop: hop + 1 });
  }
}

/** A short document whose paragraphs and items are mostly links: it sends the reader on rather than saying the steps. */
function pointsOnly(doc: ParsedDocument): boolean {
  const items = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem');
  const linking = items.filter((b) => (b.kind === 'paragraph' || b.kind === 'listItem') && b.links.length > 0).length;
  return items.length > 0 && items.length <= MAX_POINTER_ITEMS && linking * 2 >= items.length && !doc.blocks.some((b) => b.kind === 'code');
}
const MAX_POINTER_ITEMS = 15;

/**
 * Each link with its block's text, whose sentence around the link can say what the linked document holds; the text
 * is given only when the block can say so (tested once per block), and only for its first links.
 */
function* linksOf(blocks: readonly Block[]): Iterable<{ link: Link; text: string }> {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    const text = b.links.length > 0 && mayPromiseSteps(b.text) ? b.text : '';
    for (let k = 0; k < b.links.length; k++) yield { link: b.links[k], text: k < MAX_JUDGED_PER_BLOCK ? text : '' };
  }
}

/**
 * The order a reader meets blocks in when each linked document is read where its link first appears:
 * the guide's blocks, with a linked document's blocks inserted right after the block that links to it.
 */
export function readingOrder(start: ParsedDocument, linked: readonly LinkedDocument[]): Located[] {
  const children = new Map<string, LinkedDocument[]>();
  for (const l of linked) {
    const list = children.get(l.from.file) ?? [];
    list.push(l);
    children.set(l.from.file, list);
  }
  const out: Located[] = [];
  // By document, not path: two sections of one README linked from two places are two documents read.
  const emitted = new Set<ParsedDocument>();
  const emit = (doc: ParsedDocument): void => {
    emitted.add(doc);
    const pending = [...(children.get(doc.path) ?? [])].sort((a, b) => a.from.line - b.from.line);
    const blocks = doc.blocks;
    for (let k = 0; k < blocks.length; k++) {
      out.push({ doc, block: blocks[k], index: k });
      const nextLine = k + 1 < blocks.length ? blocks[k + 1].line : Number.POSITIVE_INFINITY;
      while (pending.length > 0 && pending[0].from.line < nextLine) {
        const child = pending.shift();
        if (child && !emitted.has(child.doc)) emit(child.doc);
      }
    }
    for (const child of pending) if (!emitted.has(child.doc)) emit(child.doc);
  };
  emit(start);
  for (const l of linked) if (!emitted.has(l.doc)) emit(l.doc);
  return out;
}
