import { CliCommand } from '../command';
import { inspectCommand } from './inspect';

/** Every `onramp` subcommand, in the order `onramp --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [inspectCommand];
