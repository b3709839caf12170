import { COMMANDS } from './commands';

export const USAGE = (): string => `usage:\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n`;
