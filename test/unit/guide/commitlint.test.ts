import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { findJsonError } from '../../../src/core/text/jsonError';
import { COMMITLINT_PRESETS } from '../../../src/core/commitlint/presets';
import { readCommitlintConfig } from '../../../src/core/commitlint/readConfig';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const read = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

describe('commitlint config', () => {
  it('reads a JSON config: shared config, types, header length and sign-off, with the config lines', async () => {
    const facts = await read({
      '.commitlintrc.json': '{\n  "extends": ["@commitlint/config-conventional"],\n  "rules": {\n    "type-enum": [2, "always", ["feat", "fix"]],\n    "header-max-length": [2, "always", 88],\n    "signed-off-by": [2, "always", "Signed-off-by:"]\n  }\n}\n',
      'CONTRIBUTING.md': '## Commits\n\nTypes:\n\n- `feat`: a\n- `fix`: b\n- `docs`: c\n\nThe summary must be 50 characters or less.\n',
    });
    assert.equal(facts.files.commitlintConfig, '.commitlintrc.json');
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: '.commitlintrc.json', line: 2 }, origin: 'commitlint' });
    assert.deepEqual(facts.commit.types, { value: ['feat', 'fix'], source: { file: '.commitlintrc.json', line: 4 }, origin: 'commitlint' });
    assert.deepEqual(facts.commit.subjectMaxLength, { value: 88, source: { file: '.commitlintrc.json', line: 5 }, origin: 'commitlint' });
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
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: 'package.json', line: 4 }, origin: 'commitlint' });
  });

  it('reads a YAML .commitlintrc.yml', async () => {
    const facts = await read({ '.commitlintrc.yml': 'extends:\n  - "@commitlint/config-conventional"\nrules:\n  subject-max-length: [2, always, 60]\n' });
    assert.equal(facts.commit.convention?.value, 'conventional');
    assert.deepEqual(facts.commit.subjectMaxLength, { value: 60, source: { file: '.commitlintrc.yml', line: 4 }, origin: 'commitlint' });
  });

  it('locates a JavaScript config and recognises a literal extends without running it', async () => {
    const facts = await read({ 'commitlint.config.mjs': "throw new Error('never run');\nexport default { extends: ['@commitlint/config-conventional'] };\n" });
    assert.equal(facts.files.commitlintConfig, 'commitlint.config.mjs');
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: 'commitlint.config.mjs', line: 2 }, origin: 'commitlint' });
    assert.deepEqual(facts.commit.types?.source, { file: 'commitlint.config.mjs', line: 2 });
  });

  it('points at the commitlint key\'s extends, not the same name among devDependencies', async () => {
    const pkg = '{\n  "name": "x",\n  "devDependencies": {\n    "@commitlint/config-conventional": "^19.0.0"\n  },\n  "commitlint": {\n    "extends": [\n      "@commitlint/config-conventional"\n    ],\n    "rules": { "type-enum": [2, "always", ["feat", "fix"]] }\n  }\n}\n';
    const facts = await read({ 'package.json': pkg });
    assert.deepEqual(facts.commit.convention?.source, { file: 'package.json', line: 8 });
    assert.deepEqual(facts.commit.types?.source, { file: 'package.json', line: 10 });
  });

  it('points at the YAML rule, not a comment that mentions it', async () => {
    const facts = await read({ '.commitlintrc.yml': '# we used type-enum before\nextends:\n  - "@commitlint/config-conventional"\nrules:\n  type-enum: [2, always, [feat, fix]]\n' });
    assert.deepEqual(facts.commit.types, { value: ['feat', 'fix'], source: { file: '.commitlintrc.yml', line: 5 }, origin: 'commitlint' });
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
    assert.deepEqual(facts.commit.convention, { value: 'conventional', source: { file: 'commitlint.config.cjs', line: 3 }, origin: 'commitlint' });
  });

  it('ignores a length rule that is disabled or says never, and takes the header limit for the first line', async () => {
    const disabled = await read({ '.commitlintrc.json': '{\n  "rules": {\n    "subject-max-length": [0, "always", 50],\n    "header-max-length": [2, "always", 72]\n  }\n}\n' });
    assert.deepEqual(disabled.commit.subjectMaxLength, { value: 72, source: { file: '.commitlintrc.json', line: 4 }, origin: 'commitlint' });
    const never = await read({ '.commitlintrc.json': '{\n  "rules": {\n    "header-max-length": [2, "never", 72]\n  }\n}\n' });
    assert.equal(never.commit.subjectMaxLength, null);
    const off = await read({ '.commitlintrc.json': '{\n  "rules": {\n    "header-max-length": [0, "always", 72]\n  }\n}\n' });
    assert.equal(off.commit.subjectMaxLength, null);
  });
});

describe('commitlint shared configs', () => {
  it('keeps the config-conventional table equal to the installed package', async () => {
    // The package is an ES module; a dynamic import keeps it loadable from this CommonJS test.
    const mod = (await import('@commitlint/config-conventional')) as unknown as { default: { rules: Record<string, readonly unknown[]> } };
    const rules = mod.default.rules;
    const preset = COMMITLINT_PRESETS['@commitlint/config-conventional'];
    assert.deepEqual(preset.types, rules['type-enum'][2]);
    assert.deepEqual([2, 'always', preset.headerMaxLength], rules['header-max-length']);
  });

  const shown: [string, Record<string, string>, readonly string[] | null, number | null][] = [
    ['shows the conventional types when the config only extends config-conventional', { '.commitlintrc.json': '{ "extends": ["@commitlint/config-conventional"] }' }, COMMITLINT_PRESETS['@commitlint/config-conventional'].types, 100],
    ['shows the angular types and a 72-character header for config-angular', { '.commitlintrc.yml': 'extends: "@commitlint/config-angular"\n' }, COMMITLINT_PRESETS['@commitlint/config-angular'].types, 72],
    ['lets the config\'s own type list and length win over the shared config', { '.commitlintrc.json': '{ "extends": ["conventional"], "rules": { "type-enum": [2, "always", ["add", "fix"]], "header-max-length": [2, "always", 60] } }' }, ['add', 'fix'], 60],
    ['shows no types when the config turns the shared type rule off', { '.commitlintrc.json': '{ "extends": ["@commitlint/config-conventional"], "rules": { "type-enum": [0] } }' }, null, 100],
    ['shows nothing from an unknown shared config', { '.commitlintrc.json': '{ "extends": ["@acme/commitlint-config"] }' }, null, null],
    [
      'prefers the guide\'s own type list and limit to the shared config\'s defaults',
      {
        '.commitlintrc.json': '{ "extends": ["@commitlint/config-conventional"] }',
        'CONTRIBUTING.md': '## Commit messages\n\nUse `<type>(<scope>): <subject>`.\n\nThe type must be one of the following:\n\n- **feat**: a feature\n- **fix**: a bug fix\n- **docs**: documentation only\n\nThe subject line must be no longer than 72 characters.\n',
      },
      ['feat', 'fix', 'docs'],
      72,
    ],
    [
      'keeps the config\'s own type list over the guide\'s',
      {
        '.commitlintrc.json': '{ "extends": ["@commitlint/config-conventional"], "rules": { "type-enum": [2, "always", ["feat", "fix", "ci"]] } }',
        'CONTRIBUTING.md': '## Commit messages\n\nThe type must be one of the following:\n\n- **feat**: a feature\n- **fix**: a bug fix\n- **docs**: documentation only\n',
      },
      ['feat', 'fix', 'ci'],
      100,
    ],
  ];
  for (const [name, files, types, length] of shown) {
    it(name, async () => {
      const facts = await read(files);
      assert.deepEqual(facts.commit.types?.value ?? null, types);
      assert.equal(facts.commit.subjectMaxLength?.value ?? null, length);
    });
  }
});

describe('JavaScript commitlint configs, parsed and never run', () => {
  const configs: [string, string, string, { types: readonly string[] | null; length: number | null; signOff: string | null; typesLine?: number }][] = [
    [
      'reads literal rules from module.exports',
      'commitlint.config.js',
      "module.exports = {\n  extends: ['@commitlint/config-conventional'],\n  rules: {\n    'type-enum': [2, 'always', ['feat', 'fix', 'docs']],\n    'header-max-length': [2, 'always', 80],\n    'signed-off-by': [2, 'always', 'Signed-off-by:'],\n  },\n};\n",
      { types: ['feat', 'fix', 'docs'], length: 80, signOff: 'required', typesLine: 4 },
    ],
    [
      'reads an object named by a const and exported as default',
      'commitlint.config.mjs',
      "const config = {\n  extends: ['@commitlint/config-angular'],\n};\nexport default config;\n",
      { types: COMMITLINT_PRESETS['@commitlint/config-angular'].types, length: 72, signOff: null, typesLine: 2 },
    ],
    [
      'reads an export default object in a .js file',
      'commitlint.config.js',
      'export default {\n  rules: { "type-enum": [2, "always", [`feat`, "fix"]] },\n};\n',
      { types: ['feat', 'fix'], length: null, signOff: null, typesLine: 2 },
    ],
    [
      'does not guess a type list that is computed',
      'commitlint.config.cjs',
      "const types = require('./types');\nmodule.exports = {\n  extends: ['@commitlint/config-conventional'],\n  rules: { 'type-enum': [2, 'always', types] },\n};\n",
      { types: null, length: 100, signOff: null },
    ],
    [
      'does not guess any preset rule when the rules object is computed',
      'commitlint.config.cjs',
      "const base = require('./base');\nmodule.exports = {\n  extends: ['@commitlint/config-conventional'],\n  rules: { ...base },\n};\n",
      { types: null, length: null, signOff: null },
    ],
    [
      'reads nothing from a config that is built by a function call',
      'commitlint.config.js',
      "module.exports = makeConfig({ rules: { 'type-enum': [2, 'always', ['feat']] } });\n",
      { types: null, length: null, signOff: null },
    ],
    ['reads nothing from a file that does not parse', 'commitlint.config.js', 'module.exports = {\n  rules: {\n', { types: null, length: null, signOff: null }],
  ];
  for (const [name, file, text, want] of configs) {
    it(name, async () => {
      const facts = await read({ [file]: text });
      assert.equal(facts.files.commitlintConfig, file);
      assert.deepEqual(facts.commit.types?.value ?? null, want.types);
      assert.equal(facts.commit.subjectMaxLength?.value ?? null, want.length);
      assert.equal(facts.commit.signOff?.value ?? null, want.signOff);
      if (want.typesLine !== undefined) assert.equal(facts.commit.types?.source.line, want.typesLine);
    });
  }

  it('does not parse an oversized config', () => {
    const text = `module.exports = { extends: ['@commitlint/config-conventional'] };\n${'// padding\n'.repeat(100_000)}`;
    assert.equal(readCommitlintConfig('commitlint.config.js', text, 'script').convention, null);
  });
});
