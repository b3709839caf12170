import * as assert from 'node:assert/strict';
import { TextEdit, addIssueReference, addSignOff, fixTypeCase, replaceType, setScope, wrapBody } from '../../../src/core/commits/quickFixes';
import { workspaceScopes, cargoMembers } from '../../../src/core/commits/workspaceScopes';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/** Applies one edit to a message, as the editor would. */
function apply(message: string, edit: TextEdit | null): string {
  if (!edit) return message;
  const lines = message.split('\n');
  const offset = (p: { line: number; column: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.column;
  return message.slice(0, offset(edit.range.start)) + edit.newText + message.slice(offset(edit.range.end));
}

const ME = { name: 'Ada Lovelace', email: 'ada@example.org' };

describe('commit message quick fixes', () => {
  const cases: [string, (m: string) => TextEdit | null, string, string][] = [
    ['sign-off after a blank line', (m) => addSignOff(m, ME), 'feat: x\n\nBody.', 'feat: x\n\nBody.\n\nSigned-off-by: Ada Lovelace <ada@example.org>'],
    ['sign-off after existing trailers', (m) => addSignOff(m, ME), 'feat: x\n\nBody.\n\nCo-authored-by: B <b@c.d>', 'feat: x\n\nBody.\n\nCo-authored-by: B <b@c.d>\nSigned-off-by: Ada Lovelace <ada@example.org>'],
    ['sign-off above git comments', (m) => addSignOff(m, ME), 'fix: y\n# Please enter the message\n', 'fix: y\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n# Please enter the message\n'],
    ['no second sign-off', (m) => addSignOff(m, ME), 'fix: y\n\nSigned-off-by: Ada Lovelace <ada@example.org>', 'fix: y\n\nSigned-off-by: Ada Lovelace <ada@example.org>'],
    ['type case', (m) => fixTypeCase(m), 'Feat(ui): x', 'feat(ui): x'],
    ['type from the list', (m) => replaceType(m, 'fix'), 'bugfix: x', 'fix: x'],
    ['type where none', (m) => replaceType(m, 'docs'), 'update readme', 'docs: update readme'],
    ['scope inserted', (m) => setScope(m, 'core'), 'feat!: x', 'feat(core)!: x'],
    ['scope replaced', (m) => setScope(m, 'cli'), 'feat(core): x', 'feat(cli): x'],
    ['Fixes before sign-off', (m) => addIssueReference(m, 42), 'fix: y\n\nSigned-off-by: A <a@b.c>', 'fix: y\n\nFixes #42\nSigned-off-by: A <a@b.c>'],
    ['Fixes after the body', (m) => addIssueReference(m, 7), 'fix: y\n\nBecause.', 'fix: y\n\nBecause.\n\nFixes #7'],
    ['body wrapped, list and trailers kept', (m) => wrapBody(m, 20), 'feat: x\n\nThis is a long line that needs wrapping now.\n\n    code stays\n\nSigned-off-by: A <a@b.c>', 'feat: x\n\nThis is a long line\nthat needs wrapping\nnow.\n\n    code stays\n\nSigned-off-by: A <a@b.c>'],
  ];
  for (const [name, fix, before, after] of cases) {
    it(name, () => assert.equal(apply(before, fix(before)), after));
  }
});

describe('workspace scopes', () => {
  it('reads npm, pnpm, lerna, nx and Cargo workspaces as data', async () => {
    const files = new MemoryRepoFiles({
      'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
      'packages/ui/package.json': JSON.stringify({ name: '@org/ui' }),
      'packages/core/package.json': JSON.stringify({ name: 'core' }),
      'pnpm-workspace.yaml': "packages:\n  - 'tools/*'\n",
      'tools/lint/index.js': '',
      'lerna.json': JSON.stringify({ packages: ['modules/*'] }),
      'modules/api/package.json': JSON.stringify({ name: 'api' }),
      'nx.json': '{}',
      'apps/web/project.json': JSON.stringify({ name: 'web-app' }),
      'Cargo.toml': '[workspace]\n# comment\nmembers = [\n  "crates/*", # trailing\n  "cli",\n]\n\n[profile.release]\n',
      'crates/parser/Cargo.toml': '[package]\nname = "my-parser"\n',
      'cli/Cargo.toml': '[package]\nname = "my-cli"\n',
    });
    const scopes = await workspaceScopes(files);
    assert.deepEqual(scopes.map((s) => s.scope), ['api', 'core', 'lint', 'my-cli', 'my-parser', 'ui', 'web-app']);
    assert.equal(scopes.find((s) => s.scope === 'ui')?.from, 'package.json');
    assert.deepEqual(cargoMembers('[package]\nname="x"\n'), []);
  });
});
