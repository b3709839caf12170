/**
 * What `dist/reader.js` offers: the reader and everything the editor computes from its facts (the walkthrough,
 * safe step rendering, a starting maintainer file, the contribution path check). One bundle, required on first use, so that activation loads
 * only the small extension bundle.
 */
export { readGuide, extractFacts } from './guide/readGuide';
export { buildWalkthrough, walkthroughJson } from './walkthrough/build';
export { renderStepMarkdown } from './walkthrough/renderMarkdown';
export { maintainerFileFromFacts } from './walkthrough/maintainerFileFromFacts';
export { isAllowedCommand } from './maintainer/allowedCommands';
export { readMaintainerFile } from './maintainer/readMaintainerFile';
export { remoteBaseFetcher } from './maintainer/remoteBase';
export { runCheck } from './check/runCheck';
