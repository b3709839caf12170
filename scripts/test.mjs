// `npm test`: every layer, in order, each reported even when an earlier one failed.
// Last line: "N passed, N failed, N skipped" over all layers (static checks count one each). A layer that ran
// no test at all counts as one failure, so a lost test folder or a suite that skipped everything cannot pass.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const started = Date.now();
const layers = [];

function sh(command, args) {
  const t0 = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return { ok: r.status === 0, seconds: (Date.now() - t0) / 1000 };
}

function check(name, command, args) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const r = sh(command, args);
  layers.push({ name, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, skipped: 0, skips: [] });
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
check('lint', bin('eslint'), ['.']);
check('typecheck', bin('tsc'), ['--noEmit']);
check('build', process.execPath, ['scripts/build.mjs', '--tests']);

console.log('\n── unit: mocha in Node');
const unitJson = join(results, 'unit.json');
rmSync(unitJson, { force: true });
const reporter = join(root, 'out/test/unit/support/summaryReporter.js');
sh(bin('mocha'), ['out/test/unit/**/*.test.js', '--reporter', reporter, '--reporter-option', `output=${unitJson}`]);
if (existsSync(unitJson)) {
  const unit = JSON.parse(readFileSync(unitJson, 'utf8'));
  for (const f of unit.failed) console.log(`  ✗ ${f.title}\n    ${f.error.split('\n').slice(0, 12).join('\n    ')}`);
  for (const s of unit.skipped) console.log(`  - ${s.title}\n    skipped: ${s.reason}`);
  const problems = unit.passed.length + unit.failed.length === 0 ? ['no tests ran'] : [];
  for (const p of problems) console.log(`  ✗ ${p}`);
  console.log(`  unit: ${unit.passed.length} passed, ${unit.failed.length + problems.length} failed, ${unit.skipped.length} skipped`);
  layers.push({ name: 'unit', passed: unit.passed.length, failed: unit.failed.length + problems.length, skipped: unit.skipped.length, skips: unit.skipped });
} else {
  console.log('  ✗ mocha wrote no results (see its output above)');
  layers.push({ name: 'unit', passed: 0, failed: 1, skipped: 0, skips: [] });
}

console.log('\n── in VS Code: code-server extension host (trusted, Restricted Mode) and the browser');
const vscodeJson = join(results, 'vscode.json');
rmSync(vscodeJson, { force: true });
sh(process.execPath, ['scripts/test-vscode.mjs']);
if (existsSync(vscodeJson)) {
  for (const layer of JSON.parse(readFileSync(vscodeJson, 'utf8')).layers) {
    const skips = layer.tests.filter((t) => t.state === 'skipped');
    layers.push({ name: layer.name, passed: layer.passed, failed: layer.failed, skipped: layer.skipped, skips });
  }
} else {
  console.log('  ✗ the in-VS-Code layers wrote no results (see their output above)');
  layers.push({ name: 'vscode', passed: 0, failed: 1, skipped: 0, skips: [] });
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n── summary');
for (const l of layers) {
  passed += l.passed;
  failed += l.failed;
  skipped += l.skipped;
  console.log(`  ${l.name.padEnd(18)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed ${String(l.skipped).padStart(3)} skipped`);
}
// Each distinct reason once, with how many tests it skipped.
const reasons = new Map();
for (const l of layers) for (const s of l.skips) reasons.set(`${l.name}: ${s.reason}`, (reasons.get(`${l.name}: ${s.reason}`) ?? 0) + 1);
for (const [reason, count] of reasons) console.log(`  skipped ${count} in ${reason}`);
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
