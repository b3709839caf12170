import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * Round 10 checklist rules, from the kinds the last blind set (measure9) showed. Each case is a small guide written
 * for the test, with near-misses where the same words stand in a place where they must not make a checklist.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);
const guide = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${prose}\n` });
const adoc = (prose: string): Record<string, string> => ({ 'CONTRIBUTING.adoc': `= Contributing\n\n${prose}\n` });

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

describe('checklist rules 10: an AsciiDoc link macro opening a step reads like a markdown link', () => {
  run([
    [
      'AsciiDoc steps from "url[Fork the repo]" to "url[Open a pull request]" are the whole workflow',
      adoc(
        '== Sending a pull request\n\n' +
          '. https://docs.example.org/fork[Fork the repo].\n' +
          '. Install the dependencies with `bundle`.\n' +
          '. Write a spec for your change.\n' +
          '. Commit and push your branch.\n' +
          '. https://docs.example.org/pulls[Open a pull request].\n',
      ),
      [],
    ],
    [
      'the same steps in markdown were already the whole workflow',
      guide(
        '## Sending a pull request\n\n1. [Fork the repo](https://docs.example.org/fork).\n2. Install the dependencies with `bundle`.\n3. Write a spec for your change.\n4. Commit and push your branch.\n5. [Open a pull request](https://docs.example.org/pulls).',
      ),
      [],
    ],
    [
      'near-miss: AsciiDoc checks opening with a link macro that is no fork stay checks',
      adoc(
        '== Before you submit\n\n' +
          '* link:docs/testing.adoc[Run the specs] and see them pass.\n' +
          '* Add a line to the changelog.\n',
      ),
      ['link:docs/testing.adoc[Run the specs] and see them pass.', 'Add a line to the changelog.'],
    ],
  ]);
});

describe('checklist rules 10: "When preparing patches, ...:" places the list at the preparing of the change', () => {
  run([
    [
      '"When preparing patches, please follow these guidelines:" leads into the checks',
      guide(
        '## Contributing code\n\nSend your patch to the mailing list. When preparing patches, please follow these guidelines:\n\n- Patches apply cleanly with git am\n- Split large changes into logical patches\n- End the description with your Signed-off-by line',
      ),
      ['Patches apply cleanly with git am', 'Split large changes into logical patches', 'End the description with your Signed-off-by line'],
    ],
    [
      '"While preparing your pull request, make sure:" too',
      guide('## Code\n\nWhile preparing your pull request, make sure:\n\n- the tests pass\n- the docs are updated'),
      ['the tests pass', 'the docs are updated'],
    ],
    [
      'near-miss: preparing a release is the maintainers\' procedure',
      guide('## Releases\n\nWhen preparing a release, please follow these steps:\n\n- Bump the version\n- Tag the commit'),
      [],
    ],
    [
      'near-miss: preparing the development environment is setup',
      guide('## Working locally\n\nWhen preparing your development environment, please follow these guidelines:\n\n- Install the toolchain\n- Clone the repository'),
      [],
    ],
    [
      'near-miss: preparing a bug report is a report',
      guide('## Reporting\n\nWhen preparing a bug report, please include:\n\n- the version\n- the steps to reproduce'),
      [],
    ],
  ]);
});

describe('checklist rules 10: "Make sure any new code you add is:" is completed by the states the work must reach', () => {
  run([
    [
      '"Make sure any new functions you add are:" leads into the checks',
      guide('## Adding functionality\n\nMake sure any new functions you add are:\n\n- Documented with doc comments\n- Covered by tests\n- Explained in your PR'),
      ['Documented with doc comments', 'Covered by tests', 'Explained in your PR'],
    ],
    [
      'a verb written twice ("are are:") reads as one',
      guide('## New features\n\nEnsure that all new code is is:\n\n- tested\n- documented'),
      ['tested', 'documented'],
    ],
    [
      'near-miss: "Make sure your system has:" is about the machine, a prerequisite',
      guide('## Overview\n\nMake sure your system has:\n\n- a C compiler\n- Python 3.10 or newer'),
      [],
    ],
    [
      'near-miss: "Make sure the following tools are installed:" is setup',
      guide('## Overview\n\nMake sure the following tools are installed:\n\n- git\n- make'),
      [],
    ],
    [
      'near-miss: a style guide that says the code is written "like this" stays out',
      guide('## Code style\n\nOur code is:\n\n- indented with 4 spaces\n- written in snake_case'),
      [],
    ],
  ]);
});

describe('checklist rules 10: a lead-in about what must be installed is setup, under any heading', () => {
  run([
    [
      '"Install these first:" under a neutral heading is prerequisites',
      guide('## Contributing code\n\nInstall these first:\n\n- Node.js 20\n- pnpm'),
      [],
    ],
    [
      'near-miss: "Before you submit, make sure the hooks are installed and:" names the moment, a checklist',
      guide('## Contributing code\n\nBefore you submit, make sure the hooks are installed and that:\n\n- the linter passes\n- the tests pass'),
      ['the linter passes', 'the tests pass'],
    ],
  ]);
});
