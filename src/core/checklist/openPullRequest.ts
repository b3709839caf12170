/**
 * Opening the pull request once the user asked for it (trusted workspace only: pushing runs git against a
 * remote with the user's credentials): push the branch with upstream tracking, then the forge's API, or the
 * host's compare page prefilled when the user is not signed in. Every outcome is a plain sentence; the caller
 * keeps the title and body as a draft until the outcome is `created` or `exists`.
 */
import type { ForgeClient, ForgeKind, PullRequestRef } from '../forge/types';
import { describeProblem, ForgeError } from '../forge/problems';
import { gitError, runGit } from '../git/runGit';
import { ensureFork, Fork, ForkOptions, mayPush } from './fork';

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
  /** How long to wait for a fork the forge is still making. */
  readonly fork?: ForkOptions;
  /** The signed-in user's login, as the editor's session names it, for when the client has no token to ask with. */
  readonly userLogin?: string | null;
}

/** Where the branch went: the project itself, or the user's fork (`created` when Onramp just made it). */
export interface PushedTo {
  readonly remote: string;
  readonly fork: { readonly path: string; readonly created: boolean } | null;
}

export type OpenOutcome =
  | { readonly kind: 'created'; readonly pullRequest: PullRequestRef; readonly pushedTo: PushedTo }
  | { readonly kind: 'exists'; readonly pullRequest: PullRequestRef; readonly pushedTo: PushedTo }
  | { readonly kind: 'compare'; readonly url: string }
  | { readonly kind: 'pushFailed'; readonly reason: string }
  | { readonly kind: 'forgeFailed'; readonly reason: string };

export async function openPullRequest(request: OpenRequest): Promise<OpenOutcome> {
  if (request.branch.startsWith('-') || request.pushRemote.startsWith('-')) return { kind: 'pushFailed', reason: `"${request.branch}" cannot be pushed.` };
  const client = request.client;
  // Pushing to the project itself (not a fork the user already has): signed in, the forge says whether they may.
  const toProject = request.headRepository === null || (client !== null && request.headRepository.toLowerCase() === client.path.toLowerCase());
  let fork: Fork | null = null;
  try {
    if (client && toProject && (await mayPush(client)) === false) fork = await ensureFork(request.dir, client, request.pushRemote, { ...request.fork, login: request.userLogin ?? undefined });
  } catch (error) {
    return { kind: 'forgeFailed', reason: forkFailure(error) };
  }
  let push = await pushTo(request, fork?.remote ?? request.pushRemote);
  if (!push.ok && client && toProject && fork === null && refused(push.output)) {
    // The forge did not say (or said yes) but the push was refused: the same way as a user without permission.
    try {
      fork = await ensureFork(request.dir, client, request.pushRemote, { ...request.fork, login: request.userLogin ?? undefined });
    } catch (error) {
      return { kind: 'forgeFailed', reason: forkFailure(error) };
    }
    push = await pushTo(request, fork.remote);
  }
  const remote = fork?.remote ?? request.pushRemote;
  if (!push.ok) return { kind: 'pushFailed', reason: pushFailure(push.output, remote) };
  const headOwner = fork?.owner ?? request.headOwner;
  const headRepository = fork?.info.path ?? request.headRepository;
  if (!client) return { kind: 'compare', url: compareUrl({ ...request, headOwner }) };
  const pushedTo: PushedTo = { remote, fork: fork ? { path: fork.info.path, created: fork.created } : null };
  try {
    const existing = await client.findOpenPullRequest(request.branch, headOwner, headRepository);
    if (existing) return { kind: 'exists', pullRequest: existing, pushedTo };
    const pullRequest = await client.createPullRequest({
      title: request.title,
      body: request.body,
      branch: request.branch,
      headOwner,
      headRepository,
      base: request.base,
      draft: request.draft,
    });
    return { kind: 'created', pullRequest, pushedTo };
  } catch (error) {
    return { kind: 'forgeFailed', reason: error instanceof ForgeError ? describeProblem(error.problem) : error instanceof Error ? error.message : String(error) };
  }
}

async function pushTo(request: OpenRequest, remote: string): Promise<{ ok: boolean; output: string }> {
  const push = await runGit(request.dir, ['push', '--porcelain', '-u', '--end-of-options', remote, `HEAD:refs/heads/${request.branch}`], { network: true, allowHooks: true, timeoutMs: request.pushTimeoutMs ?? 120_000 });
  return { ok: push.ok, output: push.stderr || push.stdout };
}

/** A push the remote refused for want of permission (not a rejected non-fast-forward, not the network). */
function refused(output: string): boolean {
  return PERMISSION.test(output) && !/non-fast-forward|fetch first/.test(output);
}

const PERMISSION = /permission|denied|403|not allowed|Authentication failed|could not read Username/i;

function forkFailure(error: unknown): string {
  const why = error instanceof ForgeError ? describeProblem(error.problem) : error instanceof Error ? error.message : String(error);
  return `You may not push to this project, and Onramp could not fork it for you: ${why}`;
}

function pushFailure(output: string, remote: string): string {
  const text = output.trim();
  if (/\[rejected\]|non-fast-forward|fetch first/.test(text)) return `The push to ${remote} was rejected: the remote branch has commits this one does not. Pull or rebase first.`;
  if (PERMISSION.test(text)) return `You may not push to ${remote}. Push to your own fork instead.`;
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
