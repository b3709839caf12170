/**
 * Lines typed into sbt's interactive shell. Scala guides start the shell once (`$ sbt`) and give the tasks typed
 * at its prompt (`> compile`, `sbt:pekko> test`, `root> partest test/files/run`), since that saves a JVM start per
 * command. Those lines are steps, typed there, not in a shell: each task's name says its phase (compile sets up,
 * test and its scoped forms test, the formatters and checkers lint). Output (`[info] ...`, `...`) and navigation
 * (`project cluster`) are not steps.
 */
import type { CommandKind } from './commands';

/** The program whose shell the lines are typed into, as FoundCommand.typedIn says it. */
export const SBT_SHELL = 'sbt';

/** Starting the shell: `sbt`, `./sbt`, `build/sbt`, `sbtn`, `sbt -client`, with options only (no task). */
// (`sbt --version`, `sbt -help` answer and end: they start no session.)
export const SBT_LAUNCH = /^(?:\.?\/?(?:build\/)?)?sbtn?(?:\s+-{1,2}(?!(?:version|help|h|v)\b)[\w.:=-]+)*$/;

/** sbt's prompts: `>`, `sbt:project>`, a project's name (`root>`), before the task. */
const SBT_PROMPT = /^(?:sbt:[\w.-]{1,40}|[\w.-]{1,40})?>\s*/;

/** A line behind one of sbt's prompts. */
// (Not PowerShell's `PS>`.)
export const SBT_PROMPTED = /^\s*(?!PS>)(?:sbt:[\w.-]{1,40}|[\w.-]{1,40})?>\s*\S/;

/** Leaving the shell: the lines after it are the system shell's again. */
export const SBT_EXIT = /^\s*(?:(?:sbt:[\w.-]{1,40}|[\w.-]{1,40})?>\s*)?(?:exit|quit)\s*$/;

/** What sbt prints and the lines that only move around or leave. */
const NOT_A_TASK = /^(?:\[\w+\]|\.{3}|project\b|projects\b|exit\b|reload\b|help\b|tasks\b|console\b|~)/;

/** A task line: `compile`, `+test`, `junit/test`, `Test/testOnly x.Y`, `; clean ; test`, `scalafmtCheckAll`. */
const TASK_LINE = /^;?\s*\+{0,2}[A-Za-z][\w-]*(?:[/:][A-Za-z][\w-]*){0,2}(?:\s+[^\s;]+){0,6}(?:\s*;\s*\+{0,2}[A-Za-z][\w/:-]*(?:\s+[^\s;]+){0,6}){0,4}$/;

/** Task names by phase: what the task's own name says it does. */
const TEST_TASK = /^(?:test|testOnly|testQuick|testAll|partest|scripted|validatePullRequest|it:test|[\w-]*Test|[\w-]*Tests)$|(?:^|\/)(?:test|testOnly|testQuick)$/;
const LINT_TASK = /^(?:scalafmt\w*|scalafix\w*|scalastyle\w*|scapegoat\w*|javafmt\w*|headerCheck\w*|headerCreate\w*|sortImports|checkCodeStyle|applyCodeStyle|mimaReportBinaryIssues|[\w-]*[cC]heck\w*|[\w-]*[lL]int\w*|[\w-]*[fF]ormat\w*)$/;
const SETUP_TASK = /^(?:compile|update|publishLocal|publishM2|package|assembly|Test\/compile|test:compile|[\w-]+\/compile)$/;

/** The line typed at sbt's prompt, prompt removed, or undefined for output, navigation and anything not a task. */
export function sbtTaskLine(raw: string): string | undefined {
  const text = raw.trim().replace(SBT_PROMPT, '').trim();
  if (text === '' || text.startsWith('#') || text.startsWith('//') || NOT_A_TASK.test(text) || !TASK_LINE.test(text)) return undefined;
  return text;
}

/** The phase a task line's (last) task gives it, or undefined when its name says nothing. */
export function sbtTaskKind(line: string): CommandKind | undefined {
  const tasks = line.split(';').map((t) => t.trim()).filter((t) => t !== '');
  const words = tasks[tasks.length - 1]?.split(/\s+/) ?? [];
  const last = words[0]?.replace(/^\++/, '');
  if (last === undefined) return undefined;
  // `testOnly com.example.FooSpec`: one spec or class, an example of focusing, not the suite.
  if (/(?:^|\/)(?:testOnly|testQuick)$/.test(last) && words.length > 1) return undefined;
  const name = last.replace(/^[\w-]+\//, (scope) => (/^(?:Test|IntegrationTest|It|MultiJvm|Compile)\//i.test(scope) ? scope : ''));
  if (TEST_TASK.test(last) || TEST_TASK.test(name)) return 'test';
  if (LINT_TASK.test(name)) return 'lint';
  if (SETUP_TASK.test(last) || SETUP_TASK.test(name)) return 'setup';
  return undefined;
}
