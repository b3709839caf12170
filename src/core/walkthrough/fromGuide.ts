/**
 * A walkthrough derived from what the guide reader found, for projects without a maintainer file: set up, build
 * and test, pick an issue, create a branch, commit by the rules, open a pull request. Each step cites the guide
 * line it came from; a step the guide says nothing about keeps a generic text. Completion checks are chosen so
 * that what the contributor did can be seen: the commands' exit codes, the artefacts setup leaves behind, and
 * the git state.
 */
import { GuideFacts, Origin, SourceRef, SourcedCommand, contributorChecklist } from '../guide/facts';
import { emptyFacts } from '../guide/emptyFacts';
import { CompletionCheck, StepAction, StepSource, Walkthrough, WalkthroughStep } from './model';
import { ShellPlan, planGuideCommands, runFor } from './shellState';

/**
 * What a setup command leaves in the checkout when it succeeded, so setup done in a terminal before Onramp was
 * installed still counts. Only artefacts a command of that tool creates in the working tree.
 */
const ARTEFACTS: readonly (readonly [RegExp, string])[] = [
  [/^(?:npm|pnpm|yarn|bun)(?:\s+(?:install|i|ci))?(?:\s|$)|^(?:npm|pnpm|yarn|bun)$/, 'node_modules'],
  [/^python3?\s+-m\s+venv\s+(\.?[\w-]+)/, '$1'],
  [/^(?:uv\s+sync|poetry\s+install|pipenv\s+install)/, '.venv'],
  [/^cargo\s+(?:build|test|check)/, 'target'],
  [/^mix\s+deps\.get/, 'deps'],
  [/^cabal\s+(?:build|update)/, 'dist-newstyle'],
  [/^stack\s+(?:build|setup)/, '.stack-work'],
  [/^bundle(?:\s+install)?(?:\s|$)/, 'Gemfile.lock'],
  [/^composer\s+install/, 'vendor'],
  [/^go\s+mod\s+(?:download|vendor)/, 'go.sum'],
];

/** The steps for a project with a guide (or a README section, templates or a commitlint config). */
export function walkthroughFromGuide(facts: GuideFacts): Walkthrough {
  const plan = planGuideCommands(facts.commands);
  const steps = [setupStep(facts, plan), testStep(facts, plan), pickIssueStep(facts), branchStep(facts), commitStep(facts), pullRequestStep(facts)];
  return { from: 'guide', file: facts.files.guide ?? facts.files.readmeSection, steps };
}

/** The path for a project that has neither a maintainer file nor any contribution material. */
export function genericWalkthrough(): Walkthrough {
  const none = emptyFacts();
  return { from: 'generic', file: null, steps: [setupStep(none, new Map()), testStep(none, new Map()), pickIssueStep(none), branchStep(none), commitStep(none), pullRequestStep(none)] };
}

function step(id: string, title: string, lines: string[], source: StepSource | null, actions: StepAction[], done: CompletionCheck): WalkthroughStep {
  return { id, title, markdown: lines.join('\n'), baseDir: '', rejectedLinks: [], source, actions, done, platforms: null };
}

const sourceOf = (f: { readonly source: SourceRef; readonly origin: Origin } | null | undefined): StepSource | null => (f ? { ...f.source, origin: f.origin } : null);
const cite = (s: StepSource | null): string => (s ? ` (${s.file}, line ${s.line})` : '');
// A command that only changes the shell it is typed in is listed to type, not run, and not waited for; the
// commands after it run inside the shell it makes (shellState.ts). One plan for setup, tests and linters.
const runLines = (plan: ShellPlan, commands: readonly SourcedCommand[]): string[] => commands.flatMap((c) => runFor(plan, c) ?? []);
const runAll = (plan: ShellPlan, commands: readonly SourcedCommand[]): StepAction[] => runLines(plan, commands).map((command) => ({ kind: 'run', command, label: null }));
const code = (s: string): string => `\`${s}\``;
function listed(plan: ShellPlan, c: SourcedCommand): string {
  const step = plan.get(c);
  let note = '';
  if (step?.container) note = ` (type it in the container ${code(step.container)} opens)`;
  else if (step?.typedIn) note = ` (type it at the prompt of ${code(step.typedIn)}, which the step before starts)`;
  else if (step?.windowsOnly) note = ' (on Windows: type it in a Windows terminal)';
  else if (step?.keepsRunning) note = ' (it keeps running until you stop it: start it in a terminal of your own)';
  else if (step?.console) note = ' (type it at the console of the language the guide uses, not in a shell)';
  else if (step?.run === null) note = ' (type it in your own terminal: it changes that shell)';
  else if (step && step.run !== c.command) note = ` (Onramp runs it inside ${step.inside.map(code).join(', ')})`;
  return `- ${code(c.command)}${cite(sourceOf(c))}${note}`;
}

function setupStep(facts: GuideFacts, plan: ShellPlan): WalkthroughStep {
  const commands = facts.commands.setup;
  if (commands.length === 0) {
    return step('setup', 'Set up your checkout', ['Install what the project needs to build. The contribution guide or README says how; Onramp found no setup commands in it.'], null, [], { kind: 'manual' });
  }
  const lines = ['Run these in the repository, in this order:', '', ...commands.map((c) => listed(plan, c))];
  const artefacts = [...new Set(commands.flatMap((c) => artefactOf(c.command)))];
  // Setup is done when every command succeeded here, or when what it leaves behind is already in the checkout.
  const runs = runLines(plan, commands);
  const ran: CompletionCheck = runs.length > 0 ? { kind: 'all', checks: runs.map((command) => ({ kind: 'command', command })) } : { kind: 'manual' };
  const done: CompletionCheck = artefacts.length > 0 ? { kind: 'any', checks: [ran, ...artefacts.map((pattern) => ({ kind: 'file' as const, pattern }))] } : ran;
  return step('setup', 'Set up your checkout', lines, sourceOf(commands[0]), runAll(plan, commands), done);
}

function testStep(facts: GuideFacts, plan: ShellPlan): WalkthroughStep {
  const commands = [...facts.commands.test, ...facts.commands.lint];
  if (commands.length === 0) {
    return step('test', 'Build and run the tests', ['Make sure the project builds and its tests pass before you change anything. Onramp found no test command in the guide.'], null, [], { kind: 'manual' });
  }
  const lines = ['Check that everything passes before you change anything, and again before you send your change:', '', ...commands.map((c) => listed(plan, c))];
  const first = facts.commands.test[0] ?? commands[0];
  const [firstRun] = runLines(plan, [first, ...commands]);
  return step('test', 'Build and run the tests', lines, sourceOf(first), runAll(plan, commands), firstRun ? { kind: 'command', command: firstRun } : { kind: 'manual' });
}

function pickIssueStep(facts: GuideFacts): WalkthroughStep {
  const discuss = facts.discussFirst?.value === true;
  const lines = [
    'Pick something to work on: an issue labelled for newcomers is a good start.',
    ...(discuss ? ['', `The project asks you to open or comment on an issue before you start${cite(sourceOf(facts.discussFirst))}.`] : []),
  ];
  const actions: StepAction[] = [];
  if (facts.project && facts.project.hostKind !== 'other') actions.push({ kind: 'open', target: { kind: 'url', url: `${facts.project.webUrl}/issues` }, label: 'Open the issues page' });
  return step('pick-issue', 'Pick an issue', lines, sourceOf(facts.discussFirst), actions, { kind: 'any', checks: [{ kind: 'git', state: 'onBranch' }, { kind: 'manual' }] });
}

function branchStep(facts: GuideFacts): WalkthroughStep {
  const base = facts.baseBranch?.value;
  const lines = [
    `Create a branch for your change${base ? ` from \`${base}\`${cite(sourceOf(facts.baseBranch))}` : ''}; never work on the base branch itself.`,
    ...(facts.branchNaming ? ['', `Name it as the project asks: ${facts.branchNaming.value}${cite(sourceOf(facts.branchNaming))}.`] : []),
  ];
  return step('branch', 'Create a branch', lines, sourceOf(facts.branchNaming ?? facts.baseBranch), [], { kind: 'git', state: 'onBranch' });
}

function commitStep(facts: GuideFacts): WalkthroughStep {
  const c = facts.commit;
  const rules: string[] = [];
  if (c.convention) rules.push(`- Convention: ${CONVENTION[c.convention.value]}${cite(sourceOf(c.convention))}`);
  if (c.types) rules.push(`- Types: ${c.types.value.map((t) => `\`${t}\``).join(', ')}${cite(sourceOf(c.types))}`);
  if (c.subjectMaxLength) rules.push(`- First line at most ${c.subjectMaxLength.value} characters${cite(sourceOf(c.subjectMaxLength))}`);
  if (c.signOff) rules.push(`- ${c.signOff.value === 'required' ? 'Sign off every commit (`git commit -s`)' : 'Do not add a Signed-off-by line'}${cite(sourceOf(c.signOff))}`);
  const lines = rules.length > 0 ? ['Write your commit messages by the project\u2019s rules; Onramp checks them as you type:', '', ...rules] : ['Commit your change with a message that says what it does and why.'];
  return step('commit', 'Commit by the rules', lines, sourceOf(c.convention ?? c.subjectMaxLength ?? c.signOff), [], { kind: 'git', state: 'commitAhead' });
}

function pullRequestStep(facts: GuideFacts): WalkthroughStep {
  const checklist = contributorChecklist(facts);
  const items = checklist.filter((i) => !i.optional);
  const lines = [
    `Push your branch and open a pull request${facts.baseBranch ? ` against \`${facts.baseBranch.value}\`` : ''}.`,
    ...(items.length > 0 ? ['', 'Before you open it, the project asks:', '', ...items.map((i) => `- ${i.text}${cite(sourceOf(i))}`)] : []),
    ...(facts.acceptsPullRequests?.value === false ? ['', `This project does not take pull requests; see the guide for how to send changes${cite(sourceOf(facts.acceptsPullRequests))}.`] : []),
  ];
  // Onramp wrote this step, so it may run Onramp's own command: the checklist that checks itself and opens the PR.
  const actions: StepAction[] = [{ kind: 'command', command: 'onramp.showChecklist', args: [], label: 'Open the checklist' }];
  return step('pull-request', 'Open a pull request', lines, sourceOf(checklist[0]), actions, { kind: 'git', state: 'pushed' });
}

const CONVENTION: Record<string, string> = {
  conventional: 'Conventional Commits (`type(scope): summary`)',
  'area-prefix': '"area: summary" (the part of the project first)',
  'free-form-rules': 'the guide\u2019s written rules',
  none: 'no fixed format',
};

function artefactOf(command: string): string[] {
  for (const [pattern, artefact] of ARTEFACTS) {
    const m = pattern.exec(command);
    if (m) return [artefact.replace('$1', m[1] ?? '')];
  }
  return [];
}
