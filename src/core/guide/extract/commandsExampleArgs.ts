/** Arguments and variables that make a command an example to adapt or a narrowed run, not a step to run. */

/**
 * Arguments that mark a command as an example to adapt (a file, a test name, a filter), not a step to run. A
 * bracket starts a placeholder only at the start of a word (`[options]`); right after a path or package it is a
 * Python extra (`".[dev,test]"`, `pkg[extra]`).
 */
// `make test_xxx`, `tests/xxx.lua`, `--only XXX`: "xxx" is the filler every guide uses for a name to fill in, like
// `path/to/` or `x.x.x`; only as a whole word or a part set off by `_`, `-`, `/` or `.`.
// `-t 'name'` picks tests by name; `-t .` (`opam install --deps-only -t .`) names the checkout, a flag then a folder.
/**
 * `-t name` hands a test runner a test name to match (`jest -t "parses"`, `npm test -- -t x`): an example. For nx it
 * names the targets to run (`nx run-many -t test`), for docker the image's tag (`docker build -t app .`): the step.
 */
export const TEST_NAME_OPTION = /\s-t\s+(?!\.(?:\s|$))/;
// (For a build script or FAKE/Cake, `./build.sh -t Build` names the build target to run.)
export const T_IS_NO_FILTER = /\bnx\s+(?:run-many|affected)\b|\b(?:docker|podman|buildah)\s+(?:build|buildx\s+build|image\s+build|tag)\b|(?:^|[\s/\\])build\.(?:sh|cmd|ps1|bat)\s|^(?:dotnet\s+)?(?:fake|cake)\b/;

export const WRAPPER_DASHES = /^((?:opam\s+exec|(?:uv|poetry|pipenv|hatch|pdm|rye|pixi)\s+run)\s+)--\s+(?!.*\s--(?:\s|$))/;
// (`tests/.../test_file.py`: a path's folders left out, to fill in; Go's `./...` ends its path and is the whole tree.)
// (`oclgrind ./foo`, `futhark dev foo.fut`: "foo", "bar" and "baz" are the names every guide uses for a file to fill in.)
// (`hatch test YourExtractor`: the reader's own class, named for them to fill in; not a product, `YourKit`.)
// ("bar" only as a path's part, `./bar`, or beside a "foo": `--progress=bar` and a crate named `bar` are real.)
export const EXAMPLE_ARGS = /(?:^|[\s/:])(?:foo|foobar)(?:\.\w{1,6}){0,2}(?=$|[\s"'/:])|(?:^|\s)\.\/(?:bar|baz|qux)(?=$|\s)|(?:^|\s)Your[A-Z][a-z]{4,40}|(?:^|[\s_/.-])(?:xxx|XXX)(?=$|[\s_/.-])|(^|\s)[\w:-]{1,100}\*(\s|$)|(?:^|[\s/=])path\/to\/|\s--filter[\s=]|\s~\/|<[^>]{1,60}>|(?:^|\s)\[[^\]]{1,60}\]|\$\{?[A-Z_]{2}|(?<!\$)\{[^}]{1,60}\}|(?<![/.])\.\.\.|\/\.\.\.\/|--grep|-test\.run\b|--testNamePattern|\s--\s+[^\s-]/;
/**
 * An environment variable that narrows a run to some tests, files or packages (`TESTS=`, `WHAT=`, `FILTER=`,
 * `TEST_ONLY=`, `TEST_GREP=`, `SPEC_PATTERN=`): by its whole name, or by a selecting last part. A knob such as
 * `RUST_TEST_THREADS=1` or `CI=true` does not select.
 */
const SELECTING_VAR = /^[A-Z][A-Z0-9_]{0,40}=/;
const SELECTING_NAME = /^(?:TESTS?|SPECS?|FILES?|PKGS?|PACKAGES?|WHAT|FILTER|GREP|ONLY|PATTERN|FOCUS|SUITE)$|_(?:ONLY|GREP|FILTER|PATTERN|MATCH|FOCUS|NAMES?|FILES?|PATHS?|PKGS?|PACKAGES?|SUITES?)$/;

/** A command narrowed by a variable that selects some tests, files or packages (`TESTS=a.rb rake test`). */
export function selectsSome(command: string): boolean {
  return command.split(/\s+/).some((w) => SELECTING_VAR.test(w) && SELECTING_NAME.test(w.slice(0, w.indexOf('='))));
}
