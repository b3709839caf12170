/**
 * What the well-known shared commitlint configs enforce, written down as data: a repository that only says
 * `extends: ['@commitlint/config-conventional']` still has a type list and a header limit, and Onramp never
 * loads packages from the repository to find them. A unit test compares this table with the installed
 * `@commitlint/config-conventional`, so it cannot drift silently.
 */
export interface CommitlintPreset {
  /** The preset's `type-enum` (always). */
  readonly types: readonly string[];
  /** The preset's `header-max-length` (always): the longest first line. */
  readonly headerMaxLength: number;
}

export const COMMITLINT_PRESETS: Readonly<Record<string, CommitlintPreset>> = {
  '@commitlint/config-conventional': {
    types: ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'],
    headerMaxLength: 100,
  },
  '@commitlint/config-angular': {
    types: ['build', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'],
    headerMaxLength: 72,
  },
};

/**
 * The preset an `extends` entry names, in any spelling commitlint resolves to it: the full package name,
 * `@commitlint/conventional` (scope shorthand), `commitlint-config-conventional` or bare `conventional` (the
 * `commitlint-config-` prefix).
 */
export function presetNamed(name: string): { name: string; preset: CommitlintPreset } | undefined {
  const m = /^(?:@commitlint\/(?:config-)?|commitlint-config-)?(conventional|angular)$/.exec(name.trim());
  if (!m) return undefined;
  const full = `@commitlint/config-${m[1]}`;
  return { name: full, preset: COMMITLINT_PRESETS[full] };
}
