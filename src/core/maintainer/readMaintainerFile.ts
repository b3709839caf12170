/**
 * Reads the maintainer file and everything it draws on: in-repo bases (`extends`), bases in other repositories
 * through the caller's fetch hook, and step body files, all through `RepoFiles`, so nothing outside the
 * repository is read (it refuses symlinks that leave it). Bases are merged (the file overrides its bases), a
 * cycle is refused once at the `extends` line that closes it, and every problem names its file and line.
 */
import { ReaderProblem } from '../guide/facts';
import { ReadBudget, formatBytes, readText } from '../guide/readText';
import { RepoFiles, dirnameOf, refusalMessage } from '../repo/repoFiles';
import { decodeText } from '../text/decode';
import { ConfigLayer, ExtendsRef } from './buildLayer';
import { markdownLinks } from './links';
import { mergeLayers } from './merge';
import { ParsedMaintainerFile, parseMaintainerText } from './parseMaintainerText';
import { show } from './schemaErrors';
import { ConfigSource, MaintainerConfig, MaintainerProblem, MaintainerStep, PendingRemote, RemoteSpec } from './types';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** How deep bases may extend bases. */
export const MAX_EXTENDS_DEPTH = 5;
/** How many maintainer files (the file and its bases) one read takes in at most. */
export const MAX_CONFIG_FILES = 16;
/** All step body files together. */
const BODY_BUDGET_BYTES = 8 * 1024 * 1024;

export interface ReadMaintainerOptions {
  /** The most bytes read of one file; a larger maintainer file is refused (a cut YAML file could mean something else). */
  readonly maxFileBytes?: number;
  /**
   * Fetches a base from another repository of the same host; supplied by the editor only in a trusted workspace
   * once the user allowed it. Undefined when it cannot be had. Without the hook, remote bases are listed in
   * `pendingRemote` and not used.
   */
  readonly fetchRemote?: (spec: RemoteSpec) => Promise<string | undefined>;
}

export interface MaintainerReadResult {
  /** The merged config, or null when the maintainer file itself gave nothing usable. */
  readonly config: MaintainerConfig | null;
  readonly problems: readonly MaintainerProblem[];
  /** Repo-relative files read: the maintainer file, its in-repo bases, step body files. */
  readonly filesRead: readonly string[];
  /** Remote bases that were not fetched, because no fetch hook was given. */
  readonly pendingRemote: readonly PendingRemote[];
}

type Target = ExtendsRef['target'];

export async function readMaintainerFile(files: RepoFiles, path: string, options: ReadMaintainerOptions = {}): Promise<MaintainerReadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const problems: MaintainerProblem[] = [];
  const filesRead: string[] = [];
  const pendingRemote: PendingRemote[] = [];
  const parsedByKey = new Map<string, ParsedMaintainerFile | null>();
  const reportedCycles = new Set<string>();

  async function load(target: Target, via: ConfigSource | undefined): Promise<{ key: string; parsed: ParsedMaintainerFile | null }> {
    if (target.kind === 'remote') {
      const key = `remote:${target.spec.kind === 'url' ? target.spec.url : target.spec.text}`;
      if (parsedByKey.has(key)) return { key, parsed: parsedByKey.get(key) ?? null };
      let text: string | undefined;
      if (!options.fetchRemote) {
        pendingRemote.push({ spec: target.spec, source: via! });
        problems.push({ ...at(via!), severity: 'info', message: `The base ${show(target.spec.text)} in another repository was not fetched: Onramp fetches one only in a trusted workspace, once you allow it. The rest of this file applies without it.` });
      } else {
        try {
          text = await options.fetchRemote(target.spec);
        } catch {
          text = undefined;
        }
        if (text === undefined) problems.push({ ...at(via!), severity: 'warning', message: `The base ${show(target.spec.text)} could not be fetched; the rest of this file applies without it.` });
        else if (text.length > maxBytes) {
          problems.push({ ...at(via!), severity: 'error', message: `The base ${show(target.spec.text)} is larger than ${formatBytes(maxBytes)}, so it was not read.` });
          text = undefined;
        }
      }
      const parsed = text === undefined ? null : parseMaintainerText(target.spec.text, text);
      parsedByKey.set(key, parsed);
      if (parsed) problems.push(...parsed.problems);
      return { key, parsed };
    }
    const key = `local:${(await files.canonical?.(target.path)) ?? target.path}`;
    if (parsedByKey.has(key)) return { key, parsed: parsedByKey.get(key) ?? null };
    const text = await readConfigText(target.path, via);
    const parsed = text === undefined ? null : parseMaintainerText(target.path, text);
    parsedByKey.set(key, parsed);
    if (parsed) problems.push(...parsed.problems);
    return { key, parsed };
  }

  /** The layers of `target` and its bases, bases first; null when `target` itself gave nothing. */
  async function collect(target: Target, chain: readonly { key: string; name: string }[], via: ConfigSource | undefined): Promise<ConfigLayer[] | null> {
    const { key, parsed } = await load(target, via);
    const name = target.kind === 'local' ? target.path : target.spec.text;
    const seenAt = chain.findIndex((c) => c.key === key);
    if (seenAt >= 0 && via) {
      const loop = [...chain.slice(seenAt).map((c) => c.name), name];
      const id = chain.slice(seenAt).map((c) => c.key).sort().join('\n');
      if (!reportedCycles.has(id)) {
        reportedCycles.add(id);
        problems.push({ ...at(via), severity: 'error', message: `The bases form a cycle (${loop.join(' → ')}); ${show(name)} is not read again here.` });
      }
      return [];
    }
    if (!parsed?.layer) return null;
    const layers: ConfigLayer[] = [];
    for (const ref of parsed.extendsRefs) {
      if (chain.length + 1 > MAX_EXTENDS_DEPTH) {
        problems.push({ ...at(ref.source), severity: 'error', message: `Bases extend each other more than ${MAX_EXTENDS_DEPTH} deep; this one is not read.` });
        continue;
      }
      if (parsedByKey.size >= MAX_CONFIG_FILES) {
        problems.push({ ...at(ref.source), severity: 'error', message: `Onramp reads at most ${MAX_CONFIG_FILES} maintainer files (the file and its bases); this base is not read.` });
        continue;
      }
      layers.push(...((await collect(ref.target, [...chain, { key, name }], ref.source)) ?? []));
    }
    layers.push(parsed.layer);
    return layers;
  }

  /** A maintainer file's text; undefined (with a problem, at the `extends` line that named it when there is one) when it cannot be used. */
  async function readConfigText(file: string, via: ConfigSource | undefined): Promise<string | undefined> {
    const say = (message: string, severity: MaintainerProblem['severity'] = 'error'): undefined => {
      problems.push(via ? { ...at(via), severity, message: `The base ${show(file)} ${message}` } : { file, line: 1, severity, message: `The maintainer file ${message}` });
      return undefined;
    };
    const content = await files.read(file, maxBytes);
    if (!content) {
      const entry = (await files.list(dirnameOf(file))).find((e) => e.name === file.slice(file.lastIndexOf('/') + 1));
      if (entry?.kind === 'refused') return say(refusalMessage('', entry.reason).trimStart());
      return say(entry?.kind === 'directory' ? 'is a folder, not a file.' : 'does not exist.');
    }
    filesRead.push(file);
    // A YAML file cut short can mean something else than the whole (a list ends early), so it is not read at all.
    if (content.truncated) return say(`is ${formatBytes(content.size)}; Onramp reads maintainer files up to ${formatBytes(maxBytes)}, so it was not read.`);
    const decoded = decodeText(content.bytes);
    if (decoded.kind === 'binary') return say('looks binary (it contains NUL bytes), so it was not read.');
    if (decoded.text.trim() === '') return say('is empty.', 'info');
    return decoded.text;
  }

  const layers = await collect({ kind: 'local', path }, [], undefined);
  if (!layers) return { config: null, problems, filesRead, pendingRemote };
  const merged = mergeLayers(path, layers);
  const budget = new ReadBudget(BODY_BUDGET_BYTES, `${formatBytes(BODY_BUDGET_BYTES)} of step body files`);
  const steps: MaintainerStep[] = [];
  for (const step of merged.steps) steps.push(step.body?.kind === 'file' ? { ...step, body: await readBody(step.body.path, step.body.source) } : step);
  return { config: { ...merged, steps }, problems, filesRead, pendingRemote };

  async function readBody(file: string, via: ConfigSource): Promise<MaintainerStep['body']> {
    const readerProblems: ReaderProblem[] = [];
    const markdown = await readText(files, file, maxBytes, readerProblems, budget);
    problems.push(...readerProblems.map((p) => ({ ...p })));
    if (markdown === undefined) {
      if (readerProblems.length === 0) {
        const entry = (await files.list(dirnameOf(file))).find((e) => e.name === file.slice(file.lastIndexOf('/') + 1));
        const why = entry?.kind === 'refused' ? refusalMessage(file, entry.reason) : `${file} does not exist.`;
        problems.push({ ...at(via), severity: 'error', message: `The step's bodyFile cannot be read: ${why} The step has no body.` });
      }
      return null;
    }
    filesRead.push(file);
    const baseDir = dirnameOf(file);
    const rejected: string[] = [];
    for (const link of markdownLinks(markdown, baseDir)) {
      if (link.verdict.kind !== 'rejected') continue;
      rejected.push(link.href);
      problems.push({ file, line: link.line + 1, severity: 'error', message: `The link ${show(link.href)} is refused: ${link.verdict.reason}. It is shown as plain text.` });
    }
    return { kind: 'markdown', markdown, source: { file, line: 1, origin: 'config' }, baseDir, rejectedLinks: rejected };
  }
}

const at = (source: ConfigSource): { file: string; line: number } => ({ file: source.file, line: source.line });
