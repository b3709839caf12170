import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// Near-misses of the session 5 command rules, found in review: real steps they must not drop, re-phase or add.
type Commands = { setup: string[]; test: string[]; lint: string[] };
const commandsOf = async (files: Record<string, string>): Promise<Commands> => {
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(files)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
};
const guide = (text: string): Record<string, string> => ({ 'CONTRIBUTING.md': text });

describe('commands: a bare "Example:" label after a step is the step (session 6 review)', () => {
  it('"... install the package in editable mode. Example:" keeps the setup steps', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Development environment\n\nCreate a virtual environment and install the package in editable mode. Example:\n\n```sh\npython -m venv .venv\n. .venv/bin/activate\npip install -e .\n```\n'));
    assert.deepEqual(found.setup, ['python -m venv .venv', '. .venv/bin/activate', 'pip install -e .']);
  });
  it('"Examples:" under "Running the tests" keeps the tests', async () => {
    const found = await commandsOf(guide('# Guide\n\n## Running the tests\n\nExamples:\n\n```sh\nmake test\nmake test-integration\n```\n'));
    assert.deepEqual(found.test, ['make test', 'make test-integration']);
  });
});
