import { CliCommand } from '../command';
import { inspectCommand } from './inspect';
import { lintCommitCommand } from './lintCommit';
import { lintCommitsCommand } from './lintCommits';
import { issuesCommand } from './issues';
import { checklistCommand } from './checklist';
import { checkCommand } from './check';
import { healthCommand } from './health';

/** Every `onramp` subcommand, in the order `onramp --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [inspectCommand, checkCommand, issuesCommand, lintCommitCommand, lintCommitsCommand, checklistCommand, healthCommand];
