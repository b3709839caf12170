/**
 * How a paraphrase probe's expectations are checked against the reader's answer: shared by the unit suite
 * (paraphraseProbes.test.ts) and scripts/eval-paraphrase.mjs, so both judge a probe the same way.
 */
import { InspectJson } from '../../../src/core/guide/facts';

export interface Probe {
  readonly id: string;
  readonly note?: string;
  readonly files: Record<string, string>;
  readonly expect: Record<string, unknown>;
  /** Failed when the round ended: a known gap, listed but not run by the suite. */
  readonly open?: boolean;
}

const valueAt = (json: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), json);

/**
 * What the answer gets wrong, one line per field; empty when the probe passes. A command field lists commands that
 * must all be found in that phase (none at all for an empty list); the checklist lists texts each item must hold
 * somewhere; any other field is compared whole.
 */
export function probeProblems(json: InspectJson, expect: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [field, want] of Object.entries(expect)) {
    const got = valueAt(json, field);
    if (field.startsWith('commands.')) {
      const commands = (got as { command: string }[]).map((c) => c.command);
      const wanted = want as string[];
      if (wanted.length === 0 ? commands.length > 0 : wanted.some((w) => !commands.includes(w))) out.push(`${field}: want ${JSON.stringify(wanted)}, got ${JSON.stringify(commands)}`);
    } else if (field === 'checklist') {
      const items = (got as { text: string }[]).map((c) => c.text);
      const wanted = want as string[];
      if (wanted.length === 0 ? items.length > 0 : wanted.some((w) => !items.some((t) => t.includes(w)))) out.push(`${field}: want ${JSON.stringify(wanted)}, got ${JSON.stringify(items)}`);
    } else if (JSON.stringify(got ?? null) !== JSON.stringify(want)) {
      out.push(`${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}`);
    }
  }
  return out;
}
