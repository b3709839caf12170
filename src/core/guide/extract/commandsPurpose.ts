/**
 * What the prose says a build step also does: "Run `./gradlew build` to build, also running all of the tests",
 * "make sure to run `dotnet fsi build.fsx`. Among other things, this will ... tell you if your changes caused any
 * tests to fail". Such a build is the project's way to run its tests.
 */
import type { SentenceIndex } from './commandsSentences';

/** A build by its own words: a build task or script, or a build tool's default run. */
const BUILD_STEP = /(?:^|[\s:/])build(?:\.\w{1,6})?(?:\s|$)|^(?:\.\/)?(?:g?make|ninja|gradlew?|mvnw?)$/;
/** Words that say the step runs the tests too: "also running all of the tests", "if any tests fail", "including the tests". */
// "This will execute tests locally", "it will also run the unit tests": the sentence describing the step says so too.
// "It runs the tests and the style checks", "this executes all tests": the same said in the present tense.
const ALSO_TESTS = /\balso\s+(?:runs?|running|executes?|executing)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:\w+\s+)?tests\b|\btests?\s+(?:to\s+)?fail\b|\bincluding\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?tests\b|\b(?:this|it)\s+(?:also\s+)?(?:will\s+(?:also\s+)?(?:run|execute)|runs|executes)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:\w+\s+)?tests\b/i;
/**
 * A condition right after those words ("This will execute tests only when `-PwithTests` is given", "it also runs the
 * tests if you pass `--all`"): the build runs them on request, not by default, so it is no test run as given.
 */
const ONLY_ON_REQUEST = /^[^.;]{0,40}?\b(?:only\s+(?:when|if)|(?:if|when)\s+(?:you\s+)?(?:pass|add|set(?!\s+up)|give|enable|specify|turn\s+on)\b)/i;
/**
 * "Run `npm run build` first, otherwise the tests fail": the tests fail WITHOUT the build, so the build is what they
 * need, a setup step, not a run of them.
 */
const NEEDED_BY_TESTS = /\b(?:otherwise|or\s+else|else|without\s+(?:it|this|that))\b[^.;]{0,60}?\btests?\s+(?:will\s+|would\s+|may\s+|might\s+)?fail/i;

/** Whether a build step's sentence says it runs the tests as well. */
export function buildRunsTests(command: string, sentence: string): boolean {
  if (!BUILD_STEP.test(command)) return false;
  const said = ALSO_TESTS.exec(sentence);
  return said !== null && !ONLY_ON_REQUEST.test(sentence.slice(said.index + said[0].length)) && !NEEDED_BY_TESTS.test(sentence);
}

/** A sentence that goes on describing the step just named: "This will ...", "Among other things, it checks ...". */
const DESCRIBES_LAST = /^\s*(?:among\s+other\s+things,?\s+)?(?:this|it)\s+(?:also\s+)?(?:will|runs|executes|checks|builds|does)\b/i;

/**
 * Another step named later in the sentence: a code span blanked out of the prose (spaces for its backticks and text,
 * offsets kept) right after a word that adds a step ("then", "and", "run", a comma). A span that only names a place,
 * an option or another spelling of the same step ("in the `src` folder", "with `-j8`", "(or `make`)") does not take
 * the description away.
 */
const ANOTHER_SPAN = /(?:\b(?:then|and|run|use|execute|type)|[,;]) {4}/i;

/**
 * The sentence after the one that ends at or after `from`, when it goes on describing the step just named; else ''.
 */
export function describingSentence(prose: SentenceIndex, from: number): string {
  const rest = prose.after(from);
  // "Run `make build`, then `make check`. This will run the tests.": the next sentence goes on about the LAST step
  // named; another span later in this sentence (blanked to a run of spaces after a word) is that step, not this one.
  if (ANOTHER_SPAN.test(rest)) return '';
  const next = from + rest.length + 1;
  if (next >= prose.text.length) return '';
  const following = prose.after(next);
  return DESCRIBES_LAST.test(following) ? following : '';
}

/**
 * A sentence that opens with what its step must come before: "Before running any tests, run `x` to ...", "Before
 * testing or opening a pull request, execute `x`". The step named in its main clause prepares the run the opening
 * clause names; it is a setup step, though the sentence speaks of tests. Only at the sentence's start, and only
 * before a run of the tests or checks ("Before committing, run `npm test`" says when to test, not what prepares it).
 */
const BEFORE_A_RUN = /^[\s*+-]{0,4}before\s+(?:you\s+)?(?:run(?:ning)?|execut(?:e|ing)|start(?:ing)?|test(?:ing)?\b(?!\s+(?:your|the|a)\s+change))[^,.;:]{0,80},/i;
/** Words of the opening clause that name the tests or checks: the run the step comes before. */
const NAMES_A_RUN = /\btests?\b|\btesting\b|\bspecs?\b|\btest\s+suite\b|\bchecks?\b|\blint\w*/i;

/**
 * An opening clause about a run that is not the newcomer's (a release, production, CI, what maintainers do): the step
 * it puts first belongs to that procedure.
 */
const NOT_THE_NEWCOMERS_RUN = /\b(?:releases?|release\s+candidates?|production|deploy\w*|publish\w*|CI|maintainers?)\b/i;
/** A main clause whose step has a phase of its own: "run the linter", "to format your code", "fix the style". */
const OWN_PHASE = /\b(?:lint\w*|format(?:s|ting|ter)?|style|prettier|fix(?:es)?\s+(?:most\s+)?(?:issues|problems|warnings))\b/i;

/** Whether a span's sentence says its step comes before a run of the tests or checks (see `BEFORE_A_RUN`). */
export function preparesForRun(sentence: string): boolean {
  const text = sentence.slice(0, 300);
  const opening = BEFORE_A_RUN.exec(text)?.[0];
  if (opening === undefined || !NAMES_A_RUN.test(opening) || NOT_THE_NEWCOMERS_RUN.test(opening)) return false;
  // A question ("Before running tests, do I need to run `x`?") asks, as in a FAQ; it gives no step.
  if (/\?\s*$/.test(text)) return false;
  // "Before testing, run the linter with `x`": the step is a check of its own, not one that prepares the run.
  return !OWN_PHASE.test(text.slice(opening.length));
}
