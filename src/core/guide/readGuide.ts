import { RepoFiles, refusalMessage } from '../repo/repoFiles';
import { remoteUrls } from '../repo/gitRemote';
import { projectIdentity } from '../repo/projectIdentity';
import { readCommitlintConfig, readPackageJsonCommitlint, CommitlintFacts } from '../commitlint/readConfig';
import { syntaxOf } from '../commitlint/locateConfig';
import { FoundFiles, GuideFacts, ReaderProblem } from './facts';
import { ParsedDocument } from './documentModel';
import { findCommitlintFile, findOnrampConfig, findPrTemplates } from './findFiles';
import { LinkedDocument, followLinks, readingOrder } from './followLinks';
import { readGuideOrReadme } from './guideOrReadme';
import { parseDocument } from './parseDocument';
import { parseMarkdown } from './parseMarkdown';
import { ReadBudget, formatBytes, readText } from './readText';
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

export { contributingSection } from './guideOrReadme';

export interface ReadGuideOptions {
  /** Bytes read from any one file; larger files are cut and a problem says so. Default 1 MiB. */
  readonly maxFileBytes?: number;
  /** In-repo documents read through the guide's links. Default 8. */
  readonly maxLinkedDocs?: number;
  /** Bytes read from all files together in one run. Default 8 MiB. */
  readonly maxTotalBytes?: number;
  /** Pull request templates read, in `findPrTemplates` order. Default 10. */
  readonly maxPrTemplates?: number;
  /**
   * What the user calls the project (the editor passes the workspace folder's name): an absolute link to a
   * host named after it counts as a link to the project's own docs, as do its package.json homepage and git remote.
   */
  readonly projectName?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_LINKED_DOCS = 8;
export const DEFAULT_MAX_TOTAL_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_PR_TEMPLATES = 10;
const MAX_HOPS = 2;
/** Templates are short forms; together they get one file's worth, so a folder of them cannot flood the checklist. */
const TEMPLATE_BYTES_FACTOR = 1;
const GIT_CONFIG_BYTES = 64 * 1024;

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
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const problems: ReaderProblem[] = [];
  const budget = new ReadBudget(maxTotalBytes, `${formatBytes(maxTotalBytes)} for all files`);
  const read = (path: string): Promise<string | undefined> => readText(files, path, maxFileBytes, problems, budget);

  const rootEntries = await files.list('');
  const hasRootFile = (name: string): boolean => rootEntries.some((e) => e.kind === 'file' && e.name === name);
  const packageJson = hasRootFile('package.json') ? await read('package.json') : undefined;
  const remotes = rootEntries.some((e) => e.kind === 'directory' && e.name === '.git') ? await readRemotes(files, budget) : [];
  const identity = projectIdentity({ packageJson, remotes, projectName: options.projectName });

  const { guidePath, guide, readmeSection } = await readGuideOrReadme(files, read, problems);
  const followOptions = { maxHops: MAX_HOPS, maxLinkedDocs: options.maxLinkedDocs ?? DEFAULT_MAX_LINKED_DOCS, maxFileBytes, identity, budget };
  const linked = guide ? await followLinks(files, guide, followOptions, problems) : [];
  // Before the templates, so that a flood of templates cannot starve the config of its share of the budget.
  const commitlint = await readCommitlint(files, packageJson, read, problems);
  const templates = await readTemplates(files, { maxFileBytes, maxPrTemplates: options.maxPrTemplates ?? DEFAULT_MAX_PR_TEMPLATES, budget }, problems);

  const found: FoundFiles = {
    guide: guidePath,
    prTemplates: templates.map((t) => t.path),
    commitlintConfig: commitlint?.file ?? null,
    config: await findOnrampConfig(files),
    linkedDocs: linked.map((l) => l.doc.path),
    readmeSection,
  };
  return extractFacts({ guide, linked, prTemplates: templates, commitlint }, found, problems);
}

/**
 * The PR templates, at most `maxPrTemplates` of them and one file's worth of bytes in all: a repository can
 * hold thousands, and every one would feed the checklist. A problem says when some were left out.
 */
async function readTemplates(files: RepoFiles, limits: { maxFileBytes: number; maxPrTemplates: number; budget: ReadBudget }, problems: ReaderProblem[]): Promise<ParsedDocument[]> {
  const paths = await findPrTemplates(files, (path, reason) => problems.push({ file: path, message: refusalMessage(path, reason), severity: 'warning' }));
  if (paths.length > limits.maxPrTemplates) {
    const first = paths[limits.maxPrTemplates];
    problems.push({ file: first, message: `Only the first ${limits.maxPrTemplates} of ${paths.length} pull request templates are read; ${first} and the rest were not.`, severity: 'info' });
  }
  const templateBytes = limits.maxFileBytes * TEMPLATE_BYTES_FACTOR;
  const budget = new ReadBudget(templateBytes, `${formatBytes(templateBytes)} of pull request templates`, limits.budget);
  const templates: ParsedDocument[] = [];
  for (const path of paths.slice(0, limits.maxPrTemplates)) {
    const text = await readText(files, path, limits.maxFileBytes, problems, budget);
    if (text !== undefined) templates.push(/\.(md|markdown)$/i.test(path) ? parseMarkdown(path, text, { readComments: true }) : parseDocument(path, text));
  }
  return templates;
}

/** Remote URLs from .git/config, read as text (git is never run); problems with it are not the user's concern here. */
async function readRemotes(files: RepoFiles, budget: ReadBudget): Promise<string[]> {
  const text = await readText(files, '.git/config', GIT_CONFIG_BYTES, [], budget);
  return text === undefined ? [] : remoteUrls(text);
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

async function readCommitlint(files: RepoFiles, pkgText: string | undefined, read: (path: string) => Promise<string | undefined>, problems: ReaderProblem[]): Promise<CommitlintFacts | null> {
  if (pkgText !== undefined) {
    const fromPkg = readPackageJsonCommitlint('package.json', pkgText);
    if (fromPkg && 'convention' in fromPkg) return fromPkg;
    // A broken package.json only matters here when it might hold the config; say so quietly.
    if (fromPkg && /"commitlint"\s*:/.test(pkgText)) problems.push(fromPkg);
  }
  const path = await findCommitlintFile(files);
  if (!path) return null;
  const text = await read(path);
  if (text === undefined) return { file: path, convention: null, types: null, subjectMaxLength: null, signOff: null, problems: [] };
  return readCommitlintConfig(path, text, syntaxOf(path));
}
