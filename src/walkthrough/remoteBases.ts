import * as vscode from 'vscode';
import type { GuideFacts, ReaderProblem } from '../core/guide/facts';
import type { MaintainerReadResult } from '../core/maintainer/readMaintainerFile';
import { ForgeAccess } from '../issues/forgeAccess';
import { loadReader } from '../repository/loadReader';
import type { RepositoryRoot } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { Settings } from '../util/settings';
import { repoFilesFor } from '../util/workspaceRepoFiles';

/**
 * Bases of the maintainer file that live in another repository of the same host (`extends:
 * owner/repo:path@ref`). The reader (in its worker thread) never fetches them: it lists them as pending. Here,
 * in a trusted workspace only, the maintainer file is read again in the extension host with a fetch hook that
 * goes through the forge client (the token chosen by host as for issues, sent only to the API's own origin;
 * answers cached on disk with their ETag, revalidated, and served when the host cannot be reached). In
 * Restricted Mode nothing is requested, and the reader's problem at the `extends` line says why.
 *
 * Each reading of a root is resolved once (the same facts object gives the same promise), so showing the view,
 * its pages and the Problems panel costs one conditional request per base per change of the files.
 */
export class RemoteBases {
  private readonly resolved = new WeakMap<GuideFacts, Promise<GuideFacts>>();

  constructor(
    private readonly access: ForgeAccess | undefined,
    private readonly logger: Logger,
    private readonly isTrusted: () => boolean = () => vscode.workspace.isTrusted,
  ) {}

  /** The facts with the remote bases merged in, or the facts as they are when there are none or none may be fetched. */
  resolve(root: RepositoryRoot, facts: GuideFacts): Promise<GuideFacts> {
    if (!facts.pendingRemote?.length || !facts.files.config || !this.access || !this.isTrusted()) return Promise.resolve(facts);
    let result = this.resolved.get(facts);
    if (!result) {
      result = this.fetch(root, facts, this.access, facts.files.config).catch((error: unknown) => {
        this.logger.error('reading the remote bases failed', error);
        return facts;
      });
      this.resolved.set(facts, result);
    }
    return result;
  }

  private async fetch(root: RepositoryRoot, facts: GuideFacts, access: ForgeAccess, config: string): Promise<GuideFacts> {
    const started = Date.now();
    // The forge client's sentences speak of issues; without a project, say what it means for a base.
    const choice = access.project(facts)
      ? await access.client(facts, { mode: 'network' })
      : { problem: vscode.l10n.t('no git remote of this folder names a GitHub or GitLab repository, so Onramp does not know the host to fetch it from.') };
    if ('problem' in choice) {
      // No forge to ask (no remote naming one, an unusable API address): each base says so at its line.
      const problems: ReaderProblem[] = (facts.pendingRemote ?? []).map((p) => ({
        file: p.source.file,
        line: p.source.line,
        severity: 'warning',
        message: vscode.l10n.t('The base {0} in another repository was not fetched: {1}', JSON.stringify(p.spec.text), choice.problem),
      }));
      const pending = new Set((facts.pendingRemote ?? []).map((p) => `${p.source.file}:${p.source.line}`));
      return { ...facts, problems: [...facts.problems.filter((p) => !pending.has(`${p.file}:${p.line}`) || p.severity !== 'info'), ...problems] };
    }
    const reader = loadReader();
    const maxBytes = new Settings(root.uri).maxFileKilobytes * 1024;
    const fetchRemote = reader.remoteBaseFetcher({ project: choice.target.project, repository: (repo) => choice.client.forRepository(repo), maxBytes });
    const read = await reader.readMaintainerFile(repoFilesFor(root.uri), config, { maxFileBytes: maxBytes, fetchRemote });
    const session = choice.client.session;
    this.logger.info(`read ${read.config?.mergedFrom.length ?? 0} maintainer file(s) of ${root.name} with remote bases in ${Date.now() - started} ms: ${session.requests} request(s), ${session.notModified} not modified`);
    return withMaintainer(facts, config, read);
  }
}

/** The facts with the maintainer file's reading replaced: its config, and its problems instead of the first reading's. */
function withMaintainer(facts: GuideFacts, config: string, read: MaintainerReadResult): GuideFacts {
  const files = new Set([config, ...(facts.maintainer?.mergedFrom ?? [])]);
  const kept = facts.problems.filter((p) => !files.has(p.file));
  // Step body files are read by both readings; their problems are kept once.
  const seen = new Set(kept.map(problemKey));
  const added = read.problems.filter((p) => !seen.has(problemKey(p)));
  return { ...facts, maintainer: read.config, pendingRemote: read.pendingRemote, problems: [...kept, ...added] };
}

const problemKey = (p: ReaderProblem): string => `${p.file}\n${p.line ?? ''}\n${p.column ?? ''}\n${p.message}`;
