/**
 * More lines a guide shows that are no step of setting up, testing or linting, by their own words: taking something
 * away, printing the configuration, a tool named with its version, a test's own name. commandPhaseNone asks these
 * beside its own (notAStep).
 */
import { TOOLCHAIN } from './commandClassify';

/**
 * A task runner's uninstall target (`make uninstall`, `npm run uninstall`, `cmake --build build --target uninstall`):
 * it takes away what `make install` put in place, whatever the section lists it with. (A package manager's uninstall,
 * `npm uninstall --global x`, can be a step: it clears a released copy before the checkout's is linked.)
 */
const UNINSTALLS = /^(?:sudo\s+)?(?:g?make|just|task|mage|rake|ninja|invoke|(?:npm|pnpm|yarn|bun)\s+run|cmake\s+--build\s+\S{1,200}\s+--target)(?:\s+-[Cf]\s*\S{1,200})?(?:\s+-{1,2}[\w-]{1,30}(?:=\S{1,100})?)*\s+uninstall(?:[-_:][\w:-]{1,40})?$/;

/**
 * Printing a tool's configuration (`gcloud config list`, `npm config ls`, `git config --list`, `conda config --show`):
 * a look at what is set, shown so the reader can compare it with the guide's output; it sets nothing up.
 */
const SHOWS_CONFIG = /^\S{1,100}\s+config\s+(?:list|ls|show|view|--list|-l|--show)(?:\s+-{1,2}[\w-]{1,30})*$/;

/**
 * A tool named with the version the guide asks for (`astyle v3.4.12`, `node 18.17.0`, `go 1.22`): the name and a dotted
 * version, nothing to run. A command that installs or selects that version says so with a verb (`nvm use 18`).
 */
// (A version manager given the version switches to it, `chruby 3.2.2`, `n 20.11.0` (commandClassify's TOOLCHAIN, and
// uv, which also installs Pythons): toolNamedWithVersion.)
const TOOL_AND_VERSION = /^[A-Za-z][\w.+-]{0,40}\s+v?\d{1,4}(?:\.(?:\d{1,4}|x))+(?:[-+][\w.]{1,20})?$/;

/**
 * A test's own name alone (`test_official`, `TestRoundTrip`): the function a suite runs, named so the reader can find
 * or select it, not a program on the path.
 */
const TEST_NAME = /^(?:test_[a-z0-9_]{2,80}|Test[A-Z]\w{1,80})$/;

/** A docs environment glued to tox's option (`tox -edocs`): the documentation build, as `tox -e docs` is. */
const TOX_DOCS_GLUED = /^tox\s+(?:(?:run|r)\s+)?-e(?:docs?|documentation)(?:[-_:][\w-]{1,30})?$/;

/**
 * Installing for a deployment (`carton install --deployment`, `bundle install --deployment`): the exact snapshot put on
 * the machine the application is shipped to, not the checkout a contributor works in.
 */
const FOR_DEPLOYMENT = /^\S{1,100}\s+install\b[^|;&]{0,200}\s--deployment(?:\s|$)/;

/**
 * Accepting a test run's new output as the expected one (`dune promote`, `dune build @runtest --promote`, `make
 * promote`): it rewrites the expected files after a run, it runs no test of its own.
 */
// (Not the formatter's own run, `dune build @fmt --auto-promote`: it writes the formatted files, a lint step.)
const PROMOTES = /^(?:dune\s+promote|(?:g?make|just|task)\s+promote)(?:\s|$)|^(?![^|;&]*@fmt\b)[^|;&]*\s--(?:auto-)?promote(?:\s|$)/;

/** Listing CTest's tests without running them (`ctest --test-dir build -N`, `ctest --show-only`). */
const CTEST_LISTS = /^ctest\b[^|;&]{0,200}\s(?:-N|--show-only)(?:[=\s]|$)/;

/** Serving files to look at in a browser (`python -m http.server 8000 --directory docs/_build/html`): it runs until stopped. */
const SERVES_FILES = /^(?:(?:uv|poetry|pipenv|hatch|pdm|rye)\s+run\s+)?(?:python[\d.]{0,4}|py)\s+-m\s+(?:http\.server|SimpleHTTPServer)\b/;

const toolNamedWithVersion = (trimmed: string): boolean => {
  if (!TOOL_AND_VERSION.test(trimmed)) return false;
  const tool = trimmed.slice(0, trimmed.indexOf(' '));
  return !TOOLCHAIN.test(tool) && tool !== 'uv';
};

export function notAStepByItsWords(trimmed: string): boolean {
  if (trimmed.length > 2000) return false;
  return UNINSTALLS.test(trimmed) || SHOWS_CONFIG.test(trimmed) || toolNamedWithVersion(trimmed) || TEST_NAME.test(trimmed) || TOX_DOCS_GLUED.test(trimmed) || FOR_DEPLOYMENT.test(trimmed) || PROMOTES.test(trimmed) || CTEST_LISTS.test(trimmed) || SERVES_FILES.test(trimmed);
}
