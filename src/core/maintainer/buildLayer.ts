/**
 * Builds the typed parts of one maintainer file from its validated data. Only known keys are read (unknown ones
 * were reported and are never acted on), parts the schema refused are skipped, and the checks a schema cannot
 * express are made here, each refusing only its own part: links and paths, duplicate step ids, a completion
 * command no action runs, branch template placeholders, `extends` entries.
 */
import { ExtendsTarget, parseExtends } from './extendsSpec';
import { classifyLink, markdownLinks } from './links';
import { ParsedYaml, keyPosition, textStartLine, valuePosition } from './parseYaml';
import { display, isDropped, show } from './schemaErrors';
import { ALLOWED_COMMANDS, isAllowedCommand } from './allowedCommands';
import { ChecklistItem, CommitRules, ConfigFact, ConfigSource, DoneCheck, GitState, MaintainerConvention, MaintainerProblem, MaintainerStep, OpenTarget, Platform, StepAction } from './types';

/** What one file sets; null where it sets nothing, so a file that extends others overrides only what it says. */
export interface ConfigLayer {
  readonly file: string;
  readonly steps: readonly MaintainerStep[] | null;
  readonly labels: ConfigFact<readonly string[]> | null;
  readonly commits: CommitRules;
  readonly checklist: ConfigFact<readonly ChecklistItem[]> | null;
  readonly branchTemplate: ConfigFact<string> | null;
  readonly baseBranch: ConfigFact<string> | null;
}

export interface ExtendsRef {
  readonly target: Exclude<ExtendsTarget, { kind: 'rejected' }>;
  readonly source: ConfigSource;
}

const BRANCH_PLACEHOLDERS = new Set(['number', 'slug', 'type', 'user']);

type Data = Record<string, unknown>;
const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export function buildLayer(file: string, parsed: ParsedYaml, root: Data, dropped: ReadonlySet<string>, problems: MaintainerProblem[]): { layer: ConfigLayer; extendsRefs: ExtendsRef[] } {
  const ok = (...path: (string | number)[]): boolean => !isDropped(dropped, `/${path.join('/')}`);
  const at = (path: (string | number)[]): ConfigSource => ({ file, line: keyPosition(parsed, path.map(String)).line, origin: 'config' });
  const problem = (path: (string | number)[], message: string, severity: MaintainerProblem['severity'] = 'error'): void => {
    problems.push({ file, ...valuePosition(parsed, path.map(String)), severity, message });
  };
  const fact = <T>(value: T, path: (string | number)[]): ConfigFact<T> => ({ value, source: at(path) });
  const factIf = <T>(value: T | null | undefined, path: (string | number)[]): ConfigFact<T> | null => (value === null || value === undefined || !ok(...path) ? null : fact(value, path));

  const extendsRefs: ExtendsRef[] = [];
  if (root.extends !== undefined && ok('extends')) {
    const entries = Array.isArray(root.extends) ? root.extends : [root.extends];
    entries.forEach((entry, k) => {
      const path = Array.isArray(root.extends) ? ['extends', k] : ['extends'];
      if (typeof entry !== 'string' || !ok(...path)) return;
      const target = parseExtends(entry);
      if (target.kind === 'rejected') problem(path, `The base ${show(entry)} is refused: ${target.reason}. It is not read.`);
      else extendsRefs.push({ target, source: at(path) });
    });
  }

  let steps: MaintainerStep[] | null = null;
  if (Array.isArray(root.steps) && ok('steps')) {
    const list: MaintainerStep[] = [];
    steps = list;
    const firstLine = new Map<string, number>();
    root.steps.forEach((raw, k) => {
      if (!isData(raw) || !ok('steps', k)) return;
      const step = buildStep(raw, k);
      if (!step) return;
      const seen = firstLine.get(step.id);
      if (seen !== undefined) {
        problem(['steps', k, 'id'], `Step id "${step.id}" is used twice (first at line ${seen}); this step is left out.`);
        return;
      }
      firstLine.set(step.id, step.source.line);
      list.push(step);
    });
  }

  function buildStep(raw: Data, k: number): MaintainerStep | null {
    const id = str(raw.id);
    const title = str(raw.title);
    if (id === null || title === null) return null;
    const actions: StepAction[] = [];
    if (Array.isArray(raw.actions) && ok('steps', k, 'actions')) {
      raw.actions.forEach((a, j) => {
        const action = isData(a) && ok('steps', k, 'actions', j) ? buildAction(a, ['steps', k, 'actions', j]) : null;
        if (action) actions.push(action);
      });
    }
    return {
      id,
      title,
      body: buildBody(raw, k),
      platforms: raw.platform === undefined ? null : (strings(Array.isArray(raw.platform) ? raw.platform : [raw.platform]) as Platform[]),
      actions,
      done: isData(raw.done) && ok('steps', k, 'done') ? buildDone(raw.done, ['steps', k, 'done'], actions) : null,
      source: at(['steps', k]),
    };
  }

  function buildBody(raw: Data, k: number): MaintainerStep['body'] {
    const inline = str(raw.body);
    if (inline !== null) {
      const first = textStartLine(parsed, ['steps', String(k), 'body']);
      const rejected: string[] = [];
      for (const link of markdownLinks(inline, '')) {
        if (link.verdict.kind !== 'rejected') continue;
        rejected.push(link.href);
        problems.push({ file, line: first + link.line, severity: 'error', message: `The link ${show(link.href)} in ${display(['steps', String(k), 'body'])} is refused: ${link.verdict.reason}. It is shown as plain text.` });
      }
      return { kind: 'markdown', markdown: inline, source: { file, line: first, origin: 'config' }, baseDir: '', rejectedLinks: rejected };
    }
    const bodyFile = str(raw.bodyFile);
    if (bodyFile === null) return null;
    const target = classifyLink(bodyFile, null);
    if (target.kind !== 'file' || /[?#]/.test(bodyFile)) {
      problem(['steps', k, 'bodyFile'], `${display(['steps', String(k), 'bodyFile'])} ${show(bodyFile)} is refused: ${target.kind === 'rejected' ? target.reason : 'it must be a file in the repository'}. The step has no body.`);
      return null;
    }
    return { kind: 'file', path: target.path, source: at(['steps', k, 'bodyFile']) };
  }

  function buildAction(raw: Data, path: (string | number)[]): StepAction | null {
    const label = str(raw.label);
    const source = at(path);
    const where = display(path.map(String));
    if (typeof raw.run === 'string') return { kind: 'run', command: raw.run, label, source };
    if (typeof raw.copy === 'string') return { kind: 'copy', text: raw.copy, label, source };
    if (typeof raw.open === 'string') {
      const verdict = classifyLink(raw.open, null);
      if (verdict.kind !== 'url' && verdict.kind !== 'file') {
        problem([...path, 'open'], `${where}.open ${show(raw.open)} is refused: ${verdict.kind === 'rejected' ? verdict.reason : 'it must be a file or an http(s) address'}. This action is left out.`);
        return null;
      }
      const target: OpenTarget = verdict.kind === 'url' ? { kind: 'url', url: verdict.url } : { kind: 'file', path: verdict.path };
      return { kind: 'open', target, label, source };
    }
    if (typeof raw.command === 'string') {
      // The schema's enum already refuses other ids; checked again because this is what guards execution.
      if (!isAllowedCommand(raw.command)) {
        problem([...path, 'command'], `${where}.command ${show(raw.command)} is not one of the editor commands Onramp allows. This action is left out.`);
        return null;
      }
      let args = strings(raw.args);
      if (args.length > 0 && ALLOWED_COMMANDS[raw.command] === 'none') {
        problem([...path, 'args'], `${raw.command} takes no arguments; the args are ignored.`, 'warning');
        args = [];
      }
      return { kind: 'command', command: raw.command, args: args.slice(0, 1), label, source };
    }
    return null;
  }

  function buildDone(raw: Data, path: (string | number)[], actions: readonly StepAction[]): DoneCheck | null {
    const source = at(path);
    const where = display(path.map(String));
    if (typeof raw.file === 'string') {
      const verdict = classifyLink(raw.file, null);
      if (verdict.kind !== 'file') {
        problem([...path, 'file'], `${where}.file ${show(raw.file)} is refused: ${verdict.kind === 'rejected' ? verdict.reason : 'it must be a path in the repository'}. The step has no completion check: the contributor ticks it off.`);
        return null;
      }
      return { kind: 'file', pattern: verdict.path, source };
    }
    if (typeof raw.command === 'string') {
      if (!actions.some((a) => a.kind === 'run' && a.command === raw.command)) {
        problem([...path, 'command'], `${where}.command ${show(raw.command)} is not the command of any run action of this step, so nothing could ever complete it. The step has no completion check: the contributor ticks it off.`);
        return null;
      }
      return { kind: 'command', command: raw.command, source };
    }
    if (typeof raw.git === 'string') return { kind: 'git', state: raw.git as GitState, source };
    if (typeof raw.setting === 'string') {
      const equals = raw.equals;
      return typeof equals === 'string' || typeof equals === 'number' || typeof equals === 'boolean' ? { kind: 'setting', setting: raw.setting, equals, source } : { kind: 'setting', setting: raw.setting, source };
    }
    if (raw.manual === true) return { kind: 'manual', source };
    return null;
  }

  const commitsData = isData(root.commits) && ok('commits') ? root.commits : {};
  const commitFact = <T>(key: string, value: T | null): ConfigFact<T> | null => factIf(value, ['commits', key]);
  const commits: CommitRules = {
    convention: commitFact('convention', str(commitsData.convention) as MaintainerConvention | null),
    types: commitFact('types', Array.isArray(commitsData.types) ? strings(commitsData.types) : null),
    scopes: commitFact('scopes', Array.isArray(commitsData.scopes) ? strings(commitsData.scopes) : null),
    subjectMaxLength: commitFact('subjectMaxLength', typeof commitsData.subjectMaxLength === 'number' ? commitsData.subjectMaxLength : null),
    signOff: commitFact('signOff', str(commitsData.signOff) as 'required' | 'forbidden' | null),
    issueReference: commitFact('issueReference', str(commitsData.issueReference) as 'required' | 'optional' | null),
    severity: commitFact('severity', str(commitsData.severity) as 'error' | 'warning' | null),
  };

  let checklist: ConfigFact<readonly ChecklistItem[]> | null = null;
  if (Array.isArray(root.checklist) && ok('checklist')) {
    const items: ChecklistItem[] = [];
    root.checklist.forEach((raw, k) => {
      if (!ok('checklist', k)) return;
      if (typeof raw === 'string') items.push({ text: raw, optional: false, check: null, source: at(['checklist', k]) });
      else if (isData(raw) && typeof raw.text === 'string') items.push({ text: raw.text, optional: raw.optional === true, check: str(raw.check), source: at(['checklist', k]) });
    });
    checklist = fact(items, ['checklist']);
  }

  let branchTemplate: ConfigFact<string> | null = null;
  const template = isData(root.branch) && ok('branch') ? str(root.branch.template) : null;
  if (template !== null) {
    const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((name) => !BRANCH_PLACEHOLDERS.has(name));
    if (unknown.length > 0) problem(['branch', 'template'], `branch.template uses {${unknown[0]}}, which Onramp does not know; the placeholders are {number}, {slug}, {type} and {user}. The template is ignored.`);
    else branchTemplate = fact(template, ['branch', 'template']);
  }

  const labels = Array.isArray(root.labels) && ok('labels') ? fact(root.labels.filter((l, k): l is string => typeof l === 'string' && ok('labels', k)), ['labels']) : null;
  return {
    layer: { file, steps, labels, commits, checklist, branchTemplate, baseBranch: factIf(str(root.baseBranch), ['baseBranch']) },
    extendsRefs,
  };
}
