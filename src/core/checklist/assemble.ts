/**
 * The checklist's items: Onramp's own checks first (what it can always check: the branch, the push, the base,
 * the commits, and what the guide requires), then the maintainer file's items, the chosen template's boxes and
 * the guide's "before you submit" list. Items of other templates are left out; the same words twice are one item.
 */
import type { GuideFacts } from '../guide/facts';
import { checklistKey } from '../text/normalize';
import type { AssembledItem, BuiltInCheck } from './types';

const BUILT_IN_TEXT: Readonly<Record<BuiltInCheck, string>> = {
  branch: 'Work on a branch other than the base branch',
  pushed: 'Push the branch',
  upToDate: 'Be up to date with the base branch',
  commitRules: "Every commit follows the project's commit rules",
  signOff: 'Every commit carries Signed-off-by',
  changelog: 'Add a changelog entry',
  issueLinked: 'Link the issue this branch fixes',
  tests: 'Tests pass',
  lint: 'Lint passes',
};

export function builtInItem(check: BuiltInCheck, optional = false): AssembledItem {
  return { id: `onramp-${check}`, text: BUILT_IN_TEXT[check], origin: 'onramp', source: null, optional, check };
}

/** Whether the project requires a sign-off on every commit (the guide, the maintainer file or commitlint's rule). */
export function signOffRequired(facts: GuideFacts): boolean {
  if (facts.maintainer?.commits?.signOff) return facts.maintainer.commits.signOff.value === 'required';
  return facts.commit.signOff?.value === 'required';
}

export function assembleChecklist(facts: GuideFacts, templatePath: string | null): AssembledItem[] {
  const builtIn: BuiltInCheck[] = ['branch', 'pushed', 'upToDate', 'commitRules'];
  if (signOffRequired(facts)) builtIn.push('signOff');
  if (facts.changelog.required?.value === true) builtIn.push('changelog');
  builtIn.push('issueLinked');
  if (facts.commands.test.length > 0) builtIn.push('tests');
  if (facts.commands.lint.length > 0) builtIn.push('lint');
  // Linking an issue is not every project's rule: without the project asking, an unlinked branch is not a failure.
  const items: AssembledItem[] = builtIn.map((c) => builtInItem(c, c === 'issueLinked'));
  const templates = new Set(facts.files.prTemplates);
  const seen = new Set<string>();
  // The chosen template's choices about the change follow the checks: ticked by choice (optional), they land in the body.
  for (const item of [...facts.checklist, ...facts.changeChoices.filter((c) => c.file === templatePath)]) {
    if (templates.has(item.file) && item.file !== templatePath) continue;
    const key = checklistKey(item.text);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      id: item.id,
      text: item.text,
      origin: item.origin,
      source: item.source,
      optional: item.optional,
      check: item.check,
      ...(item.command ? { command: item.command } : {}),
      ...(item.choice === true ? { choice: true } : {}),
    });
  }
  return items;
}
