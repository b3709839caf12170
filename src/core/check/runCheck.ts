/**
 * `onramp check`: reads the contribution material as the guide reader does, then lints the path a newcomer
 * takes through it. Pure core: every file goes through RepoFiles, nothing from the repository is run, and the
 * forge is asked only when the caller passes its labels (the CLI with `--online`).
 */
import { RepoFiles, dirnameOf, joinRepoPath } from '../repo/repoFiles';
import { ReadGuideOptions, extractFacts, readGuideDocuments } from '../guide/readGuide';
import type { GuideFacts } from '../guide/facts';
import { TaskInventory } from '../tasks/taskInventory';
import { CommandAt, LineText, staleCommandFindings } from './staleCommands';
import { LinkSource, LinkWorld, brokenLinkFindings, markdownLinks } from './links';
import { FactsBySource, baseBranchFinding, commitContradictions, signOffFinding, templateContradictions } from './contradictions';
import { branchNames } from './gitRefs';
import { beginnerLabelFinding, gapFindings } from './gaps';
import { CheckResult, Finding, Severity } from './types';

export interface CheckOptions extends ReadGuideOptions {
  /**
   * Asks the forge for the project's label names (the CLI's `--online`); the beginner-label rule runs only with
   * it. Returns a sentence when the forge could not be asked, which goes to the result's notes.
   */
  readonly forgeLabels?: (facts: GuideFacts) => Promise<{ readonly host: string; readonly labels: readonly string[] } | string>;
}

const MAX_TEXT_BYTES = 1024 * 1024;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export async function runCheck(files: RepoFiles, options: CheckOptions = {}): Promise<CheckResult> {
  const { docs, found, problems, tasks } = await readGuideDocuments(files, options);
  const all = extractFacts(docs, found, problems);
  const bySource: FactsBySource = {
    all,
    guideOnly: extractFacts({ ...docs, prTemplates: [], commitlint: null, maintainer: null }, found),
    configOnly: extractFacts({ ...docs, guide: null, linked: [], prTemplates: [] }, found),
    templatesOnly: extractFacts({ ...docs, guide: null, linked: [], commitlint: null, maintainer: null }, found),
  };
  const texts = new Map<string, Promise<string[] | undefined>>();
  const linesOf = (file: string): Promise<string[] | undefined> => {
    let found = texts.get(file);
    if (!found) {
      found = files.read(file, MAX_TEXT_BYTES).then((c) => (c ? new TextDecoder().decode(c.bytes).split(/\r?\n/) : undefined));
      texts.set(file, found);
    }
    return found;
  };
  const lineText: LineText = async (file, line) => (await linesOf(file))?.[line - 1];
  // The reader's task files, not read again; what else the commands need is read by this one.
  const inventory = tasks.sharing();

  const findings: Finding[] = [];
  findings.push(...maintainerFileFindings(all));
  findings.push(...(await staleCommandFindings(commandsOf(all), inventory, lineText)));
  findings.push(...(await linkFindings(all, inventory, linesOf, (file) => files.canonical?.(file) ?? Promise.resolve(undefined))));
  findings.push(...(await commitContradictions(bySource, lineText)));
  findings.push(...signOffFinding(bySource, await signOffChecks(files, inventory)));
  findings.push(...templateContradictions(bySource));
  findings.push(...(await baseBranchFinding(all, await branchNames(files), lineText)));
  findings.push(...gapFindings(all, (await inventory.kind('README.md')) === 'file'));
  const notes: string[] = [];
  if (options.forgeLabels) {
    const labels = await options.forgeLabels(all);
    if (typeof labels === 'string') notes.push(labels);
    else findings.push(...beginnerLabelFinding(all, labels.labels, labels.host));
  }

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id));
  const filesRead = [found.guide, found.readmeSection, ...found.linkedDocs, ...found.prTemplates, found.commitlintConfig, found.config, ...inventory.read].filter((f): f is string => typeof f === 'string');
  return { findings, filesRead: [...new Set(filesRead)], notes };
}

/** The maintainer file's own problems (schema, bases, bodies), as findings. */
function maintainerFileFindings(facts: GuideFacts): Finding[] {
  const config = new Set([...(facts.files.config ? [facts.files.config] : []), ...(facts.maintainer?.mergedFrom ?? [])]);
  return facts.problems
    .filter((p) => config.has(p.file))
    .map((p) => ({
      id: 'maintainer-file' as const,
      severity: p.severity === 'info' ? ('note' as const) : p.severity,
      file: p.file,
      line: p.line ?? 1,
      ...(p.column ? { column: p.column } : {}),
      message: p.message,
      why: 'Onramp shows newcomers only the valid parts of the maintainer file, so an invalid step or setting silently drops out of their walkthrough.',
    }));
}

/** Every command a newcomer is told to run: the guide's (and templates'), the maintainer file's run actions and checks. */
function commandsOf(facts: GuideFacts): CommandAt[] {
  const out: CommandAt[] = [];
  for (const c of [...facts.commands.setup, ...facts.commands.test, ...facts.commands.lint]) out.push({ command: c.command, source: c.source, where: c.source.file });
  for (const step of facts.maintainer?.steps ?? []) {
    for (const a of step.actions) if (a.kind === 'run') out.push({ command: a.command, source: a.source, where: `The step "${step.title}" of ${a.source.file}` });
    if (step.done?.kind === 'command') out.push({ command: step.done.command, source: step.done.source, where: `The done check of step "${step.title}"` });
  }
  for (const item of facts.maintainer?.checklist?.value ?? []) if (item.check) out.push({ command: item.check, source: item.source, where: `The checklist item "${item.text}"` });
  return out;
}

async function linkFindings(facts: GuideFacts, inventory: TaskInventory, linesOf: (file: string) => Promise<string[] | undefined>, canonicalOf: (file: string) => Promise<string | undefined>): Promise<Finding[]> {
  const anchorCache = new Map<string, Promise<ReadonlySet<string> | undefined>>();
  const world: LinkWorld = {
    kind: (path) => inventory.kind(path),
    anchorsOf: (path) => {
      let found = anchorCache.get(path);
      if (!found) {
        found = linesOf(path).then((lines) => (lines ? markdownLinks(lines.join('\n')).anchors : undefined));
        anchorCache.set(path, found);
      }
      return found;
    },
  };
  const out: Finding[] = [];
  const docs = [facts.files.guide, ...facts.files.linkedDocs, ...facts.files.prTemplates].filter((f): f is string => typeof f === 'string' && /\.(md|markdown|mdx)$/i.test(f));
  for (const file of [...new Set(docs)]) {
    const lines = await linesOf(file);
    if (!lines) continue;
    // A guide that is a link (`CONTRIBUTING.md -> docs/development/onboarding.md`) has its links resolved from the file
    // it links to, as the reader followed them.
    const real = await canonicalOf(file);
    const source: LinkSource = { file, ...(real !== undefined && real !== '' && real !== file ? { baseDir: dirnameOf(real) } : {}), parsed: markdownLinks(lines.join('\n')) };
    out.push(...(await brokenLinkFindings(source, world, file)));
  }
  for (const step of facts.maintainer?.steps ?? []) {
    if (step.body?.kind === 'markdown') {
      const source: LinkSource = { file: step.body.source.file, baseDir: step.body.baseDir, parsed: markdownLinks(step.body.markdown, step.body.source.line - 1) };
      out.push(...(await brokenLinkFindings(source, world, `The step "${step.title}"`)));
    }
    for (const a of step.actions) {
      if (a.kind !== 'open' || a.target.kind !== 'file') continue;
      const path = joinRepoPath(a.target.path);
      if (path !== undefined && (await inventory.kind(path)) === undefined) {
        out.push({
          id: 'broken-link',
          severity: 'error',
          file: a.source.file,
          line: a.source.line,
          message: `The step "${step.title}" opens ${a.target.path}, which does not exist in the repository.`,
          why: 'The newcomer clicks the step\'s button and nothing opens, on a step meant to show them the way.',
        });
      }
    }
  }
  return out;
}

async function signOffChecks(files: RepoFiles, inventory: TaskInventory): Promise<{ dcoConfig: boolean; workflow: string | undefined }> {
  const dcoConfig = (await inventory.kind('.github/dco.yml')) === 'file' || (await inventory.kind('.github/dco.yaml')) === 'file';
  let workflow: string | undefined;
  for (const e of (await files.list('.github/workflows')).slice(0, 50)) {
    if (e.kind !== 'file' || !/\.ya?ml$/.test(e.name)) continue;
    const c = await files.read(`.github/workflows/${e.name}`, 256 * 1024);
    if (c && /\bdco\b|signed-off-by|sign-?off/i.test(new TextDecoder().decode(c.bytes))) {
      workflow = `.github/workflows/${e.name}`;
      break;
    }
  }
  return { dcoConfig, workflow };
}
