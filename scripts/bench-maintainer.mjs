// Times parsing and validating a 100 KB maintainer file (YAML, schema, links), the pure part of reading one.
// usage: node scripts/bench-maintainer.mjs   (ONRAMP_BENCH_RUNS sets the number of runs, default 21)
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.ONRAMP_BENCH_RUNS || 21);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The reader is bundled as the extension ships it, so the figure includes what the bundle does.
const dir = mkdtempSync(join(tmpdir(), 'onramp-bench-maintainer-'));
const bundle = join(dir, 'maintainer.js');
await esbuild.build({
  entryPoints: [join(root, 'src/core/maintainer/parseMaintainerText.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  outfile: bundle,
  logLevel: 'warning',
});
const { parseMaintainerText } = createRequire(import.meta.url)(bundle);

/** A valid file of 100 steps, each with a Markdown body, actions and a completion check: about 100 KB. */
function sampleFile() {
  const checks = ['{ git: onBranch }', '{ file: "dist/*.js" }', '{ manual: true }', '{ setting: editor.formatOnSave, equals: true }', '{ command: npm test }'];
  const lines = ['version: 1', 'labels: [good first issue, help wanted]', 'commits:', '  convention: conventional', '  types: [feat, fix, docs, test, refactor, chore]', '  subjectMaxLength: 72', 'steps:'];
  for (let k = 0; k < 100; k++) {
    lines.push(
      `  - id: step-${k}`,
      `    title: Step ${k} of the walkthrough`,
      '    body: |',
      `      This is step ${k}. Read [the guide](CONTRIBUTING.md) and [the docs](https://example.org/docs/${k}) first,`,
      '      then run the tests. The project uses **Conventional Commits**; see `docs/commits.md`.',
      '',
      '      - Install the dependencies with `npm install`.',
      '      - Run `npm test` and `npm run lint` before you push.',
      '      - Ask in the issue when something is unclear; maintainers answer within a few days.',
      '      Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.',
      '      Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.',
      '    platform: [linux, macos, windows]',
      '    actions:',
      '      - run: npm test',
      '        label: Run the tests',
      '      - open: docs/setup.md',
      '        label: Open the setup notes',
      '      - command: workbench.action.openSettings',
      '        args: [editor.formatOnSave]',
      `      - copy: 'git commit -s -m "fix: "'`,
      `    done: ${checks[k % checks.length]}`,
    );
  }
  lines.push('checklist:', '  - Tests pass', '  - text: Changelog updated', '    check: npm run changelog:check', 'branch:', '  template: "{number}-{slug}"', 'baseBranch: main', '');
  return lines.join('\n');
}

const text = sampleFile();
let start = performance.now();
const first = parseMaintainerText('.github/onramp.yml', text);
const firstMs = performance.now() - start;
if (first.problems.length > 0 || first.layer?.steps?.length !== 100) throw new Error(`the sample file should be valid: ${JSON.stringify(first.problems.slice(0, 3))}`);
const times = [];
for (let i = 0; i < runs; i++) {
  start = performance.now();
  parseMaintainerText('.github/onramp.yml', text);
  times.push(performance.now() - start);
}
rmSync(dir, { recursive: true, force: true });
const line = (name, value) => console.log(`${name.padEnd(48)} ${value}`);
line(`maintainer file, ${(text.length / 1024).toFixed(0)} KB: first parse (+ schema compile)`, `${firstMs.toFixed(1)} ms`);
line(`maintainer file, ${(text.length / 1024).toFixed(0)} KB: parse + validate (median of ${runs})`, `${median(times).toFixed(1)} ms`);
