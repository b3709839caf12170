/**
 * A relative link in a pull request template is followed on the pull request page, not beside the template file:
 * GitHub shows the template's text as the PR's description at `/<owner>/<repo>/pull/<n>`. Authors write such links
 * to work from there: `../blob/main/CONTRIBUTING.md` (up from the PR page to the repository's files), or a bare
 * `CONTRIBUTING.md` meaning the file at the repository's root. The repository path such a link stands for, or
 * undefined when the target is not written that way.
 */
const FROM_PR_PAGE = /^(?:\.\.\/)+(?:blob|tree)\/[^/?#]+\/([^?#]+)/;

export function pullRequestPagePath(target: string): string | undefined {
  const trimmed = target.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('#') || trimmed.startsWith('//')) return undefined;
  const page = FROM_PR_PAGE.exec(trimmed);
  if (page) return `/${page[1]}`;
  // A bare name or path: from the root, where a reader of the PR page expects it.
  return trimmed.startsWith('/') || trimmed.startsWith('.') ? undefined : `/${trimmed}`;
}
