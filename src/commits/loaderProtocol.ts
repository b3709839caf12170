/**
 * What the commitlint loader process prints (see commitlintLoaderProcess.ts): the config as data. Regular
 * expressions travel as `{ $regexp, flags }`; functions (ignores, plugin rules) cannot, so only their count
 * and names come back, and the editor says they are not applied.
 */
export type SerializedValue = string | number | boolean | null | SerializedValue[] | { readonly [key: string]: SerializedValue };

export type LoaderOutput =
  | {
      readonly rules: Readonly<Record<string, SerializedValue>>;
      readonly parserOpts: SerializedValue;
      readonly defaultIgnores: boolean;
      /** How many `ignores` functions the config has. */
      readonly ignores: number;
      /** The plugins it names. */
      readonly plugins: readonly string[];
    }
  | { readonly error: string };

/** Turns `{ $regexp, flags }` back into RegExps. */
export function revive(value: SerializedValue): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    const record = value as { readonly [key: string]: SerializedValue };
    if (typeof record.$regexp === 'string' && typeof record.flags === 'string') return new RegExp(record.$regexp, record.flags);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = revive(v);
    return out;
  }
  return value;
}
