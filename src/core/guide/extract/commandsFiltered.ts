/**
 * Test runs that pick a part of the suite (one package, file or test name): examples of focusing a run, not the
 * suite a newcomer runs.
 */
import { isCommand } from './commandLine';

/**
 * A test run narrowed to one package, file or name (`yarn jest babel-cli`, `bin/test models`, `node --test a.js`):
 * an example of how to focus, not the suite a newcomer runs.
 */
export function isFilteredTestRun(command: string): boolean {
  // Arguments passed through to the runner (`tox -e py -- --pdb`, `npm test -- --watch`) tailor the run, and so do
  // options that hand the runner a filter (`cabal test --test-options='-p markdown'`, `cargo nextest run -E 'test(x)'`).
  if (/\s--(?:\s|$)/.test(command) || RUNNER_FILTER.test(command)) return true;
  const words = command.split(/\s+/).filter((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  // An interpreter's script named as a runner (`python runtests.py`, `node scripts/run-tests.js`) is the program
  // that runs the suite, not a test file picked from it.
  // So is a framework's command script (`python manage.py test`, `python setup.py test`).
  const runner = INTERPRETER.test(words[0] ?? '') && (RUNNER_SCRIPT.test(words[1] ?? '') || /^(?:\.\/)?(?:manage|setup)\.py$/.test(words[1] ?? '')) ? 1 : -1;
  // One word each, anchored at its end: a test file (`spec/models/user_spec.rb:12`), never a scan of the whole line.
  // The program itself (`./x.py test tidy`, `./build.py test`) is not a file it is given.
  if (words.some((w, k) => k !== 0 && k !== runner && TEST_FILE.test(w))) return true;
  // `//packages/...`, `./...`: a pattern for every package selects the whole suite, it does not narrow it.
  const positional = words.filter((w) => !w.startsWith('-') && !/^(?:\/\/|\.\/)?(?:[\w.-]{1,100}\/){0,10}\.\.\.$/.test(w));
  if (/^(npm|pnpm|yarn|bun)$/.test(positional[0] ?? '')) {
    const script = positional[1] === 'run' || positional[1] === 'exec' ? 2 : 1;
    // `pnpm bazel test //packages/...`: the script is a tool of its own, whose arguments are read as its own.
    if (positional[script] && positional[script] !== positional[0] && isCommand(positional.slice(script).join(' '))) return isFilteredTestRun(positional.slice(script).join(' '));
    // `pnpm example e2e:web`: a script that runs another script in a workspace, named with a colon the way package
    // scripts are (`test:unit`, `e2e:web`); a file, a package or a test name is not spelled so.
    const rest = positional.slice(script + 1);
    if (rest.length > 0 && rest.every((w) => SCRIPT_NAME.test(w))) return false;
    return positional.length > script + 1 && !positional.includes('&&');
  }
  // `pytest tests`, `rspec spec`: the project's whole test folder is the suite, not a part of it; with options
  // (`pytest tests -s`) it is the suite run a special way, an example.
  if (/^(jest|vitest|mocha|bin\/test|rspec|pytest)$/.test(positional[0] ?? '')) return positional.length > 1 && (positional.slice(1).some((w) => !WHOLE_SUITE_FOLDER.test(w)) || words.some((w) => w.startsWith('-')));
  return false;
}

/** A package script's name with a colon (`test:unit`, `e2e:web`, `lint:fix`). */
const SCRIPT_NAME = /^[a-z][\w-]{0,30}(?::[\w-]{1,30}){1,3}$/;
const INTERPRETER = /^(?:python[\d.]{0,4}|node|ruby|php|perl|deno|bun)$/;
// (With what it runs between the words: `run_iwyu_tests.py`, `run-all-tests.js`, `run_unit_specs.rb`.)
const RUNNER_SCRIPT = /^(?:\.\/)?(?:(?:scripts?|tools?|bin|build|dev|ci)\/)?(?:run[-_]?(?:[a-z0-9]{1,20}[-_]){0,2}(?:unit|integration|all)?tests?|tests?[-_]?run(?:ner)?|runtests?|run[-_]?(?:[a-z0-9]{1,20}[-_]){0,2}specs?|(?:test[-_]all|all[-_]tests))\.\w{1,4}$/i;
/**
 * `pytest astrocalc`, `python -m pytest my_pkg`: pytest given only a package's import name (lower case, no folder, no
 * file, no `::` test id, no option). A Python project that keeps its tests inside its package runs its whole suite so;
 * in a monorepo the same shape picks one package. `commands.ts` takes it as the suite only where it is the first test
 * line of a code block and the guide has given no other way to run the tests.
 */
export const pytestOfPackage = (command: string): boolean => PYTEST_OF_PACKAGE.test(command.trim());
const PYTEST_OF_PACKAGE = /^(?:python[\d.]{0,4}\s+-m\s+)?(?:pytest|py\.test)\s+[a-z][a-z0-9_]{1,40}$/;
const WHOLE_SUITE_FOLDER = /^(?:\.\/)?(?:tests?|specs?|testing|\.)\/?$/;
// (`ctest -R parser`: CTest's regular expression over test names; `manage.py test books`: one Django app's tests.)
const RUNNER_FILTER = /\s(?:--test-(?:options|arguments|args)[=\s]|-(?:E|k|run|m)\s+['"]|[A-Z][A-Z0-9_]{0,30}=\S{0,100}\/)|^ctest\b[^|;&]{0,200}\s-R\s+\S|\bmanage\.py\s+test\s+(?!-)[\w.]+/;
const TEST_FILE = /\.(?:rb|js|ts|mjs|cjs|py|go|rs|ex|exs|php|java|feature)(?::\d{1,9}(?:-\d{1,9})?)?$/;

/** A comment that narrows its line: "only", "a single test", "all tests under the runtime-core package". */
const NARROWING_WORD = /\b(?:only|single|specific|particular|matching|filter(?:s|ing)?|just\s+(?:one|the|a))\b/i;
const NARROWING_PLACE = /\b(?:under|in)\s+the\s+[\w@./-]{1,60}\s+(?:package|module|crate|folder|directory)\b/i;
/**
 * A filter offered as an option ("all tests; pass --grep to filter") or one that drops files from the run ("filters
 * out vendored code"): the line itself is the full step. ("all" alone does not say so: "all tests matching X" narrows.)
 */
const FILTER_ASIDE = /\b(?:pass|add|use|with|give)\b[^.;,]{0,40}?\bto\s+filter\b|\bfilter(?:s|ing)?\s+out\b/gi;
export const narrowingComment = (text: string): boolean => NARROWING_PLACE.test(text) || NARROWING_WORD.test(text.replace(FILTER_ASIDE, ' '));
