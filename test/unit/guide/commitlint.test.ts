import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { findJsonError } from '../../../src/core/text/jsonError';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

describe('commitlint config', () => {
  it('reads a JSON config: shared config, types, header length and sign-off, with the config lines', async () => {
    const facts = await read({
      '.commitlintrc.json': '{\n  "extends": ["@commitlint/config-conventional"],\n  "rules": {\n    "type-enum": [2, "always", ["feat", "fix"]],\n    "header-max-length": [2, "always", 88],\n    "signed-off-by": [2, "always", "Signed-off-by:"]\n  }\n}\n',
      'CONTRIBUTING.md': '## Commits\n\nTypes:\n\n- `feat`: a\n- `fix`: b\n- `docs`: c\n\nThe summary must be 50 characters or less.\n',
    });
    assert.equal(facts.files.commitlintConfig, '.commitlintrc.json');
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: '.commitlintrc.json', line: 2 } });
    assert.deepEqual(facts.commit.types, { value: ['feat', 'fix'], source: { file: '.commitlintrc.json', line: 4 } });
    assert.deepEqual(facts.commit.subjectMaxLength, { value: 88, source: { file: '.commitlintrc.json', line: 5 } });
    assert.equal(facts.commit.signOff?.value, 'required');
  });

  it('reports invalid JSON by file, line and reason, and goes on with the guide', async () => {
    const facts = await read({
      '.commitlintrc.json': '{\n  "rules": {\n    "type-enum": [2, "always", ["a",\n    ]]\n  }\n}\n# note\n',
      'CONTRIBUTING.md': 'We follow [Conventional Commits](https://www.conventionalcommits.org/).\n',
    });
    const problem = facts.problems.find((p) => p.file === '.commitlintrc.json');
    assert.ok(problem);
    assert.equal(problem.line, 3);
    assert.match(problem.message, /trailing comma/);
    assert.equal(facts.files.commitlintConfig, '.commitlintrc.json');
    assert.deepEqual(facts.commit.convention?.source, { file: 'CONTRIBUTING.md', line: 1 });
  });

  it('explains common JSON mistakes', () => {
    assert.equal(findJsonError('{"a": 1}'), undefined);
    assert.match(findJsonError('{"a": 1}\n# x')?.reason ?? '', /comment/);
    assert.match(findJsonError("{'a': 1}")?.reason ?? '', /single-quoted/);
    assert.equal(findJsonError('{\n"a": [1,\n]}')?.line, 2);
  });

  it('reads the commitlint key of package.json', async () => {
    const facts = await read({ 'package.json': '{\n  "name": "x",\n  "commitlint": {\n    "extends": ["@commitlint/config-angular"]\n  }\n}\n' });
    assert.equal(facts.files.commitlintConfig, 'package.json');
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: 'package.json', line: 4 } });
  });

  it('reads a YAML .commitlintrc.yml', async () => {
    const facts = await read({ '.commitlintrc.yml': 'extends:\n  - "@commitlint/config-conventional"\nrules:\n  subject-max-length: [2, always, 60]\n' });
    assert.equal(facts.commit.convention?.value, 'conventional');
    assert.deepEqual(facts.commit.subjectMaxLength, { value: 60, source: { file: '.commitlintrc.yml', line: 4 } });
  });

  it('locates a JavaScript config and recognises a literal extends without running it', async () => {
    const facts = await read({ 'commitlint.config.mjs': "throw new Error('never run');\nexport default { extends: ['@commitlint/config-conventional'] };\n" });
    assert.equal(facts.files.commitlintConfig, 'commitlint.config.mjs');
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: 'commitlint.config.mjs', line: 2 } });
    assert.equal(facts.commit.types, null);
  });

  it('points at the commitlint key\'s extends, not the same name among devDependencies', async () => {
    const pkg = '{\n  "name": "x",\n  "devDependencies": {\n    "@commitlint/config-conventional": "^19.0.0"\n  },\n  "commitlint": {\n    "extends": [\n      "@commitlint/config-conventional"\n    ],\n    "rules": { "type-enum": [2, "always", ["feat", "fix"]] }\n  }\n}\n';
    const facts = await read({ 'package.json': pkg });
    assert.deepEqual(facts.commit.convention?.source, { file: 'package.json', line: 8 });
    assert.deepEqual(facts.commit.types?.source, { file: 'package.json', line: 10 });
  });

  it('points at the YAML rule, not a comment that mentions it', async () => {
    const facts = await read({ '.commitlintrc.yml': '# we used type-enum before\nextends:\n  - "@commitlint/config-conventional"\nrules:\n  type-enum: [2, always, [feat, fix]]\n' });
    assert.deepEqual(facts.commit.types, { value: ['feat', 'fix'], source: { file: '.commitlintrc.yml', line: 5 } });
    assert.deepEqual(facts.commit.convention?.source, { file: '.commitlintrc.yml', line: 3 });
  });

  it('does not count a commented-out extends in a JavaScript config', async () => {
    const js = "module.exports = {\n  // extends: ['@commitlint/config-conventional'],\n  /* extends: ['@commitlint/config-angular'] */\n  rules: {},\n};\n";
    const facts = await read({ 'commitlint.config.js': js });
    assert.equal(facts.files.commitlintConfig, 'commitlint.config.js');
    assert.equal(facts.commit.convention, null);
  });

  it('finds a conventional config anywhere in a JavaScript extends list, with a URL string before it', async () => {
    const js = "const url = 'https://example.com/a//b';\nmodule.exports = {\n  extends: ['./base', '@commitlint/config-conventional'],\n};\n";
    const facts = await read({ 'commitlint.config.cjs': js });
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: 'commitlint.config.cjs', line: 3 } });
  });

  it('ignores a length rule that is disabled or says never, and takes the header limit for the first line', async () => {
    const disabled = await read({ '.commitlintrc.json': '{\n  "rules": {\n    "subject-max-length": [0, "always", 50],\n    "header-max-length": [2, "always", 72]\n  }\n}\n' });
    assert.deepEqual(disabled.commit.subjectMaxLength, { value: 72, source: { file: '.commitlintrc.json', line: 4 } });
    const never = await read({ '.commitlintrc.json': '{\n  "rules": {\n    "header-max-length": [2, "never", 72]\n  }\n}\n' });
    assert.equal(never.commit.subjectMaxLength, null);
    const off = await read({ '.commitlintrc.json': '{\n  "rules": {\n    "header-max-length": [0, "always", 72]\n  }\n}\n' });
    assert.equal(off.commit.subjectMaxLength, null);
  });
});
