/**
 * What a make target runs, read from the project's Makefile: `make check` is the GNU name of the test suite, but a
 * project may wire it to its linters (`check: ; golangci-lint run ./...`). The repository's own recipe then says
 * the step's phase, as the issue asks: where the repository shows the answer, use it.
 */
import type { TaskIndex } from '../../tasks/taskIndex';
import type { CommandKind } from './commands';
import { classify } from './commandClassify';

/** `make check`, `make -j4 check V=1`: one target, with options and variables around it. */
const ONE_TARGET = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*g?make(?:\s+(?:-\S+|[A-Z_][A-Z0-9_]*=\S*))*\s+([\w.-]+)(?:\s+(?:-\S+|[A-Z_][A-Z0-9_]*=\S*))*$/;
/** Recipe lines that print or set something and run no step. */
const SAYS_NOTHING = /^(?:echo|printf|true|:|exit|cd|export|set|test\s+-|\[)\b/;
/** A recipe line calling make again for a target: `$(MAKE) lint`, `${MAKE} -C sub test`. */
const SUB_MAKE = /^\$[({]MAKE[)}](?:\s+-\S+(?:\s+[^-\s]\S*)?)*\s+([\w.-]+)/;
// (A variable naming the tool stands for it: `$(R) CMD check`, `$(PYTHON) -m pytest`, `$(GO) vet`.)
/** How deep prerequisites and sub-makes are followed. */
const MAX_DEPTH = 3;

/** The phase a make target's recipe gives, when the project's Makefile defines it: undefined when it says nothing. */
export function recipePhase(command: string, tasks: TaskIndex | undefined): CommandKind | undefined {
  const recipes = tasks?.make?.tasks.recipes;
  const target = ONE_TARGET.exec(command.trim())?.[1];
  if (recipes === undefined || target === undefined) return undefined;
  return phaseOfTarget(target, recipes, 0, new Set());
}

function phaseOfTarget(target: string, recipes: ReadonlyMap<string, string>, depth: number, seen: Set<string>): CommandKind | undefined {
  const recipe = recipes.get(target);
  if (recipe === undefined || seen.has(target) || depth > MAX_DEPTH) return undefined;
  seen.add(target);
  const kinds = new Set<CommandKind>();
  for (const raw of recipe.split('\n')) {
    const line = raw.trim().replace(/^[@+-]+\s*/, '');
    if (line === '' || line.startsWith('#')) continue;
    // Prerequisites: other targets, each read the same way.
    if (line.startsWith(': ')) {
      for (const name of line.slice(2).split(/\s+/)) {
        const kind = recipes.has(name) ? phaseOfTarget(name, recipes, depth + 1, seen) : classify(`make ${name}`);
        if (kind) kinds.add(kind);
      }
      continue;
    }
    for (const part of line.split(/\s*(?:&&|;|\|\|)\s*/)) {
      if (part === '' || SAYS_NOTHING.test(part)) continue;
      const sub = SUB_MAKE.exec(part)?.[1];
      // `$(MAKE) -C tests check`: another directory's own `check`, the GNU test target, is its test suite.
      const delegated = sub !== undefined && /^(?:dist)?check$/.test(sub) && /\s-C\s/.test(part) ? 'test' : undefined;
      const kind = delegated ?? (sub !== undefined ? phaseOfTarget(sub, recipes, depth + 1, seen) ?? classify(`make ${sub}`) : classify(part.replace(/\$[({](\w+)[)}]/g, (_, v: string) => (v.length === 1 ? v : v.toLowerCase())).replace(/^(?:\w+=\S*\s+)+/, '').trim()));
      if (kind) kinds.add(kind);
    }
  }
  // A suite run anywhere in it makes the target the test run; linters alone make it a lint step.
  return kinds.has('test') ? 'test' : kinds.has('lint') ? 'lint' : undefined;
}
