import { RepoFiles } from '../repo/repoFiles';
import { readCommitlintConfig, readPackageJsonCommitlint, CommitlintFacts } from '../commitlint/readConfig';
import { syntaxOf } from '../commitlint/locateConfig';
import { FoundFiles, GuideFacts, ReaderProblem } from './facts';
import { ParsedDocument, annotateSections } from './documentModel';
import { findCommitlintFile, findOnrampConfig, findPrTemplates } from './findFiles';
import { LinkedDocument, followLinks, readingOrder } from './followLinks';
import { locateGuide, locateReadme } from './locateGuide';
import { parseDocument } from './parseDocument';
import { parseMarkdown } from './parseMarkdown';
import { readText } from './readText';
import { Sources, flowOf } from './sources';
import { acceptsPullRequests } from './extract/pullRequests';
import { baseBranch } from './extract/baseBranch';
import { commitConvention, commitTypes } from './extract/commitConvention';
import { subjectMaxLength } from './extract/subjectLength';
import { signOff } from './extract/signOff';
import { claRequired } from './extract/cla';
import { changelog } from './extract/changelog';
import { branchNaming } from './extract/branchNaming';
import { discussFirst } from './extract/discussFirst';
import { guideIsPointerOnly } from './extract/pointerOnly';
import { commands } from './extract/commands';
import { checklist } from './extract/checklist';

export interface ReadGuideOptions {
  /** Bytes read from any one file; larger files are cut and a problem says so. Default 1 MiB. */
  readonly maxFileBytes?: number;
  /** In-repo documents read through the guide's links. Default 8. */
  readonly maxLinkedDocs?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_LINKED_DOCS = 8;
const MAX_HOPS = 2;

/** Already-read material, for `extractFacts`: what `readGuide` collects before extracting. */
export interface GuideDocuments {
  /** The contribution guide, or the README's Contributing section standing in for it. */
  readonly guide: ParsedDocument | null;
  readonly linked: readonly LinkedDocument[];
  readonly prTemplates: readonly ParsedDocument[];
  readonly commitlint: CommitlintFacts | null;
}

/** Finds, reads and extracts everything the reader knows about a repository. Never throws on content. */
export async function readGuide(files: RepoFiles, options: ReadGuideOptions = {}): Promise<GuideFacts> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxLinkedDocs = options.maxLinkedDocs ?? DEFAULT_MAX_LINKED_DOCS;
  const problems: ReaderProblem[] = [];

  const guidePath = (await locateGuide(files)) ?? null;
  let guide: ParsedDocument | null = null;
  let readmeSection: string | null = null;
  if (guidePath) {
    const text = await readText(files, guidePath, maxFileBytes, problems);
    if (text !== undefined) guide = parseDocument(guidePath, text);
  } else {
    const readme = await locateReadme(files);
    const text = readme ? await readText(files, readme, maxFileBytes, problems) : undefined;
    if (readme && text !== undefined) {
      guide = contributingSection(parseDocument(readme, text));
      if (guide) readmeSection = readme;
    }
  }
  const linked = guide ? await followLinks(files, guide, { maxHops: MAX_HOPS, maxLinkedDocs, maxFileBytes }, problems) : [];

  const templatePaths = await findPrTemplates(files);
  const prTemplates: ParsedDocument[] = [];
  for (const path of templatePaths) {
    const text = await readText(files, path, maxFileBytes, problems);
    if (text !== undefined) prTemplates.push(/\.(md|markdown)$/i.test(path) ? parseMarkdown(path, text, { readComments: true }) : parseDocument(path, text));
  }

  const commitlint = await readCommitlint(files, maxFileBytes, problems);
  const found: FoundFiles = {
    guide: guidePath,
    prTemplates: templatePaths,
    commitlintConfig: commitlint?.file ?? null,
    config: await findOnrampConfig(files),
    linkedDocs: linked.map((l) => l.doc.path),
    readmeSection,
  };
  return extractFacts({ guide, linked, prTemplates, commitlint }, found, problems);
}

/**
 * The facts in already-read documents; pure and synchronous, so it can be benchmarked and tested alone.
 * When the commitlint config and the guide disagree, the config wins for convention, types and lengths.
 */
export function extractFacts(docs: GuideDocuments, files: FoundFiles, problems: readonly ReaderProblem[] = []): GuideFacts {
  const sources: Sources = {
    guide: docs.guide,
    guideFlow: docs.guide ? readingOrder(docs.guide, docs.linked) : [],
    templates: docs.prTemplates,
    templateFlow: docs.prTemplates.flatMap(flowOf),
  };
  const config = docs.commitlint;
  const found = commands(sources);
  const log = changelog(sources);
  return {
    files,
    guideIsPointerOnly: files.readmeSection ? null : guideIsPointerOnly(docs.guide),
    acceptsPullRequests: acceptsPullRequests(sources),
    baseBranch: baseBranch(sources),
    commit: {
      convention: config?.convention ?? commitConvention(sources),
      types: config?.types ?? commitTypes(sources),
      subjectMaxLength: config?.subjectMaxLength ?? subjectMaxLength(sources),
      signOff: config?.signOff ?? signOff(sources),
    },
    claRequired: claRequired(sources),
    changelog: log,
    branchNaming: branchNaming(sources),
    discussFirst: discussFirst(sources),
    commands: found,
    checklist: checklist(sources),
    problems: [...problems, ...(config?.problems ?? [])],
  };
}

/** The README's "Contributing" section (its heading and everything under it), or null when it has none. */
export function contributingSection(readme: ParsedDocument): ParsedDocument | null {
  const start = readme.blocks.findIndex((b) => b.kind === 'heading' && /contribut/i.test(b.text));
  if (start < 0) return null;
  const heading = readme.blocks[start];
  const level = heading.kind === 'heading' ? heading.level : 1;
  let end = start + 1;
  while (end < readme.blocks.length) {
    const b = readme.blocks[end];
    if (b.kind === 'heading' && b.level <= level) break;
    end++;
  }
  const blocks = readme.blocks.slice(start, end).map((b) => ({ ...b, sections: [] }));
  return { path: readme.path, format: readme.format, blocks: annotateSections(blocks) };
}

async function readCommitlint(files: RepoFiles, maxFileBytes: number, problems: ReaderProblem[]): Promise<CommitlintFacts | null> {
  const pkgText = (await files.list('')).some((e) => e.kind === 'file' && e.name === 'package.json')
    ? await readText(files, 'package.json', maxFileBytes, problems)
    : undefined;
  if (pkgText !== undefined) {
    const fromPkg = readPackageJsonCommitlint('package.json', pkgText);
    if (fromPkg && 'convention' in fromPkg) return fromPkg;
    // A broken package.json only matters here when it might hold the config; say so quietly.
    if (fromPkg && /"commitlint"\s*:/.test(pkgText)) problems.push(fromPkg);
  }
  const path = await findCommitlintFile(files);
  if (!path) return null;
  const text = await readText(files, path, maxFileBytes, problems);
  if (text === undefined) return { file: path, convention: null, types: null, subjectMaxLength: null, signOff: null, problems: [] };
  return readCommitlintConfig(path, text, syntaxOf(path));
}
