/**
 * A starting `.github/onramp.yml` written from what the reader found, for a maintainer to edit: the derived
 * walkthrough's steps, the commit rules and the checklist, each commented with the line it came from. Built with
 * the `yaml` package's document model, so quoting is always right whatever the guide's text holds.
 */
import { Document, isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import type { GuideFacts } from '../guide/facts';
import { walkthroughFromGuide } from './fromGuide';
import { CompletionCheck, StepAction } from './model';

export function maintainerFileFromFacts(facts: GuideFacts): string {
  const walkthrough = walkthroughFromGuide(facts);
  const doc = new Document({ version: 1 });
  doc.commentBefore =
    ' Onramp maintainer file: the steps of this project\u2019s walkthrough for a first contribution.\n' +
    ' Written by "Onramp: Create Maintainer File from Guide" from what Onramp read; edit it freely.\n' +
    ' Each comment says where a value was found.';
  const steps = new YAMLSeq();
  for (const step of walkthrough.steps) {
    const node = doc.createNode({
      id: step.id,
      title: step.title,
      ...(step.markdown ? { body: step.markdown } : {}),
      ...(step.actions.length > 0 ? { actions: step.actions.map(actionValue) } : {}),
      done: doneValue(step.done),
    }) as YAMLMap;
    if (step.source) node.commentBefore = ` from ${step.source.file}, line ${step.source.line}`;
    steps.items.push(node);
  }
  doc.set('steps', steps);

  const commits: Record<string, unknown> = {};
  const c = facts.commit;
  if (c.convention && c.convention.value !== 'free-form-rules') commits.convention = c.convention.value;
  if (c.types) commits.types = [...c.types.value];
  if (c.subjectMaxLength) commits.subjectMaxLength = c.subjectMaxLength.value;
  if (c.signOff) commits.signOff = c.signOff.value;
  if (Object.keys(commits).length > 0) {
    doc.set('commits', doc.createNode(commits));
    const node = doc.get('commits');
    if (isMap(node)) node.commentBefore = ` from ${[c.convention, c.types, c.subjectMaxLength, c.signOff].flatMap((f) => (f ? [`${f.source.file}:${f.source.line}`] : [])).join(', ')}`;
  }
  if (facts.checklist.length > 0) {
    const items = doc.createNode(facts.checklist.map((i) => (i.optional ? { text: i.text, optional: true } : { text: i.text })));
    if (isSeq(items)) items.items.forEach((item, k) => ((item as YAMLMap).commentBefore = ` from ${facts.checklist[k].source.file}, line ${facts.checklist[k].source.line}`));
    doc.set('checklist', items);
  }
  if (facts.baseBranch) doc.set('baseBranch', facts.baseBranch.value);
  return doc.toString({ lineWidth: 0 });
}

function actionValue(action: StepAction): Record<string, unknown> {
  switch (action.kind) {
    case 'run':
      return { run: action.command, ...(action.label ? { label: action.label } : {}) };
    case 'open':
      return { open: action.target.kind === 'url' ? action.target.url : action.target.path, ...(action.label ? { label: action.label } : {}) };
    case 'command':
      return { command: action.command, ...(action.args.length > 0 ? { args: [...action.args] } : {}), ...(action.label ? { label: action.label } : {}) };
    case 'copy':
      return { copy: action.text, ...(action.label ? { label: action.label } : {}) };
  }
}

/** The schema takes one check per step: a derived `any`/`all` check keeps its most telling part. */
function doneValue(check: CompletionCheck): Record<string, unknown> {
  switch (check.kind) {
    case 'file':
      return { file: check.pattern };
    case 'command':
      return { command: check.command };
    case 'git':
      return { git: check.state };
    case 'setting':
      return check.equals === undefined ? { setting: check.setting } : { setting: check.setting, equals: check.equals };
    case 'manual':
      return { manual: true };
    case 'any':
    case 'all': {
      const file = check.checks.find((c) => c.kind === 'file');
      return doneValue(file ?? check.checks[0] ?? { kind: 'manual' });
    }
  }
}
