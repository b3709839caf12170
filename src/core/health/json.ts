import type { Json } from '../forge/shape';

/** A forge answer's object, or undefined for anything else (arrays, null, scalars): answers are read defensively. */
export const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
