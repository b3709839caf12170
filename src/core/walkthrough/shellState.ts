/**
 * Commands that only change the shell they are typed in: a PATH or GOPATH export, a sourced virtualenv, a dev shell
 * (`nix develop`, `poetry shell`), an interactive container shell (`docker run -it image bash`). The guide is right to
 * list them, but run by Onramp as a task of their own they change nothing, or never end, so the walkthrough shows
 * them to type instead of running them, and does not wait for them.
 */
const SHELL_STATE =
  /^(?:export\s|(?:source|\.)\s+\S|(?:conda|mamba)\s+activate\b|workon\s|nix\s+develop\b(?![^\n]{0,200}\s(?:-c|--command)\b)|nix-shell\b(?![^\n]{0,200}\s--(?:run|command)\b)|(?:poetry|pipenv|hatch)\s+shell\b|(?:sudo\s+)?(?:docker|podman)\s+(?:run|exec)\s[^\n]{0,2000}?\s(?:bash|sh|zsh|\/bin\/(?:ba)?sh)$)/;

export const changesShellOnly = (command: string): boolean => command.length <= 2100 && SHELL_STATE.test(command.trim());
