import { lastStep } from './commandPhaseCheck';

/**
 * A run that never ends by itself: it watches the files and runs again on each change (`npm run test:watch`,
 * `jest --watch`, `mix test.watch`, `cargo watch`), or serves the app or docs until stopped (`npm start`,
 * `pnpm dev`, `hugo server`, `mkdocs serve`, `manage.py runserver`, `mix phx.server`, `rails server`, a compose
 * stack in the foreground). Guides rightly list them, but a walkthrough or checklist that ran one and waited for
 * its exit code would wait forever. `--watchAll=false` turns watching off, and `up -d` detaches: those end.
 * (Shared by the reader, for which such a run sets nothing up, and the walkthrough, which never waits for one.)
 */
const KEEPS_RUNNING = new RegExp(
  [
    String.raw`(?:^|\s)--watch(?:All)?(?!=false)(?:=\S*)?(?=\s|$)`,
    String.raw`(?:^|\s)(?:[\w.:-]*[:.-])?watch(?:[:.-][\w-]+)?(?=\s|$)`,
    String.raw`^cargo\s+watch\b`,
    // (`npm run start:dev`, `pnpm -F web dev`, `yarn dev:web`, `turbo dev`, `lerna run dev`: the same, by workspace or variant.)
    String.raw`^(?:npm|pnpm|yarn|bun)\s+(?:(?:-F|--filter|-w|--workspace)[\s=]\S+\s+)?(?:run\s+)?(?:start|dev|serve)(?::[\w-]+)?(?=\s|$)`,
    String.raw`^(?:turbo|nx|lerna\s+run|npx\s+turbo)\s+(?:run\s+)?(?:dev|start|serve)(?=\s|$)`,
    String.raw`^(?:hugo|mkdocs|jekyll|bundle\s+exec\s+jekyll|zola|mdbook)\s+serve(?:r)?\b`,
    String.raw`\bmanage\.py\s+runserver\b|^mix\s+phx\.server\b|^(?:bin\/)?rails\s+s(?:erver)?(?=\s|$)`,
    String.raw`^(?:docker[\s-]compose|podman[\s-]compose)\s+up(?![^\n]*\s(?:-d|--detach)\b)`,
  ].join('|'),
);

/** Installing a package named for watching (`pip install pytest-watch`, `cargo install cargo-watch`) ends. */
const INSTALLS = /^(?:sudo\s+)?(?:[\w.-]+\s+){1,2}(?:install|add|i)\b/;

// (The last step of a chain decides: `npm install && npm run dev` keeps running.)
export function keepsRunning(command: string): boolean {
  if (command.length > 2100) return false;
  const last = lastStep(command);
  return KEEPS_RUNNING.test(last) && !INSTALLS.test(last);
}
