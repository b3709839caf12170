// Real git repositories for the tests and the demo, made fresh in a temp folder so bundled copies stay untouched.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';

const AUTHOR = { name: 'Onramp Demo', email: 'demo@onramp.invalid' };

/** Copies `source` into a new temp folder and makes it a git repository with one commit on `main`. */
export async function makeGitRepo(source, { prefix = 'onramp-ws-', message = 'chore: initial commit' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(source, dir, { recursive: true });
  const git = simpleGit(dir);
  await git.init(['--initial-branch=main']);
  await git.addConfig('user.name', AUTHOR.name).addConfig('user.email', AUTHOR.email);
  await git.add('.');
  await git.commit(message, undefined, { '--signoff': null });
  return dir;
}
