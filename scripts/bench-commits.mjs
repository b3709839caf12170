// Commit message linting speed: one message as typed (Onramp's engine beside bare @commitlint/lint on the same
// message, same run), 1,000 messages, and loading the rules. Needs `node scripts/build.mjs --tests` first.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => require(join(root, 'out', p));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const line = (name, value) => console.log(`${name.padEnd(56)} ${value}`);

const { readGuide } = out('src/core/guide/readGuide.js');
const { resolveCommitRules } = out('src/core/commits/resolveRules.js');
const { lintMessage } = out('src/core/commits/lintMessage.js');
const { MemoryRepoFiles } = out('test/unit/core/memoryRepoFiles.js');

const t0 = performance.now();
const facts = await readGuide(new MemoryRepoFiles({ '.commitlintrc.json': '{"extends":["@commitlint/config-conventional"]}' }));
const ruleSet = await resolveCommitRules({ facts, trusted: false });
line('config load (read config + resolve rules, first use)', `${(performance.now() - t0).toFixed(1)} ms`);

const { default: lint } = await import('@commitlint/lint');
const { default: config } = await import('@commitlint/config-conventional');
const { default: createPreset } = await import('conventional-changelog-conventionalcommits');
const parserOpts = createPreset().parser;

// As typed: the message grows a character at a time; each state is linted once by each engine.
const typed = 'feat(core): add commit message linting to the source control box\n\nExplains the rules with their origin.';
const states = Array.from({ length: typed.length }, (_, k) => typed.slice(0, k + 1));
for (const s of states.slice(0, 20)) {
  await lintMessage(s, ruleSet);
  await lint(s, config.rules, { parserOpts });
}
const ours = [];
const bare = [];
for (let round = 0; round < 3; round++) {
  for (const s of states) {
    let t = performance.now();
    await lintMessage(s, ruleSet);
    ours.push(performance.now() - t);
    t = performance.now();
    await lint(s, config.rules, { parserOpts, plugins: {}, ignores: [], defaultIgnores: true });
    bare.push(performance.now() - t);
  }
}
const ratio = median(ours) / median(bare);
line('one message as typed, Onramp (median)', `${median(ours).toFixed(3)} ms (n=${ours.length})`);
line('one message as typed, bare @commitlint/lint (median)', `${median(bare).toFixed(3)} ms (n=${bare.length})`);
line('Onramp / bare commitlint', `${ratio.toFixed(2)}x${ratio > 2 ? '  (over the 2x budget)' : ''}`);

const messages = Array.from({ length: 1000 }, (_, k) => (k % 3 === 0 ? `Fix thing ${k}` : k % 3 === 1 ? `feat(x): add ${k}\n\nBody ${k}.` : `chore: bump ${k}\n\nSigned-off-by: A <a@b.c>`));
// One warm-up pass of each engine first: the first thousand calls include the JIT's work.
for (const m of messages) await lintMessage(m, ruleSet, { cleanup: 'none' });
for (const m of messages) await lint(m, config.rules, { parserOpts });
let t = performance.now();
for (const m of messages) await lintMessage(m, ruleSet, { cleanup: 'none' });
line('1,000 messages, Onramp', `${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
for (const m of messages) await lint(m, config.rules, { parserOpts });
line('1,000 messages, bare @commitlint/lint', `${(performance.now() - t).toFixed(0)} ms`);

// A repository's own parser pattern is checked in a worker first: the price of that guard.
const guardedFacts = await readGuide(new MemoryRepoFiles({ '.commitlintrc.json': '{"extends":["@commitlint/config-conventional"],"parserPreset":{"parserOpts":{"headerPattern":"^(\\\\w*)(?:\\\\((.*)\\\\))?: (.*)$"}}}' }));
const guarded = await resolveCommitRules({ facts: guardedFacts, trusted: false });
await lintMessage(typed, guarded);
const g = [];
for (const s of states) {
  const t1 = performance.now();
  await lintMessage(s, guarded);
  g.push(performance.now() - t1);
}
line('one message, repository headerPattern (worker guard)', `${median(g).toFixed(3)} ms median`);
out('src/core/commits/patternGuard.js').disposePatternGuard();
