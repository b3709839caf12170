import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGuide } from '../../../src/core/guide/readGuide';
import { resolveCommitRules } from '../../../src/core/commits/resolveRules';
import { lintMessage } from '../../../src/core/commits/lintMessage';
import type { CommitRuleSet } from '../../../src/core/commits/types';
import type { Cleanup } from '../../../src/core/commits/cleanMessage';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { commitlintAsCli, Verdict } from './commitlintCli';
import { corpusAvailable, corpusMessages } from './corpus';

async function onrampRules(extendsName: string): Promise<CommitRuleSet> {
  const facts = await readGuide(new MemoryRepoFiles({ '.commitlintrc.json': JSON.stringify({ extends: [extendsName] }, null, 2) }));
  return resolveCommitRules({ facts, trusted: false });
}

async function onrampVerdict(message: string, rules: CommitRuleSet, cleanup: Cleanup): Promise<Verdict> {
  const problems = await lintMessage(message, rules, { cleanup });
  const names = (s: string): string[] => problems.filter((p) => p.severity === s).map((p) => p.rule).sort();
  return { valid: names('error').length === 0, errors: names('error'), warnings: names('warning') };
}

/** Messages commitlint treats specially, or that are easy to get wrong. */
const EDGE_CASES = [
  "Merge branch 'feature' into main",
  'Merge pull request #12 from someone/branch\n\nfeat: add things',
  'Merge remote-tracking branch \'origin/main\'',
  'Revert "feat: add x"\n\nThis reverts commit 0123456789abcdef.',
  'revert: feat: add x\n\nThis reverts commit 0123456789abcdef.',
  'fixup! feat: add x',
  'squash! Fix things',
  'amend! feat: add x',
  'chore(release): 1.2.3',
  'v1.2.3',
  '✨ feat: add sparkles',
  'feat: ✨ add sparkles',
  'feat(🎨): paint',
  'fix: café au lait 日本語',
  'feat: x\r\n\r\nA body line.\r\n\r\nSigned-off-by: A B <a@b.c>\r\n',
  'FEAT: Add X.',
  'feat:no space',
  'feat!: drop node 16',
  'feat(api)!: drop v1\n\nBREAKING CHANGE: v1 is gone',
  'feat: x\nno blank line before the body',
  `feat: x\n\n${'long '.repeat(30)}`,
  `feat: ${'y'.repeat(120)}`,
  'docs: update\n\nCloses #12\nSigned-off-by: A <a@b.c>',
  'Update README.md',
  'wip',
  '  feat: leading spaces',
  'feat(a,b): two scopes',
  'feat(): empty scope',
];

describe('commitlint parity: Onramp agrees with the commitlint CLI', function () {
  this.timeout(120_000);

  for (const preset of ['@commitlint/config-conventional', '@commitlint/config-angular']) {
    it(`on edge cases, with ${preset}`, async () => {
      const rules = await onrampRules(preset);
      const commitlint = await commitlintAsCli(preset);
      for (const message of EDGE_CASES) {
        assert.deepEqual(await onrampVerdict(message, rules, 'none'), await commitlint(message), `message: ${JSON.stringify(message)}`);
      }
    });
  }

  it('on every real message of the corpus, with config-conventional and config-angular', async function () {
    if (!corpusAvailable()) {
      this.skip(); // The corpus lives outside the repository (../shared/corpus/commits) and is absent here.
    }
    let compared = 0;
    const mismatches: string[] = [];
    for (const preset of ['@commitlint/config-conventional', '@commitlint/config-angular']) {
      const rules = await onrampRules(preset);
      const commitlint = await commitlintAsCli(preset);
      for (const { project, messages } of corpusMessages()) {
        let valid = 0;
        for (const message of messages) {
          const ours = await onrampVerdict(message, rules, 'none');
          const theirs = await commitlint(message);
          compared++;
          if (ours.valid) valid++;
          try {
            assert.deepEqual(ours, theirs);
          } catch {
            mismatches.push(`${project}: ${JSON.stringify(message.slice(0, 80))}: onramp ${JSON.stringify(ours)} commitlint ${JSON.stringify(theirs)}`);
          }
        }
        console.log(`      ${preset} on ${project}: ${valid} of ${messages.length} valid`);
      }
    }
    console.log(`      ${compared} messages compared, ${mismatches.length} mismatches`);
    assert.deepEqual(mismatches, []);
  });

  it('on COMMIT_EDITMSG files (comments, scissors, a verbose diff), as `commitlint --edit` reads them', async () => {
    const rules = await onrampRules('@commitlint/config-conventional');
    const dir = mkdtempSync(join(tmpdir(), 'onramp-parity-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const cli = require.resolve('@commitlint/cli/cli.js');
    const files = [
      'feat: add x\n\n# Please enter the commit message for your changes.\n# On branch main\n',
      'Feat: Add X.\n# a comment\n',
      '# only a comment line first\nfix: repair y\n\nBody text.\n',
      'fix: y\n\n# ------------------------ >8 ------------------------\n# Do not modify or remove the line above.\ndiff --git a/x b/x\n+Feat: Not A Header.\n',
      'docs: z\r\n\r\n# comment\r\n',
      'feat: x\n#not a space after the hash\nbody after a comment\n',
    ];
    try {
      for (const [k, text] of files.entries()) {
        const file = join(dir, `MSG${k}`);
        writeFileSync(file, text);
        let output = '';
        try {
          output = execFileSync(process.execPath, [cli, '--edit', file, '-x', '@commitlint/config-conventional'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_PATH: join(process.cwd(), 'node_modules') } });
        } catch (error) {
          output = String((error as { stdout?: string }).stdout ?? '');
        }
        // Colours depend on the environment (CI=true turns them on): read the text without them.
        // eslint-disable-next-line no-control-regex -- ANSI escape sequences are what is removed
        output = output.replace(/\u001b\[[0-9;]*m/g, '');
        const names = (mark: string): string[] => [...output.matchAll(new RegExp(`^${mark}\\s+.*\\[([\\w-]+)\\]$`, 'gm'))].map((m) => m[1]).sort();
        // The verdict (valid, and which rules fail) must agree. Warnings can differ on purpose: commitlint checks
        // body-leading-blank on the raw file, so a comment line above the header makes it warn about a message
        // git will commit with its blank line in place; Onramp lints what git commits.
        const ours = await onrampVerdict(text, rules, 'strip');
        assert.deepEqual({ valid: ours.valid, errors: ours.errors }, { valid: names('✖').length === 0, errors: names('✖') }, `file: ${JSON.stringify(text)}\n${output}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
