/**
 * Every file name commitlint itself loads (cosmiconfig's search places for the "commitlint" module name), in
 * its own order. The `commitlint` key of package.json comes first in that order and is handled by the reader.
 */
const RC_EXTENSIONS = ['', '.json', '.yaml', '.yml', '.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'];
const CONFIG_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'];

export const COMMITLINT_FILES: readonly string[] = [
  ...RC_EXTENSIONS.map((ext) => `.commitlintrc${ext}`),
  ...CONFIG_EXTENSIONS.map((ext) => `commitlint.config${ext}`),
  ...RC_EXTENSIONS.map((ext) => `.config/commitlintrc${ext}`),
  ...CONFIG_EXTENSIONS.map((ext) => `.config/commitlint.config${ext}`),
];

export type CommitlintSyntax = 'json' | 'yaml' | 'script';

/** How a config file is written; `.commitlintrc` without extension may be JSON or YAML (YAML reads both). */
export function syntaxOf(path: string): CommitlintSyntax {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.(c|m)?(js|ts)$/i.test(path)) return 'script';
  return 'yaml';
}
