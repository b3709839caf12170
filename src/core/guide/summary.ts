import { Fact, GuideFacts, SourceRef } from './facts';
import { terminalLine } from '../text/terminal';

/**
 * The readable summary `onramp inspect` prints without --json: what was found, where, and what went wrong.
 * Every line is passed through `terminalLine`, since commands, paths and messages quote the repository.
 */
export function formatSummary(facts: GuideFacts): string {
  const out: string[] = [];
  const at = (s: SourceRef): string => `${s.file}:${s.line}`;
  const fact = <T>(label: string, f: Fact<T> | null, show: (v: T) => string = String): void => {
    out.push(`  ${label.padEnd(22)} ${f ? `${show(f.value)}  (${at(f.source)})` : 'unknown'}`);
  };
  out.push('Files');
  out.push(`  ${'guide'.padEnd(22)} ${guideLine(facts.files.guide, facts.files.readmeSection)}`);
  if (facts.files.linkedDocs.length > 0) out.push(`  ${'linked docs'.padEnd(22)} ${facts.files.linkedDocs.join(', ')}`);
  out.push(`  ${'PR templates'.padEnd(22)} ${facts.files.prTemplates.length > 0 ? facts.files.prTemplates.join(', ') : 'none'}`);
  out.push(`  ${'commitlint config'.padEnd(22)} ${facts.files.commitlintConfig ?? 'none'}`);
  out.push(`  ${'Onramp config'.padEnd(22)} ${facts.files.config ?? 'none'}`);
  out.push('', 'Contributing');
  fact('guide is a pointer', facts.guideIsPointerOnly, yesNo);
  fact('accepts pull requests', facts.acceptsPullRequests, yesNo);
  fact('base branch', facts.baseBranch);
  fact('discuss first', facts.discussFirst, yesNo);
  fact('CLA required', facts.claRequired, yesNo);
  fact('branch naming', facts.branchNaming);
  out.push('', 'Commits');
  fact('convention', facts.commit.convention);
  fact('types', facts.commit.types, (v) => v.join(', '));
  fact('subject max length', facts.commit.subjectMaxLength);
  fact('sign-off', facts.commit.signOff);
  out.push('', 'Changelog');
  fact('required', facts.changelog.required, yesNo);
  fact('how', facts.changelog.how);
  for (const kind of ['setup', 'test', 'lint'] as const) {
    const list = facts.commands[kind];
    out.push('', `${kind[0].toUpperCase()}${kind.slice(1)} commands${list.length === 0 ? ': none found' : ''}`);
    for (const c of list) out.push(`  ${c.command}  (${at(c.source)})`);
  }
  out.push('', `Before you open a pull request${facts.checklist.length === 0 ? ': no checklist found' : ''}`);
  for (const item of facts.checklist) out.push(`  [ ] ${item.text}  (${at(item.source)})`);
  if (facts.problems.length > 0) {
    out.push('', 'Problems');
    for (const p of facts.problems) out.push(`  ${p.severity}: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  }
  return out.map(terminalLine).join('\n') + '\n';
}

const yesNo = (v: boolean): string => (v ? 'yes' : 'no');

function guideLine(guide: string | null, readme: string | null): string {
  if (guide && readme) return `${guide} (not usable, see Problems; the README section of ${readme} stands in)`;
  return guide ?? (readme ? `none (README section of ${readme})` : 'none');
}
