/** The maintainer file (`.github/onramp.yml`, `.onramp.yml`): what the editor and the CLI use of it. */
export { readMaintainerFile, DEFAULT_MAX_FILE_BYTES } from './readMaintainerFile';
export type { ReadMaintainerOptions, MaintainerReadResult } from './readMaintainerFile';
export { parseMaintainerText } from './parseMaintainerText';
export type { ParsedMaintainerFile } from './parseMaintainerText';
export { classifyLink } from './links';
export type { LinkVerdict } from './links';
export { ALLOWED_COMMANDS, isAllowedCommand } from './allowedCommands';
export * from './types';
