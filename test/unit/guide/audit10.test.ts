/**
 * Kinds of error a blind audit of twelve projects nobody had tuned on found (session 10), each in a short guide of
 * our own wording, with the near miss that must stay as it was.
 */
import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { checkFor } from '../../../src/core/guide/checklistItems';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const json = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const commands = (j: Awaited<ReturnType<typeof json>>, kind: 'setup' | 'test' | 'lint'): string[] => j.commands[kind].map((c) => c.command);

describe('audit of twelve unseen projects (session 10)', () => {
  it('an item that only mentions the change is no changelog check; a CHANGES file or a changelog is', () => {
    assert.equal(checkFor('I have added tests to cover my changes.'), 'manual');
    assert.equal(checkFor('Keep the change focused; split unrelated changes into separate pull requests.'), 'manual');
    assert.equal(checkFor('I added an entry to `CHANGELOG.md` describing my change'), 'changelog');
    assert.equal(checkFor('Add a line to CHANGES describing the fix'), 'changelog');
    assert.equal(checkFor('Update changes.rst with a short note'), 'changelog');
    assert.equal(checkFor("Add a what's new entry for user-visible changes"), 'changelog');
  });

  it('tips for the contribution itself hold the guide\'s steps; debugging tips and tricks stay side quests', async () => {
    const tips = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Tips for Bug Fixing\n\n### Build a local copy\n\n    $ npm install\n' });
    assert.deepEqual(commands(tips, 'setup'), ['npm install']);
    const side = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Debugging tips\n\nTurn on verbose logging and profile a run:\n\n    export WIDGET_DEBUG=1\n    go tool pprof cpu.out\n\n## Tips and tricks\n\n    npm install -g widget-helper\n' });
    assert.deepEqual(side.commands, { setup: [], test: [], lint: [] });
  });

  it('a heading that puts the issue first asks to discuss before the change; a bug-report heading does not', async () => {
    const first = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Start with an issue\n\n1. Open an issue to talk about the change you want to make.\n2. Once we have agreed on it, you can start coding.\n' });
    assert.equal(first.discussFirst, true);
    const starts = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Every change starts with an issue\n\nBefore you write any code, open an issue and wait until a maintainer labels it as accepted.\n' });
    assert.equal(starts.discussFirst, true);
    const report = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Reporting bugs\n\nOpen an issue describing the problem, with a runnable example.\n\n## Pull requests\n\nPull requests are welcome for any open issue or improvement.\n' });
    assert.equal(report.discussFirst, null);
  });

  it('a section only about CI names what CI runs for you; "Running CI locally" keeps its steps', async () => {
    const ci = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Continuous integration\n\nThe CI job runs the following for every pull request:\n\n```sh\nmake lint\nmake test\n```\n\n## Testing\n\n```sh\nmake check\n```\n' });
    assert.deepEqual(commands(ci, 'lint'), []);
    assert.deepEqual(commands(ci, 'test'), ['make check']);
    const local = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Running the CI checks locally\n\n```sh\nmake lint\n```\n' });
    assert.deepEqual(commands(local, 'lint'), ['make lint']);
  });
});
