import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

describe('Activation', () => {
  it('activates by itself in a folder with a contribution guide, without any command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    await waitFor('the workspaceContains activation', () => extension.isActive);
    // isActive is also true after a failed activate(); a registered command shows it really ran.
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('onramp.openGuide'), 'activation registered onramp.openGuide');
  });

  it('registers every command it contributes, and contributes every command it registers', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const manifest = extension.packageJSON as {
      contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
    };
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    // VS Code itself registers "<view id>.focus" and the like for every contributed view.
    const viewIds = Object.values(manifest.contributes.views).flat().map((v) => `${v.id}.`);
    const registered = (await vscode.commands.getCommands(true))
      .filter((c) => c.startsWith('onramp.') && (contributed.includes(c) || !viewIds.some((prefix) => c.startsWith(prefix))))
      .sort();
    assert.deepEqual(registered, contributed);
  });

  it('declares limited support for untrusted workspaces and never activates on "*"', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      activationEvents: string[];
      capabilities: { untrustedWorkspaces: { supported: unknown } };
    };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(!manifest.activationEvents.includes('*'));
  });
});
