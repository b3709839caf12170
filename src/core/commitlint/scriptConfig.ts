import { parse } from 'acorn';
import type { Expression, Node, ObjectExpression, Program, Property, SpreadElement } from 'acorn';

/**
 * Reading a JavaScript commitlint config without running it: acorn parses the file, the exported object
 * literal is found (`module.exports = {…}`, `export default {…}`, or either of them naming a `const` that
 * holds one), and only what is written literally is turned into a value. Anything computed (a call, a
 * variable, a spread, `RuleConfigSeverity.Error`) becomes UNKNOWN, so a rule that is present but not literal
 * is known to exist and never replaced by a guess.
 */

/**
 * Larger than this, a config is not parsed (real ones are a few hundred bytes). acorn is a linear-time parser,
 * so the bound is what one file read may hold, not a defence against slow patterns.
 */
export const MAX_SCRIPT_BYTES = 1024 * 1024;
/** Nesting deeper than this in the literal is not followed. */
const MAX_DEPTH = 12;

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Literal = string | number | boolean | null | typeof UNKNOWN | Literal[] | { [key: string]: Literal };

export interface ScriptObject {
  /** The exported object, literal parts only. */
  readonly value: { [key: string]: Literal };
  /** The 1-based line of the key at a path (a property's key line, or an array element's line). */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** The config object a script exports, or undefined when it cannot be found statically (or does not parse). */
export function exportedObject(path: string, text: string): ScriptObject | undefined {
  if (text.length > MAX_SCRIPT_BYTES) return undefined;
  const program = parseEither(text, /\.mjs$/i.test(path) ? ['module'] : /\.cjs$/i.test(path) ? ['script'] : ['module', 'script']);
  if (!program) return undefined;
  const object = findExported(program);
  if (!object) return undefined;
  const value = toLiteral(object, 0);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return { value, lineOf: (keyPath) => lineOfKeyPath(object, keyPath) };
}

function parseEither(text: string, kinds: readonly ('module' | 'script')[]): Program | undefined {
  for (const sourceType of kinds) {
    try {
      return parse(text, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true, allowReturnOutsideFunction: sourceType === 'script' });
    } catch {
      // try the other kind
    }
  }
  return undefined;
}

function findExported(program: Program): ObjectExpression | undefined {
  const consts = new Map<string, Expression>();
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations) if (d.id.type === 'Identifier' && d.init) consts.set(d.id.name, d.init);
  }
  const resolve = (node: Node | null | undefined): ObjectExpression | undefined => {
    if (!node) return undefined;
    if (node.type === 'ObjectExpression') return node as ObjectExpression;
    if (node.type === 'Identifier') {
      const init = consts.get((node as Node & { name: string }).name);
      return init?.type === 'ObjectExpression' ? init : undefined;
    }
    return undefined;
  };
  let found: ObjectExpression | undefined;
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') found = resolve(statement.declaration) ?? found;
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const left = statement.expression.left;
      if (left.type === 'MemberExpression' && !left.computed && left.object.type === 'Identifier' && left.object.name === 'module' && left.property.type === 'Identifier' && left.property.name === 'exports') {
        found = resolve(statement.expression.right) ?? found;
      }
    }
  }
  return found;
}

function keyOf(p: Property): string | undefined {
  if (p.computed) return undefined;
  if (p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'Literal' && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) return String(p.key.value);
  return undefined;
}

function toLiteral(node: Node | SpreadElement | null, depth: number): Literal {
  if (!node || depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'Literal': {
      const v = (node as Node & { value: unknown }).value;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : UNKNOWN;
    }
    case 'TemplateLiteral': {
      const t = node as Node & { expressions: unknown[]; quasis: { value: { cooked?: string | null } }[] };
      return t.expressions.length === 0 ? (t.quasis[0]?.value.cooked ?? UNKNOWN) : UNKNOWN;
    }
    case 'ArrayExpression': {
      const items = (node as Node & { elements: (Node | SpreadElement | null)[] }).elements.map((e) => toLiteral(e, depth + 1));
      // A spread or hole makes the whole list unknown: its contents cannot be listed.
      return (node as Node & { elements: (Node | null)[] }).elements.some((e) => !e || e.type === 'SpreadElement') ? UNKNOWN : items;
    }
    case 'ObjectExpression': {
      const out: { [key: string]: Literal } = {};
      for (const p of (node as ObjectExpression).properties) {
        if (p.type !== 'Property') return UNKNOWN; // a spread may set any key
        const key = keyOf(p);
        if (key === undefined) return UNKNOWN;
        out[key] = p.kind === 'init' && !p.method ? toLiteral(p.value, depth + 1) : UNKNOWN;
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}

function lineOfKeyPath(root: ObjectExpression, path: readonly (string | number)[]): number | undefined {
  let node: Node = root;
  let line: number | undefined;
  for (const key of path) {
    if (node.type === 'ObjectExpression' && typeof key === 'string') {
      const p = (node as ObjectExpression).properties.find((q): q is Property => q.type === 'Property' && keyOf(q) === key);
      if (!p) return undefined;
      line = p.key.loc?.start.line;
      node = p.value;
    } else if (node.type === 'ArrayExpression' && typeof key === 'number') {
      const item = (node as Node & { elements: (Node | null)[] }).elements[key];
      if (!item) return undefined;
      line = item.loc?.start.line;
      node = item;
    } else {
      return undefined;
    }
  }
  return line;
}
