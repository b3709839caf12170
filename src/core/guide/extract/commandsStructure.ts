/**
 * Rules that read where a command stands in a guide, beyond its own words: the README section it sits in, and line
 * shapes that show rather than run a step (a pipeline into a viewer, a
 * bare variable assignment, a version placeholder).
 */
import type { Located } from '../sources';
import { TROUBLESHOOTING } from './commandPhase';
import { GIT_HOOK_INSTALL } from './commandLine';
import { readsAsCommandLine } from '../plainTextLiterals';

/**
 * A pipeline with a stage that only shows or filters what the first printed (`dune trace cat | jq ...`,
 * `x | less`, `x | grep y`): inspecting output, not a step. `tee` keeps a log of a step and `sh` runs what was fetched.
 */
const VIEWER_STAGE = /\|\s*(?:jq|less|more|grep|egrep|head|tail|wc|sort|uniq|awk|sed|cut|column|fx)\b/;
// (`go test ./... | grep -v "no test files"` filters a step's output: the step is still run, so the caller keeps a
// line whose first stage is itself a step.)
export const inspectsOutput = (command: string, isStep: (firstStage: string) => boolean = () => false): boolean =>
  command.includes('|') && VIEWER_STAGE.test(command) && !isStep(command.slice(0, command.indexOf('|')).trim());

/** A line that only sets a shell variable (`DEVEL_COMMIT=$(git rev-parse HEAD)`, `X=1`): it runs no program. */
// Finding the git folder for a hook (`gitdir=$(git rev-parse --git-dir)`) is the first line of that setup step.
export const onlyAssigns = (command: string): boolean => (/^[A-Za-z_]\w{0,60}=\S*$/.test(command) || /^[A-Za-z_]\w{0,60}=\$\([^()]{0,300}\)$/.test(command)) && !GIT_HOOK_INSTALL.test(command);

/** A version placeholder (`typeorm-x.x.x.tgz`, `v1.x.y`): the line is a template to fill in, an example. */
export const VERSION_PLACEHOLDER = /(?:^|[^\w])v?(?:\d+|x)\.x\.(?:x|y|z)\b|\bx\.y\.z\b/i;

/**
 * A README section on installing the released product ("## Installation" with "### On Ubuntu", "### Via nix",
 * "### Package Managers"): a user gets the tool there, a contributor sets up the checkout elsewhere ("From source",
 * "Development", "Building"). Only in a README, whose install section serves users; a contribution guide's
 * "Installation" is the contributor's setup.
 */
export function inReadmeInstall(l: Located): boolean {
  if (!README.test(l.doc.path)) return false;
  const sections = l.block.sections;
  let answer = readmeInstallCache.get(sections);
  if (answer === undefined) {
    const at = sections.findIndex((h) => INSTALL_HEADING.test(h.trim()));
    // A sub-heading on building from the checkout ("From source", "Building from source") is the contributor's way,
    // and so is an "Installation" inside a Contributing or Development section.
    answer = at >= 0 && !sections.slice(at).some((h) => FROM_SOURCE.test(h)) && !sections.slice(0, at).some((h) => FROM_SOURCE.test(h) || CONTRIBUTOR_SECTION.test(h));
    readmeInstallCache.set(sections, answer);
  }
  return answer;
}
// The root README only: a README in a docs folder (`docs/development/README.md`) is written for contributors.
const README = /^README(?:\.\w{1,10})?$/i;
const CONTRIBUTOR_SECTION = /\bcontribut|\bhack/i;
// A README's "Usage" or "Examples" section shows the product at work (`nvm install node`), like its install section.
const INSTALL_HEADING = /^(?:\d+\.?\s+)?(?:install(?:ation|ing)?(?:\s+(?:and|&)\s+updat\w*)?|package\s+managers?|(?:install\w*\s+)?(?:with|via|using)\s+(?:a\s+)?package\s+managers?|usage|examples?|how\s+to\s+use)$/i;
const FROM_SOURCE = /\bfrom\s+(?:the\s+)?(?:local\s+)?(?:source|sources|checkout|git)\b|\bbuild(?:ing)?\b|\bdevelop/i;
const readmeInstallCache = new WeakMap<readonly string[], boolean>();

/**
 * A heading for one way of running a step ("Running Tests with a Specific Seed", "Building with a custom compiler"):
 * its lines are variants of a step given elsewhere.
 */
export const VARIANT_HEADING = /\bwith\s+(?:a\s+|an\s+)?(?:specific|particular|given|custom|different)\s+\w+/i;

/** A heading that gathers unrelated topics ("Development tips and tricks", "Recipes"): each sub-heading is its own topic. */
const COLLECTION = /\btips\b|\btricks\b|\brecipes?\b|\bcookbook\b/i;
/**
 * A sub-heading that names a check ("check-typo", "Linting", "Formatting"). Not a test topic: "Testing with opam"
 * in a collection of tips tests something else than the checkout.
 */
const CHECK_TOPIC = /\blint|\bformat|\bcheck|\bspell|\bstyle\b/i;
/**
 * Whether a section the skip list would leave out is a check inside a collection of tips: the
 * collection heading says nothing of its sub-headings; a sub-heading on a check is one of the guide's steps.
 */
export function keptInCollection(sections: readonly string[], skipping: readonly string[]): boolean {
  const innermost = sections[sections.length - 1] ?? '';
  return skipping.every((h) => COLLECTION.test(h)) && !COLLECTION.test(innermost) && CHECK_TOPIC.test(innermost);
}

/**
 * A recovery whose failure is a check's own ("If a CI build is failing because of formatting issues, ... format all
 * code using `cargo fmt`", "if the lint check fails, run"): its remedy is the check step itself, not a side repair.
 */
const CHECK_FAILURE = /\b(?:format\w*|lint\w*|style|whitespace)\s+(?:issues?|errors?|problems?|violations?|checks?|warnings?)\b/i;
export const remediesCheck = (text: string): boolean => CHECK_FAILURE.test(text);

/** A recovery ("if the build fails, run ..."), unless what failed is a check whose remedy is the check step itself. */
export const isRecovery = (text: string): boolean => TROUBLESHOOTING.test(text) && !remediesCheck(text);

/**
 * A paragraph that is one command line and nothing else (`./gradlew test` set off as a block quote, whose marker
 * the model drops), right after a lead-in that hands the run over to it ("To run all tests, simply do"): a one-line
 * block. A sentence is not one: it ends in a full stop or opens with a capitalised word and more words.
 */
export function bareCommandLine(text: string, leadIn: string | undefined): boolean {
  const line = text.trim();
  // ("Rscript -e ..." opens with a program, "Make sure the tests pass" with a sentence's word.)
  return leadIn !== undefined && HANDS_OVER.test(leadIn) && line.length <= 200 && !line.includes('\n') && !/^[A-Z][a-z]+\s+(?!-)\S+\s+\S+/.test(line) && readsAsCommandLine(line);
}
const HANDS_OVER = /\b(?:do|use|run|type|execute|invoke|enter)\s*:?\s*$|:\s*$/i;
