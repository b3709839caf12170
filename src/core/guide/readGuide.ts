import { RepoEntry, RepoFiles, refusalMessage } from '../repo/repoFiles';
import { GitRemote, namedRemotes } from '../repo/gitRemote';
import { projectIdentity } from '../repo/projectIdentity';
import { KnownHost, projectFromRemotes } from '../repo/project';
import { readCommitlintConfig, readPackageJsonCommitlint, CommitlintFacts } from '../commitlint/readConfig';
import { syntaxOf } from '../commitlint/locateConfig';
import { ChangelogHow, ChecklistItem, ConfirmedFact, Fact, FoundCommand, FoundFiles, GuideFacts, Origin, ReaderProblem, SourceRef } from './facts';
import { GITREVIEW_FILE, reviewElsewhere } from './reviewElsewhere';
import { FACT_CATALOG, factAt, setAt } from './factCatalog';
import { EXTRACTORS, ExtractContext } from './factExtraction';
import { toChecklistItem } from './checklistItems';
import { readMaintainerFile } from '../maintainer/readMaintainerFile';
import type { MaintainerConfig, PendingRemote, RemoteSpec } from '../maintainer/types';
import { ParsedDocument } from './documentModel';
import { findCommitlintFiles, findOnrampConfig, findPrTemplates } from './findFiles';
import { HACKING_NAME } from './guidePlaces';
import { LinkedDocument, followLinks, readingOrder } from './followLinks';
import { LinkResolver } from './linkResolver';
import { MAY_HAVE_SENDING_SECTION, readGuideOrReadme, sendingSection } from './guideOrReadme';
import { acceptsPullRequests } from './extract/pullRequests';
import { locateReadme } from './locateGuide';
import { MENTIONS_DEVELOPER_DOC, readmeDeveloperDocs } from './readmeGuideLink';
import { parseDocument } from './parseDocument';
import { parseMarkdown } from './parseMarkdown';
import { ReadBudget, formatBytes, readText, readTextAt } from './readText';
import { Located, Sources, flowOf } from './sources';
import { plain } from './extract/text';
import { commands } from './extract/commands';
import { checklist } from './extract/checklist';
import { othersSection } from './extract/checklistTemplates';
import { confirmingTask } from '../tasks/confirmTask';
import { TaskIndex } from '../tasks/taskIndex';
import { MAX_TASK_FILE_BYTES, TaskInventory } from '../tasks/taskInventory';
import { ChangelogEvidence, changelogEvidence, confirmingChangelog } from './changelogEvidence';

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
  /** Forge hosts the user configured (GitHub Enterprise, self-managed GitLab), for the project's host kind and API URL. */
  readonly knownHosts?: readonly KnownHost[];
  /** Fetches a maintainer file's base from another repository; given by the editor only once the workspace is trusted. */
  readonly fetchRemote?: (spec: RemoteSpec) => Promise<string | undefined>;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_LINKED_DOCS = 8;
export const DEFAULT_MAX_TOTAL_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_PR_TEMPLATES = 10;
const MAX_HOPS = 2;
/** Template files read as Markdown: `.md`, `.markdown`, `.txt`, or no extension at all. */
const MARKDOWN_TEMPLATE = /(?:\.(?:md|markdown|txt)|(?:^|\/)[^./]+)$/i;
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
  /** The git remotes, for the project the contribution goes to. */
  readonly remotes?: readonly GitRemote[];
  readonly knownHosts?: readonly KnownHost[];
  readonly maintainer?: MaintainerConfig | null;
  readonly pendingRemote?: readonly PendingRemote[];
  /** The tasks the repository defines (scripts, make targets...), to confirm the commands the guide names. */
  readonly tasks?: TaskIndex;
  /** What the repository's files show about its changelog (a `.changeset/` folder...), to confirm the guide's rule. */
  readonly changelog?: readonly ChangelogEvidence[];
  /** A repository file that says review happens outside pull requests (`.gitreview`), for a guide that does not say. */
  readonly reviewElsewhere?: SourceRef;
  /** The README's section on sending changes, beside a guide (sendingSection): read only for whether pull requests are taken. */
  readonly readmeSending?: ParsedDocument | null;
  /** The project's own names (its folder, remotes, package.json), normalised: installing a package of that name gets the product. */
  readonly projectNames?: readonly string[];
}

/** Finds, reads and extracts everything the reader knows about a repository. Never throws on content. */
export async function readGuide(files: RepoFiles, options: ReadGuideOptions = {}): Promise<GuideFacts> {
  const { docs, found, problems } = await readGuideDocuments(files, options);
  return extractFacts(docs, found, problems);
}

/** What `readGuide` read, before extraction: so a caller can extract from some of the material alone (the check compares the guide's own values with the configs'). */
export interface ReadDocuments {
  readonly docs: GuideDocuments;
  readonly found: FoundFiles;
  readonly problems: ReaderProblem[];
  /** The task files as read (cached), for the check to look further names up without reading them again. */
  readonly tasks: TaskInventory;
}

/** Finds and reads the material `readGuide` extracts from. Never throws on content. */
export async function readGuideDocuments(files: RepoFiles, options: ReadGuideOptions = {}): Promise<ReadDocuments> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const problems: ReaderProblem[] = [];
  const budget = new ReadBudget(maxTotalBytes, `${formatBytes(maxTotalBytes)} for all files`);
  const read = (path: string): Promise<string | undefined> => readText(files, path, maxFileBytes, problems, budget);

  const rootEntries = await files.list('');
  const hasRootFile = (name: string): boolean => rootEntries.some((e) => e.kind === 'file' && e.name === name);
  const packageJson = hasRootFile('package.json') ? await read('package.json') : undefined;
  const gitreview = hasRootFile(GITREVIEW_FILE) ? await read(GITREVIEW_FILE) : undefined;
  const remotes = rootEntries.some((e) => e.kind === 'directory' && e.name === '.git') ? await readRemotes(files, budget) : [];
  const remoteUrls = [...remotes.filter((r) => r.name === 'origin'), ...remotes.filter((r) => r.name !== 'origin')].map((r) => r.url);
  const identity = projectIdentity({ packageJson, remotes: remoteUrls, projectName: options.projectName });

  // One resolver for the reading: the README's link to the guide and the guide's links share its folder listings and docs index.
  const resolver = new LinkResolver(files, identity, options.projectName);
  const { guidePath, guide, readmeSection, readmeOnly } = await readGuideOrReadme(files, (path) => readTextAt(files, path, maxFileBytes, problems, budget), problems, resolver);
  const besideGuide = guide && !readmeSection ? await readmeBesideGuide(files, resolver, maxFileBytes, budget) : { developerDocs: [], sending: null };
  // (Not a root build document beside a guide, `BUILDING.md`: in whole checkouts it added steps for other platforms and
  // packagers far more often than ones the guide left out; it is the guide only where there is nothing else.)
  const alsoRead = [...rootHacking(rootEntries), ...besideGuide.developerDocs];
  const followOptions = { maxHops: MAX_HOPS, maxLinkedDocs: options.maxLinkedDocs ?? DEFAULT_MAX_LINKED_DOCS, maxFileBytes, identity, folderName: options.projectName, budget, resolver, alsoRead };
  // Before the templates, so that a flood of templates cannot starve the config of its share of the budget.
  const commitlint = await readCommitlint(files, packageJson, read, problems);
  const templates = await readTemplates(files, { maxFileBytes, maxPrTemplates: options.maxPrTemplates ?? DEFAULT_MAX_PR_TEMPLATES, budget }, problems);
  const linked = guide ? await followLinks(files, guide, followOptions, problems, templates) : [];

  const inventory = new TaskInventory(files, (path) => readText(files, path, Math.min(maxFileBytes, MAX_TASK_FILE_BYTES), problems, budget));
  inventory.seedListing('', rootEntries);
  if (hasRootFile('package.json')) inventory.seedText('package.json', packageJson);
  const tasks = await inventory.index();
  const changelog = await changelogEvidence(inventory);

  const configPath = await findOnrampConfig(files);
  const maintainer = configPath ? await readMaintainerFile(files, configPath, { maxFileBytes, fetchRemote: options.fetchRemote }) : null;
  if (maintainer) problems.push(...maintainer.problems);

  const found: FoundFiles = {
    guide: guidePath,
    prTemplates: templates.map((t) => t.path),
    commitlintConfig: commitlint?.file ?? null,
    config: configPath,
    linkedDocs: linked.map((l) => l.doc.path),
    readmeSection,
    taskFiles: [...inventory.read],
    readmeOnly: readmeOnly ?? null,
  };
  const docs = { guide, linked, prTemplates: templates, commitlint, remotes, knownHosts: options.knownHosts, maintainer: maintainer?.config ?? null, pendingRemote: maintainer?.pendingRemote ?? [], tasks, changelog, reviewElsewhere: reviewElsewhere(gitreview, packageJson), readmeSending: besideGuide.sending, projectNames: identity.names };
  return { docs, found, problems, tasks: inventory };
}

/**
 * What the README adds beside a guide: the developer docs it links to (readmeDeveloperDocs), and its section on sending
 * changes (sendingSection), for a guide that says neither. The README is read quietly: a problem with a file the
 * newcomer did not ask about is noise.
 */
async function readmeBesideGuide(files: RepoFiles, resolver: LinkResolver, maxFileBytes: number, budget: ReadBudget): Promise<{ developerDocs: string[]; sending: ParsedDocument | null }> {
  const path = await locateReadme(files);
  const text = path === undefined ? undefined : await readText(files, path, maxFileBytes, [], budget);
  if (path === undefined || text === undefined) return { developerDocs: [], sending: null };
  // Parsed once, and only when a cheap look at the text finds what either part needs.
  const wantsDocs = MENTIONS_DEVELOPER_DOC.test(text);
  const wantsSending = MAY_HAVE_SENDING_SECTION.test(text);
  if (!wantsDocs && !wantsSending) return { developerDocs: [], sending: null };
  const readme = parseDocument(path, text);
  return { developerDocs: wantsDocs ? await readmeDeveloperDocs(resolver, readme) : [], sending: wantsSending ? sendingSection(readme) : null };
}

/**
 * A HACKING file at the root is the developer's half of the guide beside it (how to build, test and lint), by the
 * older convention of C and Unix projects, whether the guide links it or not. A Markdown one first when there are two;
 * a `README-hacking` after it.
 */
function rootHacking(rootEntries: readonly RepoEntry[]): string[] {
  const hacking = rootEntries.filter((e) => e.kind === 'file' && HACKING_NAME.test(e.name)).map((e) => e.name).sort();
  const path = hacking.find((n) => /\.md$/i.test(n)) ?? hacking[0];
  // GNU projects built from a git checkout with gnulib (coreutils, grep, tar) keep those steps in `README-hacking`.
  const gnu = rootEntries.find((e) => e.kind === 'file' && /^README[-_.]hacking(?:\.(?:md|txt|rst))?$/i.test(e.name))?.name;
  return [...(path === undefined ? [] : [path]), ...(gnu === undefined ? [] : [gnu])];
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
    // A template fills the pull request's description, which the forge renders as Markdown whatever the file's
    // extension: `PULL_REQUEST_TEMPLATE` and `pull_request_template.txt` are Markdown too, their comments included.
    if (text !== undefined) templates.push(MARKDOWN_TEMPLATE.test(path) ? parseMarkdown(path, text, { readComments: true }) : parseDocument(path, text));
  }
  return templates;
}

/** Remote URLs from .git/config, read as text (git is never run); problems with it are not the user's concern here. */
async function readRemotes(files: RepoFiles, budget: ReadBudget): Promise<GitRemote[]> {
  const text = await readText(files, '.git/config', GIT_CONFIG_BYTES, [], budget);
  return text === undefined ? [] : namedRemotes(text);
}

/**
 * Facts of the contribution flow a short guide may state itself. A CLA or a DCO is not one of them: pointer guides often
 * say a CLA bot will ask or name the certificate, then send the reader to the real guide (eslint's).
 */
const OWN_FACTS = ['discussFirst', 'baseBranch', 'commit.convention', 'changelog.required', 'branchNaming'] as const;

/**
 * A guide read as a pointer that itself states a fact of the flow (an issue first, the base branch, the commit form)
 * is not only a pointer: it is the guide, with links for more (dev set: 12 more guides read right, none lost).
 */
function statesFacts(scalars: Record<string, unknown>, guide: ParsedDocument | null): void {
  const pointer = scalars.guideIsPointerOnly as Fact<boolean> | null;
  if (!guide || pointer?.value !== true) return;
  // (Said in a block with no link: "please follow our [commit conventions](COMMITS.md)" points at the rules.)
  // (A heading alone, "## Conventional Commits" over a link to the rules, states nothing of its own.)
  const unlinked = new Set(guide.blocks.filter((b) => b.kind !== 'heading' && (b.kind === 'code' || b.links.length === 0)).map((b) => b.line));
  // (A branch named as code in a block with links is still said by the guide itself: "When you send your PR, make sure
  // `develop` is the destination branch on the [repository](...)".)
  const quotedHere = (f: Fact<unknown>): boolean => typeof f.value === 'string' && guide.blocks.some((b) => b.line === f.source.line && b.kind !== 'heading' && b.kind !== 'code' && b.code.some((c) => c.text.trim() === f.value) && !b.links.some((link) => link.text.includes(f.value as string)));
  const own = OWN_FACTS.map((id) => factAt(scalars, id)).filter((f): f is Fact<unknown> => f !== null && f.source.file === guide.path && (unlinked.has(f.source.line) || quotedHere(f)));
  if (own.length > 0) scalars.guideIsPointerOnly = { ...pointer, value: false, source: own[0].source } satisfies Fact<boolean>;
}

/**
 * The facts in already-read documents; pure and synchronous, so it can be benchmarked and tested alone. Each
 * single fact is found as `FACT_CATALOG` describes; every fact is then told its origin from the file it came from.
 */
export function extractFacts(docs: GuideDocuments, files: FoundFiles, problems: readonly ReaderProblem[] = []): GuideFacts {
  const sources: Sources = {
    guide: docs.guide,
    guideFlow: docs.guide ? readingOrder(docs.guide, docs.linked) : [],
    templates: docs.prTemplates,
    // A template's sections for maintainers, reviewers or after the merge ask nothing of the author: the checklist
    // leaves their boxes out, and no fact (changelog, discuss first, sign-off) is read from them either.
    templateFlow: docs.prTemplates.flatMap(flowOf).filter((l) => !l.block.sections.some(othersSection)),
    projectNames: docs.projectNames,
  };
  const context: ExtractContext = { sources, commitlint: docs.commitlint, maintainer: docs.maintainer ?? null, files };
  const originOf = originsFor(files, docs.commitlint, docs.maintainer ?? null);
  const scalars: Record<string, unknown> = {};
  for (const spec of FACT_CATALOG) {
    const found = EXTRACTORS[spec.id](context);
    setAt(scalars, spec.id, found ? ({ value: found.value, source: found.source, origin: originOf(found.source.file) } satisfies Fact<unknown>) : null);
  }
  confirmChangelog(scalars, docs.changelog ?? [], [...sources.guideFlow, ...sources.templateFlow]);
  // The README's section on sending changes, when the guide does not say ("This repository uses Gerrit for code changes").
  const fromReadme = scalars.acceptsPullRequests === null && docs.readmeSending ? acceptsPullRequests({ guide: docs.readmeSending, guideFlow: flowOf(docs.readmeSending), templates: [], templateFlow: [] }) : null;
  if (fromReadme) scalars.acceptsPullRequests = { value: fromReadme.value, source: fromReadme.source, origin: 'guide' } satisfies Fact<boolean>;
  // A guide silent on pull requests, in a repository whose `.gitreview` names its Gerrit host: changes go there.
  if (scalars.acceptsPullRequests === null && docs.reviewElsewhere) {
    scalars.acceptsPullRequests = { value: false, source: { file: docs.reviewElsewhere.file, line: docs.reviewElsewhere.line }, origin: 'repository' } satisfies Fact<boolean>;
  }
  statesFacts(scalars, docs.guide);
  const found = commands(sources, docs.tasks);
  const confirmed = (command: string) => {
    const at = docs.tasks ? confirmingTask(command, docs.tasks) : undefined;
    return at ? { confirmedBy: at } : {};
  };
  // (A task typed at sbt's prompt is sbt's, not a Makefile's or a script's of the same name.)
  const sourced = (list: readonly FoundCommand[]) => list.map((c) => ({ ...c, origin: originOf(c.source.file), ...(c.typedIn ? {} : confirmed(c.command)) }));
  const items = checklist(sources).map((item) => toChecklistItem(item, originOf(item.source.file)));
  const facts = {
    files,
    ...scalars,
    commands: { setup: sourced(found.setup), test: sourced(found.test), lint: sourced(found.lint) },
    checklist: [...configChecklist(docs.maintainer ?? null), ...items.filter((item) => item.choice !== true)],
    changeChoices: items.filter((item) => item.choice === true),
    project: projectFromRemotes(docs.remotes ?? [], docs.knownHosts),
    commitlint: docs.commitlint?.config ?? null,
    maintainer: docs.maintainer ?? null,
    pendingRemote: docs.pendingRemote ?? [],
    problems: [...problems, ...(docs.commitlint?.problems ?? [])],
  };
  return facts as unknown as GuideFacts;
}

/** A changelog file named in the text: `CHANGELOG.md`, "the CHANGES file", `HISTORY.rst`, a what's-new page. */
const NAMES_A_FILE = /\b(?:CHANGELOG|CHANGES|HISTORY|NEWS)\b|\b(?:[Cc]hange[-_]?[Ll]og|[Cc]hanges|[Hh]istory|[Nn]ews|[Rr]elease[-_]?[Nn]otes?|[Ww]hat'?s[-_]?[Nn]ew)\.(?:md|markdown|rst|txt|adoc)\b|\b[Ww]hat'?s[-_\s]?[Nn]ew\b/;

/** Adds `confirmedBy` to the changelog rule when the repository's files bear it out. */
function confirmChangelog(scalars: Record<string, unknown>, evidence: readonly ChangelogEvidence[], flow: readonly Located[]): void {
  const changelog = scalars.changelog as { required: ConfirmedFact<boolean> | null; how: Fact<ChangelogHow> | null } | undefined;
  // "Add a changelog entry" with no file named, in a repository that keeps a folder of entries (`.changelog/`,
  // `changelog.d/`, `.changes/`): the entry is a file in that folder, as the repository shows.
  const folder = evidence.find((e) => e.how === 'changelog-folder' || e.how === 'changesets');
  const how = changelog?.how;
  if (changelog?.required?.value === true && how?.value === 'changelog-file' && folder) {
    const said = flow.find((l) => l.doc.path === how.source.file && l.block.line === how.source.line);
    if (said && said.block.kind !== 'code' && !NAMES_A_FILE.test(plain(said.block))) changelog.how = { value: folder.how, source: folder.source, origin: 'repository' } as Fact<ChangelogHow>;
  }
  const confirmedBy = changelog?.required ? confirmingChangelog(changelog.required, changelog.how, evidence) : undefined;
  if (changelog?.required && confirmedBy) changelog.required = { ...changelog.required, confirmedBy };
}

/** The maintainer file's own checklist items, first: the maintainer chose them for this path. */
function configChecklist(maintainer: MaintainerConfig | null): ChecklistItem[] {
  return (maintainer?.checklist?.value ?? []).map((item) => {
    const base = toChecklistItem({ text: item.text, source: { file: item.source.file, line: item.source.line } }, 'config');
    return { ...base, optional: item.optional || base.optional, ...(item.check ? { command: item.check } : {}) };
  });
}

/** A fact's origin from its file: the commitlint config, a template, the maintainer file, or else the guide's prose. */
function originsFor(files: FoundFiles, commitlint: CommitlintFacts | null, maintainer: MaintainerConfig | null): (file: string) => Origin {
  const templates = new Set(files.prTemplates);
  const config = new Set([...(files.config ? [files.config] : []), ...(maintainer?.mergedFrom ?? [])]);
  return (file) => {
    if (commitlint && file === commitlint.file) return 'commitlint';
    if (templates.has(file)) return 'template';
    if (config.has(file)) return 'config';
    return 'guide';
  };
}

/**
 * The commitlint config commitlint itself would use: the `commitlint` key of package.json first, then the config
 * files in its search order. Every config found is listed, and one that is shadowed says so.
 */
async function readCommitlint(files: RepoFiles, pkgText: string | undefined, read: (path: string) => Promise<string | undefined>, problems: ReaderProblem[]): Promise<CommitlintFacts | null> {
  const paths = await findCommitlintFiles(files);
  let chosen: CommitlintFacts | null = null;
  if (pkgText !== undefined) {
    const fromPkg = readPackageJsonCommitlint('package.json', pkgText);
    if (fromPkg && 'convention' in fromPkg) chosen = fromPkg;
    // A broken package.json only matters here when it might hold the config; say so quietly.
    else if (fromPkg && /"commitlint"\s*:/.test(pkgText)) problems.push(fromPkg);
  }
  if (!chosen && paths.length > 0) {
    const path = paths[0];
    const text = await read(path);
    chosen = text === undefined ? { file: path, convention: null, types: null, subjectMaxLength: null, signOff: null, config: null, problems: [] } : readCommitlintConfig(path, text, syntaxOf(path));
  }
  if (!chosen) return null;
  const used = chosen.file;
  const found = [...(used === 'package.json' ? ['package.json'] : []), ...paths];
  for (const other of found.filter((f) => f !== used)) {
    problems.push({ file: other, line: 1, message: `${other} is a commitlint config too, but commitlint uses ${used} (it comes first in commitlint's search order), so ${other} is ignored.`, severity: 'info' });
  }
  return chosen.config ? { ...chosen, config: { ...chosen.config, found } } : chosen;
}
