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
const ALSO_TESTS = /\balso\s+(?:runs?|running|executes?|executing)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:\w+\s+)?tests\b|\btests?\s+(?:to\s+)?fail\b|\bincluding\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?tests\b|\b(?:this|it)\s+(?:also\s+)?will\s+(?:also\s+)?(?:run|execute)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:\w+\s+)?tests\b/i;

/** Whether a build step's sentence says it runs the tests as well. */
export const buildRunsTests = (command: string, sentence: string): boolean => BUILD_STEP.test(command) && ALSO_TESTS.test(sentence);

/** A sentence that goes on describing the step just named: "This will ...", "Among other things, it checks ...". */
const DESCRIBES_LAST = /^\s*(?:among\s+other\s+things,?\s+)?(?:this|it)\s+(?:also\s+)?(?:will|runs|executes|checks|builds|does)\b/i;

/**
 * The sentence after the one that ends at or after `from`, when it goes on describing the step just named; else ''.
 */
export function describingSentence(prose: SentenceIndex, from: number): string {
  const rest = prose.after(from);
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

/** Whether a span's sentence says its step comes before a run of the tests or checks (see `BEFORE_A_RUN`). */
export function preparesForRun(sentence: string): boolean {
  const opening = BEFORE_A_RUN.exec(sentence.slice(0, 300))?.[0];
  return opening !== undefined && NAMES_A_RUN.test(opening);
}
