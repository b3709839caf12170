/**
 * An issue's body (written by anyone on the forge) rendered for the picker's preview. Untrusted twice over, so:
 * markdown-it with HTML off (raw tags are shown as text), every link judged by `classifyLink` and only http(s)
 * addresses kept (as data attributes the extension opens, never hrefs the page follows), and remote images
 * replaced by a placeholder until the user agrees to load them; even then only https images are shown.
 */
import MarkdownIt from 'markdown-it';
import { classifyLink } from '../maintainer/links';

type Renderer = InstanceType<typeof MarkdownIt>;

interface IssueRenderEnv {
  readonly images: boolean;
  readonly stack: boolean[];
  /** Remote images seen (loaded or not), so the page can offer "Load images" only when there are some. */
  imageCount: number;
  readonly urls: Set<string>;
}

export interface RenderedIssue {
  readonly html: string;
  readonly remoteImages: number;
  /** The http(s) links the page shows; a message from the page may open only these. */
  readonly urls: ReadonlySet<string>;
}

let md: Renderer | undefined;

function renderer(): Renderer {
  if (md) return md;
  const instance = new MarkdownIt({ html: false, linkify: true, typographer: false });
  instance.validateLink = () => true;
  const rules = instance.renderer.rules;
  rules.link_open = (tokens, idx, _options, raw) => {
    const env = raw as unknown as IssueRenderEnv;
    const verdict = classifyLink(String(tokens[idx].attrGet('href') ?? ''), '');
    const ok = verdict.kind === 'url';
    env.stack.push(ok);
    if (!ok) return '<span class="refused-link">';
    env.urls.add(verdict.url);
    return `<a href="#" data-url="${escapeHtml(verdict.url)}" title="${escapeHtml(verdict.url)}">`;
  };
  rules.link_close = (_tokens, _idx, _options, raw) => ((raw as unknown as IssueRenderEnv).stack.pop() ? '</a>' : '</span>');
  rules.image = (tokens, idx, _options, raw) => {
    const env = raw as unknown as IssueRenderEnv;
    const token = tokens[idx];
    const alt = (token.children ?? []).map((c) => c.content).join('') || token.content;
    const src = String(token.attrGet('src') ?? '');
    const verdict = classifyLink(src, '');
    if (verdict.kind !== 'url') return `<span class="image-alt">${escapeHtml(alt)}</span>`;
    env.imageCount++;
    if (env.images && verdict.url.startsWith('https:')) return `<img src="${escapeHtml(verdict.url)}" alt="${escapeHtml(alt)}">`;
    return `<span class="image-placeholder" title="${escapeHtml(verdict.url)}">[${escapeHtml(alt || 'image')}]</span>`;
  };
  md = instance;
  return instance;
}

/** Safe HTML for an issue body; `images` only after the user chose "Load images". */
export function renderIssueMarkdown(markdown: string, options: { readonly images?: boolean } = {}): RenderedIssue {
  const env: IssueRenderEnv = { images: options.images === true, stack: [], imageCount: 0, urls: new Set() };
  const html = renderer().render(markdown, env as unknown as Record<string, unknown>);
  return { html, remoteImages: env.imageCount, urls: env.urls };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
