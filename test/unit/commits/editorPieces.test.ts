import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { closestType } from '../../../src/core/commits/closestType';
import { toLoaded } from '../../../src/commits/configLoader';
import { nodeCandidates } from '../../../src/commits/findNode';
import { revive } from '../../../src/commits/loaderProtocol';

const TYPES = ['feat', 'fix', 'docs', 'test', 'refactor', 'chore'];

describe('commit editor pieces', () => {
  it('finds the allowed type a mistyped one meant, and none for a type far from all', () => {
    assert.equal(closestType('feature: add x', TYPES), 'feat');
    assert.equal(closestType('doc: say y', TYPES), 'docs');
    assert.equal(closestType('fixx: z', TYPES), 'fix');
    assert.equal(closestType('tests: z', TYPES), 'test');
    assert.equal(closestType('# comment\nrefactr: z', TYPES), 'refactor');
    assert.equal(closestType('release: 1.0', TYPES), null);
    assert.equal(closestType('fix: already fine', TYPES), null);
    assert.equal(closestType('no type here', TYPES), null);
  });

  it('brings regular expressions back from the loader process, and drops plugin rules with a note', () => {
    const loaded = toLoaded(
      {
        rules: { 'header-max-length': [2, 'always', 50], 'x/plugin-rule': [2, 'always'] },
        parserOpts: { headerPattern: { $regexp: '^(\\w*): (.*)$', flags: 'i' }, headerCorrespondence: ['type', 'subject'] },
        defaultIgnores: false,
        ignores: 1,
        plugins: ['commitlint-plugin-x'],
      },
      'commitlint.config.js',
      new Set(['header-max-length']),
    );
    assert.ok(!('error' in loaded));
    assert.deepEqual(loaded.config.rules, { 'header-max-length': [2, 'always', 50] });
    const opts = (loaded.config.parserPreset as { parserOpts: { headerPattern: RegExp } }).parserOpts;
    assert.ok(opts.headerPattern instanceof RegExp);
    assert.equal(opts.headerPattern.flags, 'i');
    assert.equal(loaded.config.defaultIgnores, false);
    assert.equal(loaded.notes.length, 3, JSON.stringify(loaded.notes));
    assert.deepEqual(revive([{ $regexp: 'a', flags: '' }, { nested: { $regexp: 'b', flags: 'g' } }]), [/a/, { nested: /b/g }]);
  });

  it('looks for Node only on absolute PATH entries outside the workspace', () => {
    const workspace = path.resolve('/work/project');
    const candidates = nodeCandidates([workspace], { PATH: ['node_modules/.bin', path.join(workspace, 'node_modules', '.bin'), '/opt/tools/bin'].join(path.delimiter) });
    assert.ok(candidates.includes(path.join('/opt/tools/bin', process.platform === 'win32' ? 'node.exe' : 'node')));
    assert.ok(!candidates.some((c) => c.startsWith(workspace) || !path.isAbsolute(c)), candidates.join('\n'));
  });
});
