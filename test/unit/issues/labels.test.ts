import * as assert from 'node:assert/strict';
import { beginnerLabels } from '../../../src/core/issues/beginnerLabels';
import { issueLabels } from '../../../src/core/guide/extract/issueLabels';
import { parseMarkdown } from '../../../src/core/guide/parseMarkdown';
import { flowOf } from '../../../src/core/guide/sources';

describe('beginner labels from the repository\'s own list', () => {
  const cases: [string, string[], string[], string[]][] = [
    ['the GitHub defaults', ['bug', 'good first issue', 'help wanted', 'wontfix'], [], ['good first issue', 'help wanted']],
    ['case and separators', ['Good-First-Issue', 'HELP_WANTED', 'docs'], [], ['Good-First-Issue', 'HELP_WANTED']],
    ['emoji and scopes', ['🌱 good first issue', 'difficulty: easy', 'level: beginner', 'status: blocked'], [], ['🌱 good first issue', 'level: beginner', 'difficulty: easy']],
    ['Rust and others', ['E-easy', 'E-hard', 'first-timers-only', 'up-for-grabs', 'low hanging fruit', 'starter'], [], ['first-timers-only', 'E-easy', 'starter', 'low hanging fruit', 'up-for-grabs']],
    ['kind/ scoped labels', ['kind/good-first-issue', 'kind/bug'], [], ['kind/good-first-issue']],
    ['nothing like it', ['bug', 'enhancement', 'question', 'easy-peasy-deploy'], [], []],
    ['an extra label the maintainer named comes first', ['good first issue', 'Quick Win'], ['quick-win'], ['Quick Win', 'good first issue']],
    ['an extra label the repository lacks is left out', ['good first issue'], ['newcomer'], ['good first issue']],
  ];
  for (const [name, repo, extra, expected] of cases) {
    it(name, () => assert.deepEqual(beginnerLabels(repo, extra), expected));
  }
});

describe('labels the guide names', () => {
  const read = (markdown: string) => {
    const doc = parseMarkdown('CONTRIBUTING.md', markdown);
    return issueLabels({ guide: doc, guideFlow: flowOf(doc), templates: [], templateFlow: [] });
  };
  const cases: [string, string, string[] | null][] = [
    ['backticks', 'Look for issues labelled `good first issue` or `help wanted`.', ['good first issue', 'help wanted']],
    ['quotes', 'New here? Pick one of the issues tagged "beginner-friendly".', ['beginner-friendly']],
    ['a label link', 'Start with the [easy fixes](https://github.com/o/r/labels/easy%20fix) label.', ['easy fix']],
    ['a label search link', 'See [these issues](https://github.com/o/r/issues?q=is%3Aopen+label%3A%22first+timers%22).', ['first timers']],
    ['quoted words about something else', 'Run `npm test` before you push.', null],
    ['issues without labels', 'Search the `issues` before opening one.', null],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const found = read(`# Contributing\n\n${text}\n`);
      assert.deepEqual(found?.value ?? null, expected);
      if (expected) assert.deepEqual(found?.source, { file: 'CONTRIBUTING.md', line: 3 });
    });
  }
});
