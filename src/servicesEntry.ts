// Git's adapter and the repository service as a bundle of their own (dist/services.js, see scripts/build.mjs):
// activation does not make them (src/extension.ts makes them on first use), so it does not load their code either.
export { GitAdapter } from './git/gitAdapter';
export { RepositoryService } from './repository/repositoryService';
// The maintainer file's diagnostics follow the repository service's readings, made just after activation
// (src/walkthrough/registerWalkthrough.ts).
export { MaintainerDiagnostics } from './walkthrough/maintainerDiagnostics';
