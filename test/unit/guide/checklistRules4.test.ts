import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

/**
 * What separates a guide's "before you submit" list from its guidelines, rules and facts about sending a change.
 * Each case is a small guide written for the test.
 */
const checklistOf = async (files: Record<string, string>): Promise<string[]> =>
  toInspectJson(await readGuide(new MemoryRepoFiles(files))).checklist.map((c) => c.text);

type Case = [string, Record<string, string>, string[]];
const run = (cases: Case[]): void => {
  for (const [name, files, expected] of cases) it(name, async () => assert.deepEqual(await checklistOf(files), expected));
};

describe('checklist: the page title and the sentence that leads into a list', () => {
  run([
    [
      'does not read every section of a page titled "Before you submit a pull request" as checks',
      {
        'CONTRIBUTING.md':
          '# Before you submit a pull request\n\nThis page is for people with a change ready.\n\n## How reviews go\n\n- Make small pull requests.\n- Keep the maintainers in the loop.\n\n## Local checks\n\nYou must run these checks before you submit your pull request. The CI runs them too.\n\n- `make lint`\n- `make test`\n',
      },
      ['`make lint`', '`make test`'],
    ],
    [
      'still reads the sections of a page titled as a checklist as checks',
      { 'CONTRIBUTING.md': '# Pull request checklist\n\nGo through this.\n\n## Tests\n\n- Add a test for the fix.\n- Run the whole suite.\n' },
      ['Add a test for the fix.', 'Run the whole suite.'],
    ],
    [
      'finds the lead-in in the sentence that points at the list, when an aside follows it',
      { 'CONTRIBUTING.md': '# Guide\n\n## Checks\n\nRun the following before you open a pull request. It saves a round trip.\n\n- `make fmt`\n- `make vet`\n' },
      ['`make fmt`', '`make vet`'],
    ],
    [
      'does not take a "Submit process" heading for "Submit PR" (the word must end there)',
      { 'CONTRIBUTING.md': '# Guide\n\n## The pull request submit process\n\nMerging requires the following to happen before it is merged automatically.\n\n- Pass the checks.\n- Receive two approvals.\n' },
      [],
    ],
  ]);
});
