import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { DEBUG_PURPOSE, entersContainer, testsInContainer } from '../../../src/core/guide/extract/commandsContainerTests';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Commands = { setup: string[]; test: string[]; lint: string[] };

const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};

const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: running the tests in a container (session 5, round 2)', () => {
  it('reads the steps under a heading on running the tests using Docker, the container lines as setup', async () => {
    const found = await commandsOf(
      guide('# Guide\n\n## Running the tests\n\n```sh\n./run-tests.sh\n```\n\n## Running the Linux tests using Docker\n\n1. Install Docker.\n2. Then run:\n\n```shell\ndocker pull widget/ci:latest\ndocker run -it -v `pwd`:/src widget/ci bash\ncd src\nwidgettool test\n```\n'),
    );
    assert.deepEqual(found.setup, ['docker pull widget/ci:latest', 'docker run -it -v `pwd`:/src widget/ci bash']);
    assert.deepEqual(found.test, ['./run-tests.sh', 'widgettool test']);
  });

  it('reads a "containerized tests" section but not its debugging block', async () => {
    const found = await commandsOf(
      guide('# Guide\n\n## Testing\n\n```sh\nmix test\n```\n\n### Running containerized tests\n\nYou can run the integration tests in a container:\n\n```sh\nmix test.container\n```\n\nYou can also use this to interactively debug any failing tests using:\n\n```sh\nmix test.container --shell\n```\n'),
    );
    assert.deepEqual(found.test, ['mix test', 'mix test.container']);
  });

  it('still skips a Docker section that is not about the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Testing\n\n```sh\nnpm test\n```\n\n## Working with Docker\n\n```sh\ndocker compose build\nnpm run test:docker\n```\n'));
    assert.deepEqual(found.test, ['npm test']);
    assert.deepEqual(found.setup, []);
  });

  it('knows which headings run the tests in a container', () => {
    const sideQuest = /\bdocker\b|\bcontainer(?:s|ized)?\b|debug|releas/i;
    assert.equal(testsInContainer('Running the Linux tests on a Mac using Docker', sideQuest), true);
    assert.equal(testsInContainer('Running containerized tests', sideQuest), true);
    assert.equal(testsInContainer('Debugging tests in Docker', sideQuest), false);
    assert.equal(testsInContainer('Working with Docker', sideQuest), false);
    assert.equal(testsInContainer('Release tests', sideQuest), false);
  });

  it('knows a line that gets a container ready or enters it', () => {
    assert.equal(entersContainer('docker pull swift:latest'), true);
    assert.equal(entersContainer('docker compose build --parallel'), true);
    assert.equal(entersContainer('docker run -it -v `pwd`:/project swift bash'), true);
    assert.equal(entersContainer('docker run --rm node:alpine npx prettier --write .'), false);
    assert.equal(entersContainer('docker compose run php-8.2 vendor/bin/phpunit'), false);
  });

  it('knows a lead-in for debugging from a debug build', () => {
    assert.equal(DEBUG_PURPOSE.test('You can also use this to interactively debug any failing tests using:'), true);
    assert.equal(DEBUG_PURPOSE.test('To debug a test, run:'), true);
    assert.equal(DEBUG_PURPOSE.test('To debug mode builds, run:'), false);
    assert.equal(DEBUG_PURPOSE.test('Build in debug mode:'), false);
  });

  it('reads a huge heading and a huge container line quickly', async () => {
    const heading = `Running tests ${'docker '.repeat(5000)}`;
    assert.equal(testsInContainer(heading, /\bdocker\b/i), false);
    assert.equal(entersContainer(`docker run ${'-v a:b '.repeat(20000)}x`), false);
    assert.equal(entersContainer(`docker run ${'-v a:b '.repeat(200)}bash`), false);
    const found = await commandsOf(guide(`# Guide\n\n## Running the tests in Docker\n\n${'Some words about the tests. '.repeat(4000)}\n\n\`\`\`sh\n${'docker run -it a b c d e f g h i j k l m n o p q r s t u v w x y z bash\n'.repeat(3000)}npm test\n\`\`\`\n`));
    assert.deepEqual(found.test, ['npm test']);
  });
});
