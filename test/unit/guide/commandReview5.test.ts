import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { walkthroughFromGuide } from '../../../src/core/walkthrough/fromGuide';
import { changesShellOnly } from '../../../src/core/walkthrough/shellState';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Near-misses of this round's command rules, found in review: real steps they must not drop or re-phase.
type Commands = { setup: string[]; test: string[]; lint: string[] };
const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};
const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: header comments, example lead-ins, README sections and pipelines (session 5 review)', () => {
  it('a header comment with "only" narrows its first line, not the steps after it', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Getting started\n\n```sh\n# only needed the first time\nnpm ci\nnpm run build\nnpm test\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
    assert.ok(found.setup.includes('npm run build'));
  });

  it('a comment gives its phase to the line under it only, and a commented-out command gives none', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Working on the code\n\n```sh\n# lint the code, then start the server\nnpm run lint\n./bin/server\n```\n'));
    assert.deepEqual(found.lint, ['npm run lint']);
    assert.equal(found.lint.includes('./bin/server'), false);
  });

  it('"For instance, to run the whole test suite:" gives its command as the step', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nFor instance, to run the whole test suite before you send a change:\n\n```sh\nmake test-all\n```\n'));
    assert.deepEqual(found.test, ['make test-all']);
  });

  it('"use `-v` to debug failures" after the suite keeps the suite', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\nRun the suite; use `-v` to debug failures:\n\n```sh\nnpm test\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
  });

  it('an Installation section inside a README\'s Contributing section is the contributor\'s setup', async () => {
    const found = await commandsOf({ 'README.md': '# Widget\n\n## Contributing\n\n### Installation\n\n```sh\npip install -e .[dev]\n```\n\n### Tests\n\n```sh\npytest\n```\n' });
    assert.deepEqual(found.setup, ['pip install -e .[dev]']);
  });

  it('a test run piped through grep is still the test run', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\ngo test ./... | grep -v "no test files"\n```\n'));
    assert.deepEqual(found.test, ['go test ./... | grep -v "no test files"']);
  });

  it('"Testing the Docker image" is not running the tests in a container', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nmake test\n```\n\n## Testing the Docker image\n\n```sh\n./scripts/smoke-test-image.sh\n```\n'));
    assert.deepEqual(found.test, ['make test']);
  });
});

describe('commands: a dev shell asked to run one command is that command (found on measure5, after its one measure)', () => {
  it('reads `nix-shell --run X` and `nix develop -c X` by the command they run', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nnix-shell --run widget-test-spec\nnix develop -c cargo test\n```\n\n## Style\n\n```sh\nnix-shell --run widget-lint\n```\n'));
    assert.deepEqual(found.test, ['nix-shell --run widget-test-spec', 'nix develop -c cargo test']);
    assert.deepEqual(found.lint, ['nix-shell --run widget-lint']);
  });
  it('still reads entering the shell alone as setup, which the walkthrough shows to type', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Setup\n\n```sh\nnix develop\n```\n'));
    assert.deepEqual(found.setup, ['nix develop']);
    assert.equal(changesShellOnly('nix develop'), true);
    assert.equal(changesShellOnly('nix-shell --run widget-test-spec'), false);
  });
});

describe('walkthrough: commands that only change the shell are shown to type, not run (session 5 review)', () => {
  for (const command of ['export PATH=$PATH:$(go env GOPATH)/bin', 'source .venv/bin/activate', 'nix develop', 'poetry shell', 'docker run -it -v `pwd`:/src widget/ci bash']) {
    it(`\`${command}\` changes only the shell`, () => assert.equal(changesShellOnly(command), true));
  }
  for (const command of ['npm ci', 'docker run --rm node:20 npx prettier --check .', 'make export', 'go env GOPATH']) {
    it(`\`${command}\` is run`, () => assert.equal(changesShellOnly(command), false));
  }

  it('the setup step does not run the export alone, and runs the commands after it with it', async () => {
    const facts = await readGuide(new MemoryRepoFiles(guide('# Guide\n\n## Setup\n\n```sh\nexport GOPATH=$HOME/go\ngo mod download\n```\n')));
    const setup = walkthroughFromGuide(facts).steps.find((s) => s.id === 'setup');
    assert.ok(setup);
    assert.deepEqual(setup.actions.map((a) => (a.kind === 'run' ? a.command : a.kind)), ['export GOPATH=$HOME/go && go mod download']);
    assert.match(setup.markdown, /export GOPATH=\$HOME\/go`.*type it in your own terminal/);
  });
});

describe('Markdown lines after a code span that holds line breaks (session 5 review)', () => {
  it('cites the line a later span is on when the span before it starts and ends with a line break', () => {
    const doc = parseMarkdown('CONTRIBUTING.md', 'Run `\nfoo\n` now\nand `make test`.\n');
    const p = doc.blocks[0];
    assert.ok(p.kind === 'paragraph');
    assert.deepEqual(p.code.map((c) => [c.text, c.line]), [['foo', 1], ['make test', 4]]);
  });
});
