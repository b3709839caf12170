/**
 * The editor commands a maintainer file may offer as a `command` action. A repository is untrusted, so an action
 * may only run a command that does nothing harmful whatever its arguments: showing views, settings, a preview.
 * Anything else is a problem at its line and the action is dropped. The schema's `enum` lists the same ids (a unit
 * test keeps them equal), so editors offer them as completions.
 * `args: 'text'` commands take at most one short text argument (a search query); `none` take none.
 */
export const ALLOWED_COMMANDS: Readonly<Record<string, 'none' | 'text'>> = {
  'workbench.action.openSettings': 'text',
  'workbench.extensions.search': 'text',
  'workbench.extensions.action.showRecommendedExtensions': 'none',
  'workbench.view.scm': 'none',
  'workbench.view.explorer': 'none',
  'workbench.action.terminal.new': 'none',
  'workbench.action.showCommands': 'none',
  'markdown.showPreview': 'none',
  'git.branch': 'none',
  'onramp.openGuide': 'none',
  'onramp.refreshGuide': 'none',
  // Shows the pull request checklist view; its checks and the PR itself run only on their own click.
  'onramp.showChecklist': 'none',
};

export function isAllowedCommand(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(ALLOWED_COMMANDS, id);
}
