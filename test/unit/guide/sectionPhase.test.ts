import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Kind = 'setup' | 'test' | 'lint';

async function commandsOf(guide: string): Promise<Record<Kind, string[]>> {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide })));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
}

describe('commands whose phase is said by their section', () => {
  const cases: [string, string, Partial<Record<Kind, string[]>>][] = [
    ['a bare task runner under a test heading runs the tests', '# Running tests\n\n```sh\nmake\n```\n', { test: ['make'], setup: [] }],
    ['a project script by path in a shell block under a test heading', '# Testing\n\n```bash\n./run-all.sh\n```\n', { test: ['./run-all.sh'] }],
    ['an unknown program in a shell block under a build heading', '# Building\n\n```sh\nsh autogen.sh\n./configure\n```\n', { setup: ['sh autogen.sh', './configure'] }],
    ['PowerShell functions under a build heading', '# Build\n\n```powershell\nImport-Module ./tools.psm1\nInvoke-Build -Fast\n```\n', { setup: ['Import-Module ./tools.psm1', 'Invoke-Build -Fast'] }],
    ['a lint heading wins over a test word in it', '# Code quality tests\n\n```sh\nfoolint ./...\n```\n', { lint: ['foolint ./...'], test: [] }],
    ['an untagged block of unknown programs is not read loosely', '# Testing\n\n```\nsomething happens here\n```\n', { test: [], setup: [], lint: [] }],
    ['a shell block under a heading that says no phase gives nothing unknown', '# About\n\n```sh\nfrobnicate now\n```\n', { test: [], setup: [], lint: [] }],
    ['a document path is not a program', '# Testing\n\n```sh\ndocs/notes.md\n```\n', { test: [] }],
    ['a recovery step after "if it fails" is not a step', '# Building\n\n```sh\nmake\n```\n\nIf the build fails, rebuild from scratch with:\n\n```sh\nmake clean all\n```\n', { setup: ['make'] }],
    ['reproducing flaky tests is a side quest', '# Flaky tests\n\n```sh\ngo test -count 100 ./pkg\n```\n', { test: [] }],
    ['other variations of a command are not steps', '# Build\n\n```sh\ngo build\n```\n\nSome useful variations on the command:\n\n```sh\ngo build -race\n```\n', { setup: ['go build'] }],
  ];
  for (const [name, guide, want] of cases) {
    it(name, async () => {
      const got = await commandsOf(guide);
      for (const kind of Object.keys(want) as Kind[]) assert.deepEqual(got[kind], want[kind], kind);
    });
  }
});

describe('version checks', () => {
  const cases: [string, string, string[]][] = [
    ['under a prerequisites heading', '# Prerequisites\n\n```sh\nrustc -V\n```\n', ['rustc -V']],
    ['after prose about installing', '# Start\n\nInstall Go and verify your installation:\n\n```sh\ngo version\n```\n', ['go version']],
    ['beside a build step', '# Start\n\n```sh\ngo build\n./app version\n```\n', ['go build', './app version']],
    ['not when it only shows what was built', '# Using it\n\nCheck that it looks like this:\n\n```sh\n$ tool version\n```\n', []],
    ['not inline in a bug report list', '# Filing issues\n\n1. What version are you using (`go version`)?\n', []],
  ];
  for (const [name, guide, want] of cases) it(name, async () => assert.deepEqual((await commandsOf(guide)).setup, want));
});

describe('code spans that a sentence presents as steps', () => {
  const cases: [string, string, Partial<Record<Kind, string[]>>][] = [
    ['"run ... with `x`"', '# Tests\n\nYou can run all tests in the root with `make test`.\n', { test: ['make test'] }],
    ['"run ... for example, `x`"', '# Tests\n\nYou can also run one suite with a target, for example, `make test_core`.\n', { test: ['make test_core'] }],
    ['"run them with `x` or with `y`"', '# Lint\n\nYou can run them with `make check` or with `golangci-lint run ./...`.\n', { lint: ['make check', 'golangci-lint run ./...'] }],
    ['"`x` will do these checks"', '# Checks\n\n`make checks` will do these checks before you push.\n', { lint: ['make checks'] }],
    ['a list item opening with a style target', '# Style\n\n* `make style` - format the sources\n', { lint: ['make style'] }],
    ['not a recovery after "if ... cannot"', '# Build\n\nIf you can not get it to compile after updating, run `make clean compile`.\n', { setup: [] }],
    ['not a span merely named in a sentence without a run', '# Tests\n\nThe suite lives next to `make test` in the tree.\n', { test: [] }],
  ];
  for (const [name, guide, want] of cases) {
    it(name, async () => {
      const got = await commandsOf(guide);
      for (const kind of Object.keys(want) as Kind[]) assert.deepEqual(got[kind], want[kind], kind);
    });
  }
});
