import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { confirmingTask } from '../../../src/core/tasks/confirmTask';
import { indexTasks } from '../../../src/core/tasks/taskIndex';
import { TaskInventory } from '../../../src/core/tasks/taskInventory';
import { staleCommandFindings } from '../../../src/core/check/staleCommands';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { runCheck } from '../../../src/core/check/runCheck';

/** Repositories written for the test: a guide naming a command, and what defines (or not) what it runs. */
describe('commands confirmed by the repository: the runners added to the one inventory', () => {
  const guide = (command: string) => `## Running the tests\n\nRun the tests:\n\n\`\`\`sh\n${command}\n\`\`\`\n`;
  const cases: [string, string, Record<string, string>, { file: string; line: number } | undefined][] = [
    ['a rake task through bundle exec', 'bundle exec rake test', { Rakefile: 'require "rake/testtask"\n\nRake::TestTask.new(:test)\n' }, { file: 'Rakefile', line: 3 }],
    ['a bare rake by its default task', 'rake', { Rakefile: 'task :spec\ntask default: :spec\n' }, { file: 'Rakefile', line: 2 }],
    ['a rake task the Rakefile does not define', 'bundle exec rake test', { Rakefile: 'task :spec\n' }, undefined],
    ['a mage target in magefile.go, case-insensitively', 'mage test', { 'magefile.go': '//go:build mage\n\npackage main\n\nfunc Test() error { return nil }\n' }, { file: 'magefile.go', line: 5 }],
    ['a mage target in magefiles/', 'mage docs:check', { 'magefiles/docs.go': 'package main\n\ntype Docs mg.Namespace\n\nfunc (Docs) Check() error { return nil }\n' }, { file: 'magefiles/docs.go', line: 5 }],
    ['a script in script/', 'script/test', { 'script/test': '#!/bin/sh\n' }, { file: 'script/test', line: 1 }],
    ['the Gradle wrapper', './gradlew check', { gradlew: '#!/bin/sh\n' }, { file: 'gradlew', line: 1 }],
    ['a script that is not there', './check.sh', { 'x.py': '' }, undefined],
    ['a tox env in setup.cfg', 'tox -e lint', { 'setup.cfg': '[metadata]\nname = x\n\n[tox:tox]\nenvlist = lint\n\n[testenv:lint]\ncommands = flake8\n' }, { file: 'setup.cfg', line: 7 }],
    ['a tox env in pyproject.toml', 'tox -e lint', { 'pyproject.toml': '[tool.tox]\nlegacy_tox_ini = """\n[testenv:lint]\ncommands = flake8\n"""\n' }, { file: 'pyproject.toml', line: 3 }],
    ['a cargo alias as a dotted key', 'cargo xtask test', { '.cargo/config.toml': 'alias.xtask = "run -p xtask --"\n' }, { file: '.cargo/config.toml', line: 1 }],
    ['a target of the makefile that GNUmakefile (read first, as make does) includes', 'make test', { GNUmakefile: 'include Makefile\ncheck:\n', Makefile: 'test:\n\tgo test\n' }, { file: 'Makefile', line: 1 }],
    ['not a target of a makefile make does not read', 'make test', { GNUmakefile: 'check:\n', Makefile: 'test:\n\tgo test\n' }, undefined],
  ];
  for (const [name, command, files, expected] of cases) {
    it(`confirms ${name}`, async () => {
      const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide(command), ...files })));
      const found = [...json.commands.setup, ...json.commands.test, ...json.commands.lint].find((c) => c.command === command);
      assert.ok(found, `the reader keeps ${command}: ${JSON.stringify(json.commands)}`);
      assert.deepEqual(found.confirmedBy, expected);
    });
  }

  it('answers the same name from the same file for the reader and the check', async () => {
    const files = new MemoryRepoFiles({ 'Makefile': 'lint:\n\tgolangci-lint run\n', 'web/package.json': '{"scripts": {"build": "vite"}}' });
    const inventory = new TaskInventory(files);
    const index = await inventory.index();
    assert.deepEqual(confirmingTask('make lint', index), { file: 'Makefile', line: 1 });
    assert.equal(confirmingTask('make test', index), undefined);
    const at = { file: 'CONTRIBUTING.md', line: 3 };
    const findings = await staleCommandFindings(
      [{ command: 'make test', source: at, where: 'The guide' }, { command: 'make lint', source: at, where: 'The guide' }, { command: 'cd web && npm run build', source: at, where: 'The guide' }],
      inventory,
      async () => undefined,
    );
    assert.deepEqual(findings.map((f) => f.message), ['The guide says to run `make test`, but Makefile has no target "test".']);
    assert.deepEqual([...inventory.read].sort(), ['Makefile', 'web/package.json'], 'each task file is read once, whoever asks');
  });

  it('reads only the task files that are there, once per reading', async () => {
    const reads: string[] = [];
    const files = new MemoryRepoFiles({ 'CONTRIBUTING.md': guide('npm test'), 'package.json': '{"scripts": {"test": "jest"}}', Makefile: 'all:\n', 'README.md': '# x\n' });
    const counting = { list: files.list.bind(files), canonical: files.canonical.bind(files), read: (path: string, max: number) => (reads.push(path), files.read(path, max)) };
    await readGuide(counting);
    assert.equal(reads.filter((p) => p === 'package.json').length, 1);
    assert.equal(reads.filter((p) => p === 'Makefile').length, 1);
    assert.ok(!reads.some((p) => /tox|Rakefile|magefile|justfile|Taskfile/i.test(p)), reads.join(', '));
  });

  it('confirms from texts alone, as the unit layer and the CLI build an index', () => {
    const index = indexTasks(new Map([['Rakefile', 'namespace :db do\n  task :seed\nend\n']]), ['x.py']);
    assert.deepEqual(confirmingTask('bin/rake db:seed', index), { file: 'Rakefile', line: 2 });
    assert.deepEqual(confirmingTask('python x.py build', index), { file: 'x.py', line: 1 });
    assert.deepEqual(confirmingTask('./x.py test library/std', index), { file: 'x.py', line: 1 });
    assert.equal(confirmingTask('x.py test', index), undefined, 'a bare name is looked up on PATH, not in the folder');
    assert.equal(confirmingTask('python -m pytest', index), undefined);
    assert.equal(confirmingTask('/usr/bin/x.py', index), undefined);
    const make = indexTasks(new Map([['Makefile', 'docs:\nhtml:\ntest:\n']]));
    assert.equal(confirmingTask('make -C docs html', make), undefined, 'the makefile of another folder');
    assert.equal(confirmingTask('make -f other.mk test', make), undefined, 'another makefile');
    assert.deepEqual(confirmingTask('make -j 4 test', make), { file: 'Makefile', line: 3 }, 'a job count is not a target');
  });

  it('lets the check go on from the reader\u2019s reading: a root task file is read once for both, and listed as read', async () => {
    const reads: string[] = [];
    const files = new MemoryRepoFiles({ 'CONTRIBUTING.md': guide('make test\nmake lint'), Makefile: 'test:\n\tgo test\n', 'README.md': '# x\n' });
    const counting = { list: files.list.bind(files), canonical: files.canonical.bind(files), read: (path: string, max: number) => (reads.push(path), files.read(path, max)) };
    const result = await runCheck(counting);
    assert.deepEqual(result.findings.filter((f) => f.id === 'stale-command').map((f) => f.message), ['CONTRIBUTING.md says to run `make lint`, but Makefile has no target "lint".']);
    assert.equal(reads.filter((p) => p === 'Makefile').length, 1, reads.join(', '));
    assert.ok(result.filesRead.includes('Makefile'));
    const facts = await readGuide(files);
    assert.deepEqual(facts.files.taskFiles, ['Makefile'], 'the editor reads the guide again when a task file it used changes');
  });
});

