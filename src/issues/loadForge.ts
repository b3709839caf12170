import type * as Forge from '../core/forgeEntry';

export type ForgeModule = typeof Forge;

/**
 * The forge bundle (Octokit, the issue engine, start working; `dist/forge.js`), required the first time an issue
 * feature is used, so that activation loads only the small extension bundle.
 */
export function loadForge(): ForgeModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time beside dist/extension.js
  return require('./forge.js') as ForgeModule;
}
