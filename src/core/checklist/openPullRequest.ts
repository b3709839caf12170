/**
 * Opening the pull request once the user asked for it (trusted workspace only: pushing runs git against a
 * remote with the user's credentials): push the branch with upstream tracking, then the forge's API, or the
 * host's compare page prefilled when the user is not signed in. Every outcome is a plain sentence; the caller
 * keeps the title and body as a draft until the outcome is `created` or `exists`.
 */
import type { ForgeClient, ForgeKind, PullRequestRef } from '../forge/types';
import { describeProblem, ForgeError } from '../forge/problems';
import { gitError, runGit } from '../git/runGit';

export interface OpenRequest {
  readonly dir: string;
  /** The upstream repository's client; null when the user is not signed in. */
  readonly client: ForgeClient | null;
  readonly forge: { readonly kind: ForgeKind; readonly upstreamWebUrl: string };
  readonly base: string;
  readonly branch: string;
  /** Where to push: `origin`, or the remote of the user's fork. */
  readonly pushRemote: string;
  /** Owner and path of the repository pushed to, when it is a fork. */
  readonly headOwner: string | null;
  readonly headRepository: string | null;
  readonly title: string;
  readonly body: string;
  readonly draft: boolean;
  /** How long a push may take before it is given up. */
  readonly pushTimeoutMs?: number;
}

export type OpenOutcome =
  | { readonly kind: 'created'; readonly pullRequest: PullRequestRef }
  | { readonly kind: 'exists'; readonly pullRequest: PullRequestRef }
  | { readonly kind: 'compare'; readonly url: string }
  | { readonly kind: 'pushFailed'; readonly reason: string }
  | { readonly kind: 'forgeFailed'; readonly reason: string };

export async function openPullRequest(request: OpenRequest): Promise<OpenOutcome> {
  if (request.branch.startsWith('-') || request.pushRemote.startsWith('-')) return { kind: 'pushFailed', reason: `"${request.branch}" cannot be pushed.` };
  const push = await runGit(request.dir, ['push', '--porcelain', '-u', '--end-of-options', request.pushRemote, `HEAD:refs/heads/${request.branch}`], { network: true, allowHooks: true, timeoutMs: request.pushTimeoutMs ?? 120_000 });
  if (!push.ok) return { kind: 'pushFailed', reason: pushFailure(push.stderr || push.stdout, request.pushRemote) };
  if (!request.client) return { kind: 'compare', url: compareUrl(request) };
  try {
    const existing = await request.client.findOpenPullRequest(request.branch, request.headOwner, request.headRepository);
    if (existing) return { kind: 'exists', pullRequest: existing };
    const pullRequest = await request.client.createPullRequest({
      title: request.title,
      body: request.body,
      branch: request.branch,
      headOwner: request.headOwner,
      headRepository: request.headRepository,
      base: request.base,
      draft: request.draft,
    });
    return { kind: 'created', pullRequest };
  } catch (error) {
    if (error instanceof ForgeError) return { kind: 'forgeFailed', reason: describeProblem(error.problem) };
    return { kind: 'forgeFailed', reason: error instanceof Error ? error.message : String(error) };
  }
}

function pushFailure(output: string, remote: string): string {
  const text = output.trim();
  if (/\[rejected\]|non-fast-forward|fetch first/.test(text)) return `The push to ${remote} was rejected: the remote branch has commits this one does not. Pull or rebase first.`;
  if (/permission|denied|403|not allowed|Authentication failed|could not read Username/i.test(text)) return `You may not push to ${remote}. Push to your own fork instead.`;
  if (/Could not resolve host|unable to access|Connection refused|timed out|Network is unreachable/i.test(text)) return `${remote} could not be reached (offline?).`;
  return `The push to ${remote} failed: ${gitError({ ok: false, code: 1, stdout: '', stderr: text })}`;
}

/** The host's page for opening a pull (merge) request, prefilled, for a user who is not signed in. */
export function compareUrl(request: Pick<OpenRequest, 'forge' | 'base' | 'branch' | 'headOwner' | 'title' | 'body'>): string {
  const web = request.forge.upstreamWebUrl.replace(/\/+$/, '');
  if (request.forge.kind === 'gitlab') {
    const q = new URLSearchParams({ 'merge_request[source_branch]': request.branch, 'merge_request[target_branch]': request.base, 'merge_request[title]': request.title, 'merge_request[description]': request.body });
    return `${web}/-/merge_requests/new?${q.toString()}`;
  }
  const head = request.headOwner ? `${encodeURIComponent(request.headOwner)}:${encodeURIComponent(request.branch)}` : encodeURIComponent(request.branch);
  const q = new URLSearchParams({ expand: '1', title: request.title, body: request.body });
  return `${web}/compare/${encodeURIComponent(request.base)}...${head}?${q.toString()}`;
}
