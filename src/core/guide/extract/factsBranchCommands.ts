/**
 * A branch name the guide suggests in the command that creates the branch: `git checkout -b fix/123-short-name`,
 * `git switch -c feature/<name>`. A name made of a kind of change and a placeholder (or an issue number and a
 * slug) shows the form every branch should take; a plain example (`my-feature-branch`, `feature/graphql-subscriptions`)
 * or a placeholder for the whole name (`<your-branch-name>`, `$BRANCH`) says nothing about the form.
 */
import { Block } from '../documentModel';

/** The name given to `git checkout -b`, `git switch -c`, `git branch`. */
const CREATE = /\bgit\s+(?:checkout\s+-[bB]|switch\s+(?:-c|--create)|branch)\s+([^\s`'"]{3,80})/g;
/** A kind and a slash, then the rest: `fix/...`, `feature/...`, `pr/...`. */
const KIND_SLASH = /^[a-z]{2,12}\/(.+)$/;
/**
 * The rest holds a placeholder: `<name>`, `{issue}`, `$name`, an issue number then words, or placeholder words
 * (`your-name`, and the words the reader is to fill in, `your-feature-name`, `your-fix-description`, `YourFeature`).
 */
const FORM = /<[^<>]{1,40}>|\{[^{}]{1,40}\}|\$\{?[A-Za-z_]\w{0,30}\}?|^\d{1,6}[-_][a-z]|\b(?:short[-_]?(?:name|description|desc)|issue[-_]?(?:number|id|no)|description|slug|summary|your[-_]?name|your[-_](?:[a-z]+[-_]){1,3}(?:name|description|desc|summary))\b/i;
/** The words to fill in written in CamelCase: `feature/YourFeature`. */
const YOUR_CAMEL = /\bYour[A-Z][a-z]\w*/;

/** The suggested form in a block's commands or code spans, or null. */
export function suggestedBranchForm(block: Block): string | null {
  const texts = block.kind === 'code' ? [block.text] : block.kind === 'heading' ? [] : block.code.map((c) => c.text);
  const byKind = new Map<string, string>();
  for (const text of texts) {
    if (!text.includes('git')) continue;
    for (const m of text.matchAll(CREATE)) {
      const name = m[1];
      const rest = KIND_SLASH.exec(name)?.[1];
      if (rest !== undefined && (FORM.test(rest) || YOUR_CAMEL.test(rest))) return name;
      const kind = CHANGE_KIND.exec(name)?.[1].toLowerCase();
      // (A branch made from fetched work, `git checkout -b fix/x FETCH_HEAD`, is someone else's being reviewed.)
      if (kind !== undefined && !byKind.has(kind) && !/\bFETCH_HEAD\b|\bpull\/\d/.test(text.slice(m.index ?? 0, (m.index ?? 0) + 200).split('\n')[0])) byKind.set(kind, name);
    }
  }
  // One example name is only an example; a branch made per kind of change side by side (`git checkout -b
  // bugfix/my-fix` to prepare a fix, `git checkout -b feature/my-feature` for a feature) shows the scheme.
  return byKind.size >= 2 ? [...byKind.values()].join(', ') : null;
}

/** The kinds of change a branch name starts with (not `release/`, `maintenance/` or a person's name), as a pattern's source. */
export const BRANCH_KINDS = 'feat|feature|features|fix|fixes|bugfix|bug|hotfix|docs?|chore|refactor|tests?|perf|enhancement|improvement';
/** A kind of change before the slash. */
const CHANGE_KIND = new RegExp(`^(${BRANCH_KINDS})\\/[\\w#-]`, 'i');
