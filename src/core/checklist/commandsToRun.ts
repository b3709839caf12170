/**
 * The commands a checklist can check by running them: the guide's test and lint commands, then the maintainer
 * file's checks. `run` is the line given to the shell: a guide's command runs inside the virtualenv or dev shell
 * the guide set up before it, as the walkthrough runs it (walkthrough/shellState.ts); one typed inside a container
 * shell, or one that only changes the shell, is not run. The exit code is recorded under `command`, the guide's
 * own line, which is what the checklist's items name.
 */
import type { GuideFacts } from '../guide/facts';
import { planGuideCommands, runFor } from '../walkthrough/shellState';

export interface CommandToRun {
  readonly command: string;
  readonly run: string;
}

export function checklistCommands(facts: GuideFacts): CommandToRun[] {
  const plan = planGuideCommands(facts.commands);
  const commands = new Map<string, string>();
  for (const c of [...facts.commands.test, ...facts.commands.lint]) {
    const run = runFor(plan, c);
    if (run !== null && !commands.has(c.command)) commands.set(c.command, run);
  }
  for (const item of facts.checklist) if (item.command && !commands.has(item.command)) commands.set(item.command, item.command);
  return [...commands].map(([command, run]) => ({ command, run }));
}
