/**
 * A test run given options that change how the whole suite runs, not which part of it (`npm test -- --watch`,
 * `nox -s tests -- -n auto`, `pytest --cov=mypkg mypkg`, `pytest --pyargs mypkg`): it still
 * runs every test, so it is the guide's test step in a mode (watching, in parallel, with coverage). A run under a
 * debugger (`--pdb`, `--trace`) is how one investigates a failure: an example, not the step. `isFilteredTestRun` reads any pass-through (`--`) and any option
 * beside a package as narrowing; this says when those only tune the whole run.
 *
 * A selection anywhere (`-k name`, `-m unit`, `-p pattern`, `--match`, `-t`, `--grep`, `-run`, a file, a folder,
 * a name filter such as `-n /wip/`) makes it a focused run again.
 */
import type { ParsedDocument } from '../documentModel';
import { projectNames } from './commandsProductInstall';

/** Options that only say how the run goes: watch, debug, verbosity, stop at first failure, coverage, parallel workers. */
const MODE_FLAG =
  /^(?:-s|-v{1,3}|-q{1,2}|-x|-l|--watch(?:All)?|--verbose|--quiet|--exitfirst|--coverage|--cov(?:=\S{1,100})?|--cov-report=\S{1,100}|--cov-config=\S{1,100}|--no-cov|--cov-append|--doctest-modules|--pyargs|--numprocesses=(?:auto|logical|\d{1,3})|-n(?:auto|\d{1,3})|-j\d{0,3}|--jobs=\d{1,3}|--parallel|--runInBand|-i|--bail|--ci|--color|--colou?r=\w{1,10}|--showlocals|--tb=\w{1,10}|-ra|-rA|--durations=\d{1,4}|--fail-fast|--nocapture|--no-fail-fast|--release|--all-features|--workspace|--test-threads=\d{1,3})$/;
/** Mode options whose value is the next word: a worker or thread count (`cargo test -- --test-threads 1`), or where coverage is measured and reported. */
const MODE_WITH_VALUE = /^(?:-n|--numprocesses|-j|--jobs|--test-threads|--cov|--cov-config|--cov-report|--tb|--durations)$/;
const COUNT = /^(?:auto|logical|\d{1,3})$/;
const COUNTED = /^(?:-n|--numprocesses|-j|--jobs|--test-threads)$/;

/** A word before `--` that picks a part: a package, test, filter or name option, or a path (not `./...`, `//...`). */
const PICKS_BEFORE_PASS = /^(?:-p|--package|--test|--lib|--bin|--example|-k|-m|-t|--grep|--filter|--match|-run|--only)(?:=|$)|^(?!(?:\/\/|\.\/)?(?:[\w.-]{1,100}\/){0,10}\.\.\.$)[^-=\s][^=\s]{0,200}\/|\.(?:rb|js|ts|mjs|cjs|py|go|rs|ex|exs|php|java|feature)$/;

const INTERPRETER = /^(?:python[\d.]{0,4}|node|ruby|php|perl|bash|sh)$/;
const CARGO_TEST = /^cargo\s+test\b/;

/** pytest by any name it is run with. */
const PYTEST = /^(?:(?:python[\d.]{0,4}\s+-m\s+)?(?:pytest|py\.test))$/;
/** The project's whole test folder (`tests`, `./test/`): the suite, not a part of it. */
// `.` is the checkout itself: every test pytest finds from the root (`pytest -v .`).
const WHOLE_FOLDER = /^(?:(?:\.\/)?(?:tests?|specs?|testing)\/?|\.\/?)$/;

/** Whether the words after a pass-through, or a pytest call's arguments, only tune how the whole suite runs. */
function onlyModes(words: readonly string[], wholeTargets: (word: string) => boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (MODE_FLAG.test(w)) continue;
    if (MODE_WITH_VALUE.test(w) && k + 1 < words.length) {
      const value = words[k + 1];
      // `-n auto` counts workers; `-n /wip/` (a test-name filter in other runners) selects.
      if (COUNTED.test(w) ? !COUNT.test(value) : value.startsWith('-')) return false;
      k++;
      continue;
    }
    if (!w.startsWith('-') && wholeTargets(w)) continue;
    return false;
  }
  return true;
}

/**
 * Whether a test command the reader would drop as narrowed only runs the whole suite in a mode: its pass-through
 * arguments are all mode options (`npm test -- --watch`), or it is pytest given mode options and, at most, the
 * project's own package or its whole test folder (`pytest --cov=mypkg mypkg`, `pytest -n auto --pyargs mypkg`). The
 * project's names come from the document's clone lines and title (`projectNames`).
 */
export function onlyTunesWholeRun(command: string, doc: ParsedDocument): boolean {
  const trimmed = command.trim();
  if (trimmed.length > 400) return false;
  // Settings before the command (`PYTHONPATH=.`) say where it finds the code, not what it runs.
  const words = trimmed.split(/\s+/).filter((w, k, all) => !(/^[A-Z_][A-Z0-9_]{0,40}=/.test(w) && all.slice(0, k).every((v) => /^[A-Z_][A-Z0-9_]{0,40}=/.test(v))));
  const pass = words.indexOf('--');
  // What comes before the pass-through may pick a part already (`cargo test -p core -- --nocapture`, `go test
  // ./pkg/io -- -v`): a package, file or name option, or a path other than the every-package pattern (`./...`). The
  // program itself (`./gradlew`, `python scripts/test.py`) is no such pick.
  if (pass > 0) {
    // (`cargo test parser -- --test-threads 1`: cargo's own word after `test` is a test-name filter.)
    if (CARGO_TEST.test(trimmed) && words.slice(2, pass).some((w) => !w.startsWith('-'))) return false;
    const program = INTERPRETER.test(words[0] ?? '') ? 2 : 1;
    return !words.slice(program, pass).some((w) => PICKS_BEFORE_PASS.test(w)) && onlyModes(words.slice(pass + 1), () => false);
  }
  const runner = words[0] === 'pytest' || words[0] === 'py.test' ? 1 : /^python[\d.]{0,4}$/.test(words[0] ?? '') && words[1] === '-m' && PYTEST.test(`python -m ${words[2] ?? ''}`) ? 3 : 0;
  if (runner === 0) return false;
  const names = projectNames(doc);
  return onlyModes(words.slice(runner), (w) => WHOLE_FOLDER.test(w) || names.has(w.toLowerCase()));
}
