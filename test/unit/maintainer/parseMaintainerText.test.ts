import * as assert from 'node:assert/strict';
import { parseMaintainerText } from '../../../src/core/maintainer/parseMaintainerText';
import { MaintainerProblem } from '../../../src/core/maintainer/types';

const FILE = '.github/onramp.yml';
const parse = (text: string) => parseMaintainerText(FILE, text);
/** "line:column severity message" for each problem, as a maintainer reads them in the Problems panel. */
const said = (problems: readonly MaintainerProblem[]): string[] => problems.map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.severity} ${p.message}`);

const VALID = `version: 1
steps:
  - id: install
    title: Install
    body: Run the installer.
    platform: [linux, macos]
    actions:
      - run: npm install
        label: Install
      - open: CONTRIBUTING.md
      - open: https://example.org/docs
      - command: workbench.action.openSettings
        args: [editor.formatOnSave]
      - copy: npm test
    done:
      command: npm install
  - id: branch
    title: Branch
    done: { git: onBranch }
  - id: setting
    title: Setting
    done: { setting: editor.formatOnSave, equals: true }
  - id: file
    title: File
    done: { file: "dist/*.js" }
  - id: manual
    title: Manual
    done: { manual: true }
labels: [good first issue, help wanted]
commits:
  convention: conventional
  types: [feat, fix]
  scopes: [core]
  subjectMaxLength: 72
  signOff: required
  issueReference: optional
  severity: warning
checklist:
  - Tests pass
  - text: Changelog updated
    optional: true
    check: npm run changelog:check
branch:
  template: "{number}-{slug}"
baseBranch: main
`;

describe('maintainer file: a valid file', () => {
  it('gives every part, typed, each at the line it was written', () => {
    const result = parse(VALID);
    assert.deepEqual(said(result.problems), []);
    const layer = result.layer!;
    assert.deepEqual(
      layer.steps!.map((s) => `${s.id}@${s.source.line} ${s.done?.kind ?? 'none'}`),
      ['install@3 command', 'branch@17 git', 'setting@20 setting', 'file@23 file', 'manual@26 manual'],
    );
    const install = layer.steps![0];
    assert.deepEqual(install.platforms, ['linux', 'macos']);
    assert.deepEqual(
      install.actions.map((a) => `${a.kind}@${a.source.line}`),
      ['run@8', 'open@10', 'open@11', 'command@12', 'copy@14'],
    );
    assert.deepEqual(install.actions[1], { kind: 'open', target: { kind: 'file', path: 'CONTRIBUTING.md' }, label: null, source: { file: FILE, line: 10, origin: 'config' } });
    assert.deepEqual(install.actions[3].kind === 'command' && install.actions[3].args, ['editor.formatOnSave']);
    assert.deepEqual(install.body, { kind: 'markdown', markdown: 'Run the installer.', source: { file: FILE, line: 5, origin: 'config' }, baseDir: '', rejectedLinks: [] });
    assert.deepEqual(layer.steps![2].done, { kind: 'setting', setting: 'editor.formatOnSave', equals: true, source: { file: FILE, line: 22, origin: 'config' } });
    assert.deepEqual(layer.labels, { value: ['good first issue', 'help wanted'], source: { file: FILE, line: 29, origin: 'config' } });
    assert.deepEqual(layer.commits.subjectMaxLength, { value: 72, source: { file: FILE, line: 34, origin: 'config' } });
    assert.equal(layer.commits.signOff?.value, 'required');
    assert.deepEqual(
      layer.checklist!.value.map((i) => `${i.text}|${i.optional}|${i.check}|${i.source.line}`),
      ['Tests pass|false|null|39', 'Changelog updated|true|npm run changelog:check|40'],
    );
    assert.deepEqual(layer.branchTemplate?.value, '{number}-{slug}');
    assert.deepEqual(layer.baseBranch, { value: 'main', source: { file: FILE, line: 45, origin: 'config' } });
  });
});

describe('maintainer file: bad input gets a clear problem at its line, and the valid rest still works', () => {
  const cases: { name: string; text: string; problems: string[]; steps?: string[] }[] = [
    {
      name: 'invalid YAML: line and column, nothing used',
      text: 'steps:\n  - id: a\n    title: [unclosed\nlabels: [x]\n',
      problems: ['4:1 error This is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Nothing in the file was used.'],
    },
    {
      name: 'a duplicate key is invalid YAML',
      text: 'baseBranch: main\nbaseBranch: dev\n',
      problems: ['2:1 error This is not valid YAML: the key "baseBranch" appears twice in the same mapping (first at line 1). Nothing in the file was used.'],
    },
    {
      name: 'a schema violation drops only the completion check',
      text: 'steps:\n  - id: a\n    title: A\n    done:\n      git: onbranch\n',
      problems: ['5:12 error steps[0].done.git must be one of onBranch, commitAhead, upstreamRemote, pushed; it is "onbranch". The step has no completion check: the contributor ticks it off.'],
      steps: ['a:none'],
    },
    {
      name: 'an invalid step is dropped, the others stay',
      text: 'steps:\n  - id: Bad_Id\n    title: A\n  - id: ok\n    title: B\n  - id: no-title\n',
      problems: [
        '2:9 error steps[0].id "Bad_Id": A step id uses lower-case letters, digits and -, and starts with a letter or digit, e.g. run-tests. This step is left out.',
        '6:5 error steps[2] is missing "title". This step is left out.',
      ],
      steps: ['ok:none'],
    },
    {
      name: 'a wrong type, said in words',
      text: 'steps:\n  - id: a\n    title: A\ncommits:\n  subjectMaxLength: seventy\n  signOff: required\n',
      problems: ['5:21 error commits.subjectMaxLength must be a whole number; it is text ("seventy"). This rule is ignored.'],
      steps: ['a:none'],
    },
    {
      name: 'duplicate step ids: the second is dropped, naming the first line',
      text: 'steps:\n  - id: a\n    title: A\n  - id: a\n    title: Again\n',
      problems: ['4:9 error Step id "a" is used twice (first at line 2); this step is left out.'],
      steps: ['a:none'],
    },
    {
      name: 'unknown keys are reported and ignored, with a guess',
      text: 'stepz: []\nsteps:\n  - id: a\n    title: A\n    titel: typo\n',
      problems: ['1:1 warning Unknown key "stepz" at the top level (did you mean "steps"?); it is ignored.', '5:5 warning Unknown key "titel" in steps[0] (did you mean "title"?); it is ignored.'],
      steps: ['a:none'],
    },
    {
      name: 'an action with two kinds keeps the first and ignores the other',
      text: 'steps:\n  - id: a\n    title: A\n    actions:\n      - run: npm test\n        open: https://example.org\n',
      problems: ['6:9 warning Unknown key "open" in steps[0].actions[0]; it is ignored.'],
    },
    {
      name: 'an action of no known kind',
      text: 'steps:\n  - id: a\n    title: A\n    actions:\n      - label: Click\n',
      problems: ['5:9 error steps[0].actions[0]: An action needs one of run, open, command or copy. This action is left out.'],
    },
    {
      name: 'both body and bodyFile',
      text: 'steps:\n  - id: a\n    title: A\n    body: x\n    bodyFile: docs/a.md\n',
      problems: ['2:5 error steps[0]: A step has either body or bodyFile, not both. This step is left out.'],
      steps: [],
    },
    {
      name: 'another version of the format is not read at all',
      text: 'version: 2\nsteps:\n  - id: a\n    title: A\n',
      problems: ['1:10 error This file is version 2; this Onramp reads version 1 only, so nothing in it was used.'],
    },
    {
      name: 'a list at the top level',
      text: '- id: a\n',
      problems: ['1:- error The maintainer file must be a mapping of keys (version, steps, labels, ...); nothing in it was used.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = parse(c.text);
      assert.deepEqual(said(result.problems), c.problems);
      if (c.steps) assert.deepEqual(result.layer?.steps?.map((s) => `${s.id}:${s.done?.kind ?? 'none'}`), c.steps);
    });
  }
});

describe('maintainer file: dangerous links and actions are refused at their line and made inert', () => {
  const text = `steps:
  - id: a
    title: A
    body: |
      Read [the guide](CONTRIBUTING.md).
      Then [click](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)
      or [this](javascript:alert(1)) or ![img](file:///etc/passwd).
    actions:
      - open: vscode://settings/foo
      - open: ../outside.md
      - open: /etc/passwd
      - open: https://user:secret@example.org/
      - command: workbench.action.terminal.sendSequence
      - run: "npm test\\nrm -rf ~"
      - command: workbench.view.scm
        args: [ignored]
      - open: docs/ok.md
    done:
      file: ../../etc/passwd
`;
  const result = parse(text);
  it('reports each at its line', () => {
    assert.deepEqual(said(result.problems), [
      '6:- error The link "command:workbench.action.terminal.sendSequence?%7B%22text..." in steps[0].body is refused: "command:" links are not allowed (only http and https addresses, and files in the repository). It is shown as plain text.',
      '7:- error The link "javascript:alert(1)" in steps[0].body is refused: "javascript:" links are not allowed (only http and https addresses, and files in the repository). It is shown as plain text.',
      '7:- error The link "file:///etc/passwd" in steps[0].body is refused: "file:" links are not allowed (only http and https addresses, and files in the repository). It is shown as plain text.',
      '9:15 error steps[0].actions[0].open "vscode://settings/foo" is refused: "vscode:" links are not allowed (only http and https addresses, and files in the repository). This action is left out.',
      '10:15 error steps[0].actions[1].open "../outside.md" is refused: paths may not use ".."; write the path from the root of the repository. This action is left out.',
      '11:15 error steps[0].actions[2].open "/etc/passwd" is refused: absolute paths are not allowed; write the path from the root of the repository. This action is left out.',
      '12:15 error steps[0].actions[3].open "https://user:secret@example.org/" is refused: a web address with a user name or password is not allowed. This action is left out.',
      '13:18 error steps[0].actions[4].command must be one of workbench.action.openSettings, workbench.extensions.search, workbench.extensions.action.showRecommendedExtensions, workbench.view.scm, workbench.view.explorer, workbench.action.terminal.new, workbench.action.showCommands, markdown.showPreview, git.branch, onramp.openGuide, onramp.refreshGuide, onramp.showChecklist; it is "workbench.action.terminal.sendSequence". This action is left out.',
      '14:14 error steps[0].actions[5].run "npm test\\nrm -rf ~": A command is one line, without control or text-direction characters. This action is left out.',
      '16:15 warning workbench.view.scm takes no arguments; the args are ignored.',
      '19:13 error steps[0].done.file "../../etc/passwd" is refused: paths may not use ".."; write the path from the root of the repository. The step has no completion check: the contributor ticks it off.',
    ]);
  });
  it('keeps only the safe actions, and lists the refused links for the renderer', () => {
    const step = result.layer!.steps![0];
    assert.deepEqual(
      step.actions.map((a) => (a.kind === 'open' ? `open ${JSON.stringify(a.target)}` : a.kind === 'command' ? `command ${a.command} ${JSON.stringify(a.args)}` : a.kind)),
      ['command workbench.view.scm []', 'open {"kind":"file","path":"docs/ok.md"}'],
    );
    assert.equal(step.done, null);
    assert.deepEqual(step.body?.kind === 'markdown' && step.body.rejectedLinks, [
      'command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]);
  });
  it('refuses a completion command that no run action of the step runs', () => {
    const r = parse('steps:\n  - id: a\n    title: A\n    actions:\n      - run: npm test\n    done:\n      command: npm run evil\n');
    assert.deepEqual(said(r.problems), [
      '7:16 error steps[0].done.command "npm run evil" is not the command of any run action of this step, so nothing could ever complete it. The step has no completion check: the contributor ticks it off.',
    ]);
  });
});

describe('maintainer file: autolinks', () => {
  it('refuses an autolink to a forbidden scheme, and finds nothing in a body with no link at all', () => {
    const text = 'steps:\n  - id: a\n    title: A\n    body: |\n      Plain words, `code`, **bold**.\n  - id: b\n    title: B\n    body: |\n      Then\n      <javascript:alert(1)> and <https://example.org/ok>\n';
    const result = parseMaintainerText('.github/onramp.yml', text);
    assert.deepEqual(said(result.problems), [
      '10:- error The link "javascript:alert(1)" in steps[1].body is refused: "javascript:" links are not allowed (only http and https addresses, and files in the repository). It is shown as plain text.',
    ]);
    const [a, b] = result.layer!.steps!;
    assert.deepEqual(a.body?.kind === 'markdown' && a.body.rejectedLinks, []);
    assert.deepEqual(b.body?.kind === 'markdown' && b.body.rejectedLinks, ['javascript:alert(1)']);
  });
});

describe('maintainer file: hostile YAML is refused quickly, in little memory', function () {
  // Refusals are quick; the generous timeout only keeps a loaded machine from failing the big inputs.
  this.timeout(20_000);
  it('refuses a billion-laughs alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let k = 0; k < 9; k++) lines.push(`b${k}: &b${k} [${Array(9).fill(k === 0 ? '*a' : `*b${k - 1}`).join(', ')}]`);
    const before = process.memoryUsage().heapUsed;
    const result = parse(`${lines.join('\n')}\n`);
    // Expanded, this would be 9^10 (3.5 billion) strings; refused, it costs a few megabytes at most.
    assert.ok(process.memoryUsage().heapUsed - before < 64 * 1024 * 1024);
    assert.equal(result.layer, null);
    assert.deepEqual(said(result.problems), [
      '2:10 error The file uses YAML aliases (*name) that would expand to an enormous amount of data; it was not read. Write the values out, or use fewer aliases.',
    ]);
  });
  it('keeps a few honest aliases', () => {
    const r = parse('steps:\n  - id: a\n    title: A\n    actions: &acts\n      - run: npm test\n  - id: b\n    title: B\n    actions: *acts\n');
    assert.deepEqual(said(r.problems), []);
    assert.deepEqual(r.layer!.steps!.map((s) => `${s.id}:${s.actions.length}`), ['a:1', 'b:1']);
  });
  it('refuses brackets nested thousands deep (the YAML parser would exhaust the stack and memory)', () => {
    const r = parse(`labels: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    assert.deepEqual(said(r.problems), ['1:- error Brackets are nested more than 64 deep at line 1; Onramp does not read maintainer files nested this deep.']);
  });
  it('refuses indentation hundreds of levels deep', () => {
    const r = parse(Array.from({ length: 400 }, (_, k) => `${' '.repeat(k)}a:`).join('\n'));
    assert.deepEqual(said(r.problems), ['258:- error Line 258 is indented more than 256 columns; Onramp does not read maintainer files nested this deep.']);
  });
  it('refuses more than 10,000 lines before parsing them', () => {
    const r = parse(`labels:\n${'  - x\n'.repeat(25_000)}`);
    assert.deepEqual(said(r.problems), ['10001:- error The file has more than 10,000 lines and values; Onramp does not read maintainer files that large.']);
  });
  it('counts values in brackets as lines', () => {
    const r = parse(`labels: [${Array(25_000).fill('x').join(', ')}]\n`);
    assert.deepEqual(said(r.problems), ['1:- error The file has more than 10,000 lines and values; Onramp does not read maintainer files that large.']);
  });
  it('refuses a document of more than 20,000 values', () => {
    const r = parse(`steps:\n${'  - {a: 1, b: 2}\n'.repeat(4_000)}`);
    assert.deepEqual(said(r.problems), ['1:- error The file holds more than 20,000 values; Onramp does not read maintainer files that large.']);
  });
  it('finds a key written twice in a big mapping', () => {
    const keys = Array.from({ length: 3000 }, (_, k) => `  k${k}: x`);
    const r = parse(`commits:\n${keys.join('\n')}\n  k7: y\n`);
    assert.deepEqual(said(r.problems), ['3002:3 error This is not valid YAML: the key "k7" appears twice in the same mapping (first at line 9). Nothing in the file was used.']);
  });
  it('lists at most 50 problems of one file, and says how many more', () => {
    const r = parse(`steps:\n${'  - id: a\n'.repeat(61)}`);
    assert.equal(r.problems.length, 51);
    assert.equal(r.problems[0].message, 'steps[0] is missing "title". This step is left out.');
    assert.equal(r.problems[50].message, '11 more problems in this file are not listed.');
  });
});
