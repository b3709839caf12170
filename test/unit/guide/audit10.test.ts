/**
 * Kinds of error a blind audit of twelve projects nobody had tuned on found (session 10), each in a short guide of
 * our own wording, with the near miss that must stay as it was.
 */
import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { checkFor } from '../../../src/core/guide/checklistItems';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { parseDocument } from '../../../src/core/guide/parseDocument';

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

  it('a version series is a base branch; an old series merged by the maintainers is not', async () => {
    const off = await json({ 'CONTRIBUTING.md': '# Contributing\n\n1. Fork and clone the repository.\n2. Run `composer install`.\n3. Create a new branch off the `4.x` branch to hold your patch.\n' });
    assert.equal(off.baseBranch, '4.x');
    const target = await json({ 'CONTRIBUTING.md': '# Contributing\n\nPlease target the `2.x` branch with your pull request.\n' });
    assert.equal(target.baseBranch, '2.x');
    const old = await json({ 'CONTRIBUTING.md': '# Contributing\n\nBug fixes for the old `3.x` series are still accepted; they are merged from `main` by the maintainers.\n' });
    assert.equal(old.baseBranch, null);
  });

  it('git log header lines shown as examples are no area prefix; a real area example still is', async () => {
    const names = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Real names in commits\n\nSet git to use your real name. Not acceptable:\n\n    Author: Nickname <user@mail.com>\n\nAcceptable:\n\n    Author: First Last <user@mail.com>\n' });
    assert.equal(names.commit.convention, null);
    const area = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Commit guidelines\n\nPrefix the summary line with the area you touched, for example:\n\n    parser: handle empty input\n' });
    assert.equal(area.commit.convention, 'area-prefix');
  });

  it('an entry asked in the docs\' what\'s-new or release-notes page is the changelog rule; a pointer to it is not', async () => {
    const whatsNew = await json({ 'CONTRIBUTING.md': '# Contributing\n\nEvery user-facing change needs a short entry in `doc/whats-new.rst`.\n' });
    assert.deepEqual(whatsNew.changelog, { required: true, how: 'changelog-file' });
    const notes = await json({ 'CONTRIBUTING.md': '# Contributing\n\nPlease update `docs/release-notes.md` with a line about your fix.\n' });
    assert.equal(notes.changelog.required, true);
    const see = await json({ 'CONTRIBUTING.md': '# Contributing\n\nSee `doc/whats-new.rst` for what changed in the last release.\n' });
    assert.equal(see.changelog.required, null);
    const maintainers = await json({ 'CONTRIBUTING.md': '# Contributing\n\nRelease notes are written by the maintainers when a version is cut; you do not need to add any.\n' });
    assert.equal(maintainers.changelog.required, false);
  });

  it('after a linked post announcing the end of the CLA, a mention that asks nobody to sign is no requirement; a CLA to sign stays required', async () => {
    const dco = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Sign off your commits\n\nAll commits must carry a `Signed-off-by` trailer (Developer Certificate of Origin).\nFor more, read the post [Hello DCO, Goodbye CLA: Easier Contributions](https://example.org/blog/dco).\n\n## Use your real name\n\nPlease commit under your real name, as registered against the contributor\nlicense agreement, so commits stay traceable against the CLA.\n' });
    // The post's title alone says nothing the guide asks (negation.test.ts keeps it null); the later mention is history.
    assert.equal(dco.claRequired, null);
    assert.equal(dco.commit.signOff, 'required');
    const sign = await json({ 'CONTRIBUTING.md': '# Contributing\n\nBefore we can merge your first pull request you must sign our Contributor\nLicense Agreement. Commit with the same name you used when signing it.\n' });
    assert.equal(sign.claRequired, true);
    const reading = await json({ 'CONTRIBUTING.md': '# Contributing\n\nYou must sign the CLA before we merge. Background reading: [Ten reasons projects keep a CLA and how to sign it quickly](https://x.org/a).\n' });
    assert.equal(reading.claRequired, true);
  });

  it('patches reviewed on the mailing list are the way in; a list for discussion beside pull requests is not', async () => {
    const list = await json({ 'CONTRIBUTING.md': '# Contributing\n\nPatches are reviewed on the mailing list. Send them with `git send-email` to dev@lists.example.org.\n' });
    assert.equal(list.acceptsPullRequests, false);
    const talk = await json({ 'CONTRIBUTING.md': '# Contributing\n\nPull requests are welcome. Discussion happens on our mailing list, dev@lists.example.org.\n' });
    assert.equal(talk.acceptsPullRequests, true);
  });

  it('a template\'s plain list under "Please make sure to:" is its checklist; prompts for the description are not', async () => {
    const template = (text: string) => json({ 'CONTRIBUTING.md': '# Contributing\n\nThanks.\n', '.github/PULL_REQUEST_TEMPLATE.md': text });
    const asked = await template('Please make sure to:\n\n* Rebase your changes on the latest main branch\n* Add or update unit tests as needed\n* Run a build prior to submission\n');
    assert.deepEqual(asked.checklist.map((c) => c.source.line), [3, 4, 5]);
    const prompts = await template('## Description\n\nPlease describe:\n\n* what changed\n* why\n');
    assert.deepEqual(asked.checklist.length, 3);
    assert.deepEqual(prompts.checklist, []);
    // With boxes in the template, the boxes are the checklist and the plain list stays prose.
    const boxes = await template('## Summary\n\nPlease make sure to:\n\n* link the issue\n\n- [ ] Tests added\n');
    assert.deepEqual(boxes.checklist.map((c) => c.text), ['Tests added']);
  });

  it('an AsciiDoc admonition or sidebar block is read without its fences, and a block title is no text', () => {
    const doc = parseDocument('CONTRIBUTING.adoc', '= Contributing\n\n== Tests\n\n[IMPORTANT]\n====\nRun the tests before you send a patch:\n\n----\nmake test\n----\n====\n\n.Prerequisites\n****\nInstall Ruby first.\n****\n\n. First step\n');
    const texts = doc.blocks.map((b) => (b.kind === 'code' ? b.text.trim() : b.text));
    assert.deepEqual(texts, ['Contributing', 'Tests', 'Run the tests before you send a patch:', 'make test', 'Install Ruby first.', 'First step']);
    const item = doc.blocks[doc.blocks.length - 1];
    assert.equal(item.kind === 'listItem' && item.ordered, true);
  });
});
