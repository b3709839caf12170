/** The commit rules' verdict on each commit since the base, for the commit rules check (commitlint loads lazily). */
import { lintMessage } from '../commits/lintMessage';
import type { CommitRuleSet } from '../commits/types';
import type { CommitSummary, CommitVerdict } from './types';

export async function commitVerdicts(commits: readonly CommitSummary[], ruleSet: CommitRuleSet): Promise<CommitVerdict[]> {
  const out: CommitVerdict[] = [];
  for (const c of commits) {
    if (c.merge) continue;
    // Committed messages: a line starting with # is text, not a comment. The sign-off is its own check.
    const problems = await lintMessage(c.message, ruleSet, { cleanup: 'none' });
    const errors = problems.filter((p) => p.severity === 'error' && p.rule !== 'signed-off-by').map((p) => p.message);
    out.push({ sha: c.sha, subject: c.message.split('\n', 1)[0], errors });
  }
  return out;
}
