import { checklistForRepository, RepositoryChecklist } from '../../core/checklist/forRepository';
import { blocks } from '../../core/checklist/evaluate';
import { checklistCommands } from '../../core/checklist/commandsToRun';
import type { CommandRun, EvaluatedItem } from '../../core/checklist/types';
import { terminalLine, terminalSafe, terminalSafeJson } from '../../core/text/terminal';
import { readableText } from '../../core/text/normalize';
import { CliCommand, splitArgs } from '../command';
import { repoCommitRules } from '../commitRules';
import { folderArg, usageError } from '../io';
import { runProjectCommand } from '../runCommand';

/**
 * `onramp checklist [dir] [--json] [--run] [--template NAME]`: the pull request checklist with each automatic
 * check's result, the same as the editor's view, for a terminal or a pre-push hook. The project's test and lint
 * commands run only with `--run`. Exit 1 when a required automatic check fails.
 */
export const checklistCommand: CliCommand = {
  name: 'checklist',
  usage: 'onramp checklist [dir] [--json] [--run] [--template NAME]',
  async run(args) {
    const split = splitArgs(args, ['--json', '--run'], ['--template']);
    if ('error' in split) return usageError(split.error);
    const dir = folderArg(split.positionals);
    if (typeof dir !== 'string') return dir;
    const template = split.flags.get('--template');
    const { facts, ruleSet } = await repoCommitRules(dir);
    const runs: CommandRun[] = [];
    if (split.flags.has('--run')) {
      for (const { command, run } of checklistCommands(facts)) {
        process.stderr.write(`${terminalLine(`$ ${run}`)}\n`);
        const ran = await runProjectCommand(dir, run, (chunk) => process.stderr.write(terminalSafe(chunk)));
        // Recorded under the guide's own line, which the checklist's items name.
        runs.push({ ...ran, command });
      }
    }
    const list = await checklistForRepository(dir, facts, { ruleSet, template: typeof template === 'string' ? template : null, runs });
    if (typeof template === 'string' && !list.template) {
      return usageError(`no pull request template is named "${template}"${list.templates.length ? ` (there are: ${list.templates.map((t) => t.name).join(', ')})` : ''}`);
    }
    if (split.flags.has('--json')) process.stdout.write(`${terminalSafeJson(JSON.stringify(toJson(list, runs), null, 2))}\n`);
    else process.stdout.write(format(list));
    return list.items.some(blocks) ? 1 : 0;
  },
};

const MARK: Readonly<Record<EvaluatedItem['result']['state'], string>> = { pass: '✔', fail: '✘', unknown: '?', manual: '☐' };

function format(list: RepositoryChecklist): string {
  const out: string[] = [];
  const s = list.state;
  out.push(terminalLine(`Pull request checklist for ${s.branch ?? 'a detached HEAD'} → ${s.base.ref ?? s.base.name}${list.template ? ` (template: ${list.template.name})` : ''}`));
  if (!list.template && list.templates.length > 1) out.push(terminalLine(`Several templates and no default: choose one with --template (${list.templates.map((t) => t.name).join(', ')}).`));
  for (const [title, items] of [
    ['Onramp checks', list.items.filter((i) => i.origin === 'onramp')],
    ['From the project', list.items.filter((i) => i.origin !== 'onramp' && i.choice !== true)],
    // The template's boxes that describe the change: ticked in the body by choice, never open items.
    ['About the change (tick the ones that fit in the pull request)', list.items.filter((i) => i.choice === true)],
  ] as const) {
    if (items.length === 0) continue;
    out.push('', title);
    for (const item of items) {
      const where = item.source ? ` (${item.source.file}:${item.source.line})` : '';
      out.push(terminalLine(`  ${MARK[item.result.state]} ${readableText(item.text)}${item.optional ? ' [optional]' : ''}${where}`));
      out.push(terminalLine(`      ${item.result.reason}`));
      if (item.result.fix && item.result.state !== 'pass') out.push(terminalLine(`      fix: ${item.result.fix.title}${item.result.fix.command ? `: ${item.result.fix.command}` : ''}`));
    }
  }
  const failing = list.items.filter(blocks).length;
  const open = list.items.filter((i) => i.choice !== true && (i.result.state === 'manual' || i.result.state === 'unknown')).length;
  out.push('', `${failing} failing, ${open} to check yourself or not checked, ${list.items.filter((i) => i.result.state === 'pass').length} passing.`);
  return `${out.join('\n')}\n`;
}

function toJson(list: RepositoryChecklist, runs: readonly CommandRun[]): unknown {
  return {
    template: list.template,
    templates: list.templates,
    state: list.state,
    items: list.items.map((i) => ({ id: i.id, text: i.text, origin: i.origin, source: i.source, optional: i.optional, ...(i.choice === true ? { choice: true } : {}), check: i.check, ...(i.command ? { command: i.command } : {}), state: i.result.state, reason: i.result.reason, fix: i.result.fix ?? null, why: i.why, blocks: blocks(i) })),
    runs: runs.map((r) => ({ command: r.command, exitCode: r.exitCode, output: r.output })),
  };
}
