import * as assert from 'node:assert/strict';
import { cargoAliases, makeTargets, packageScripts, pyprojectToxEnvs, taskfileTasks, toxEnvs, toxTomlEnvs } from '../../../src/core/tasks/taskParsers';
import { mageTargets, rakeTasks } from '../../../src/core/tasks/rubyGoTasks';
import { TaskInventory } from '../../../src/core/tasks/taskInventory';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { staleCommandFindings } from '../../../src/core/check/staleCommands';

const linesOf = (m: ReadonlyMap<string, number>) => Object.fromEntries(m);

/** Each file is written for the test; every name is checked at the line a newcomer would open. */
describe('task files: every name at its line', () => {
  it('package.json scripts at their keys, and a broken file still gives what it can', () => {
    const p = packageScripts('{\n  "name": "x",\n  "scripts": {\n    "build": "tsc",\n    "test:unit": "mocha"\n  },\n  "dependencies": {"scripts": "1"}\n}\n');
    assert.deepEqual(linesOf(p.lines), { build: 4, 'test:unit': 5 });
    assert.ok(p.dependencies.has('scripts') && !p.names.has('scripts'), 'a dependency is not a script');
    const broken = packageScripts('{\n  "scripts": {\n    "lint": "eslint ."\n  ,\n');
    assert.ok(broken.invalid?.includes('line'), broken.invalid);
    assert.equal(broken.open, true);
  });

  it('Makefile: continuation lines, define blocks, the default goal and grouped targets', () => {
    const m = makeTargets('# top\nSRCS = a.c \\\n  b.c: x\n\ndefine HELP\nnot-a-target: here\nendef\n\nall build: deps\n\t@echo $(SRCS)\na b &: c\nX ::= 1\n');
    assert.deepEqual(linesOf(m.lines), { all: 9, build: 9, a: 11, b: 11 });
    assert.equal(m.defaultGoal, 'all');
    assert.equal(makeTargets('.DEFAULT_GOAL := help\nbuild:\nhelp:\n').defaultGoal, 'help');
    assert.equal(makeTargets('-include local.mk\nx:\n').open, true);
  });

  it('Taskfile tasks and aliases at their own lines', () => {
    const t = taskfileTasks("version: '3'\ntasks:\n  build:\n    aliases: [b]\n    cmds: [go build]\n  'lint:go':\n    cmds: [golangci-lint run]\n");
    assert.deepEqual(linesOf(t.lines), { build: 3, b: 4, 'lint:go': 6 });
    assert.ok(taskfileTasks('tasks: [\n').invalid);
  });

  it('tox: a section is preferred to its mention in envlist; setup.cfg and pyproject.toml forms', () => {
    const ini = toxEnvs('[tox]\nenvlist =\n    lint,\n    py{311,312}\n\n[testenv:lint]\ncommands = ruff\n');
    assert.deepEqual(linesOf(ini.lines), { lint: 6, py311: 4, py312: 4 });
    const legacy = pyprojectToxEnvs('[project]\nname = "x"\n\n[tool.tox]\nlegacy_tox_ini = """\n[tox]\nenvlist = docs\n\n[testenv:docs]\ncommands = sphinx-build\n"""\n');
    assert.deepEqual(legacy && linesOf(legacy.lines), { docs: 9 });
    assert.equal(legacy?.open, false, 'the ini text is read whole');
    const toml = pyprojectToxEnvs('[tool.tox]\nenv_list = [\n  "3.12",\n  "type",\n]\n\n[tool.tox.env.type]\ncommands = [["mypy"]]\n');
    assert.deepEqual(toml && linesOf(toml.lines), { type: 7, '3.12': 3 });
    assert.equal(toml?.open, true, 'TOML is read for names only');
    assert.equal(pyprojectToxEnvs('[project]\nname = "x"\n'), undefined, 'no tox configuration');
    assert.deepEqual(linesOf(toxTomlEnvs('env_list = ["lint"]\n[env.lint]\nskip_install = true\n').lines), { lint: 2 });
  });

  it('cargo aliases in an [alias] table or as dotted keys', () => {
    assert.deepEqual(linesOf(cargoAliases('alias.xtask = "run -p xtask --"\n[build]\nalias.nope = 1\n[alias]\nci = "test --workspace"\n').lines), { xtask: 1, ci: 5 });
  });

  it('Rakefile: tasks, namespaces, task classes and libraries that define tasks', () => {
    const r = rakeTasks(
      [
        'require "bundler/gem_tasks"',
        'require "rspec/core/rake_task"',
        '',
        'RSpec::Core::RakeTask.new(:spec)',
        'Rake::TestTask.new do |t|',
        '  t.pattern = "test/**/*_test.rb"',
        'end',
        '',
        'namespace :db do',
        '  desc "Migrate"',
        '  task :migrate do',
        '    puts "x"',
        '  end',
        'end',
        '',
        'task default: %i[spec test]',
        "task 'docs:serve' => :build",
      ].join('\n'),
    );
    for (const [name, line] of [['spec', 4], ['test', 5], ['db:migrate', 11], ['default', 16], ['docs:serve', 17], ['release', 1]] as const) assert.equal(r.lines.get(name), line, name);
    assert.ok(!r.names.has('migrate'), 'a namespaced task is known by its full name');
    assert.equal(r.defaultTask, 'default');
    assert.equal(r.open, false);
    assert.equal(rakeTasks('Rails.application.load_tasks\n').open, true);
    assert.equal(rakeTasks('%w[a b].each do |n|\n  task n do\n  end\nend\n').open, true);
  });

  it('mage: exported functions, namespaces, aliases and the default target, across magefiles/', () => {
    const m = mageTargets([
      { path: 'magefiles/build.go', text: '//go:build mage\n\npackage main\n\nvar Default = Build\n\nvar Aliases = map[string]interface{}{\n\t"b": Build,\n}\n\n// Build builds.\nfunc Build() error {\n\treturn nil\n}\n\nfunc helper() {}\n' },
      { path: 'magefiles/docs.go', text: 'package main\n\ntype Docs mg.Namespace\n\nfunc (Docs) Serve(ctx context.Context) error {\n\treturn nil\n}\n' },
    ]);
    assert.deepEqual(linesOf(m.lines), { b: 8, build: 12, 'docs:serve': 5 });
    assert.equal(m.files.get('docs:serve'), 'magefiles/docs.go');
    assert.equal(m.defaultTarget, 'build');
    assert.equal(mageTargets([{ path: 'magefile.go', text: '// mage:import\nimport _ "x/targets"\n' }]).open, true);
  });
});

describe('task files: included makefiles', () => {
  it('reads literal includes for the check too: a name they define is not stale, one none defines is', async () => {
    const inventory = new TaskInventory(new MemoryRepoFiles({ Makefile: 'include mk/lint.mk\n-include local.mk\nall:\n', 'mk/lint.mk': 'lint:\n\tgolangci-lint run\n' }));
    const make = await inventory.makefile('');
    assert.equal(make?.tasks.open, false, 'every required include was read and none is open');
    assert.equal(make?.tasks.files?.get('lint'), 'mk/lint.mk');
    assert.equal(make?.tasks.lines.get('lint'), 1);
    const at = { file: 'CONTRIBUTING.md', line: 3 };
    const findings = await staleCommandFindings([{ command: 'make lint', source: at, where: 'The guide' }, { command: 'make test', source: at, where: 'The guide' }], inventory, async () => undefined);
    assert.deepEqual(findings.map((f) => f.message), ['The guide says to run `make test`, but Makefile has no target "test".']);
    const open = await new TaskInventory(new MemoryRepoFiles({ Makefile: 'include $(ROOT)/rules.mk\nall:\n' })).makefile('');
    assert.equal(open?.tasks.open, true, 'a computed include leaves the list open');
  });
});
