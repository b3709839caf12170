import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NodeRepoFiles } from '../core/repo/nodeRepoFiles';
import { readGuide } from '../core/guide/readGuide';
import type { GuideFacts } from '../core/guide/facts';
import { readMaintainerFile } from '../core/maintainer';
import type { MaintainerConfig } from '../core/maintainer';
import { resolveCommitRules } from '../core/commits/resolveRules';
import { HistoryInference, inferFromHistory } from '../core/commits/historyInference';
import type { CommitRuleSet } from '../core/commits/types';
import { readHistory } from '../core/git/history';
import { runGit } from '../core/git/runGit';
import { terminalLine } from '../core/text/terminal';

export interface RepoRules {
  readonly facts: GuideFacts;
  readonly ruleSet: CommitRuleSet;
  readonly history: HistoryInference | null;
  readonly commentChar: string;
}

/** How many commits of the base branch the history inference reads. */
export const HISTORY_LIMIT = 300;

/**
 * The repository's commit rules for the CLI: the guide, the maintainer file and the commitlint config read as
 * data (the CLI never runs a JavaScript config: it says on stderr what it skipped), and the history.
 */
export async function repoCommitRules(dir: string): Promise<RepoRules> {
  const files = new NodeRepoFiles(dir);
  const facts = await readGuide(files);
  let maintainer: MaintainerConfig | null = null;
  if (facts.files.config) maintainer = (await readMaintainerFile(files, facts.files.config)).config;
  const history = await historyInference(dir, facts);
  const ruleSet = await resolveCommitRules({ facts, maintainer, history, trusted: false });
  for (const s of ruleSet.skipped) {
    process.stderr.write(`${terminalLine(`onramp: ${s.reference.file}:${s.reference.line}: skipped ${s.reference.target}: ${s.reason}`)}\n`);
  }
  const comment = await runGit(dir, ['config', '--get', 'core.commentChar']);
  return { facts, ruleSet, history, commentChar: comment.code === 0 ? comment.stdout.trim() || '#' : '#' };
}

/** History is read only where nothing written speaks of the convention, the length or sign-off. */
export async function historyInference(dir: string, facts: GuideFacts): Promise<HistoryInference | null> {
  const c = facts.commit;
  if (c.convention && c.subjectMaxLength && c.signOff) return null;
  // Only the folder's own repository: a folder inside another repository must not get that one's history.
  if (!existsSync(join(dir, '.git'))) return null;
  const read = await readHistory(dir, facts.baseBranch?.value ?? null, HISTORY_LIMIT);
  if (read.ref === null) return null;
  return inferFromHistory(read.commits.filter((m) => !m.merge).map((m) => m.message));
}
