// Bundles the extension and the CLI with esbuild, and transpiles the tests for mocha.
// usage: node scripts/build.mjs [--production] [--tests]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

// Each module that imports `vscode` would get its own copy of the whole API object (esbuild's __toESM copies
// every one of its several hundred properties, and Node's require runs VS Code's interceptor each time): at 17
// imports that was a large part of activation's code loading. Every import of `vscode` goes through one module
// instead, which requires it once. That module names each of the API's values (read from @types/vscode) rather
// than `export * from 'vscode'`: a star re-export still copied the API object's properties once per bundle, as
// getters, on loading (about 300 of them; a millisecond of activation's code loading), while named re-exports
// compile to plain `api.window` reads on the one required object.
const vscodeValues = () => {
  const types = createRequire(import.meta.url).resolve('@types/vscode/index.d.ts');
  const file = ts.createSourceFile(types, readFileSync(types, 'utf8'), ts.ScriptTarget.Latest);
  const api = file.statements.find((s) => ts.isModuleDeclaration(s) && s.name.text === 'vscode');
  const exported = (s) => s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const names = new Set();
  for (const s of api.body.statements.filter(exported)) {
    if (ts.isVariableStatement(s)) s.declarationList.declarations.forEach((d) => names.add(d.name.text));
    else if (ts.isClassDeclaration(s) || ts.isEnumDeclaration(s) || ts.isFunctionDeclaration(s) || ts.isModuleDeclaration(s)) names.add(s.name.text);
  }
  return [...names];
};
let vscodeModule;
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: (vscodeModule ??= `export { ${vscodeValues().join(', ')} } from 'vscode';`), loader: 'js' }));
  },
};

// markdown-it 15's dist files set every class field (a Token's thirteen, each parser state's) through a bundled
// helper, `_defineProperty`: a property-key conversion, then `key in object` before either Object.defineProperty or
// a plain assignment. No class there extends another or has a prototype member named like one of its fields, and
// every key is a string literal, so on the fresh instance `in` is always false and the helper always assigns: the
// bundles get that assignment alone. It was about a sixth of the parse of a 50 KB guide (speed proposal P4); the
// tokens are the same. When an upgrade changes the helper's text the build fails, so the rewrite is looked at again
// rather than silently dropped.
const MARKDOWN_IT_DIST = /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:mjs|cjs\.js)$/;
const DEFINE_PROPERTY_HELPER = `function _defineProperty(e, r, t) {
\treturn (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
\t\tvalue: t,
\t\tenumerable: !0,
\t\tconfigurable: !0,
\t\twritable: !0
\t}) : e[r] = t, e;
}`;
const markdownItFields = {
  name: 'markdown-it-fields',
  setup(build) {
    build.onLoad({ filter: MARKDOWN_IT_DIST }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const parts = source.split(DEFINE_PROPERTY_HELPER);
      if (parts.length !== 2) throw new Error(`${args.path}: markdown-it's _defineProperty helper is not the one scripts/build.mjs rewrites; look at the rewrite again.`);
      return { contents: parts.join('function _defineProperty(e, r, t) {\n\treturn e[r] = t, e;\n}'), loader: 'js' };
    });
  },
};

const shared = {
  bundle: true,
  plugins: [vscodeOnce, markdownItFields],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // Prefer packages' ES module builds: jsonc-parser's UMD build hides its modules from the bundler.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // A name the API (or any module) does not export would be undefined at run time: fail the build instead.
  logOverride: { 'import-is-undefined': 'error' },
};

// The maintainer file's schema as validator code (ajv standalone), regenerated when the schema changed, so the
// bundles carry no schema compiler (see scripts/compile-maintainer-schema.mjs).
execFileSync(process.execPath, ['scripts/compile-maintainer-schema.mjs'], { stdio: 'inherit' });

// Activation loads dist/extension.js only: the services and each feature's registration (commands, views,
// listeners that only forward). Each feature's body is a bundle of its own, required on its first use by its
// register*.ts (src/util/lazy.ts); so are the heavy engines below. All of them are external to one another.
const lazyBundles = ['./reader.js', './forge.js', './commits.js', './pullRequest.js'];
const features = {
  guideFeature: 'src/guide/guideFeature.ts',
  walkthroughFeature: 'src/walkthrough/walkthroughFeature.ts',
  issuesFeature: 'src/issues/issuesFeature.ts',
  commitsFeature: 'src/commits/commitsFeature.ts',
  pullRequestFeature: 'src/pullRequest/pullRequestFeature.ts',
  maintainersFeature: 'src/maintainers/maintainersFeature.ts',
  // Not a feature: Git's adapter and the repository service, made on their first use (src/extension.ts).
  services: 'src/servicesEntry.ts',
};
const external = ['vscode', ...lazyBundles, ...Object.keys(features).map((name) => `./${name}.js`)];

rmSync('dist', { recursive: true, force: true });
const [extension] = await Promise.all([
  // The reader is required lazily (src/repository/loadReader.ts), so it is a bundle of its own. Local folders
  // are read by the reader worker (src/repository/readerWorker.ts), a small bundle that requires the same reader.
  esbuild.build({ ...shared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external, metafile: true }),
  ...Object.entries(features).map(([name, entry]) => esbuild.build({ ...shared, entryPoints: [entry], outfile: `dist/${name}.js`, external })),
  // Octokit, the issue engine and git's start-working steps: required on first use of the issue picker (src/issues/loadForge.ts).
  // ECharts (newcomer health's charts) is its own bundle, dist/echartsSetup.js, required by src/core/health/charts.ts
  // on the first chart: the issue picker shares dist/forge.js and must not parse it.
  esbuild.build({ ...shared, entryPoints: ['src/core/forgeEntry.ts'], outfile: 'dist/forge.js', external: ['./echartsSetup'] }),
  esbuild.build({ ...shared, entryPoints: ['src/core/health/echartsSetup.ts'], outfile: 'dist/echartsSetup.js' }),
  // The checklist and opening a pull request (Octokit, commitlint) load on first use too (src/pullRequest/loadPullRequest.ts).
  esbuild.build({ ...shared, entryPoints: ['src/core/pullRequestEntry.ts'], outfile: 'dist/pullRequest.js' }),
  // The commit-message engine (commitlint's packages) is required on first lint (src/commits/loadCommits.ts).
  esbuild.build({ ...shared, entryPoints: ['src/core/commitsEntry.ts'], outfile: 'dist/commits.js' }),
  // A trusted workspace's commitlint config is evaluated in a child process with commitlint's own loader
  // (src/commits/configLoader.ts). ES module output: commitlint's loader imports configs with import().
  esbuild.build({
    ...shared,
    entryPoints: ['src/commits/commitlintLoaderProcess.ts'],
    outfile: 'dist/commitlintLoader.mjs',
    format: 'esm',
    // cosmiconfig's own TypeScript loader is never used (commitlint loads .ts configs with jiti).
    external: ['typescript'],
    banner: { js: "import { createRequire as __onrampRequire } from 'node:module'; const require = __onrampRequire(import.meta.url);" },
  }),
  esbuild.build({ ...shared, entryPoints: ['src/core/readerEntry.ts'], outfile: 'dist/reader.js' }),
  esbuild.build({ ...shared, entryPoints: ['src/repository/readerWorker.ts'], outfile: 'dist/readerWorker.js', external: ['./reader.js'] }),
  esbuild.build({
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    external: ['./echartsSetup'],
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
// What activation loads must stay small: no package and no feature body may slip into dist/extension.js through
// a plain import (use `import type` and the feature's lazy require).
const eager = Object.entries(extension.metafile.outputs['dist/extension.js'].inputs)
  .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && (path.includes('node_modules/') || Object.values(features).includes(path)))
  .map(([path]) => path);
if (eager.length > 0) {
  console.error(`dist/extension.js must not hold ${eager.join(', ')}: it loads on activation; require it on first use instead.`);
  process.exit(1);
}
// commitlint's config validator reads its schema beside itself at run time.
cpSync('node_modules/@commitlint/config-validator/lib/commitlint.schema.json', 'dist/commitlint.schema.json');

if (withTests) {
  // Tests run unbundled so mocha sees one file per suite; the extension itself is always the bundle.
  rmSync('out', { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['src/**/*.ts', 'test/**/*.ts'],
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // Unbundled, src/core/maintainer/schema.ts still requires ../../../schemas/onramp.schema.json: copy it next to out/src.
  cpSync('schemas', 'out/schemas', { recursive: true });
  // The tests (and the speed and output checks run on out/) read with the markdown-it the bundles ship: its field
  // helper rewritten (markdownItFields). A copy of its CommonJS build goes to out/node_modules, which Node finds
  // from out/ before the package itself; its own dependencies stay the installed ones.
  await esbuild.build({
    entryPoints: [createRequire(import.meta.url).resolve('markdown-it')],
    outfile: 'out/node_modules/markdown-it/index.js',
    bundle: true,
    packages: 'external',
    plugins: [markdownItFields],
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  writeFileSync('out/node_modules/markdown-it/package.json', `${JSON.stringify({ name: 'markdown-it', private: true, main: 'index.js' }, null, 2)}\n`);
}
