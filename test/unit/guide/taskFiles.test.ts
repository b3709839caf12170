import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { confirmingTask } from '../../../src/core/tasks/confirmTask';
import { indexTasks } from '../../../src/core/tasks/taskIndex';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/** Each repository is written for the test: a guide naming a command, and the file that defines (or not) its task. */
describe('commands confirmed by the repository\u2019s own task files', () => {
  const guide = (command: string) => `## Testing\n\nRun the tests:\n\n\`\`\`sh\n${command}\n\`\`\`\n`;
  const cases: [string, Record<string, string>, { file: string; line: number } | undefined][] = [
    ['an npm script', { 'CONTRIBUTING.md': guide('npm run test:unit'), 'package.json': '{\n  "name": "x",\n  "scripts": {\n    "build": "tsc",\n    "test:unit": "mocha"\n  }\n}\n' }, { file: 'package.json', line: 5 }],
    ['npm test, the script named test', { 'CONTRIBUTING.md': guide('npm test'), 'package.json': '{\n  "scripts": {\n    "test": "jest"\n  }\n}\n' }, { file: 'package.json', line: 3 }],
    ['no script of that name', { 'CONTRIBUTING.md': guide('npm run test:unit'), 'package.json': '{\n  "scripts": {\n    "test": "jest"\n  }\n}\n' }, undefined],
    ['a Makefile target among several on one line', { 'CONTRIBUTING.md': guide('make test'), Makefile: 'VAR := 1\n.PHONY: all test\n\nbuild test: deps\n\tgo test ./...\n' }, { file: 'Makefile', line: 4 }],
    ['not a Makefile variable or a recipe line', { 'CONTRIBUTING.md': guide('make test'), Makefile: 'test := 1\nall:\n\ttest: x\n' }, undefined],
    ['a justfile recipe with parameters', { 'CONTRIBUTING.md': guide('just test'), justfile: 'set shell := ["bash"]\n\n# run the tests\ntest *args:\n    cargo test {{args}}\n' }, { file: 'justfile', line: 4 }],
    ['a Taskfile task', { 'CONTRIBUTING.md': guide('task test'), 'Taskfile.yml': "version: '3'\n\ntasks:\n  build:\n    cmds: [go build]\n  test:\n    cmds:\n      - go test ./...\n" }, { file: 'Taskfile.yml', line: 6 }],
    ['a tox environment', { 'CONTRIBUTING.md': guide('tox -e py3'), 'tox.ini': '[tox]\nenvlist = py3\n\n[testenv:py3]\ncommands = pytest\n' }, { file: 'tox.ini', line: 4 }],
    ['a nox session', { 'CONTRIBUTING.md': guide('nox -s tests'), 'noxfile.py': 'import nox\n\n@nox.session(python=["3.12"])\ndef tests(session):\n    session.run("pytest")\n' }, { file: 'noxfile.py', line: 3 }],
    ['a cargo alias', { 'CONTRIBUTING.md': guide('cargo xtest'), '.cargo/config.toml': '[build]\njobs = 2\n\n[alias]\nxtest = "test --workspace"\n' }, { file: '.cargo/config.toml', line: 5 }],
    ['no task file at all', { 'CONTRIBUTING.md': guide('make test') }, undefined],
    ['a composer script run by its name', { 'CONTRIBUTING.md': guide('composer test'), 'composer.json': '{\n  "name": "a/b",\n  "scripts": {\n    "test": "phpunit"\n  }\n}\n' }, { file: 'composer.json', line: 4 }],
    ['a composer script through run-script', { 'CONTRIBUTING.md': guide('composer run-script unit'), 'composer.json': '{\n  "scripts": {\n    "lint": "phpcs",\n    "unit": "phpunit"\n  }\n}\n' }, { file: 'composer.json', line: 4 }],
    ['a deno task, in a deno.jsonc with comments and a trailing comma', { 'CONTRIBUTING.md': guide('deno task test'), 'deno.jsonc': '{\n  // the project\'s tasks\n  "tasks": {\n    "test": "deno test -A",\n  },\n}\n' }, { file: 'deno.jsonc', line: 4 }],
    ['near miss: no deno task of that name', { 'CONTRIBUTING.md': guide('deno task test'), 'deno.json': '{\n  "tasks": {\n    "ok": "deno test"\n  }\n}\n' }, undefined],
  ];
  for (const [name, files, expected] of cases) {
    it(`confirms by ${name}`, async () => {
      const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
      assert.equal(json.commands.test.length, 1, JSON.stringify(json.commands));
      assert.deepEqual(json.commands.test[0].confirmedBy, expected);
      if (!expected) assert.ok(!('confirmedBy' in json.commands.test[0]), 'the key is left out when nothing confirms the command');
    });
  }

  const direct: [string, string, { file: string; line: number } | undefined][] = [
    ['a bare make runs the first target', 'make', { file: 'Makefile', line: 2 }],
    ['variables given to make are not its target', 'make V=1 test', { file: 'Makefile', line: 3 }],
    ['an environment variable before the command', 'CI=1 npm run lint', { file: 'package.json', line: 1 }],
    ['npm install is npm\u2019s own command, not a script', 'npm install', undefined],
    ['an unknown tool', 'gradle test', undefined],
    ['composer install is composer\u2019s own command, even beside a script named install', 'composer install', undefined],
    ['composer run names the script', 'composer run install', { file: 'composer.json', line: 1 }],
    ['deno test is deno\u2019s own command, not the task named test', 'deno test', undefined],
  ];
  const tasks = indexTasks(new Map([
    ['Makefile', '# comment\nall: build\ntest:\n\tgo test\n'],
    ['package.json', '{"scripts": {"lint": "eslint .", "install": "node-gyp rebuild"}}'],
    ['composer.json', '{"scripts": {"install": "echo", "test": "phpunit"}}'],
    ['deno.json', '{"tasks": {"test": "deno test"}}'],
  ]));
  for (const [name, command, expected] of direct) it(name, () => assert.deepEqual(confirmingTask(command, tasks), expected));

  it('reads a huge task file within its bound and without slowing on long lines', () => {
    const huge = `${'x'.repeat(1_000_000)}\n${'a: '.repeat(100_000)}\ntest:\n`;
    const index = indexTasks(new Map([['Makefile', huge]]));
    assert.deepEqual(confirmingTask('make test', index), { file: 'Makefile', line: 3 });
  });
});
