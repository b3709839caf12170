import * as vscode from 'vscode';
import type { GuideFacts } from '../core/guide/facts';
import { Disposable } from '../util/dispose';
import { loadReader } from './loadReader';
import { Logger, describeError } from '../util/logger';
import { Settings } from '../util/settings';
import { repoFilesFor } from '../util/workspaceRepoFiles';

/** The outcome of reading one folder: the facts, or why there are none. */
export type GuideReading = { readonly ok: true; readonly facts: GuideFacts } | { readonly ok: false; readonly error: string };

/**
 * Files that may become part of a reading when they appear, even before the reader has read them: guides,
 * READMEs and templates where the reader looks for them, commitlint and Onramp configs, the root package.json.
 * Anchored to those folders so that, say, `npm install` writing READMEs under node_modules changes nothing.
 */
const CANDIDATE =
  /^(?:(?:\.github|docs)\/)?(?:contributing|readme|pull_request_template|\.?commitlint[\w.-]*|\.commitlintrc[\w.-]*|\.?onramp\.ya?ml|package\.json)(?:\.[a-z]+)?$|^(?:(?:\.github|docs)\/)?pull_request_template\/[^/]+$/i;
const REFRESH_DELAY_MS = 300;

/**
 * Reads each workspace folder's contribution material once, on first request, and again when a file it read
 * (or a file that could now be read) changes. The reader itself is loaded on first use, not at activation.
 */
export class GuideService extends Disposable {
  private readonly readings = new Map<string, Promise<GuideReading>>();
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly logger: Logger) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*'));
    const onFile = (uri: vscode.Uri) => this.fileChanged(uri);
    this.register(watcher.onDidCreate(onFile));
    this.register(watcher.onDidChange(onFile));
    this.register(watcher.onDidDelete(onFile));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidateAll()));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidateAll()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('onramp.reader')) this.invalidateAll();
      }),
    );
    this.register({ dispose: () => clearTimeout(this.pending) });
  }

  read(folder: vscode.WorkspaceFolder): Promise<GuideReading> {
    const key = folder.uri.toString();
    let reading = this.readings.get(key);
    if (!reading) {
      reading = this.readFolder(folder);
      this.readings.set(key, reading);
    }
    return reading;
  }

  private async readFolder(folder: vscode.WorkspaceFolder): Promise<GuideReading> {
    const started = Date.now();
    try {
      const { readGuide } = loadReader();
      const maxFileBytes = new Settings(folder.uri).maxFileKilobytes * 1024;
      // The folder name is usually the repository name, which tells the project's own docs site from others.
      const facts = await readGuide(repoFilesFor(folder.uri), { maxFileBytes, projectName: folder.name });
      this.logger.info(`read ${folder.name} in ${Date.now() - started} ms: guide ${facts.files.guide ?? 'none'}`);
      for (const p of facts.problems) this.logger.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
      return { ok: true, facts };
    } catch (error) {
      this.logger.error(`reading ${folder.name} failed`, error);
      return { ok: false, error: describeError(error) };
    }
  }

  private fileChanged(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    const relative = vscode.workspace.asRelativePath(uri, false);
    const key = folder.uri.toString();
    const reading = this.readings.get(key);
    if (!reading) return;
    void reading.then((r) => {
      const read = r.ok ? filesRead(r.facts) : [];
      if (read.includes(relative) || CANDIDATE.test(relative)) {
        this.readings.delete(key);
        this.scheduleChange();
      }
    });
  }

  /** Forgets every reading, so the next request reads the files again. */
  invalidateAll(): void {
    this.readings.clear();
    this.scheduleChange();
  }

  /** Saving a file can fire several events; one refresh is enough. */
  private scheduleChange(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
  }
}

function filesRead(facts: GuideFacts): string[] {
  const f = facts.files;
  return [f.guide, f.readmeSection, f.commitlintConfig, f.config, ...f.prTemplates, ...f.linkedDocs].filter(
    (p): p is string => typeof p === 'string',
  );
}
