/**
 * Findings as a SARIF 2.1.0 log, the format code-scanning tools (GitHub's upload-sarif among them) read to show
 * results on a pull request at their lines. Locations are repo-relative URIs against `%SRCROOT%`.
 */
import { CheckResult, Finding, RULES, Severity } from './types';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

export interface SarifTool {
  readonly version: string;
  readonly informationUri: string;
}

export function toSarif(result: CheckResult, tool: SarifTool): object {
  const ruleIndex = new Map(RULES.map((r, k) => [r.id, k]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'onramp',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        results: result.findings.map((f) => sarifResult(f, ruleIndex.get(f.id) ?? 0)),
        ...(result.notes.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.notes.map((n) => ({ message: { text: n }, level: 'note' })) }] } : {}),
      },
    ],
  };
}

function sarifResult(f: Finding, ruleIndex: number): object {
  return {
    ruleId: f.id,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message} ${f.why}${f.fix ? ` Fix: ${f.fix.description}` : ''}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' }, region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } }],
    partialFingerprints: { onrampFinding: fingerprint(`${f.id}|${f.file}|${f.message}`) },
    ...(f.fix?.edit
      ? {
          fixes: [
            {
              description: { text: f.fix.description },
              artifactChanges: [
                {
                  artifactLocation: { uri: encodeUri(f.fix.edit.file), uriBaseId: '%SRCROOT%' },
                  replacements: [{ deletedRegion: { startLine: f.fix.edit.line, startColumn: 1, endLine: f.fix.edit.line + 1, endColumn: 1 }, insertedContent: { text: `${f.fix.edit.replacement}\n` } }],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A stable, line-independent fingerprint, so a result keeps its identity when lines above it move (FNV-1a). */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
