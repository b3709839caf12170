/**
 * The branch for an issue, named by the maintainer file's template or the guide's rule, else `<number>-<slug>`.
 * Templates use `{number}`, `{slug}`, `{title}`, `{type}` (also written `<...>`, and the guide's own words such as
 * `<issue-number>-<short-description>`); a trailing `*` ("feature/*") stands for the slug. The result is always
 * a valid git branch name.
 */
export const DEFAULT_BRANCH_TEMPLATE = '{number}-{slug}';

const NUMBER = /^(?:number|issue|issue[-_ ]?(?:number|no|id)|id|num|ticket)$/i;
const SLUG = /^(?:slug|short[-_ ]?(?:description|desc|name|title)|description|desc|summary|topic|name|feature|fix|branch[-_ ]?name|title[-_ ]?slug)$/i;
const TITLE = /^title$/i;
const TYPE = /^(?:type|kind|category|prefix)$/i;

const TYPE_BY_LABEL: readonly [RegExp, string][] = [
  [/\bbug|\bfix|\bdefect|\bregression/i, 'fix'],
  [/\bdoc/i, 'docs'],
  [/\btest/i, 'test'],
  [/\brefactor/i, 'refactor'],
  [/\bfeat|\benhancement|\bimprovement/i, 'feat'],
  [/\bchore|\bmaintenance|\bci\b|\bbuild/i, 'chore'],
];

export interface BranchIssue {
  readonly number: number;
  readonly title: string;
  readonly labels: readonly string[];
}

/** The branch name for `issue` from `template` (default `{number}-{slug}`). */
export function branchName(issue: BranchIssue, template: string | null = DEFAULT_BRANCH_TEMPLATE): string {
  const values = { number: String(issue.number), slug: slugify(issue.title, 40), title: slugify(issue.title, 80), type: typeOf(issue.labels) };
  const filled = (template ?? DEFAULT_BRANCH_TEMPLATE)
    .trim()
    .replace(/<([^<>]{1,40})>|\{([^{}]{1,40})\}/g, (_m, angle: string | undefined, brace: string | undefined) => valueFor((angle ?? brace ?? '').trim(), values))
    .replace(/\*$/, values.slug);
  const name = sanitizeRefName(filled);
  return name === '' ? sanitizeRefName(`${values.number}-${values.slug}`) : name;
}

function valueFor(placeholder: string, values: { number: string; slug: string; title: string; type: string }): string {
  if (NUMBER.test(placeholder)) return values.number;
  if (TITLE.test(placeholder)) return values.title;
  if (TYPE.test(placeholder)) return values.type;
  if (SLUG.test(placeholder)) return values.slug;
  // A placeholder Onramp does not know ("<your-initials>") gets the slug rather than a literal "<...>".
  return values.slug;
}

function typeOf(labels: readonly string[]): string {
  for (const [pattern, type] of TYPE_BY_LABEL) if (labels.some((l) => pattern.test(l))) return type;
  return 'issue';
}

/** Lowercase ASCII words joined by "-", cut at a word boundary within `max` characters. */
export function slugify(text: string, max: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > max) break;
    slug = next;
  }
  return slug === '' && words.length > 0 ? words[0].slice(0, max) : slug;
}

/**
 * What `git check-ref-format --branch` accepts: no spaces, control characters or `~^:?*[\`, no `..` or `@{`,
 * no component starting with `.` or ending with `.lock`, no leading `-`, no empty components, no trailing `.`/`/`.
 */
export function sanitizeRefName(name: string): string {
  const components = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what git refuses
    .replace(/[\x00-\x20\x7f~^:?*[\\]+/g, '-')
    .replace(/@\{/g, '-')
    .replace(/\.{2,}/g, '.')
    .split('/')
    .map((c) => c.replace(/^[.-]+/, '').replace(/(\.lock)+$/i, '').replace(/[.-]+$/, '').replace(/-{2,}/g, '-'))
    .filter((c) => c !== '');
  const joined = components.join('/');
  return joined === '@' ? '' : joined;
}
