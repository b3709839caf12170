/**
 * Step text from a repository, rendered for a webview. The text is untrusted: markdown-it runs with HTML off (raw
 * tags are shown as text), and every link and image goes through `classifyLink`, so only http(s) addresses and
 * files inside the repository become links; anything else (`command:`, `vscode:`, `javascript:`, `data:`,
 * `file:`, a path out of the repository) is shown as plain text. Links carry data attributes, never `href`s the
 * webview would follow itself: the page posts a message and the extension decides.
 */
import MarkdownIt from 'markdown-it';
import { classifyLink } from '../maintainer/links';

type Renderer = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Renderer['parse']>[number];

let md: Renderer | undefined;

function renderer(): Renderer {
  if (md) return md;
  const instance = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Every link is judged below, with the repository's rules; markdown-it's own check would hide the refused ones.
  instance.validateLink = () => true;
  const rules = instance.renderer.rules;
  rules.link_open = (tokens, idx, _options, rawEnv) => {
    const env = rawEnv as unknown as RenderEnv;
    const token = tokens[idx];
    const verdict = classifyLink(String(token.attrGet('href') ?? ''), env.baseDir);
    env.stack.push(verdict.kind === 'url' || verdict.kind === 'file');
    if (verdict.kind === 'url') return `<a href="#" data-url="${escapeAttr(verdict.url)}" title="${escapeAttr(verdict.url)}">`;
    if (verdict.kind === 'file') return `<a href="#" data-file="${escapeAttr(verdict.path)}" title="${escapeAttr(verdict.path)}">`;
    return '<span class="refused-link">';
  };
  rules.link_close = (_tokens, _idx, _options, env) => ((env as unknown as RenderEnv).stack.pop() ? '</a>' : '</span>');
  // Images would load remote content; the page has no network access (CSP), so an image is its alt text.
  rules.image = (tokens, idx) => `<span class="image-alt">${escapeHtml(altText(tokens[idx]))}</span>`;
  md = instance;
  return instance;
}

/** What the link rules need while one text renders: where relative links start, and which opened links were refused. */
interface RenderEnv {
  readonly baseDir: string;
  readonly stack: boolean[];
}

/** Safe HTML for a webview; `baseDir` is the folder relative links start from (repo-relative, "" for the root). */
export function renderStepMarkdown(markdown: string, baseDir = ''): string {
  const env: RenderEnv = { baseDir, stack: [] };
  return renderer().render(markdown, env as unknown as Record<string, unknown>);
}

function altText(token: Token): string {
  return (token.children ?? []).map((c) => c.content).join('') || token.content;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const escapeAttr = escapeHtml;
