import * as assert from 'node:assert/strict';
import { expandBraces, hasSession, justRecipes, makeTargets, noxSessions, packageScripts, taskfileTasks, toxEnvs } from '../../../src/core/tasks/taskParsers';
import { invocations } from '../../../src/core/check/commandLine';

describe('check: task files read as data', () => {
  it('reads package.json scripts and dependency names, and says when it is not JSON', () => {
    const p = packageScripts('{"scripts":{"build":"tsc","test:unit":"mocha"},"devDependencies":{"jest":"1"}}');
    assert.deepEqual([...p.names], ['build', 'test:unit']);
    assert.ok(p.dependencies.has('jest'));
    assert.ok(packageScripts('{"scripts":').invalid);
  });

  it('reads Makefile targets, not variables or recipes, and is open with includes or pattern rules', () => {
    const m = makeTargets('CC := gcc\nX = 1\n.PHONY: test\nall build: deps\n\techo hi: there\ntest:\n\tgo test\nlint-go::\n\tx\n');
    assert.deepEqual([...m.names].sort(), ['all', 'build', 'lint-go', 'test']);
    assert.equal(m.open, false);
    assert.equal(makeTargets('include common.mk\ntest:\n').open, true);
    assert.equal(makeTargets('%: \n\t$(MAKE) -C sub $@\n').open, true);
  });

  it('keeps each target\'s prerequisites and first recipe lines, bounded, and none for a variable or a define', () => {
    const m = makeTargets('X = 1\nall build: deps\n\techo hi\ncheck: lint\n\tgo vet ./...\n\n# note\nlint:\n\tgolangci-lint run\ndefine T\n\tnot a recipe\nendef\nlong:\n' + '\tstep\n'.repeat(20));
    assert.equal(m.recipes?.get('all'), '\n: deps\necho hi');
    assert.equal(m.recipes?.get('build'), '\n: deps\necho hi');
    assert.equal(m.recipes?.get('check'), '\n: lint\ngo vet ./...');
    assert.equal(m.recipes?.get('lint'), '\ngolangci-lint run');
    assert.equal(m.recipes?.get('long')?.split('\n').filter((l) => l === 'step').length, 6);
    assert.equal(m.recipes?.has('X'), false);
  });

  it('reads justfile recipes and aliases, not settings or variables', () => {
    const j = justRecipes('set shell := ["bash"]\nversion := "1"\nalias t := test\n# comment\ntest *args: build\n  cargo test\n@build:\n  cargo build\n');
    assert.deepEqual([...j.names].sort(), ['build', 't', 'test']);
    assert.equal(justRecipes('import "x.just"\n').open, true);
  });

  it('reads Taskfile tasks, aliases and included namespaces', () => {
    const t = taskfileTasks('version: "3"\nincludes:\n  docs: ./docs\ntasks:\n  build:\n    aliases: [b]\n    cmds: [go build]\n  test: {cmds: [go test]}\n');
    assert.deepEqual([...t.names].sort(), ['b', 'build', 'test']);
    assert.ok(t.namespaces.has('docs'));
  });

  it('reads tox environments with brace expansion and accepts pyXY and factor combinations', () => {
    const t = toxEnvs('[tox]\nenvlist = py{38,39}-django, lint\n    docs\n[testenv:type]\ncommands = mypy\n');
    assert.deepEqual([...t.names].sort(), ['docs', 'lint', 'py38-django', 'py39-django', 'type']);
    assert.ok(hasSession(t.names, 'py312', 'tox'));
    assert.ok(hasSession(t.names, 'py311-lint', 'tox'));
    assert.ok(!hasSession(t.names, 'coverage', 'tox'));
    assert.deepEqual(expandBraces('a{1,2}-{x,y}'), ['a1-x', 'a1-y', 'a2-x', 'a2-y']);
  });

  it('reads nox sessions from decorators, with name= and parametrised Pythons', () => {
    const n = noxSessions('import nox\n\n@nox.session(python=["3.11", "3.12"])\ndef tests(session):\n    pass\n\n@nox.session(\n    name="docs-live",\n)\ndef docs_live(session):\n    pass\n');
    assert.deepEqual([...n.names].sort(), ['docs-live', 'tests']);
    assert.ok(hasSession(n.names, 'tests-3.12', 'nox'));
    assert.ok(!hasSession(n.names, 'lint', 'nox'));
  });

  it('splits command lines, follows literal cd and drops env assignments', () => {
    assert.deepEqual(invocations('$ cd web && FOO=1 npm run build; make -C x test | tee log'), [
      { words: ['npm', 'run', 'build'], cwd: 'web' },
      { words: ['make', '-C', 'x', 'test'], cwd: 'web' },
      { words: ['tee', 'log'], cwd: 'web' },
    ]);
    assert.equal(invocations('cd $DIR && make')[0].cwd, undefined);
  });
});
