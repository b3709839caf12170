/**
 * A section about trying the product one has just changed: "Running your modified version", "Running a
 * locally-compiled version of X", "Manually trying your local changes", "How to try a development build in another
 * project". Its commands run or install the built product by hand (`perl -Ilib script/app gen ...`, `stack install`,
 * `ruby -Ilib exe/tool install`) to see a change at work; they are not the checkout's setup, its tests or its lint.
 *
 * Seen under headings of this shape in guides of three ecosystems (a Perl web framework, a Haskell compiler, a Ruby
 * package manager) and a fourth that tries a development build in another project; none of those sections held a
 * labelled step. The wording is general contribution-guide English: a verb of running, trying or using, then a
 * built copy ("your modified version", "a locally-compiled version", "a development build") or "your local changes".
 * A section that tries the change "in another project" or "in a real codebase" (seen in a linter's and a test
 * runner's guides) is the same side quest: the commands run in someone else's checkout.
 * "Run a local build" stays a main step ("local" alone is how a project's checks are run), and so does "Testing your
 * changes" (testing is a phase of its own).
 */

const TRYING_BUILT_COPY =
  /\b(?:run(?:ning)?|try(?:ing)?|us(?:e|ing))\s+(?:out\s+)?(?:(?:your|the|a|an)\s+)?(?:own\s+)?(?:modified|locally[- ](?:compiled|built)|patched|development|dev|unreleased|custom)\s+(?:version|copy|binary|build)\b|\btry(?:ing)?\s+(?:out\s+)?(?:your|the)\s+(?:local\s+)?changes\b|\b(?:in|on)\s+(?:another|a\s+real|an\s+existing|a\s+sample|a\s+separate|a\s+different)\s+(?:project|codebase|app(?:lication)?|repo(?:sitory)?)\b/i;

const byHeadings = new WeakMap<readonly string[], boolean>();

/**
 * Whether the innermost heading of a block's section is about trying the changed product by hand. Only the innermost
 * heading speaks: a guide titled "Using a development build" may still give its setup steps under "Installing".
 */
export function triesBuiltCopy(sections: readonly string[]): boolean {
  let answer = byHeadings.get(sections);
  if (answer === undefined) {
    answer = TRYING_BUILT_COPY.test(sections[sections.length - 1] ?? '');
    byHeadings.set(sections, answer);
  }
  return answer;
}

/**
 * Linking the package into another project to try it there (`pnpm link`, `npm link`, `yarn link:prepare`): "use `pnpm
 * link` to sym-link this package and test it locally on your own project", "To create symlinks for your local
 * packages, use the `yarn link:prepare` command". Seen in two JavaScript guides; like a section on trying a
 * development build in another project, it sets up someone else's checkout, not the contributor's.
 */
const LINKS_PACKAGE = /^(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:link|unlink)(?::[\w-]{1,40})?(?:\s|$)/;

/** Whether a command links the package into another project. */
export const linksPackage = (command: string): boolean => LINKS_PACKAGE.test(command);
