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
import { remoteName } from './remoteBase';
import { ConfigSource, MaintainerConfig, MaintainerProblem, MaintainerStep, PendingRemote, RemoteFetchResult, RemoteLocation, RemoteSpec } from './types';

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
   * Fetches a base from another repository of the same host (see `remoteBaseFetcher`); supplied by the editor only
   * in a trusted workspace. Its text (or a `RemoteFetchResult` saying where it really is, or why there is none);
   * undefined when it cannot be had. Without the hook, remote bases are listed in `pendingRemote` and not used.
   */
  readonly fetchRemote?: (spec: RemoteSpec) => Promise<string | RemoteFetchResult | undefined>;
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

  type Anchor = { readonly file: string; readonly line: number } | undefined;
  type Loaded = { key: string; name: string; parsed: ParsedMaintainerFile | null; location: RemoteLocation | null };
  /** A remote spec as written, to the file it was found to be (fetched once per read, however often it is named). */
  const remoteSeen = new Map<string, { key: string; location: RemoteLocation | null }>();
  /** The names of the remote bases read, with the local `extends` line their problems show at. */
  const remoteAnchors = new Map<string, Anchor>();

  /** Problems of a remote base (or about one named in it) are shown at the local `extends` line leading there. */
  const shown = (problem: MaintainerProblem, anchor: Anchor): MaintainerProblem => (anchor && problem.file !== anchor.file ? { ...problem, shownAt: anchor } : problem);

  async function load(target: Target, via: ConfigSource | undefined, anchor: Anchor): Promise<Loaded> {
    if (target.kind === 'remote') return loadRemote(target.spec, via!, anchor);
    const key = `local:${(await files.canonical?.(target.path)) ?? target.path}`;
    if (parsedByKey.has(key)) return { key, name: target.path, parsed: parsedByKey.get(key) ?? null, location: null };
    const text = await readConfigText(target.path, via);
    const parsed = text === undefined ? null : parseMaintainerText(target.path, text);
    parsedByKey.set(key, parsed);
    if (parsed) problems.push(...parsed.problems);
    return { key, name: target.path, parsed, location: null };
  }

  async function loadRemote(spec: RemoteSpec, via: ConfigSource, anchor: Anchor): Promise<Loaded> {
    const name = spec.text;
    const asked = `remote:${spec.kind === 'url' ? spec.url : spec.text}`;
    const known = remoteSeen.get(asked);
    if (known) return { ...known, name, parsed: parsedByKey.get(known.key) ?? null };
    const fail = (message: string, severity: MaintainerProblem['severity'] = 'warning'): Loaded => {
      problems.push(shown({ ...at(via), severity, message }, anchor));
      parsedByKey.set(asked, null);
      remoteSeen.set(asked, { key: asked, location: null });
      return { key: asked, name, parsed: null, location: null };
    };
    if (!options.fetchRemote) {
      pendingRemote.push({ spec, source: via });
      return fail(`The base ${show(name)} in another repository was not fetched: Onramp fetches bases from other repositories only in the editor, in a trusted workspace. The rest of this file applies without it.`, 'info');
    }
    let answer: string | RemoteFetchResult | undefined;
    try {
      answer = await options.fetchRemote(spec);
    } catch {
      answer = undefined;
    }
    if (answer === undefined) return fail(`The base ${show(name)} could not be fetched; the rest of this file applies without it.`);
    const result: RemoteFetchResult = typeof answer === 'string' ? { kind: 'fetched', text: answer, location: { host: '', repo: name, path: '', ref: null } } : answer;
    if (result.kind === 'failed') return fail(`The base ${show(name)} could not be fetched: ${result.reason}. The rest of this file applies without it.`);
    if (result.kind === 'local') {
      const local = await load({ kind: 'local', path: result.path }, via, anchor);
      remoteSeen.set(asked, { key: local.key, location: null });
      return local;
    }
    const location = typeof answer === 'string' ? null : result.location;
    // One key for both spellings of the same file, so a cycle through remote bases is found whatever they were called.
    const key = location ? `remote:${location.host}/${location.repo.toLowerCase()}:${location.path}@${location.ref ?? ''}` : asked;
    remoteSeen.set(asked, { key, location });
    if (parsedByKey.has(key)) return { key, name, parsed: parsedByKey.get(key) ?? null, location };
    if (result.note) problems.push(shown({ ...at(via), severity: 'info', message: result.note }, anchor));
    if (result.text.length > maxBytes) {
      problems.push(shown({ ...at(via), severity: 'error', message: `The base ${show(name)} is larger than ${formatBytes(maxBytes)}, so it was not read.` }, anchor));
      parsedByKey.set(key, null);
      remoteSeen.set(asked, { key, location });
      return { key, name, parsed: null, location };
    }
    const parsed = parseMaintainerText(name, result.text);
    parsedByKey.set(key, parsed);
    remoteAnchors.set(name, anchor ?? { file: via.file, line: via.line });
    remoteSeen.set(asked, { key, location });
    problems.push(...parsed.problems.map((p) => shown(p, anchor)));
    return { key, name, parsed, location };
  }

  /** The layers of `target` and its bases, bases first; null when `target` itself gave nothing. */
  async function collect(target: Target, chain: readonly { key: string; name: string }[], via: ConfigSource | undefined, anchor: Anchor): Promise<ConfigLayer[] | null> {
    const { key, name, parsed, location } = await load(target, via, anchor);
    const seenAt = chain.findIndex((c) => c.key === key);
    if (seenAt >= 0 && via) {
      const loop = [...chain.slice(seenAt).map((c) => c.name), name];
      const id = chain.slice(seenAt).map((c) => c.key).sort().join('\n');
      if (!reportedCycles.has(id)) {
        reportedCycles.add(id);
        problems.push(shown({ ...at(via), severity: 'error', message: `The bases form a cycle (${loop.join(' → ')}); ${show(name)} is not read again here.` }, anchor));
      }
      return [];
    }
    if (!parsed?.layer) return null;
    const layers: ConfigLayer[] = [];
    for (const ref of parsed.extendsRefs) {
      // A local file's `extends` line is where its bases' problems show; deeper down, the first such line stays.
      const refAnchor = key.startsWith('local:') ? { file: ref.source.file, line: ref.source.line } : anchor;
      if (chain.length + 1 > MAX_EXTENDS_DEPTH) {
        problems.push(shown({ ...at(ref.source), severity: 'error', message: `Bases extend each other more than ${MAX_EXTENDS_DEPTH} deep; this one is not read.` }, anchor));
        continue;
      }
      if (parsedByKey.size >= MAX_CONFIG_FILES) {
        problems.push(shown({ ...at(ref.source), severity: 'error', message: `Onramp reads at most ${MAX_CONFIG_FILES} maintainer files (the file and its bases); this base is not read.` }, anchor));
        continue;
      }
      // In a remote base, a plain path is a file of that base's repository at the same ref, never one of this repository.
      const next: Target = location !== null && ref.target.kind === 'local' ? { kind: 'remote', spec: { kind: 'repo', repo: location.repo, path: ref.target.path, ref: location.ref, text: remoteName({ ...location, path: ref.target.path }) } } : ref.target;
      layers.push(...((await collect(next, [...chain, { key, name }], ref.source, refAnchor)) ?? []));
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

  const layers = await collect({ kind: 'local', path }, [], undefined, undefined);
  if (!layers) return { config: null, problems, filesRead, pendingRemote };
  const merged = mergeLayers(path, layers);
  const budget = new ReadBudget(BODY_BUDGET_BYTES, `${formatBytes(BODY_BUDGET_BYTES)} of step body files`);
  const steps: MaintainerStep[] = [];
  for (const step of merged.steps) {
    if (step.body?.kind !== 'file') steps.push(step);
    else if (remoteAnchors.has(step.body.source.file)) {
      // A base from another repository cannot name a file of its own repository, and one of this repository would be a different file.
      problems.push(shown({ ...at(step.body.source), severity: 'error', message: `${show(step.id)}: a base from another repository cannot take a step's text from a file (bodyFile); write it in body. The step has no body.` }, remoteAnchors.get(step.body.source.file)));
      steps.push({ ...step, body: null });
    } else steps.push({ ...step, body: await readBody(step.body.path, step.body.source) });
  }
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
