/** Findings as text for a terminal (`onramp check`), one block per finding, grouped by file. */
import { CheckResult, countBySeverity } from './types';

export function formatFindings(result: CheckResult, safe: (s: string) => string): string {
  const out: string[] = [];
  let file = '';
  for (const f of result.findings) {
    if (f.file !== file) {
      file = f.file;
      out.push('', safe(file));
    }
    out.push(`  ${f.line}${f.column ? `:${f.column}` : ''}  ${f.severity.padEnd(7)} ${safe(f.message)}  [${f.id}]`);
    out.push(`         why: ${safe(f.why)}`);
    if (f.fix) out.push(`         fix: ${safe(f.fix.description)}${f.fix.edit ? ` (line ${f.fix.edit.line} becomes: ${safe(f.fix.edit.replacement.trim())})` : ''}`);
  }
  for (const n of result.notes) out.push('', `note: ${safe(n)}`);
  const c = countBySeverity(result.findings);
  out.push('', result.findings.length === 0 ? 'No problems found on the contribution path.' : `${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.note} note${c.note === 1 ? '' : 's'}.`, '');
  return out.join('\n').replace(/^\n/, '');
}
