import { RepoFiles } from '../repo/repoFiles';
import { decodeText } from '../text/decode';
import { ReaderProblem } from './facts';
import { symlinkTarget } from './textSymlink';

/**
 * Bytes one run may still read. A repository decides how many files it holds, so without a total a folder of
 * thousands of templates could exhaust memory; a budget can draw on a parent so sub-limits (templates) and the
 * run's limit both hold. The first read it refuses is reported, later ones are not (one message says it).
 */
export class ReadBudget {
  private used = 0;
  private reported = false;

  constructor(
    readonly limit: number,
    /** How the limit is named in messages, e.g. "8 MiB for all files". */
    private readonly describe: string,
    private readonly parent?: ReadBudget,
  ) {}

  get remaining(): number {
    const own = Math.max(0, this.limit - this.used);
    return this.parent ? Math.min(own, this.parent.remaining) : own;
  }

  spend(bytes: number): void {
    this.used += bytes;
    this.parent?.spend(bytes);
  }

  /** The budget that ran out first, for its message. */
  exhausted(): ReadBudget {
    return this.parent && this.parent.remaining < Math.max(0, this.limit - this.used) ? this.parent.exhausted() : this;
  }

  /** Says once that `path` (and whatever comes after it) was not read. */
  refuse(path: string, problems: ReaderProblem[]): void {
    const budget = this.exhausted();
    if (budget.reported) return;
    budget.reported = true;
    problems.push({ file: path, message: `Onramp reads at most ${budget.describe}; this file and any after it were not read.`, severity: 'info' });
  }

  get name(): string {
    return this.exhausted().describe;
  }
}

/**
 * Reads one repository file as text, capped at `maxBytes` (and at what `budget` has left), and says in
 * `problems` whatever a user should know about it (binary, empty, cut short, not UTF-8). Undefined when the file
 * is missing or unreadable as text; a file that exists but gives no text always leaves a problem naming it.
 */
export async function readText(files: RepoFiles, path: string, maxBytes: number, problems: ReaderProblem[], budget?: ReadBudget): Promise<string | undefined> {
  return (await readTextAt(files, path, maxBytes, problems, budget))?.text;
}

const MAX_LINK_STEPS = 3;

/**
 * `readText`, with the path whose text it is: a symbolic link checked out as text (symlinkTarget) gives the file it
 * stands for, as a checkout with links would show, and the target's path, so that a fact cites the lines a user can
 * open; a real link gives its target's path likewise. A few steps at most, and only to a file that exists: a path to nothing is the file's own text.
 */
export async function readTextAt(files: RepoFiles, path: string, maxBytes: number, problems: ReaderProblem[], budget?: ReadBudget): Promise<{ readonly path: string; readonly text: string } | undefined> {
  const text = await readOne(files, path, maxBytes, problems, budget);
  if (text === undefined) return undefined;
  let at = { path, text };
  // (A link to a link, `CONTRIBUTING.md` -> `docs/CONTRIBUTING.md` -> `source/contributing.md`: a few steps, never a loop.)
  for (let step = 0; step < MAX_LINK_STEPS; step++) {
    const target = symlinkTarget(at.path, at.text);
    const followed = target === undefined || target === path ? undefined : await readOne(files, target, maxBytes, [], budget);
    if (target === undefined || followed === undefined) break;
    at = { path: target, text: followed };
  }
  // A link the checkout keeps as one (`CONTRIBUTING.md -> docs/development/onboarding.md`) is cited at its target too, as
  // a link checked out as text is: the file whose lines a user edits, wherever the repository links it from.
  const real = await files.canonical?.(at.path);
  return real !== undefined && real !== '' && real !== at.path ? { path: real, text: at.text } : at;
}

async function readOne(files: RepoFiles, path: string, maxBytes: number, problems: ReaderProblem[], budget?: ReadBudget): Promise<string | undefined> {
  const allowed = budget ? Math.min(maxBytes, budget.remaining) : maxBytes;
  if (budget && allowed <= 0) {
    budget.refuse(path, problems);
    return undefined;
  }
  const content = await files.read(path, allowed);
  if (!content) return undefined;
  budget?.spend(content.bytes.length);
  // Checked before emptiness: a reader that cannot read part of a huge file returns no bytes and `truncated`.
  if (content.truncated && content.bytes.length === 0) {
    problems.push({ file: path, message: `The file is too large to read (${formatBytes(content.size)}); nothing of it was read.`, severity: 'warning' });
    return undefined;
  }
  if (content.size === 0 || content.bytes.length === 0) {
    problems.push({ file: path, message: 'The file is empty.', severity: 'info' });
    return undefined;
  }
  const decoded = decodeText(content.bytes, { truncated: content.truncated });
  if (decoded.kind === 'binary') {
    problems.push({ file: path, message: 'The file looks binary (it contains NUL bytes), so it was not read.', severity: 'warning' });
    return undefined;
  }
  if (content.truncated) {
    const why = allowed < maxBytes && budget ? `Onramp reads at most ${budget.name}` : 'larger files are read only up to the size limit';
    problems.push({
      file: path,
      message: `Only the first ${formatBytes(content.bytes.length)} of ${formatBytes(content.size)} were read: ${why}.`,
      severity: 'info',
    });
  }
  if (decoded.encoding === 'windows-1252') {
    problems.push({ file: path, message: 'The file is not valid UTF-8; it was read as windows-1252.', severity: 'info' });
  } else if (decoded.replaced > 0) {
    const bytes = decoded.replaced === 1 ? 'one byte sequence that is not' : `${decoded.replaced} byte sequences that are not`;
    problems.push({ file: path, message: `The file is UTF-8 except for ${bytes}; those were read as "\uFFFD".`, severity: 'info' });
  }
  if (decoded.text.trim() === '') {
    problems.push({ file: path, message: 'The file has only whitespace.', severity: 'info' });
    return undefined;
  }
  return decoded.text;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
