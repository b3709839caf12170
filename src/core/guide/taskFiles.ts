/**
 * The guide reader's view of the repository's task files: a command the guide names is confirmed by the file and
 * line that defines its task, so a newcomer knows the step still exists. The files are read and parsed in
 * `src/core/tasks/` (shared with the check's stale-command rule); this module names what the reader uses.
 */
export { confirmingTask } from '../tasks/confirmTask';
export { indexTasks } from '../tasks/taskIndex';
export type { TaskIndex } from '../tasks/taskIndex';
