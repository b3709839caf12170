import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { check } from './commandCases';

describe('output shown after a run is not typed', () => {
  check([
    ['a block led in as example output is what a run prints', '# Testing\n\n```sh\nmake test\n```\n\nExample output from running the suite:\n\n```sh\nok  example.org/widget/store 1.2s\n```\n', { test: ['make test'] }],
    ['"you should see" hands over output too', '# Testing\n\n```sh\nmake test\n```\n\nYou should see:\n\n```sh\nok store 1.2s\n```\n', { test: ['make test'] }],
    ['a span in the sentence that presents the output is not a step', '# Testing\n\nExample output from directly running `go test` on one package:\n\n```\nPASS\n```\n', { test: [] }],
    ['a lead-in that asks to run the block is still a step', '# Testing\n\nRun the suite and check its output:\n\n```sh\nmake test\n```\n', { test: ['make test'] }],
  ]);
});

describe('focusing a run on one part of the suite is an example', () => {
  check([
    ['under a heading about running one test', '# Testing\n\n```sh\nmake check\n```\n\n## Run one test\n\n```sh\nbuild/run_tests widget_case\n```\n', { test: ['make check'] }],
    ['after a lead-in about a specific test', '# Testing\n\nRun all tests:\n\n```sh\ncargo test\n```\n\nTo run and review a specific snapshot test:\n\n```sh\ncargo insta review\n```\n', { test: ['cargo test'] }],
    ['a span in a sentence about a specific test', '# Testing\n\nRun `make test` before you send a change. To execute a specific test you can use the `go test` tool directly.\n', { test: ['make test'] }],
    ['"one of the tests" in a lead-in does not narrow', '# Testing\n\nIf you touch one of the tests, run:\n\n```sh\nmake test\n```\n', { test: ['make test'] }],
    ['a heading on the whole test suite keeps its steps', '# Running the test suite\n\n```sh\nmake test\n```\n', { test: ['make test'] }],
  ]);
});

describe('a lead-in that calls the command an example', () => {
  check([
    ['"the following command is an example of" is not a step', '# Tools\n\nThe following command is an example of stressing a running daemon for two hours:\n\n```sh\nmake stress-test\n```\n', { test: [] }],
    ['"an example of how to make your edits" walks through the steps', '# Changing the code\n\nAn example of how to make your own code edits:\n\n```sh\nyarn\nyarn build\n```\n', { setup: ['yarn', 'yarn build'] }],
  ]);
});

describe('make check in an autotools build', () => {
  check([
    ['after ./configure, make check runs the test suite', '# Building\n\n```sh\nsh autogen.sh\n./configure\nmake\nmake check\n```\n', { test: ['make check'], lint: [] }],
    ['without a configure step, make\'s own check under a build heading is still the test suite (GNU convention)', '# Building\n\n```sh\nmake\nmake check\n```\n', { test: ['make check'], lint: [] }],
    ['near miss: another runner\'s check under a build heading lints', '# Building\n\n```sh\njust build\njust check\n```\n', { test: [], lint: ['just check'] }],
  ]);
});

describe('what another command runs', () => {
  check([
    ['"`just fix` runs `cargo fixit`" gives the step, not its content', '# Linting\n\nRun `just fix` to apply fixes. `just fix` runs `cargo fixit --clippy --workspace` under the hood.\n', { lint: ['just fix'] }],
    ['"(which is `cargo check`)" is the content of the step before it', '# Checks\n\nRun `just check` (which is `cargo check --workspace`) before you push.\n', { lint: ['just check'] }],
    ['a span after "and runs" in prose is still a step', '# Linting\n\nOpen a terminal and run `cargo clippy` before you push.\n', { lint: ['cargo clippy'] }],
  ]);
});

describe('a run that both tests and lints', () => {
  check([
    ['a runner whose sentence names specs and linting is the test step', '# Contributing\n\n`bundle exec rake` runs the full suite: specs, self-linting and documentation checks. Run it before you push.\n', { test: ['bundle exec rake'], lint: [] }],
    ['a runner whose sentence names only linting lints', '# Contributing\n\n`bundle exec rake` runs self-linting and style checks. Run it before you push.\n', { test: [], lint: ['bundle exec rake'] }],
  ]);
});

describe('spans joined to one named in passing, descriptions and narrowing comments', () => {
  check([
    ['"will allow you to run `a` and `b`": neither is a step', '# Building\n\nRun `cargo build` first. Installing the CLI will allow you to run `cargo widget build` and `cargo widget dev` anywhere.\n', { setup: ['cargo build'] }],
    ['"run `a` and `b`" are both steps', '# Building\n\nRun `cargo build` and `cargo test` before you push.\n', { setup: ['cargo build'], test: ['cargo test'] }],
    ['a sentence that starts "Runs `x` first" describes the command its heading names', '# Scripts\n\n## `nr test-dts`\n\nRuns `nr build-dts` first, then checks the type tests.\n', { setup: [] }],
    ['a comment over a prompted line that picks one package narrows it', '# Testing\n\n```bash\n# run all tests\n$ nr test\n\n# run all tests under the runtime-core package\n$ nr test runtime-core\n```\n', { test: ['nr test'] }],
  ]);
});

describe('the tool a phase is done with', () => {
  check([
    ['"Test a patch with `make check`" is the test step', '# Submitting patches\n\n- Test a patch that changes existing code with `make check` before submission.\n', { test: ['make check'], lint: [] }],
    ['"format via `golangci-lint fmt`" is a lint step', '# Format\n\nAll changes must be formatted; you can format via `golangci-lint fmt`.\n', { lint: ['golangci-lint fmt'] }],
    ['a tool named with "with" and no phase verb is not a step', '# About\n\nThe project is compatible with `golangci-lint fmt` output.\n', { lint: [] }],
  ]);
});

describe('a quoted line behind a shell prompt', () => {
  const rst = (body: string): Record<string, string> => ({ 'CONTRIBUTING.rst': `Guide\n=====\n\nRunning type checks\n-------------------\n\n${body}` });
  async function rstCommands(body: string): Promise<string[]> {
    const json = toInspectJson(await readGuide(new MemoryRepoFiles(rst(body))));
    return json.commands.lint.map((c) => c.command);
  }
  it('an RST block quote "$ spin mypy" after a single colon is a command', async () => {
    assert.deepEqual(await rstCommands('The invocation looks like this:\n\n    $ spin mypy\n\nThis checks the types.\n'), ['spin mypy']);
  });
  it('a quoted line without a prompt stays prose', async () => {
    assert.deepEqual(await rstCommands('The invocation looks like this:\n\n    spin mypy\n\nThis checks the types.\n'), []);
  });
});

describe('a suite named in the sentence', () => {
  check([
    ['"Run QA suite: `composer qa`" is the test step', '# Contributing\n\n* Run QA suite: `composer qa`.\n', { test: ['composer qa'] }],
    ['a sentence about something else leaves the script without a phase', '# Contributing\n\n* Update the docs: `composer docs`.\n', { test: [], lint: [] }],
  ]);
});

describe('a step run in a subshell in another folder', () => {
  check([
    ['"(cd build && ctest)" is the test step', '# Building\n\n```bash\ncmake -B build\ncmake --build build\n\n# Run tests:\n(cd build && ctest -C Debug --output-on-failure)\n```\n', { test: ['(cd build && ctest -C Debug --output-on-failure)'] }],
    ['a subshell that only lists files is not a step', '# Building\n\n```bash\n(cd build && ls)\n```\n', { setup: [], test: [] }],
  ]);
});

describe('a line whose own comment says it builds', () => {
  check([
    ['"rebar3 escriptize # or bootstrap" before the test line is setup', '# Tests\n\nTests can be run by calling:\n\n```bash\n$ rebar3 escriptize # or bootstrap\n$ ./rebar3 ct\n```\n', { setup: ['rebar3 escriptize'], test: ['./rebar3 ct'] }],
    ['without the comment the lead-in gives the test phase', '# Tests\n\nTests can be run by calling:\n\n```bash\n$ rebar3 escriptize\n$ ./rebar3 ct\n```\n', { setup: [], test: ['rebar3 escriptize', './rebar3 ct'] }],
  ]);
});

describe('a tool an imperative step is done by', () => {
  check([
    ['"install textlint by `npm install -g textlint`" is a setup step', '# Spell checking\n\n* install textlint by `npm install -g textlint`\n* run `textlint README.md`\n', { setup: ['npm install -g textlint'] }],
    ['"enforced by `cargo fmt`" describes, it is no step', '# Code style\n\nFormatting rules are enforced by `cargo fmt` in CI.\n', { lint: [] }],
    ['"feature-complete with `pnpm install`" names a span, not a verb of the sentence', '# Scope\n\nThe focus is making `widget install` feature-complete with `pnpm install --frozen-lockfile`.\n', { setup: [] }],
  ]);
});

describe('unsupported ways, the product installed for users, and what a span is for', () => {
  check([
    ['a lead-in that calls the way unsupported is a side quest', '# Building\n\n```sh\ncmake -B build\n```\n\nTo cross-compile (unsupported but generally works):\n\n```sh\ncmake ../.. -DCMAKE_SYSTEM_NAME=Windows\n```\n', { setup: ['cmake -B build'] }],
    ['a supported way stays a step', '# Building\n\nTo build with CMake (supported on every platform):\n\n```sh\ncmake -B build\n```\n', { setup: ['cmake -B build'] }],
    ['lines under "Install with vcpkg" install the product for users', '# Building\n\n```sh\nmake\n```\n\n## Install with vcpkg\n\n```sh\n./bootstrap-vcpkg.sh\n./vcpkg install widget\n```\n', { setup: ['make'] }],
    ['"run `pd x` to run `pnpm` from source": the second span is the purpose', '# Setup\n\n1. Run `pnpm install` first.\n1. Now run `pd [command]` to run `pnpm` directly from the source.\n', { setup: ['pnpm install'] }],
  ]);
});

describe('scripts that can be run', () => {
  check([
    ['"Both `script/test` and `script/cucumber` can be run ... to run the suite" are test steps', '# Tests\n\nBoth `script/test` and `script/cucumber` can be run without arguments to run their entire suite.\n', { test: ['script/test', 'script/cucumber'] }],
    ['a script path only named is no step', '# Tests\n\nThe helpers live in `script/test` and `script/cucumber`.\n', { test: [] }],
  ]);
});

describe('fetching the parts git leaves out', () => {
  check([
    ['git submodule update --init is setup', '# Setup\n\n```sh\ngit clone https://example.org/widget.git\ngit submodule update --init\nmake\n```\n', { setup: ['git submodule update --init', 'make'] }],
    ['cloning and branching stay workflow', '# Setup\n\n```sh\ngit clone https://example.org/widget.git\ngit checkout -b my-fix\n```\n', { setup: [] }],
  ]);
});

describe('narrowing words in another clause', () => {
  check([
    ['"tests live in a single module; run `make test`" still runs the suite', '# Testing\n\nThe tests live in a single module; run `make test` before you push.\n', { test: ['make test'] }],
  ]);
});

describe('a sentence about a check', () => {
  check([
    ['"run the same check locally with `just dylint`" lints', '# Lints\n\nCI runs a custom lint pass. You can run the same check locally with `just dylint`.\n', { lint: ['just dylint'] }],
    ['a check of the tests is a test step', '# Tests\n\nYou can run the test check locally with `just everything`.\n', { test: ['just everything'], lint: [] }],
  ]);
});
