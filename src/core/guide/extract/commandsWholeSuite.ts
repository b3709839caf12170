/**
 * A code block's lead-in that says its lines run the whole suite ("To run all the parser tests, run pytest in the
 * repository:", "In order to run everything, do:", "to run the full test suite:"): the options and arguments on
 * those lines (`pytest -q pkg`, `make tests FULL=1`) say how the whole suite runs, not which part of it. Without
 * such words a line with a file, a package or a selecting variable is an example of focusing a run.
 *
 * The words are the ordinary ones a guide uses to hand over its main test command, in any ecosystem.
 */
import { lastSentence } from './commandsLeadIn';

/** "all tests", "all the mypy tests", "all of the specs", "the full/whole/entire/complete (test) suite", "everything". */
const WHOLE_SUITE = /\b(?:all\s+(?:of\s+)?(?:the\s+)?(?:[\w-]{1,30}\s+)?(?:tests|specs|test\s+suites?)|(?:the|our)\s+(?:full|whole|entire|complete)\s+(?:[\w-]{1,30}\s+)?(?:test\s+)?suite|(?:run|test|check)\s+everything)\b/i;
/** Words that turn it into one part: "all tests in one file", "all tests of a module", "all tests except", "only". */
const PART = /\b(?:in\s+(?:a|one|the\s+given|a\s+single|a\s+specific)\s|of\s+(?:a|one|the\s+given)\s+(?:module|package|file|crate)|except|but\s+not|matching|only|single|specific|particular|select|selects|selecting|filter|filters|filtering|pick|choose)\b/i;

/** A lead-in that offers another way to the step just given ("Or if you don't have `make`, run the following:"). */
const ALTERNATIVE = /^\s*(?:or|alternatively)\b[^.]{0,120}\b(?:run|use|type|do)\b[^.]{0,60}:\s*$/i;

/** Whether a block's lead-in says its lines run the whole suite. */
export function runsWholeSuite(intro: string): boolean {
  if (intro === '') return false;
  const last = lastSentence(intro.slice(-400));
  return (WHOLE_SUITE.test(last) || ALTERNATIVE.test(last)) && !PART.test(last);
}
