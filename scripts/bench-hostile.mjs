// Timings of the hostile inputs the unit tests feed the reader (test/unit/guide/pathologicalInput.test.ts,
// robustness.test.ts, readGuide.test.ts). The tests check only that the answer is right; how fast it comes is
// measured here, so `npm run bench` shows a slow regression as a figure instead of a mocha timeout.
// Run by scripts/bench.mjs at its end, or alone: node scripts/bench-hostile.mjs (after `node scripts/build.mjs --tests`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.ONRAMP_BENCH_HOSTILE_RUNS || 3);
const out = (path) => join(root, 'out', path);
if (!existsSync(out('src/core/guide/readGuide.js'))) execFileSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: root, stdio: 'inherit' });

const require = createRequire(import.meta.url);
const { readGuide, extractFacts } = require(out('src/core/guide/readGuide.js'));
const { parseAsciidoc } = require(out('src/core/guide/parseAsciidoc.js'));
const { parseMarkdown } = require(out('src/core/guide/parseMarkdown.js'));
const { parseRst } = require(out('src/core/guide/parseRst.js'));
const { checklistKey, plainInline } = require(out('src/core/text/normalize.js'));
const { readCommitlintConfig } = require(out('src/core/commitlint/readConfig.js'));
const { MemoryRepoFiles } = require(out('test/unit/core/memoryRepoFiles.js'));

const SIZE = 900_000; // pathologicalInput.test.ts: guides near the 1 MB size limit
const BIG = 800_000; // robustness.test.ts
const guide = (text) => () => readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': text }));
const emptyFiles = { guide: 'CONTRIBUTING.md', prTemplates: [], commitlintConfig: null, config: null, linkedDocs: [], readmeSection: null };
const section = '## Setup\n\nRun `npm ci` then:\n\n```sh\n$ npm test\n```\n\n- [ ] Make sure `npm run lint` passes\n\n';
let nested = '';
for (let depth = 0; depth < 1000; depth++) nested += `${' '.repeat(depth)}.. note::\n`;

/** [name, work]; each input is built once, outside the timing. */
const cases = [
  ['guide: blank-line fence under a commit heading', guide(`# Contributing\n\n## Commit messages\n\n\`\`\`\n${'\n'.repeat(SIZE)}x\n\`\`\`\n\n\`\`\`\ntype(scope): subject\n\`\`\`\n`)],
  ['guide: paragraph of code spans after cues', guide(`# Dev\n\n## Tests\n\n${'after running `npm test` which runs `cargo test` (`make x` '.repeat(SIZE / 60)}\n`)],
  // Each span after "with / via / through / by" once re-read the whole paragraph: 97 s here before it was read in one pass.
  ['guide: 8,000 spans after "with"', guide(`# Dev\n\n## Tests\n\n${'format it with `npm test` '.repeat(8_000)}\n`)],
  ['guide: test command with a huge argument', guide(`# Dev\n\n\`\`\`sh\nnpm test\nnpm test ${'a'.repeat(SIZE)}\n\`\`\`\n`)],
  ['guide: commands with long trailing spaces', guide(`# Dev\n\n\`\`\`sh\nnpm ci\nnpm run lint${' '.repeat(SIZE / 2)}\nnpm test${' '.repeat(SIZE / 2)}x\n\`\`\`\n`)],
  ['guide: a line of " #"', guide(`# Dev\n\n\`\`\`sh\nnpm test${' #'.repeat(SIZE / 2)}\n\`\`\`\n`)],
  ['guide: paragraph of repeated keywords', guide(`# Contributing\n\nYou don't need to sign a CLA.\n\n${'branch from sign off CLA commit type feat: pull requests not need changelog/ 72 characters summary open an issue first '.repeat(SIZE / 120)}\n\nCreate your branch from \`main\`.\n`)],
  ['guide: long runs of spaces and a long word', guide(`# Contributing\n\nYou do not need${' '.repeat(SIZE / 3)}a\n\n${'a'.repeat(SIZE / 3)}/\n\nPlease open pull requests against ${' '.repeat(SIZE / 4)}the default branch.\n`)],
  ['guide: 5,000 type-like list items', guide(`# Contributing\n\n## Types of contributions\n\n${Array.from({ length: 5_000 }, (_, k) => `- **fix**: item ${k}`).join('\n')}\n`)],
  ['commitlint script: long gap after extends', ((text) => () => readCommitlintConfig('commitlint.config.js', text, 'script'))(`module.exports = { extends:${' '.repeat(SIZE)}x, y: ['@commitlint/config-conventional'] };\n`)],
  ['AsciiDoc: title with a long run of spaces', ((text) => () => parseAsciidoc('CONTRIBUTING.adoc', text))(`= a${' '.repeat(200_000)}b\n\nRun \`make test\`.\n`)],
  ['AsciiDoc: link after 800 KB line', ((text) => () => parseAsciidoc('CONTRIBUTING.adoc', text))(`${'a'.repeat(BIG)} link:docs/dev.adoc[dev guide]\n`)],
  ['AsciiDoc: 800 KB of "<" before a xref', ((text) => () => parseAsciidoc('CONTRIBUTING.adoc', text))(`${'<'.repeat(BIG)} <<setup,Setup>>\n`)],
  ['AsciiDoc: 800 KB of "x[" and of ">>"', ((a, b) => () => [parseAsciidoc('a.adoc', a), parseAsciidoc('a.adoc', b)])(`${'x['.repeat(BIG / 2)}]\n`, `${'>>'.repeat(BIG / 2)}\n`)],
  ['reStructuredText: 800 KB of "`<"', ((text) => () => parseRst('CONTRIBUTING.rst', text))(`${'`<'.repeat(BIG / 2)}\n\`\`make test\`\`\n`)],
  ['reStructuredText: admonitions 1,000 deep', ((text) => () => parseRst('CONTRIBUTING.rst', text))(`${nested}\nRun \`\`make test\`\`.\n`)],
  ['Markdown helpers: 800 KB of "[" and ". "', ((a, b) => () => [plainInline(a), checklistKey(b)])(`${'['.repeat(BIG)}[docs](x.md)`, `${'. '.repeat(BIG / 2)}x. . .`)],
  ['Markdown: 800 KB of inline comments', ((text) => () => parseMarkdown('CONTRIBUTING.md', text))(`${'x <!-- a --> '.repeat(BIG / 14)}run \`npm test\`\n`)],
  [
    'Markdown: dense 1 MB guide, pathological code',
    ((text) => () => extractFacts({ guide: parseMarkdown('CONTRIBUTING.md', text), linked: [], prTemplates: [], commitlint: null }, emptyFiles))(
      ('word '.repeat(40) + '`' + 'a('.repeat(200) + '\n\n' + section).repeat(Math.ceil(1_000_000 / 1200)),
    ),
  ],
];

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`\nhostile input (each run once to warm up, then n=${runs}; the unit tests check the answers)`);
for (const [name, work] of cases) {
  await work();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  console.log(`${`hostile: ${name}`.padEnd(56)} median ${median(samples).toFixed(1)} ms (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)})`);
}
