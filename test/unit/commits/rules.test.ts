import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { resolveCommitRules } from '../../../src/core/commits/resolveRules';
import { lintMessage } from '../../../src/core/commits/lintMessage';
import { inferFromHistory, withHistory } from '../../../src/core/commits/historyInference';
import { cleanCommitMessage } from '../../../src/core/commits/cleanMessage';
import { disposePatternGuard } from '../../../src/core/commits/patternGuard';
import type { MaintainerConfig } from '../../../src/core/maintainer/types';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { corpusAvailable, corpusMessages } from './corpus';

const facts = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));
const src = (file: string, line: number) => ({ file, line, origin: 'config' as const });

describe('commit rules: resolution and linting', function () {
  this.timeout(30_000);
  after(() => disposePatternGuard());

  it('quotes the rule and the config line it came from, and points at the type', async () => {
    const f = await facts({ '.commitlintrc.json': '{\n  "extends": ["@commitlint/config-conventional"],\n  "rules": {\n    "type-enum": [2, "always", ["feat", "fix"]]\n  }\n}\n' });
    const rules = await resolveCommitRules({ facts: f, trusted: false });
    const [problem] = await lintMessage('docs: x', rules);
    assert.equal(problem.message, 'type must be one of [feat, fix] (type-enum, .commitlintrc.json:4)');
    assert.deepEqual(problem.range, { start: { line: 0, column: 0 }, end: { line: 0, column: 4 } });
    assert.equal(problem.severity, 'error');
    assert.equal(problem.origin, 'commitlint');
  });

  it('maintainer rules come first and are errors; guide rules are warnings; the maintainer severity overrides both', async () => {
    const f = await facts({ 'CONTRIBUTING.md': '## Commits\n\nWe use [Conventional Commits](https://www.conventionalcommits.org/).\nKeep the subject line under 50 characters.\n' });
    const maintainer = {
      file: '.github/onramp.yml',
      commits: {
        convention: null, types: { value: ['feat', 'fix'], source: src('.github/onramp.yml', 3) }, scopes: null,
        subjectMaxLength: { value: 60, source: src('.github/onramp.yml', 4) }, signOff: null, issueReference: null, severity: null,
      },
    } as unknown as MaintainerConfig;
    const rules = await resolveCommitRules({ facts: f, maintainer, trusted: false });
    const byName = Object.fromEntries(rules.rules.map((r) => [r.name, r]));
    assert.equal(byName['header-max-length'].origin, 'config');
    assert.deepEqual(byName['header-max-length'].config, [2, 'always', 60]);
    assert.equal(byName['type-empty'].origin, 'guide');
    assert.equal(byName['type-empty'].config[0], 1);
    const problems = await lintMessage('Update things', rules);
    assert.deepEqual(problems.map((p) => [p.rule, p.severity]).sort(), [['subject-empty', 'warning'], ['type-empty', 'warning']]);

    const strict = { ...maintainer, commits: { ...maintainer.commits, severity: { value: 'error', source: src('.github/onramp.yml', 5) } } } as unknown as MaintainerConfig;
    const strictRules = await resolveCommitRules({ facts: f, maintainer: strict, trusted: false });
    assert.ok((await lintMessage('Update things', strictRules)).every((p) => p.severity === 'error'));
  });

  it('a project with nothing written gets only gentle hints; a setting turns a preset on', async () => {
    const f = await facts({ 'README.md': '# x\n' });
    const hints = await resolveCommitRules({ facts: f, trusted: false });
    assert.deepEqual(hints.rules.map((r) => [r.name, r.origin, r.config[0]]), [['header-max-length', 'default', 1], ['body-leading-blank', 'default', 1]]);
    assert.deepEqual(await lintMessage('any message at all', hints), []);
    const problems = await lintMessage(`${'x'.repeat(80)}\nno blank line`, hints);
    assert.deepEqual(problems.map((p) => [p.rule, p.severity]).sort(), [['body-leading-blank', 'warning'], ['header-max-length', 'warning']]);
    const preset = await resolveCommitRules({ facts: f, trusted: false, presetSetting: 'angular' });
    assert.ok(preset.rules.some((r) => r.name === 'type-enum' && r.origin === 'setting'));
  });

  it('history decides only where nothing written does, with its evidence in the message', async () => {
    const f = await facts({ 'README.md': '# x\n' });
    const history = inferFromHistory(Array.from({ length: 40 }, (_, k) => `net: fix thing ${k}\n\nSigned-off-by: A <a@b.c>`));
    assert.equal(history.convention?.value, 'area-prefix');
    assert.equal(history.signOff?.value, 'required');
    const rules = await resolveCommitRules({ facts: f, history, trusted: false });
    const problems = await lintMessage('Fix the thing', rules);
    assert.deepEqual(problems.map((p) => p.rule).sort(), ['onramp/area-prefix', 'signed-off-by']);
    assert.match(problems.find((p) => p.rule === 'onramp/area-prefix')?.message ?? '', /from history: 40 of the last 40 commits start with "area: "/);
    const filled = withHistory(f, history);
    assert.deepEqual(filled.commit.convention, { value: 'area-prefix', source: { file: 'git log', line: 1 }, origin: 'history' });
  });

  it('infers nothing from under 30 commits or without a clear majority', () => {
    assert.equal(inferFromHistory(Array.from({ length: 29 }, () => 'feat: x')).convention, null);
    const mixed = [...Array.from({ length: 20 }, () => 'feat: x'), ...Array.from({ length: 20 }, () => 'Fix the thing')];
    assert.equal(inferFromHistory(mixed).convention, null);
  });

  it('on the corpus: Conventional for the Conventional projects, never for git or golang/tools', function () {
    if (!corpusAvailable()) this.skip(); // The corpus lives outside the repository (../shared/corpus/commits) and is absent here.
    const expected: Record<string, string> = {
      git__git: 'area-prefix',
      golang__tools: 'area-prefix',
      'typescript-eslint__typescript-eslint': 'conventional',
      vitejs__vite: 'conventional',
    };
    for (const { project, messages } of corpusMessages()) {
      const inferred = inferFromHistory(messages);
      console.log(`      ${project}: ${inferred.convention?.evidence ?? inferred.notes.join(' ')}; length ${inferred.subjectMaxLength?.value ?? 'none'}; sign-off ${inferred.signOff?.evidence ?? 'not inferred'}`);
      if (expected[project]) assert.equal(inferred.convention?.value, expected[project], project);
    }
  });

  it('a project that follows its inferred rules mostly passes them (rates on the corpus)', async function () {
    if (!corpusAvailable()) this.skip(); // The corpus lives outside the repository (../shared/corpus/commits) and is absent here.
    const f = await facts({ 'README.md': '# x\n' });
    for (const { project, messages } of corpusMessages()) {
      const rules = await resolveCommitRules({ facts: f, history: inferFromHistory(messages), trusted: false });
      let clean = 0;
      for (const m of messages) if ((await lintMessage(m, rules, { cleanup: 'none' })).length === 0) clean++;
      console.log(`      ${project}: ${clean} of ${messages.length} pass the rules inferred from its history`);
      assert.ok(clean / messages.length >= 0.75, project);
    }
  });

  it('a catastrophic headerPattern answers within a bounded time, naming the pattern and its file', async () => {
    const f = await facts({ '.commitlintrc.json': '{"extends":["@commitlint/config-conventional"],"parserPreset":{"parserOpts":{"headerPattern":"^(a+)+$"}}}' });
    const rules = await resolveCommitRules({ facts: f, trusted: false });
    assert.notEqual(rules.parserOpts?.from, 'bundled');
    const problems = await lintMessage(`${'a'.repeat(40)}b`, rules, { patternTimeoutMs: 200 });
    assert.equal(problems[0].rule, 'parserOpts.headerPattern');
    assert.match(problems[0].message, /\^\(a\+\)\+\$.*\.commitlintrc\.json/);
    // The same pattern on a harmless message is used normally (a generous limit: a loaded machine can take a
    // while to start the fresh worker that replaces the one stopped above).
    const fine = await lintMessage('aaa', rules, { patternTimeoutMs: 10_000 });
    assert.ok(fine.every((p) => !p.rule.startsWith('parserOpts')));
  });

  it('says what a JS config and a plugin were skipped for, and still checks the bundled preset', async () => {
    const f = await facts({ 'commitlint.config.js': "module.exports = { extends: ['@commitlint/config-conventional'], plugins: ['commitlint-plugin-x'], rules: { 'x/rule': [2, 'always'] } };\n" });
    const rules = await resolveCommitRules({ facts: f, trusted: false });
    assert.ok(rules.skipped.some((s) => s.reference.target === 'commitlint-plugin-x' && /Restricted Mode/.test(s.reason)));
    assert.ok(rules.skipped.some((s) => s.reference.kind === 'script-config'));
    assert.ok(rules.notes.some((n) => /x\/rule/.test(n.message)));
    assert.equal((await lintMessage('feat: ok', rules)).length, 0);
    assert.ok((await lintMessage('nope', rules)).some((p) => p.rule === 'type-empty'));
  });

  it('does not check a rule whose value a script computes, and says so', async () => {
    const f = await facts({ 'commitlint.config.js': "module.exports = { rules: { 'subject-full-stop': [2, 'always', '!'.repeat(1)] } };\n" });
    const rules = await resolveCommitRules({ facts: f, trusted: false });
    assert.ok(!rules.rules.some((r) => r.name === 'subject-full-stop'));
    assert.ok(rules.notes.some((n) => /subject-full-stop is not written literally/.test(n.message)));
    assert.equal((await lintMessage('fix: trim dashes', rules)).length, 0);
  });

  it('cleans a COMMIT_EDITMSG as git does, remembering original lines', () => {
    const c = cleanCommitMessage('\n# c\nfeat: x  \r\n\r\n\r\nbody\n# ------------------------ >8 ------------------------\ndiff\n');
    assert.equal(c.text, 'feat: x\n\nbody');
    assert.deepEqual(c.originalLine, [2, 3, 5]);
    assert.equal(cleanCommitMessage('; note\nfix: y', 'strip', ';').text, 'fix: y');
    assert.equal(cleanCommitMessage('# only comments\n').text, '');
  });

  it('an empty message (after comments) has no problems; ranges point into the original text', async () => {
    const f = await facts({ '.commitlintrc.json': '{"extends":["@commitlint/config-conventional"]}' });
    const rules = await resolveCommitRules({ facts: f, trusted: false });
    assert.deepEqual(await lintMessage('# Please enter the commit message\n', rules), []);
    const [p] = await lintMessage('# comment\nFeat: x', rules);
    assert.equal(p.rule, 'type-case');
    assert.deepEqual(p.range, { start: { line: 1, column: 0 }, end: { line: 1, column: 4 } });
  });
});
