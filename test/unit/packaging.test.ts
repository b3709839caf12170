// The installed extension is only what `vsce package` puts in the .vsix. Most bundles are required lazily on first
// use, so a bundle missing from the package breaks a feature only when a user reaches it: check it here.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
const dist = join(root, 'dist');

/** Files `vsce package` would ship, as it lists them itself. */
function packagedFiles(): Set<string> {
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return new Set(out.split('\n').map((l) => l.trim()).filter(Boolean));
}

/** Sibling files a bundle names as `./name.js` / `./name.mjs` / `./name.json` (lazy requires, workers, schemas). */
function siblingsNamedBy(file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const names = new Set<string>();
  for (const m of text.matchAll(/["'`]\.\/([\w.-]+\.(?:js|mjs|json))["'`]/g)) names.add(m[1]);
  return [...names];
}

describe('The packaged extension', function () {
  this.timeout(90_000);
  let packaged: Set<string>;
  before(function () {
    if (!existsSync(join(dist, 'extension.js'))) this.skip();
    packaged = packagedFiles();
  });

  it('ships every bundle in dist/, and no source maps', () => {
    const bundles = readdirSync(dist).filter((f) => !f.endsWith('.map'));
    assert.ok(bundles.includes('extension.js'));
    const missing = bundles.filter((f) => !packaged.has(`dist/${f}`));
    assert.deepEqual(missing, [], `not in the package: ${missing.join(', ')}`);
    assert.deepEqual([...packaged].filter((f) => f.endsWith('.map')), []);
  });

  it('ships every file a shipped bundle loads beside itself', () => {
    // commitlint's loader and the CLI bundle third-party loaders that name files of their own packages ('./index.js'):
    // those are not ours to ship; every other bundle is Onramp's code naming Onramp's bundles.
    const thirdPartyLoaders = new Set(['commitlintLoader.mjs', 'cli.js']);
    const shipped = [...packaged]
      .filter((f) => f.startsWith('dist/') && /\.(js|mjs)$/.test(f))
      .map((f) => f.slice('dist/'.length))
      .filter((f) => !thirdPartyLoaders.has(f));
    assert.ok(shipped.includes('extension.js'));
    const missing: string[] = [];
    for (const bundle of shipped) {
      for (const name of siblingsNamedBy(bundle)) if (!packaged.has(`dist/${name}`)) missing.push(`${bundle} → ${name}`);
    }
    assert.deepEqual(missing, []);
  });

  it('ships the schema the editor offers for maintainer files', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: { yamlValidation?: { url: string }[]; jsonValidation?: { url: string }[] } };
    const urls = [...(manifest.contributes?.yamlValidation ?? []), ...(manifest.contributes?.jsonValidation ?? [])].map((v) => v.url.replace(/^\.\//, ''));
    assert.ok(urls.length > 0);
    for (const url of urls.filter((u) => !/^https?:/.test(u))) assert.ok(packaged.has(url), `${url} is not in the package`);
  });
});
