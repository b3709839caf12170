import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Which lists are the checks before sending a change, by the guide's structure: the heading a list sits under,
 * the sentence that leads into it, and what its items are. Each case is a small guide written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  (await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);
const guide = (text: string) => checklistOf({ 'CONTRIBUTING.md': text });

describe('checklist: a walkthrough of sending is not a checklist', () => {
  it('leaves out the steps under a heading that names the route a pull request is sent by', async () => {
    const found = await guide(
      '# Contributing\n\n## Submitting a pull request\n\n### Submitting a pull request via the web editor\n\n1. Open the file on the forge.\n2. Click the pencil icon.\n3. Click "Create pull request".\n\n### Submitting a pull request from the command line\n\n1. Fork the project.\n2. Clone your fork.\n3. Push your branch.\n',
    );
    assert.deepEqual(found, []);
  });

  it('still reads the numbered list under a plain "Submitting a pull request" heading', async () => {
    const found = await guide('## Submitting a pull request\n\n1. Add tests for your change.\n2. Make sure the tests pass.\n');
    assert.deepEqual(found, ['Add tests for your change.', 'Make sure the tests pass.']);
  });

  it('leaves out a list the lead-in calls steps to follow, even under a heading about sending', async () => {
    const found = await guide('## Sending a pull request\n\nTo send your work, go through the following steps:\n\n1. Push your branch.\n2. Open the pull request page.\n');
    assert.deepEqual(found, []);
  });

  it('reads steps the lead-in puts before sending', async () => {
    const found = await guide('## Sending a pull request\n\nBefore you open a pull request, go through the following steps:\n\n1. Rebase on the main branch.\n2. Run the linter.\n');
    assert.deepEqual(found, ['Rebase on the main branch.', 'Run the linter.']);
  });

  it('leaves out what the project will run on the pull request, under a heading about preparing it', async () => {
    const found = await guide("## Preparing the PR\n\nAs a heads up, we'll be running your PR through the following checks:\n\n- `cargo test`\n- `clippy`\n");
    assert.deepEqual(found, []);
  });

  it('leaves out a list labelled as tips under a heading about sending', async () => {
    const found = await guide('## Submitting a pull request\n\n**Tips**:\n\n- Open a draft early to get feedback.\n- Allow edits from maintainers.\n');
    assert.deepEqual(found, []);
  });

  it('leaves out an optional procedure whose "before opening a pull request" is only its timing', async () => {
    const found = await guide(
      '## Running the big CI on your branch\n\nIf you want wider testing, it is possible to start the big CI on any branch even before opening a pull request as follows:\n\n1. Ask for an account.\n2. Push your branch.\n3. Click "Build".\n',
    );
    assert.deepEqual(found, []);
  });

  it('keeps the verdict for the rest of a numbered list that a code block split off', async () => {
    const procedure = await guide(
      '## Submitting a pull request\n\nHere is a summary of the steps to follow:\n\n1. Update your checkout:\n\n```sh\ngit pull\n```\n\n2. Create a branch:\n\n```sh\ngit checkout -b topic\n```\n\n3. Push it and open the pull request.\n',
    );
    assert.deepEqual(procedure, []);
    const checks = await guide(
      '## Workflow\n\nBefore you submit a pull request, make sure that:\n\n1. The tests pass:\n\n```sh\nmake test\n```\n\n2. The code is formatted:\n\n```sh\nmake fmt\n```\n\n3. The changelog has an entry.\n',
    );
    assert.deepEqual(checks, ['The tests pass:', 'The code is formatted:', 'The changelog has an entry.']);
  });
});

describe('checklist: a topic heading and the mechanics of sending', () => {
  it('does not read the guidance under a bare "Pull requests" topic heading as a checklist', async () => {
    const found = await guide('## Pull requests\n\n* Fork the project.\n* Use a topic branch.\n* Write good commit messages.\n* Add tests.\n');
    assert.deepEqual(found, []);
  });

  it('reads the process a lead-in says crafts an excellent pull request', async () => {
    const found = await guide('## Pull requests\n\nWe recommend the following process in order to craft an excellent pull request:\n\n1. Branch off main.\n2. Make sure the tests pass.\n');
    assert.deepEqual(found, ['Branch off main.', 'Make sure the tests pass.']);
  });

  it('leaves out a list of nothing but pushing and opening the pull request', async () => {
    const found = await guide('## Sending a pull request\n\nWhen you are ready, rebase on main, and then:\n\n1. `git push origin my-branch`\n1. Send a descriptive [pull request](https://example.org/pr) on the forge.\n');
    assert.deepEqual(found, []);
  });
});

describe('checklist: the whole workflow from forking on', () => {
  it('leaves out a list under a heading about sending that goes from forking the repository to opening the pull request', async () => {
    const found = await guide('## Submitting a pull request\n\n1. [Fork](https://example.org/fork) the repository.\n2. Create a topic branch.\n3. Add tests for your change.\n4. Push and open the pull request.\n');
    assert.deepEqual(found, []);
  });

  it('keeps a list that starts by forking but stops before sending', async () => {
    const found = await guide('## Submitting a pull request\n\n1. Fork the repository.\n2. Add tests for your change.\n');
    assert.deepEqual(found, ['Fork the repository.', 'Add tests for your change.']);
  });

  it('reads the same list when its lead-in puts it before sending', async () => {
    const found = await guide('## Workflow\n\nBefore you submit a pull request, please:\n\n1. Fork the repository.\n2. Add tests for your change.\n');
    assert.deepEqual(found, ['Fork the repository.', 'Add tests for your change.']);
  });
});

describe('checklist: how a checklist is introduced', () => {
  it('reads "prior to submitting" and "before creating a pull request" as before sending, not "before creating" anything else', async () => {
    assert.deepEqual(await guide('## Workflow\n\nPrior to submitting a pull request, check that:\n\n- The build passes.\n'), ['The build passes.']);
    assert.deepEqual(await guide('## Workflow\n\nBefore creating your pull request, check that:\n\n- The build passes.\n'), ['The build passes.']);
    assert.deepEqual(await guide('## Packages\n\nBefore creating a new package, read the policy.\n\n1. Fork the packages repository.\n2. Clone it.\n'), []);
  });

  it('reads "Before wrapping up a PR, be sure to:" as a checklist lead-in, not "before merging a PR"', async () => {
    assert.deepEqual(await guide('## Work\n\nBefore wrapping up a PR, you should be sure to:\n\n* Write tests\n* Update docs\n'), ['Write tests', 'Update docs']);
    assert.deepEqual(await guide('## Work\n\nBefore merging a PR, maintainers should:\n\n* Check the labels\n'), []);
  });

  it('reads "ensure your pull request meets the following requirements:" as a checklist lead-in', async () => {
    const found = await guide('## Pull requests\n\nPlease ensure your pull request meets the following requirements:\n\n- Target the `main` branch.\n- Add tests.\n');
    assert.deepEqual(found, ['Target the `main` branch.', 'Add tests.']);
  });

  it('reads "Please make sure your patch:" as the lead-in the items complete', async () => {
    assert.deepEqual(await guide('## Patches\n\nPlease make sure your patch:\n\n- builds on every platform;\n- adds a test.\n'), ['builds on every platform;', 'adds a test.']);
  });

  it('does not read the rules of a coding-style subsection as the checks of the section about sending', async () => {
    const found = await guide('## Submitting a patch\n\n### Coding style\n\n1. Indent with four spaces.\n2. Prefer early returns.\n');
    assert.deepEqual(found, []);
  });

  it('reads the lists in the subsections of a section that names the checks', async () => {
    const found = await guide('# Guide\n\n## Before submitting\n\n### Tests\n\n- Run the unit tests.\n\n### Docs\n\n- Update the manual.\n\n## Style\n\n- Use tabs.\n');
    assert.deepEqual(found, ['Run the unit tests.', 'Update the manual.']);
  });

  it('does not read the subsections of a "Requirements" section (prerequisites) as checks', async () => {
    const found = await guide('## Requirements\n\n### macOS\n\n- Install the command line tools.\n\n### Linux\n\n- Install a C compiler.\n');
    assert.deepEqual(found, []);
  });

  it('does not read "before opening an issue" as before sending, and reads "before creating and submitting a pull request"', async () => {
    assert.deepEqual(await guide('# Contributing\n\nBefore opening an issue or making a pull request, be sure you are in the right place.\n\n* Plugin issues go to the plugin author.\n'), []);
    const found = await checklistOf({
      '.github/pull_request_template.md': '#### Instructions\n\nPlease follow these before creating and submitting a pull request:\n\n- Open an issue explaining the feature.\n- Follow the contributing guide.\n',
    });
    assert.deepEqual(found, ['Open an issue explaining the feature.', 'Follow the contributing guide.']);
  });

  it('looks through a short connective ("In particular:") to the sentence that frames the list', async () => {
    const found = await guide('## Before you start\n\nBefore you send patches, make sure each one makes sense. In particular:\n\n- A patch makes one logical change.\n- A patch does not break the build.\n');
    assert.deepEqual(found, ['A patch makes one logical change.', 'A patch does not break the build.']);
  });

  it('reads a list that says it adds to the checklist before it in the same section', async () => {
    const found = await guide(
      '## Patches\n\nBefore you send patches, make sure that:\n\n- Each patch builds.\n\nTesting is also important:\n\n- Run the unit tests before sending.\n\n## Style\n\nNaming is also important:\n\n- Use snake case.\n',
    );
    assert.deepEqual(found, ['Each patch builds.', 'Run the unit tests before sending.']);
  });

  it('reads a heading about what a pull request must meet ("Pull request criteria")', async () => {
    const found = await guide('## Pull request criteria\n\n- Include tests.\n- Document public APIs.\n');
    assert.deepEqual(found, ['Include tests.', 'Document public APIs.']);
  });

  it('reads "things to keep in mind as you file pull requests" as a checklist, without what the CI does', async () => {
    const found = await guide(
      '## Pull requests from the community\n\nHere are some things to keep in mind as you file pull requests:\n\n- GitHub Actions are used to make sure that the project builds.\n- Please write tests for your changes.\n- Do not bump the version number.\n',
    );
    assert.deepEqual(found, ['Please write tests for your changes.', 'Do not bump the version number.']);
  });

  it('leaves out what to put in a bug report, even when introduced by "when submitting a bug"', async () => {
    const found = await guide('## Bugs\n\nWhen submitting a bug, be careful to give the following:\n\n- The version you run\n- The command you ran\n');
    assert.deepEqual(found, []);
  });

  it('leaves out the qualities of a good patch under "Writing a patch", and reads the steps after "Did you write a patch?"', async () => {
    assert.deepEqual(await guide('## Writing a patch\n\nA good patch is:\n\n1. Concise.\n2. Tested.\n'), []);
    const found = await guide('## Did you write a patch that fixes a bug?\n\n- Open a new pull request with the patch.\n- Describe the problem and the fix.\n');
    assert.deepEqual(found, ['Open a new pull request with the patch.', 'Describe the problem and the fix.']);
  });
});

describe('checklist: a list deep in a section about sending', () => {
  const section = (lead: string) =>
    `## Submitting pull requests\n\nNo change is too small.\n\nBug fixes need no issue first.\n\nFeatures need some background.\n\n${lead}\n\n- Well-documented code.\n- Additional tests.\n`;

  it('does not take a list after several paragraphs as the checklist the heading names', async () => {
    assert.deepEqual(await guide(section('Regardless of the type, all pull requests should include:')), []);
  });

  it('still takes it when its own lead-in puts it before sending', async () => {
    assert.deepEqual(await guide(section('Before you submit, check that you have:')), ['Well-documented code.', 'Additional tests.']);
  });

  it('still takes it under a heading that names the checks ("Before submitting")', async () => {
    const found = await guide(section('Regardless of the type, all pull requests should include:').replace('Submitting pull requests', 'Before submitting'));
    assert.deepEqual(found, ['Well-documented code.', 'Additional tests.']);
  });

  it('reads a bare "Make sure you" lead-in that the items complete', async () => {
    assert.deepEqual(await guide(section('Make sure you')), ['Well-documented code.', 'Additional tests.']);
  });
});

describe('checklist: items that only set up the items under them', () => {
  it('leaves out a statement of fact whose nested items say what to do, and keeps an instruction over nested items', async () => {
    const found = await guide(
      '## Pull request checklist\n\n- The project has two work branches: `main` and `next`.\n  - Send new features against `next`.\n  - Send fixes against `main`.\n- Make sure the tests pass.\n  - Run them with every supported runtime.\n',
    );
    assert.deepEqual(found, ['Send new features against `next`.', 'Send fixes against `main`.', 'Make sure the tests pass.', 'Run them with every supported runtime.']);
  });
});

describe('checklist: items that ask nothing of the contributor', () => {
  it('leaves out what others will do, exceptions, and what to do once the pull request is open', async () => {
    const found = await guide(
      '## Pull request checklist\n\n1. Open an issue describing the change.\n1. The maintainers will respond to your issue promptly.\n1. One exception: typo fixes need no issue.\n1. Add tests.\n1. If you haven\'t updated your pull request for a while, rebase it.\n',
    );
    assert.deepEqual(found, ['Open an issue describing the change.', 'Add tests.']);
  });
});

describe('checklist: templates written without boxes', () => {
  it('reads the plain bullets of a box-less template that ask the author to have checked something', async () => {
    const found = await checklistOf({
      '.github/pull_request_template.md': '* Describe here why you made this change.\n* Make sure you have read CONTRIBUTING.md.\n* Make sure tests were added.\n* Do not open draft pull requests.\n',
    });
    assert.deepEqual(found, ['Make sure you have read CONTRIBUTING.md.', 'Make sure tests were added.', 'Do not open draft pull requests.']);
  });

  it('leaves out prompts for the description with one reminder among them', async () => {
    const found = await checklistOf({
      '.github/pull_request_template.md': '## Changes\n\n- What does this change?\n- Keep it short.\n- Screenshots help.\n- Don\'t forget a changelog entry.\n',
    });
    assert.deepEqual(found, []);
  });

  it('reads only the boxes of a template that has boxes', async () => {
    const found = await checklistOf({
      '.github/pull_request_template.md': '## Checklist\n\n- [ ] Tests pass\n\n## Please don\'t\n\n- Do not open pull requests for several issues.\n',
    });
    assert.deepEqual(found, ['Tests pass']);
  });
});
