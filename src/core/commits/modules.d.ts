// Packages Onramp bundles that ship no type declarations.
declare module 'conventional-changelog-conventionalcommits' {
  const createPreset: (config?: Record<string, unknown>) => { parser: Record<string, unknown> };
  export default createPreset;
}

declare module '@commitlint/config-angular' {
  const config: { parserPreset?: unknown; rules: Record<string, readonly unknown[]> };
  export default config;
}
