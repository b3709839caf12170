/**
 * The pull request end of `npm start`'s offline demo, on the replay server beside the demo's issues: who the
 * signed-in user is, forking the demo repository for them (they may not push to it), looking up an open pull
 * request by head, and creating one. Each created pull request is kept and served back at its `html_url` as a
 * plain page on this server, so the demo ends on a page the user can open without network.
 */
import type { RecordedRequest, ReplayServer } from './replayServer';

export const DEMO_LOGIN = 'demo-contributor';

export interface CapturedPullRequest {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly head: string;
  readonly base: string;
  readonly draft: boolean;
  readonly url: string;
}

export function addDemoPullRequests(server: ReplayServer, options: { readonly upstream: string; readonly login?: string; readonly firstNumber?: number; readonly onCreated?: (pr: CapturedPullRequest) => void }): { created: () => readonly CapturedPullRequest[] } {
  const login = options.login ?? DEMO_LOGIN;
  const name = options.upstream.slice(options.upstream.indexOf('/') + 1);
  const forkPath = `${login}/${name}`;
  const created: CapturedPullRequest[] = [];
  const web = (path: string) => `https://github.com/${path}`;
  const fork = {
    full_name: forkPath,
    html_url: web(forkPath),
    clone_url: `${web(forkPath)}.git`,
    default_branch: 'main',
    fork: true,
    private: false,
    size: 10,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    parent: { full_name: options.upstream, html_url: web(options.upstream), clone_url: `${web(options.upstream)}.git` },
  };
  const answer = (pr: CapturedPullRequest) => ({ number: pr.number, html_url: pr.url, draft: pr.draft, state: 'open', title: pr.title, body: pr.body, head: { ref: pr.head.slice(pr.head.indexOf(':') + 1), label: pr.head }, base: { ref: pr.base } });
  const headOf = (request: RecordedRequest) => new URL(request.url, 'http://x').searchParams.get('head');
  server.add(
    { method: 'GET', path: '/user', reply: { body: { login } } },
    { method: 'POST', path: `/repos/${options.upstream}/forks`, reply: { status: 202, body: fork } },
    { method: 'GET', path: `/repos/${forkPath}`, reply: { body: fork } },
    {
      method: 'GET',
      path: `/repos/${options.upstream}/pulls`,
      // Only the look-up by head; the listing of every open pull request stays the demo scenario's.
      accept: (request) => headOf(request) !== null,
      reply: (request) => ({ body: created.filter((pr) => pr.head.toLowerCase() === (headOf(request) ?? '').toLowerCase()).map(answer) }),
    },
    {
      method: 'POST',
      path: `/repos/${options.upstream}/pulls`,
      reply: (request) => {
        let sent: { title?: unknown; body?: unknown; head?: unknown; base?: unknown; draft?: unknown };
        try {
          sent = JSON.parse(request.body) as typeof sent;
        } catch {
          return { status: 400, body: { message: 'Problems parsing JSON' } };
        }
        if (typeof sent.title !== 'string' || typeof sent.head !== 'string' || typeof sent.base !== 'string') return { status: 422, body: { message: 'Validation Failed' } };
        const head = sent.head.includes(':') ? sent.head : `${options.upstream.slice(0, options.upstream.indexOf('/'))}:${sent.head}`;
        if (created.some((pr) => pr.head === head)) return { status: 422, body: { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${head}.` }] } };
        const number = (options.firstNumber ?? 24) + created.length;
        const pr: CapturedPullRequest = { number, title: sent.title, body: typeof sent.body === 'string' ? sent.body : '', head, base: sent.base, draft: sent.draft === true, url: `${server.url}/${options.upstream}/pull/${number}` };
        created.push(pr);
        // Served back at its address, as the forge shows a new pull request.
        server.add({ method: 'GET', path: `/${options.upstream}/pull/${number}`, reply: () => ({ headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" }, body: page(pr, options.upstream) }) });
        options.onCreated?.(pr);
        return { status: 201, body: answer(pr) };
      },
    },
  );
  return { created: () => created };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The pull request as a page: its text shown as text (what the contributor wrote is never markup here). */
function page(pr: CapturedPullRequest, upstream: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(pr.title)} · Pull Request #${pr.number} · ${escape(upstream)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#1f2328}
.meta{color:#59636e}.state{display:inline-block;padding:.2em .8em;border-radius:2em;color:#fff;background:${pr.draft ? '#59636e' : '#1f883d'}}
pre{white-space:pre-wrap;background:#f6f8fa;border:1px solid #d1d9e0;border-radius:6px;padding:1em}</style></head>
<body><p class="meta">${escape(upstream)} · replayed locally by Onramp's demo</p>
<h1>${escape(pr.title)} <span class="meta">#${pr.number}</span></h1>
<p><span class="state">${pr.draft ? 'Draft' : 'Open'}</span> <span class="meta">wants to merge <code>${escape(pr.head)}</code> into <code>${escape(pr.base)}</code></span></p>
<pre>${escape(pr.body)}</pre></body></html>
`;
}
