/**
 * The pull request body from the chosen template: its boxes ticked as the checklist says, the HTML comments
 * (the template's tips, hidden once the PR is shown) removed outside code, issue placeholders ("Fixes #",
 * "Closes #(issue)") filled, and `Fixes #N` added when nothing closes the issue yet. Also the title.
 */
import MarkdownIt from 'markdown-it';
import { splitFrontMatter } from './templates';

export interface BodyInput {
  /** The template's text as read (front matter included: item lines count from the file's first line). */
  readonly template: string;
  /** The template's checklist items: their 1-based line in the template and whether they are ticked. */
  readonly boxes: readonly { readonly line: number; readonly ticked: boolean }[];
  /** The issue the branch fixes. */
  readonly issue: number | null;
}

const BOX = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[)([ xX])(\])/;
const CLOSING = String.raw`\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?)\b`;
/** "Fixes #", "Closes #(issue)", "fixes # (issue number)", "Resolves #XXXX", "Fixes #<issue>". */
const CLOSING_PLACEHOLDER = new RegExp(String.raw`(${CLOSING}\s*:?\s*)#(?:\s*\((?:issue|issue\s+(?:number|no\.?|id)|number|#)\)|\s*<[^<>\n]{0,40}>|x{3,}|n{3,}|\.{3}|(?=\s*$)|(?=\s*[,;.)]))`, 'gi');
/** "Issue: #", "Related issue: #", "Issue number: #" on their own. */
const ISSUE_PLACEHOLDER = /(\bissues?(?:\s+(?:number|no\.?|link|id))?\s*[:=-]\s*)#(?=\s*$)/gi;

export function renderBody(input: BodyInput): string {
  let lines = input.template.split(/\r?\n/);
  for (const box of input.boxes) {
    const k = box.line - 1;
    if (k >= 0 && k < lines.length) lines[k] = lines[k].replace(BOX, `$1${box.ticked ? 'x' : ' '}$3`);
  }
  const body = splitFrontMatter(lines.join('\n')).body;
  lines = stripComments(body).split('\n');
  const code = codeLines(lines.join('\n'));
  if (input.issue !== null) {
    const n = String(input.issue);
    lines = lines.map((line, k) => (code.has(k) ? line : outsideInlineCode(line, (t) => t.replace(CLOSING_PLACEHOLDER, `$1#${n}`).replace(ISSUE_PLACEHOLDER, `$1#${n}`))));
  }
  let text = tidy(lines.join('\n'));
  if (input.issue !== null && !closesIssue(text, input.issue)) text = `${text}${text === '' ? '' : '\n\n'}Fixes #${input.issue}`;
  return `${text}\n`;
}

/** Whether the body already closes issue `n` ("Fixes #12", "closes: #12"). */
export function closesIssue(body: string, n: number): boolean {
  return new RegExp(String.raw`${CLOSING}\s*:?\s*#${n}(?!\d)`, 'i').test(body);
}

/** Whether the body names issue `n` at all (`#12`, or its URL). */
export function mentionsIssue(body: string, n: number): boolean {
  return new RegExp(String.raw`(?:^|[^\w&/])#${n}(?!\d)|/issues/${n}(?!\d)`).test(body);
}

/** The title: the issue's, else the first commit's subject; null when there is neither. */
export function pullRequestTitle(issue: { readonly title?: string } | null, commits: readonly { readonly message: string; readonly merge: boolean }[]): string | null {
  if (issue?.title && issue.title.trim() !== '') return issue.title.trim();
  const first = commits.find((c) => !c.merge);
  const subject = first?.message.split('\n', 1)[0].trim();
  return subject ? subject : null;
}

const md = new MarkdownIt({ html: true });

/** 0-based numbers of the lines inside fenced or indented code: comments and placeholders there are content. */
function codeLines(text: string): Set<number> {
  const out = new Set<number>();
  for (const token of md.parse(text, {})) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map) for (let k = token.map[0]; k < token.map[1]; k++) out.add(k);
  }
  return out;
}

/** HTML comments removed outside code blocks; an unclosed one hides the rest, as it does on the forge. */
export function stripComments(text: string): string {
  const lines = text.split('\n');
  const code = codeLines(text);
  const out: string[] = [];
  let open = false;
  for (let k = 0; k < lines.length; k++) {
    if (code.has(k) && !open) {
      out.push(lines[k]);
      continue;
    }
    let line = lines[k];
    let kept = '';
    let touched = open;
    while (line !== '') {
      if (open) {
        const end = line.indexOf('-->');
        if (end < 0) {
          line = '';
          break;
        }
        line = line.slice(end + 3);
        open = false;
        continue;
      }
      const start = line.indexOf('<!--');
      if (start < 0) {
        kept += line;
        break;
      }
      touched = true;
      kept += line.slice(0, start);
      line = line.slice(start + 4);
      open = true;
    }
    // A line that held only a comment goes away entirely rather than leaving a blank behind.
    if (touched && kept.trim() === '') continue;
    out.push(touched ? kept.trimEnd() : kept);
  }
  return out.join('\n');
}

function outsideInlineCode(line: string, edit: (text: string) => string): string {
  const parts = line.split(/(`+[^`]*`+)/);
  return parts.map((p, k) => (k % 2 === 1 ? p : edit(p))).join('');
}

/** No runs of blank lines, none at the start or the end. */
function tidy(text: string): string {
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n+$/, '');
}
