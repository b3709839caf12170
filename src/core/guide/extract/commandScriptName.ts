/**
 * What a project's own script is for, read from its file's name (`install_astyle.sh`, `run_iwyu_tests.py`,
 * `tools/run-formatter.sh`): the name a project gives a script says its phase better than the files it is given or a
 * tool it mentions.
 */
import type { CommandKind } from './commands';

/** A script's file: a path (`./tools/x.sh`, `scripts/y.py`) or a name with a script's extension. */
const SCRIPT_FILE = /^(?:\.{0,2}\/)?(?:[\w.-]{1,60}\/){0,6}([\w-]{2,60})\.(?:sh|bash|py|rb|pl|js|mjs|cjs|ts|ps1|bat|cmd)$|^\.{0,2}\/(?:[\w.-]{1,60}\/){0,6}([\w-]{2,60})$/;
/** A name that opens with what it does: installing (`install_astyle`, `setup-env`), checking (`check_requirements`, `lint-tests`), testing. */
const SETUP_FIRST = /^(?:install|setup|bootstrap)[-_][a-z0-9]/i;
const LINT_FIRST = /^(?:check|verify|validate|lint|format|fmt)(?:[-_]|$)/i;
/** A name that ends in what it runs or fetches (`fix_includes_test`, `run_iwyu_tests`, `create_test_requirements`). */
const TEST_SCRIPT = /(?:^|[-_])(?:tests?|specs?)$|^tests?_/i;
const SETUP_LAST = /[-_](?:deps|dependencies|requirements)$/i;
/** Names of a formatter or a linter (`run-formatter`, `code-format`, `lint_all`). */
const LINT_SCRIPT = /(?:^|[-_])(?:format(?:ter)?|fmt|lint(?:er)?|style[-_]?check|check[-_]?style)(?:[-_]|$)/i;
/** A task word given to the script (`./run_tests.sh lint`): the task says, not the script's name. */
const TASK_ARGUMENT = /^\s*(?:lint|test|tests|check|checks|fmt|format|unit|integration|e2e|docs?|build|install|setup|all|ci)(?:\s|$)/i;

/** What a project's own script is for, by its file's name; undefined when the name says no phase or is no script. */
export function scriptNamePhase(program: string, after: string): CommandKind | undefined {
  const m = SCRIPT_FILE.exec(program);
  const name = m?.[1] ?? m?.[2];
  if (name === undefined || TASK_ARGUMENT.test(after)) return undefined;
  if (SETUP_FIRST.test(name)) return 'setup';
  if (LINT_FIRST.test(name)) return 'lint';
  if (TEST_SCRIPT.test(name)) return 'test';
  if (SETUP_LAST.test(name)) return 'setup';
  if (LINT_SCRIPT.test(name)) return 'lint';
  return undefined;
}
