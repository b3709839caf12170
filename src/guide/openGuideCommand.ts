import * as vscode from 'vscode';
import { formatOf, locateGuide, locateReadme } from '../core/guide/locateGuide';
import { Logger } from '../util/logger';
import { pickWorkspaceFolder } from '../util/pickFolder';
import { Settings } from '../util/settings';
import { repoFilesFor } from '../util/workspaceRepoFiles';

export const OPEN_GUIDE_COMMAND = 'onramp.openGuide';

/** What the command did, returned so that tests and other features can follow up. */
export type OpenGuideResult =
  | { readonly opened: 'guide' | 'readme'; readonly uri: vscode.Uri }
  | { readonly opened: 'nothing'; readonly reason: 'no-folder' | 'no-guide' | 'declined' };

export function registerOpenGuideCommand(logger: Logger): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_GUIDE_COMMAND, () => openGuide(logger));
}

async function openGuide(logger: Logger): Promise<OpenGuideResult> {
  const folder = await pickWorkspaceFolder(vscode.l10n.t('Open the contribution guide of which folder?'));
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder with a project to see its contribution guide.'));
    return { opened: 'nothing', reason: 'no-folder' };
  }
  const files = repoFilesFor(folder.uri);
  const guide = await locateGuide(files);
  if (guide) {
    const uri = vscode.Uri.joinPath(folder.uri, guide);
    logger.info(`opening guide ${guide}`);
    await showDocument(uri);
    return { opened: 'guide', uri };
  }

  const readme = await locateReadme(files);
  const message = vscode.l10n.t(
    '{0} has no contribution guide (CONTRIBUTING.md in the root, .github/ or docs/).',
    folder.name,
  );
  if (!readme) {
    void vscode.window.showInformationMessage(message);
    return { opened: 'nothing', reason: 'no-guide' };
  }
  const openReadme = vscode.l10n.t('Open README');
  // Not awaited by tests that only check the outcome; the answer decides whether the README opens.
  const answer = await vscode.window.showInformationMessage(message, openReadme);
  if (answer !== openReadme) return { opened: 'nothing', reason: 'declined' };
  const uri = vscode.Uri.joinPath(folder.uri, readme);
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
