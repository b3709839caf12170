import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Logger } from '../../../src/util/logger';
import { MANAGE_TRUST_COMMAND, TrustGate, TrustPrompt } from '../../../src/util/trust';
import { describeIn, onrampApi, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

/** Records what the gate says and runs; `answer` is the button the "user" clicks. */
function recorder(answer?: string): TrustPrompt & { warnings: { message: string; buttons: string[] }[]; executed: string[] } {
  const warnings: { message: string; buttons: string[] }[] = [];
  const executed: string[] = [];
  return {
    warnings,
    executed,
    warn: async (message, ...buttons) => {
      warnings.push({ message, buttons });
      return answer;
    },
    execute: async (command) => {
      executed.push(command);
    },
  };
}

const logged: string[] = [];
const logger: Logger = {
  info: (m) => logged.push(m),
  warn: (m) => logged.push(m),
  error: (m) => logged.push(m),
  child: () => logger,
};

describeIn('restricted', 'Trust gate', () => {
  it('refuses to run anything, says so in one sentence, and offers Manage Workspace Trust', async () => {
    const prompt = recorder('Manage Workspace Trust');
    const allowed = await new TrustGate(logger, prompt).allows('run `npm install` in a terminal');
    assert.equal(allowed, false);
    assert.equal(prompt.warnings.length, 1);
    const { message, buttons } = prompt.warnings[0];
    assert.equal(message, 'Onramp does not run `npm install` in a terminal in Restricted Mode, because this folder is not trusted.');
    assert.deepEqual(buttons, ['Manage Workspace Trust']);
    await waitFor('the trust editor command', () => prompt.executed.length > 0);
    assert.deepEqual(prompt.executed, [MANAGE_TRUST_COMMAND]);
    assert.ok(logged.some((l) => l.includes('npm install')), 'the refusal is logged');
  });

  it('does nothing more when the message is dismissed', async () => {
    const prompt = recorder(undefined);
    assert.equal(await new TrustGate(logger, prompt).allows('install a git hook'), false);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(prompt.executed, []);
  });
});

describeIn('trusted', 'Trust gate', () => {
  it('lets an action through without a word', async () => {
    const prompt = recorder();
    assert.equal(await new TrustGate(logger, prompt).allows('run `npm install` in a terminal'), true);
    assert.deepEqual(prompt.warnings, []);
  });
});

/**
 * A workspace's .vscode/settings.json sets the read limit to 16 KB, and a non-restricted setting to prove the
 * file was loaded; the guide is 16 KB of filler followed by the demo guide, so its commands lie past the limit.
 */
async function withWorkspaceLimit(body: (api: Awaited<ReturnType<typeof onrampApi>>, originalLine: number) => Promise<void>): Promise<void> {
  const api = await onrampApi();
  const root = workspaceRoot();
  const guideUri = vscode.Uri.joinPath(root, 'CONTRIBUTING.md');
  const original = await vscode.workspace.fs.readFile(guideUri);
  const before = await api.facts(root);
  const originalLine = before?.commands.setup.find((c) => c.command === 'npm install')?.source.line;
  assert.ok(originalLine, 'the demo guide has npm install');
  try {
    await writeWorkspaceFile('.vscode/settings.json', JSON.stringify({ 'onramp.reader.maxFileSizeKB': 16, 'onramp.guide.openMode': 'source' }));
    await waitFor('the workspace settings loaded', () => vscode.workspace.getConfiguration('onramp', root).get('guide.openMode') === 'source');
    const filler = '\n\nSome words about the project that go on and on for a while.'.repeat(400);
    await vscode.workspace.fs.writeFile(guideUri, new TextEncoder().encode(`${filler}\n\n${new TextDecoder().decode(original)}`));
    await body(api, originalLine);
  } finally {
    await vscode.workspace.fs.writeFile(guideUri, original);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.vscode'), { recursive: true, useTrash: false });
    await waitFor('the workspace settings gone', () => vscode.workspace.getConfiguration('onramp', root).get('guide.openMode') === 'preview');
  }
}

describeIn('restricted', 'Settings from the workspace', () => {
  it('ignores a workspace value of onramp.reader.maxFileSizeKB and reads the guide whole', async () => {
    await withWorkspaceLimit(async (api, originalLine) => {
      assert.equal(vscode.workspace.getConfiguration('onramp', workspaceRoot()).get('reader.maxFileSizeKB'), 1024);
      // npm install, now past the first 16 KB, is read: the new guide was read, and read whole.
      const facts = await waitFor('the new guide read whole', async () => {
        const f = await api.facts(workspaceRoot());
        const line = f?.commands.setup.find((c) => c.command === 'npm install')?.source.line ?? 0;
        return line > originalLine ? f : undefined;
      });
      assert.ok(!facts.problems.some((p) => /Only the first/.test(p.message)), facts.problems.map((p) => p.message).join(' | '));
    });
  });
});

describeIn('trusted', 'Settings from the workspace', () => {
  it('applies a workspace value of onramp.reader.maxFileSizeKB in a trusted folder', async () => {
    await withWorkspaceLimit(async (api) => {
      const facts = await waitFor('the guide cut at 16 KiB', async () => {
        const f = await api.facts(workspaceRoot());
        return f?.problems.some((p) => /Only the first 16 KiB/.test(p.message)) ? f : undefined;
      });
      assert.ok(!facts.commands.setup.some((c) => c.command === 'npm install'), 'what lies past the limit is not read');
    });
  });
});
