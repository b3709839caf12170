import * as vscode from 'vscode';
import { formatOf, locateReadme } from '../core/guide/locateGuide';
import { RepositoryRoot, RepositoryService } from '../repository/repositoryService';
import { Logger } from '../util/logger';
import { pickRoot } from '../util/pickFolder';
import { Settings } from '../util/settings';
import { repoFilesFor } from '../util/workspaceRepoFiles';

/** What the command did, returned so that tests and other features can follow up. */
export type OpenGuideResult =
  | { readonly opened: 'guide' | 'readme'; readonly uri: vscode.Uri }
  | { readonly opened: 'nothing'; readonly reason: 'no-folder' | 'no-guide' | 'declined' | 'unreadable' };

/**
 * Opens the guide the reader chose, from the same reading the view shows, so the two never disagree: when the
 * guide has no usable text (empty, binary) and the README's Contributing section stands in, the README opens;
 * with no guide at all, the README is offered.
 */
export async function openGuide(service: RepositoryService, logger: Logger): Promise<OpenGuideResult> {
  const root = await pickRoot(service, vscode.l10n.t('Open the contribution guide of which folder?'));
  if (!root) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder with a project to see its contribution guide.'));
    return { opened: 'nothing', reason: 'no-folder' };
  }
  let reading = await service.read(root);
  // The reading may predate a change the file watcher has not reported yet (a guide moved or added a moment
  // ago): when it names a file that is gone, or no guide, read again before choosing or saying there is none.
  if (reading.ok && (!reading.facts.files.guide || !(await allExist(root, namedFiles(reading.facts.files))))) {
    service.refresh(root);
    reading = await service.read(root);
  }
  if (!reading.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Onramp could not read {0}: {1}', root.name, reading.error));
    return { opened: 'nothing', reason: 'unreadable' };
  }
  const { guide, readmeSection } = reading.facts.files;
  if (!guide) return offerReadme(root, readmeSection ?? undefined);
  if (readmeSection) {
    // The guide is there but has no text to read (empty, binary): the README's section stands in, as in the view.
    const uri = vscode.Uri.joinPath(root.uri, readmeSection);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} has no text Onramp can read; the contribution section of {1} (Contributing, or Development when there is none) stands in for it.', guide, readmeSection),
    );
    logger.info(`opening ${readmeSection}, whose contribution section stands in for ${guide}`);
    await showDocument(uri);
    return { opened: 'readme', uri };
  }
  const uri = vscode.Uri.joinPath(root.uri, guide);
  logger.info(`opening guide ${guide}`);
  await showDocument(uri);
  return { opened: 'guide', uri };
}

const namedFiles = (files: { readonly guide: string | null; readonly readmeSection: string | null }): string[] =>
  [files.guide, files.readmeSection].filter((p): p is string => p !== null);

async function allExist(root: RepositoryRoot, paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(root.uri, path));
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * No guide: the README may still help, if the user wants it; the one whose Contributing section the view
 * shows, or else any root README.
 */
async function offerReadme(root: RepositoryRoot, standIn: string | undefined): Promise<OpenGuideResult> {
  const readme = standIn ?? (await locateReadme(repoFilesFor(root.uri)));
  const message = vscode.l10n.t('{0} has no contribution guide (CONTRIBUTING.md in the root, .github/ or docs/).', root.name);
  if (!readme) {
    void vscode.window.showInformationMessage(message);
    return { opened: 'nothing', reason: 'no-guide' };
  }
  const openReadme = vscode.l10n.t('Open README');
  const answer = await vscode.window.showInformationMessage(message, openReadme);
  if (answer !== openReadme) return { opened: 'nothing', reason: 'declined' };
  const uri = vscode.Uri.joinPath(root.uri, readme);
  await showDocument(uri);
  return { opened: 'readme', uri };
}

async function showDocument(uri: vscode.Uri): Promise<void> {
  const mode = new Settings(uri).guideOpenMode;
  if (formatOf(uri.path) === 'markdown' && mode !== 'source') {
    await vscode.commands.executeCommand(mode === 'previewToSide' ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri);
    return;
  }
  await vscode.window.showTextDocument(uri, { preview: true });
}
