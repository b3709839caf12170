import { PRODUCT_INSTALL } from './commandsLeadIn';

/**
 * Where a command counts as one of the guide's main steps: the main-flow headings and lead-ins, a build's
 * prerequisites, a tool installed for the whole machine, the project's git hooks.
 */

/**
 * A lead-in that only names a main step ("To run the tests:", "Run the linters:", "To format the code:"), not a chore
 * around one (regenerating fixtures, updating snapshots, coverage, a nightly run).
 */
export function plainPhaseLead(lead: string): boolean {
  // The lead-in's last sentence is the one that hands over to the block.
  const last = lead.split(/(?<=[.!?])\s+/).pop() ?? '';
  const runs = /^\s*(?:to\s+|you\s+can\s+|then\s+|now\s+)?(?:run|execute|do|check|lint|format|test)\b/i.test(last) || /\b(?:run|execute)\s+(?:also\s+)?(?:all\s+|the\s+|our\s+)*(?:[\w-]+\s+){0,2}(?:tests?|test\s+suite|specs?|linters?)\b/i.test(last) || /\b(?:tests?|test\s+suite)\s+pass(?:es)?\b/i.test(last);
  return runs && /\b(?:tests?|test\s+suite|specs?|lint\w*|linters?|formatt?\w*|type[\s-]?check\w*|checks?)\b/i.test(last) && !CHORE_LEAD.test(last);
}
/** A lead-in about a chore around a main step, or a narrowed or occasional run of one. */
const CHORE_LEAD = /\b(?:updat\w*|regenerat\w*|fixtures?|snapshots?|coverage|mutation|nightly|slow|benchmarks?|single|specific|particular|only|one\s+(?:test|file|spec))\b/i;

/**
 * Headings of the main flow: setting up, building, testing, linting, formatting, checking. Once the guide has
 * given a test and a lint command, later commands count only under such a heading or in the same section as
 * the last one taken; the rest of a long guide is side quests (internals, one subsystem's tools, recipes).
 */
export const MAIN_FLOW_SECTION = /setup|set(ting)?\s+up|install|prerequisite|requirement|getting started|build|compil|test|lint(?!\s+rules?)|format|style|spell|check|verif|validat|develop|environment|local|running|workflow|coding\s+(rules|standards|guidelines|conventions)|typ(e|ing)\s?check|typescript|before (you )?(submit|open|send)|pull request|pre-?commit|git\s+hooks?/i;
/** A section about building the checkout or working on it, whose install sub-sections install what the build needs. */
const BUILDING_SECTION = /^(?:\W*\d+[.)]?\s*)?(?:how\s+to\s+)?(?:build(?:ing)?|compil(?:e|ing|ation))\b(?!\s+(?:plugins?|extensions?|your|a\s|an\s|the\s+docs|documentation|apps?|sites?))|\bfrom\s+source\b/i;
/** An install heading under such a section ("Building on Unix > Install using apt"): the build's prerequisites. */
export const installsForBuild = (sections: readonly string[]): boolean => sections.slice(0, -1).some((h) => BUILDING_SECTION.test(h)) && PRODUCT_INSTALL.test(sections[sections.length - 1] ?? '') && !/\binstead\b/i.test(sections[sections.length - 1] ?? '');
/** Headings about setting up or building, where a watcher that keeps the build current is a setup step. */
export const SETUP_OR_BUILD_SECTION = /setup|set(ting)?\s+up|install|prerequisite|requirement|getting started|environment|dependenc|\bbuild|\bdevelop|\blocal(?:ly)?\b|\bquick[\s-]?start\b/i;
/** A lead-in that sets up the checkout ("bootstrap the workspace:", "To set up your environment:"). */
export const SETUP_LEAD = /\b(?:(?:bootstrap|set\s?up|prepare)\s+(?:the\s+|your\s+)?(?:workspace|checkout|clone|repo(?:sitory)?|project|monorepo|(?:local\s+)?(?:dev(?:elopment)?\s+)?environment)|install\s+(?:the\s+)?(?:required\s+|needed\s+|necessary\s+)?(?:dependencies|tools|toolchain|prerequisites))\b[^.]*:\s*$/i;
/** A sentence that orders the install: "Install tox with", "First, install pnpm using", "Please install it via". */
export const INSTALL_ORDER = /^\W{0,3}(?:(?:first|then|next|also)\s*,?\s+)?(?:please\s+)?install\s+(?:it|them|[\w.-]{1,40})\s+(?:with|using|via|by\s+running)\b/i;
/** Words that say the work needs a tool ("you'll need pnpm", "requires golangci-lint", "a prerequisite"). */
export const NEEDED = /(?<!\bif\s+you\s+|\bwhen\s+you\s+)\b(?:need(?:s|ed)?|require[sd]?|requirements?|prerequisites?|must\s+(?:have|install)|have\s+to\s+install|depends?\s+on)\b/i;

/** Installing a tool for the whole machine (`cargo install x`, `npm i -g x`, `go install x@latest`, `pipx install x`). */
export const GLOBAL_INSTALL = /^(?:cargo\s+install(?!\s+--path\b)|go\s+install\s+\S+@|pipx\s+install|uv\s+tool\s+install|dotnet\s+tool\s+install|(?:dart|flutter)\s+pub\s+global\s+activate|(?:npm|pnpm|bun)\s+(?:i|install|add)\s+(?:\S{1,200}\s{1,10}){0,20}?(?:-g|--global)\b|yarn\s+global\s+add)\b/;

/** Words of a maintainer's release ("if you need to cut a version", "to publish"): a tool it needs is no prerequisite of the checkout. */
export const RELEASE_WORK = /\b(?:cut(?:ting)?\s+(?:a\s+)?(?:new\s+)?(?:version|release)|publish\w*|releas(?:e|ing)\s+(?:a\s+)?(?:new\s+)?version)\b/i;

/** A git-hook manager installing the project's hooks into the clone (`pre-commit install`, `prek install`, `lefthook install`). */
export const HOOK_MANAGER_INSTALL = /^(?:(?:uvx?|pipx\s+run|poetry\s+run|pdm\s+run|hatch\s+run|npx|pnpm\s+exec|yarn)\s+)?(?:pre-commit|prek|lefthook|husky)\s+install(?:\s+-{1,2}[\w-]{1,30}(?:[=\s][\w-]{1,30})?)*$/;
