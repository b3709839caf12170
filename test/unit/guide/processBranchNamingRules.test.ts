import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

const naming = async (files: Record<string, string>): Promise<string | null> => (await readGuide(new MemoryRepoFiles(files))).branchNaming?.value ?? null;
const guide = (body: string): Record<string, string> => ({ 'CONTRIBUTING.md': `# Contributing\n\n${body}\n` });

describe('process rules: branch naming', () => {
  it('reads a naming style given as the item after "check out a new branch"', async () => {
    const body = '- Do not commit to the default branch.\n- Check out a new local branch for every change you make.\n- Use lowercase-with-dashes for naming.\n';
    assert.equal(await naming(guide(body)), 'lowercase-with-dashes');
  });

  it('does not read a naming style when nothing around it is about branches', async () => {
    assert.equal(await naming(guide('- Keep functions short.\n- Use lowercase-with-dashes for naming.\n')), null);
  });

  it('does not read what a tool does with branch names as a rule', async () => {
    const body = 'Branch names with slashes get their slashes replaced with dashes in the folder name (so `fix/my-feature` becomes `fix-my-feature/`).\n';
    assert.equal(await naming(guide(body)), null);
  });

  it('still reads a stated pattern', async () => {
    assert.equal(await naming(guide('Please name your branch `<issue>-<short-description>`.\n')), '<issue>-<short-description>');
  });

  it('reads a git workflow doc the guide links as "Git concepts"', async () => {
    const files = {
      'CONTRIBUTING.md': '# Contributing\n\nGet familiar with the [repository Git concepts](docs/git/README.md).\n',
      'docs/git/README.md': '# Working with the repository\n\n- Check out a new branch from `main` for every change.\n- Use lowercase-with-dashes for naming.\n',
    };
    assert.equal(await naming(files), 'lowercase-with-dashes');
  });
});
