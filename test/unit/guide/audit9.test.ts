/**
 * Kinds of error a blind audit of twelve projects nobody had tuned on found (session 9), each in a short guide of our
 * own wording, with the near miss that must stay as it was.
 */
import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { plainInline } from '../../../src/core/text/normalize';

const json = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
const commands = (j: Awaited<ReturnType<typeof json>>, kind: 'setup' | 'test' | 'lint'): string[] => j.commands[kind].map((c) => c.command);

describe('audit of twelve unseen projects (session 9)', () => {
  it('a setup section that says it works without the container is the main flow', async () => {
    const local = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Setting up\n\n### Using the dev container\n\nOpen the folder in the container.\n\n### Using your own machine without the dev container\n\n```sh\nscript/bootstrap\nbundle install\n```\n' });
    assert.deepEqual(commands(local, 'setup'), ['script/bootstrap', 'bundle install']);
    const inside = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Setting up\n\n```sh\nbundle install\n```\n\n### Building the container image\n\n```sh\ndocker build -t widget .\n```\n' });
    assert.deepEqual(commands(inside, 'setup'), ['bundle install']);
  });

  it('a span named as an option of a command is no step; the command it belongs to stays', async () => {
    const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Running the tests\n\nRun the whole suite:\n\n```sh\ntox\n```\n\nUse the `tox -e` option to pick one environment.\n' });
    assert.deepEqual(commands(j, 'test'), ['tox']);
    const flag = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Running the tests\n\nRun `pytest -x` to stop at the first failure; the `--lf` flag reruns the last failures.\n' });
    assert.deepEqual(commands(flag, 'test'), ['pytest -x']);
  });

  it('a bulleted list of asks in a section about pull requests, one for passing checks, is the checklist', async () => {
    const asks = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Pull requests\n\n- Fill in the pull request template.\n- Include tests for your change.\n- Make sure `make lint` and `make test` pass.\n' });
    assert.deepEqual(asks.checklist.map((c) => c.source.line), [5, 6, 7]);
    // Near misses: statements about the process, and asks with no check to pass.
    const about = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Pull requests\n\n- Maintainers review pull requests weekly.\n- CI runs on every push and must pass.\n- Small changes are merged faster.\n' });
    assert.deepEqual(about.checklist, []);
    const noChecks = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Pull requests\n\n- Fork the repository.\n- Create a branch.\n- Push your branch.\n' });
    assert.deepEqual(noChecks.checklist, []);
  });

  it('empty task boxes in a guide are a checklist; a roadmap, open tasks or a bug report\'s boxes are not', async () => {
    const boxes = await json({ 'CONTRIBUTING.md': '# Contributing\n\nMake your change, then check that:\n\n- [ ] the tests pass\n- [ ] the docs are updated\n' });
    assert.deepEqual(boxes.checklist.map((c) => [c.text, c.source.line]), [['the tests pass', 5], ['the docs are updated', 6]]);
    for (const text of [
      '## Roadmap\n\n- [x] Windows support\n- [ ] Plugin API\n',
      '## Help wanted\n\nThese are open tasks:\n\n- [ ] Port the docs\n- [ ] Add a Windows CI job\n',
      '## Reporting a bug\n\n- [ ] I searched the existing issues\n- [ ] I can reproduce it on main\n',
      '## Releasing\n\n- [ ] Bump the version\n- [ ] Tag the release\n',
    ]) {
      const other = await json({ 'CONTRIBUTING.md': `# Contributing\n\n${text}` });
      assert.deepEqual(other.checklist, [], text);
    }
  });

  it('base branch from a merge request, from "branch from the X branch" and from "first accepted into X"', async () => {
    const g = (t: string) => json({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${t}\n` });
    assert.equal((await g('Fork the project on GitLab and open a merge request against `main`.')).baseBranch, 'main');
    assert.equal((await g('- Branch from the develop branch and keep the change small.')).baseBranch, 'develop');
    assert.equal((await g('Every change needs to be first accepted into the `main` branch before it is backported.')).baseBranch, 'main');
    // Near miss: where work happens is not where changes are sent.
    assert.equal((await g('Development happens in many places; the main branch is protected.')).baseBranch, null);
  });

  it('a CLA the project dropped is not required', async () => {
    const g = (t: string) => json({ 'CONTRIBUTING.md': `# Contributing\n\n## Legal\n\n${t}\n` });
    assert.equal((await g('We dropped our CLA in 2024; every commit needs a DCO sign-off instead.')).claRequired, false);
    assert.equal((await g('The CLA was retired last year.')).claRequired, false);
    assert.equal((await g('You must sign the CLA before we can merge your change.')).claRequired, true);
  });

  it('discussing first offered as a choice ("don\'t hesitate to", "feel free to") is not asked', async () => {
    const g = (t: string) => json({ 'CONTRIBUTING.md': `# Contributing\n\n## Picking a task\n\n${t}\n` });
    assert.equal((await g("Pick an item from the TODO list. Don't hesitate to discuss an item first on the mailing list.")).discussFirst, null);
    assert.equal((await g('Feel free to open an issue first if you are unsure.')).discussFirst, null);
    assert.equal((await g('Please open an issue to discuss your idea first.')).discussFirst, true);
  });

  it('a repository said to be a read-only mirror takes no pull requests, unless it says it does', async () => {
    const g = (t: string) => json({ 'CONTRIBUTING.md': `# Contributing\n\n${t}\n` });
    assert.equal((await g('This GitHub repository is a read-only mirror. Please send changes through https://gitlab.example.org/widget.')).acceptsPullRequests, false);
    assert.equal((await g('This repository is a read-only mirror of our GitLab project. Pull requests are welcome here too.')).acceptsPullRequests, true);
    assert.equal((await g('The `docs/` folder is a mirror of the website. Open pull requests against `main`.')).acceptsPullRequests, true);
  });

  it('listing the tests is no test run', async () => {
    const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\n```sh\npnpm bazel test //packages/...\npnpm bazel query "tests(//packages/...)"\npytest --collect-only -q\n```\n' });
    assert.deepEqual(commands(j, 'test'), ['pnpm bazel test //packages/...']);
  });

  it('empty boxes nested under a numbered step ending in ":" are that step\'s checks', async () => {
    const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\n1. Fork the repository.\n2. Make your change.\n3. Open a pull request and check that:\n   - [ ] the tests pass\n   - [ ] the docs are updated\n' });
    assert.deepEqual(j.checklist.map((c) => [c.text, c.source.line]), [['the tests pass', 6], ['the docs are updated', 7]]);
    // Near miss: a roadmap's steps with boxes under them.
    const plans = await json({ 'CONTRIBUTING.md': '# Contributing\n\n## Roadmap\n\n1. Version 2:\n   - [ ] plugin API\n   - [ ] Windows support\n' });
    assert.deepEqual(plans.checklist, []);
  });

  it('changelog asks in other wordings: the project\'s NEWS file, a changes file named with its extension, an entry called optional', async () => {
    const g = (t: string) => json({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${t}\n` });
    assert.deepEqual((await g("* Describe your contribution in the project's [`NEWS.md`](NEWS.md) file.")).changelog, { required: true, how: 'changelog-file' });
    const template = await json({ 'CONTRIBUTING.md': '# Contributing\n\nThanks.\n', '.github/pull_request_template.md': 'Please update `next_changes.md` with your changes.\n' });
    assert.deepEqual(template.changelog, { required: true, how: 'changelog-file' });
    assert.deepEqual((await g("- (Optional) Update the [changelog](changelog.md) for larger changes. If you don't, a maintainer will.")).changelog, { required: false, how: 'changelog-file' });
    // Near misses: "consider" leaves it open; the word "changes" is no file.
    assert.deepEqual((await g('Consider adding an item to NEWS for larger changes.')).changelog, { required: null, how: null });
    assert.deepEqual((await g('Please update the docs with your changes.')).changelog, { required: null, how: null });
  });

  it('an underscore inside a name stays in the plain text (`next_changes.md`, `run_tests`)', () => {
    assert.equal(plainInline('Run `run_tests` and edit _notes_ in `next_changes.md`.'), 'Run run_tests and edit notes in next_changes.md.');
  });
});
