// Times parsing and validating a 100 KB maintainer file (YAML, schema, links), the pure part of reading one, and
// where that time goes.
// usage: node scripts/bench-maintainer.mjs   (ONRAMP_BENCH_RUNS sets the number of runs, default 21)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

// The maintainer code is bundled as the extension ships it (the schema as build-time validator code), so the
// figures include what the bundle does. Times are wall clock and CPU time: on a shared machine CPU time is steadier.
const dir = mkdtempSync(join(tmpdir(), 'onramp-bench-maintainer-'));
const bundle = join(dir, 'maintainer.js');
execFileSync(process.execPath, [join(root, 'scripts/compile-maintainer-schema.mjs')], { stdio: 'inherit' });
await esbuild.build({
  stdin: {
    contents: [
      "export { parseMaintainerText } from './src/core/maintainer/parseMaintainerText';",
      "export { parseYamlSafely } from './src/core/maintainer/parseYaml';",
      "export { maintainerValidator } from './src/core/maintainer/schema';",
      "export { judgeSchemaErrors } from './src/core/maintainer/schemaErrors';",
      "export { buildLayer } from './src/core/maintainer/buildLayer';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  outfile: bundle,
  logLevel: 'warning',
});
const maintainer = createRequire(import.meta.url)(bundle);
const { parseMaintainerText } = maintainer;
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Runs `work` and gives its wall-clock and CPU milliseconds. */
const timed = (work) => {
  const [wall, cpu] = [performance.now(), cpuNow()];
  const result = work();
  return { result, wall: performance.now() - wall, cpu: cpuNow() - cpu };
};

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
const first = timed(() => parseMaintainerText('.github/onramp.yml', text));
if (first.result.problems.length > 0 || first.result.layer?.steps?.length !== 100) throw new Error(`the sample file should be valid: ${JSON.stringify(first.result.problems.slice(0, 3))}`);
const whole = { wall: [], cpu: [] };
const phases = { yaml: [], schema: [], checks: [] };
for (let i = 0; i < runs; i++) {
  const run = timed(() => parseMaintainerText('.github/onramp.yml', text));
  whole.wall.push(run.wall);
  whole.cpu.push(run.cpu);
  // The same work in its three parts: YAML with positions (and the limits' checks), the schema, the checks and typed parts.
  const yaml = timed(() => maintainer.parseYamlSafely('.github/onramp.yml', text));
  const parsed = yaml.result.parsed;
  const validate = maintainer.maintainerValidator();
  const schema = timed(() => maintainer.judgeSchemaErrors('.github/onramp.yml', parsed, validate(parsed.value) ? [] : validate.errors));
  const checks = timed(() => maintainer.buildLayer('.github/onramp.yml', parsed, parsed.value, schema.result.dropped, []));
  phases.yaml.push(yaml.cpu);
  phases.schema.push(schema.cpu);
  phases.checks.push(checks.cpu);
}

// What compiling the schema with ajv at run time cost each first read before it moved to the build.
const { maintainerAjv } = await import('./compile-maintainer-schema.mjs');
const schemaJson = JSON.parse(readFileSync(join(root, 'schemas/onramp.schema.json'), 'utf8'));
const compile = timed(() => maintainerAjv().compile(schemaJson));
rmSync(dir, { recursive: true, force: true });

const kb = (text.length / 1024).toFixed(0);
const ms = (wall, cpu) => `${wall.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`;
const line = (name, value) => console.log(`${name.padEnd(64)} ${value}`);
line(`maintainer file, ${kb} KB: first parse + validate`, ms(first.wall, first.cpu));
line(`maintainer file, ${kb} KB: parse + validate (median of ${runs})`, ms(median(whole.wall), median(whole.cpu)));
line('  of which YAML with positions / schema / checks (CPU, median)', `${median(phases.yaml).toFixed(1)} / ${median(phases.schema).toFixed(1)} / ${median(phases.checks).toFixed(1)} ms`);
line('schema compile by ajv at run time (now done at build time)', ms(compile.wall, compile.cpu));
