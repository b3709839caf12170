// `npm test`: every layer, in order, each reported even when an earlier one failed.
// Last line: "N passed, N failed" over all layers (static checks count one each).
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
  layers.push({ name, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, seconds: r.seconds });
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
check('lint', bin('eslint'), ['.']);
check('typecheck', bin('tsc'), ['--noEmit']);
check('build', process.execPath, ['scripts/build.mjs', '--tests']);

console.log('\n── unit: mocha in Node');
const unitJson = join(results, 'unit.json');
rmSync(unitJson, { force: true });
const unit = sh(bin('mocha'), ['out/test/unit/**/*.test.js', '--reporter', 'json', '--reporter-option', `output=${unitJson}`]);
if (existsSync(unitJson)) {
  const { stats, failures } = JSON.parse(readFileSync(unitJson, 'utf8'));
  for (const f of failures) console.log(`  ✗ ${f.fullTitle}\n    ${String(f.err.message).split('\n').join('\n    ')}`);
  console.log(`  unit: ${stats.passes} passed, ${stats.failures} failed`);
  layers.push({ name: 'unit', passed: stats.passes, failed: stats.failures, seconds: unit.seconds });
} else {
  layers.push({ name: 'unit', passed: 0, failed: 1, seconds: unit.seconds });
}

console.log('\n── in VS Code: code-server extension host (trusted, Restricted Mode) and the browser');
const vscodeJson = join(results, 'vscode.json');
rmSync(vscodeJson, { force: true });
const inVscode = sh(process.execPath, ['scripts/test-vscode.mjs']);
if (existsSync(vscodeJson)) {
  for (const layer of JSON.parse(readFileSync(vscodeJson, 'utf8')).layers) {
    layers.push({ name: layer.name, passed: layer.passed, failed: layer.failed });
  }
} else {
  layers.push({ name: 'vscode', passed: 0, failed: 1, seconds: inVscode.seconds });
}

let passed = 0;
let failed = 0;
console.log('\n── summary');
for (const l of layers) {
  passed += l.passed;
  failed += l.failed;
  console.log(`  ${l.name.padEnd(18)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed`);
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
