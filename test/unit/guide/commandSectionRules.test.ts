import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

type Kind = 'setup' | 'test' | 'lint';

async function commandsOf(files: Record<string, string> | string): Promise<Record<Kind, string[]>> {
  const repo = typeof files === 'string' ? { 'CONTRIBUTING.md': files } : files;
  const json = toInspectJson(await readGuide(new MemoryRepoFiles(repo)));
  return { setup: json.commands.setup.map((c) => c.command), test: json.commands.test.map((c) => c.command), lint: json.commands.lint.map((c) => c.command) };
}

type Case = [string, string, Partial<Record<Kind, string[]>>];

function check(cases: Case[]): void {
  for (const [name, guide, want] of cases) {
    it(name, async () => {
      const got = await commandsOf(guide);
      for (const kind of Object.keys(want) as Kind[]) assert.deepEqual(got[kind], want[kind], kind);
    });
  }
}

describe('side-quest headings and the project name', () => {
  check([
    ['a project named like a side quest ("Contributing to semantic-release") keeps its steps', '# Contributing to make-release\n\n## Setup\n\n```sh\nnpm install\n```\n\n## Tests\n\n```sh\nnpm test\n```\n', { setup: ['npm install'], test: ['npm test'] }],
    ['a "Contributing to X" heading inside the guide is not a side quest either', '# Guide\n\n## Contributing to Podman\n\n### Tools\n\n```sh\nmake install.tools\n```\n', { setup: ['make install.tools'] }],
    ['a word that only starts with a side-quest word ("containerd") is not that side quest', '# Testing containerd\n\n```sh\nmake test\n```\n', { test: ['make test'] }],
    ['a real release section stays skipped', '# Contributing to tool\n\n## Releasing\n\n```sh\nnpm publish\nnpm test\n```\n', { test: [] }],
    ['building in a container stays a side quest', '# Build in a container\n\n```sh\nmake build\n```\n', { setup: [] }],
  ]);
});
