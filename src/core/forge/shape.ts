/**
 * Reading a forge's JSON without trusting it: an answer that is not what the API documents (a proxy's HTML page,
 * a cut body, a string where an object should be) becomes a `malformed` problem instead of a crash deeper down.
 */
import { ForgeError } from './problems';

export type Json = Record<string, unknown>;

export class Shape {
  constructor(private readonly host: string) {}

  fail(what: string): never {
    throw new ForgeError({ kind: 'malformed', host: this.host, what });
  }

  object(value: unknown, what: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(`${what} is not an object`);
    return value as Json;
  }

  array(value: unknown, what: string): unknown[] {
    if (!Array.isArray(value)) this.fail(`${what} is not a list`);
    return value;
  }

  string(value: unknown, what: string): string {
    if (typeof value !== 'string') this.fail(`${what} is missing`);
    return value;
  }

  number(value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(`${what} is missing`);
    return value;
  }

  time(value: unknown, what: string): number {
    const at = typeof value === 'string' ? Date.parse(value) : NaN;
    if (!Number.isFinite(at)) this.fail(`${what} is not a date`);
    return at;
  }
}

export const optionalString = (value: unknown): string | null => (typeof value === 'string' ? value : null);
