import { GuideFacts, SourceRef } from './facts';
import { COMMAND_PHASES, contributorChangeChoices, contributorChecklist } from './facts';
import { FACT_CATALOG, SummarySection, factAt } from './factCatalog';
import { terminalLine } from '../text/terminal';
import { readableText } from '../text/normalize';

const SECTIONS: readonly SummarySection[] = ['Contributing', 'Commits', 'Changelog'];

/**
 * The readable summary `onramp inspect` prints without --json: what was found, where, and what went wrong.
 * Every line is passed through `terminalLine`, since commands, paths and messages quote the repository.
 */
export function formatSummary(facts: GuideFacts): string {
  const out: string[] = [];
  const at = (s: SourceRef): string => `${s.file}:${s.line}`;
  out.push('Files');
  out.push(`  ${'guide'.padEnd(22)} ${guideLine(facts.files.guide, facts.files.readmeSection)}`);
  if (facts.files.linkedDocs.length > 0) out.push(`  ${'linked docs'.padEnd(22)} ${facts.files.linkedDocs.join(', ')}`);
  out.push(`  ${'PR templates'.padEnd(22)} ${facts.files.prTemplates.length > 0 ? facts.files.prTemplates.join(', ') : 'none'}`);
  out.push(`  ${'commitlint config'.padEnd(22)} ${facts.files.commitlintConfig ?? 'none'}`);
  out.push(`  ${'Onramp config'.padEnd(22)} ${facts.files.config ?? 'none'}`);
  if (facts.project) out.push(`  ${'project'.padEnd(22)} ${facts.project.webUrl} (${facts.project.hostKind}, remote ${facts.project.remote})`);
  for (const section of SECTIONS) {
    out.push('', section);
    for (const spec of FACT_CATALOG.filter((s) => s.summary.section === section)) {
      const fact = factAt(facts, spec.id);
      const show = spec.summary.show ?? String;
      out.push(`  ${spec.summary.label.padEnd(22)} ${fact ? `${show(fact.value)}  (${at(fact.source)}, ${fact.origin})` : 'unknown'}`);
    }
  }
  for (const kind of COMMAND_PHASES) {
    const list = facts.commands[kind];
    out.push('', `${kind[0].toUpperCase()}${kind.slice(1)} commands${list.length === 0 ? ': none found' : ''}`);
    for (const c of list) out.push(`  ${c.command}  (${at(c.source)})`);
  }
  const checklist = contributorChecklist(facts);
  out.push('', `Before you open a pull request${checklist.length === 0 ? ': no checklist found' : ''}`);
  for (const item of checklist) out.push(`  [ ] ${readableText(item.text)}${item.optional ? ' (optional)' : ''}  (${at(item.source)}${item.check === 'manual' ? '' : `, checked: ${item.check}`})`);
  const choices = contributorChangeChoices(facts);
  if (choices.length > 0) out.push('', 'About the change (the template asks to tick the ones that fit)');
  for (const item of choices) out.push(`  ( ) ${readableText(item.text)}  (${at(item.source)})`);
  if (facts.problems.length > 0) {
    out.push('', 'Problems');
    for (const p of facts.problems) out.push(`  ${p.severity}: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  }
  return out.map(terminalLine).join('\n') + '\n';
}


function guideLine(guide: string | null, readme: string | null): string {
  if (guide && readme) return `${guide} (not usable, see Problems; the README section of ${readme} stands in)`;
  return guide ?? (readme ? `none (README section of ${readme})` : 'none');
}
