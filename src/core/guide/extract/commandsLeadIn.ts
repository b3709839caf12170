import { Block } from '../documentModel';
import type { CommandKind } from './commands';
import { plain } from './text';
import { isRecovery } from './commandsStructure';
import { DEBUG_PURPOSE } from './commandsContainerTests';

/**
 * What the prose right before a code block says about it: that it is optional, a file's content, a recovery, the
 * product being run, a hedged extra, or which phase its lines are for.
 */

/**
 * Prose right before a code block that makes it optional ("You can optionally install hooks", "not strictly necessary").
 * "after optionally adding X, run:" makes the prerequisite optional, not the step.
 */
/** A last sentence that asks the block's lines to pass before the change is sent. */
// (Only as the way for those who skip the optional thing: "If you don't want to use pre-commit, make sure ...".)
// (The lines themselves must pass, "the following", "these": not "make sure CI passes".)
const ASKED_TO_PASS = /^\W*if\s+you(?:'d\s+rather\s+not|\s+(?:don't|do\s+not)\s+(?:want|wish|plan|like|use)\b)[^.]{0,80}\b(?:make\s+sure|ensure|check\s+that)\s+(?:that\s+)?(?:the\s+following(?:\s+commands)?|these(?:\s+commands)?|they|all\s+of\s+these|the\s+commands\s+below)\s+(?:all\s+)?(?:pass|succeed)\b[^.]{0,20}\bbefore\s+(?:submitting|sending|opening|pushing)\b/i;
const OPTIONAL = /(?<!\bafter\s{1,3})\boptional(ly)?\b|\b(?:is\s+an\s+example|examples)\s+of\b|\bvariations?\s+(?:on|of)\b|\bnot\s+(strictly\s+)?(necessary|required|needed)\b/i;
/**
 * A lead-in whose last sentence ties the block to one kind of change ("When making any changes to the gRPC API, you
 * can regenerate the code with:", "If you modify the grammar, run:"): a step for that change, not for every checkout.
 */
const SITUATIONAL = /^\s*(?:when|whenever|if|after)\s+(?:you(?:'ve|\s+have)?\s+)?(?:make|making|made|change|changing|changed|modify|modifying|modified|add|adding|added|update|updating|updated|edit|editing|edited)\s+(?:any\s+|a\s+|the\s+|new\s+)?(?:changes?\s+to\s+)?/i;
/** A lead-in whose subject is the project's users ("Users install the tool with:"): how to get the product, not a contributor's step. */
// ("To use the library, install the latest release:", "If you just want to use widget, install it with:": a user's install.)
const FOR_USERS = /^\s*(?:(?:end[- ])?users|consumers)\s+(?:can\s+|should\s+|may\s+)?(?:install|get|add|download)\b|^\W*(?:to\s+(?:just\s+)?use\s+(?:the|this)\s+(?:library|package|tool|module|app|application|plugin|gem|crate|extension|program|cli)\b|if\s+you\s+(?:just|only|simply)\s+want\s+to\s+use\b)/i;
/**
 * A lead-in that opens by offering an example ("E.g. you could start a new workspace"), or ends with a bare "For
 * example:": lines to adapt, not steps.
 */
const EXAMPLE_LEAD = /^\s*(?:e\.g\.|ex\.\s|for\s+(?:example|instance)\b)/i;
/** A purpose that makes the example the step: "For instance, to run the whole test suite before you send a change:". */
const STEP_PURPOSE = /\bto\s+(?:run|build|test|install|lint|check|format|set\s+up|bootstrap|compile)\b/i;
/** A last sentence that is only "For example:": "For example, to run the mailer tests:" still names its step. */
/** A bare label ("Example:", "**Examples**", "Example usage:") or a sentence that ends on "For example," says the same. */
const ONLY_EXAMPLE = /^\s*(?:e\.g\.?|for\s+(?:example|instance)|(?:usage\s+)?examples?(?:\s+usage)?)\s*[:.,]?\s*$/i;
const BARE_LABEL = /^\s*examples?\s*[:.,]?\s*$/i;
/**
 * A bare "Example:" or "For example," after a sentence that gives a step ("install the package in editable mode.
 * Example:", "Crashpad uses GN to generate Ninja build files. For example,"), or a bare "Example:" under a heading on
 * running the tests ("Running the tests"), shows that step. Alone under a setup heading it still shows a line to adapt (`npm install
 * left-pad`), as in a usage section.
 */
const STEP_SENTENCE = /\b(?:install|create|run|build|compile|set\s+up|bootstrap|test)\b/i;
const STEP_HEADING = /\b(?:tests?|testing)\b/i;
const exampleOnly = (block: Block, text: string): boolean => {
  const last = lastSentence(text);
  if (!ONLY_EXAMPLE.test(last)) return false;
  // (Only a bare label leans on the heading: under "Tests", "The variable can name any version. For example," shows a
  // variant to adapt.)
  return !STEP_SENTENCE.test(text.slice(0, text.length - last.length)) && !(BARE_LABEL.test(last) && STEP_HEADING.test(block.sections[block.sections.length - 1] ?? ''));
};
const leadInCache = new WeakMap<Block, boolean>();
/**
 * A lead-in that shows what there is to choose from ("To list all possible targets:", "to see the available
 * sessions"): the line lists environments or tasks, it runs none of them.
 */
const LISTS_CHOICES = /\bto\s+(?:list|see|show|display|print)\s+(?:all\s+|the\s+)?(?:of\s+the\s+)?(?:possible\s+|available\s+|defined\s+)?(?:targets|environments|envs|tasks|commands|recipes|sessions|scripts|jobs)\b/i;
/**
 * A code span right before the listing purpose ("Run `make help` to list the available targets."): the span is what
 * lists them, and the sentence is a step of its own (a no-step one), not a lead-in that hands the block over.
 */
const SPAN_LISTS = /`[^`\n]{1,120}`\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?(?:in\s+order\s+)?to\s+(?:list|see|show|display|print)\b/i;
/** Whether a lead-in's last sentence says the block below lists the choices, rather than a span of its own doing so. */
// Ending on a colon, the sentence still hands the block over: "Run `make help` to see the targets:" shows what it prints.
const listsChoices = (block: Block, text: string): boolean =>
  LISTS_CHOICES.test(lastSentence(text)) && !((block.kind === 'paragraph' || block.kind === 'listItem') && SPAN_LISTS.test(block.text) && !/:\s*$/.test(text));

/** Whether a lead-in makes the block after it no step: optional, a file's content, a recovery, or running the product. */
export function notAStepLeadIn(block: Block): boolean {
  let answer = leadInCache.get(block);
  if (answer === undefined) {
    const text = plain(block);
    answer = narrowingLeadIn(block) || notAStepBesidesNarrowing(block, text);
    leadInCache.set(block, answer);
  }
  return answer;
}

/** Whether a lead-in's last sentence picks one part of the suite ("Some useful commands for running specific tests:"). */
export const narrowingLeadIn = (block: Block): boolean => NARROWING.test(lastSentence(plain(block)));

/** Whether a lead-in makes the block after it no step for a reason other than narrowing the run. */
export function notAStepBesidesNarrowing(block: Block, text = plain(block)): boolean {
  // (An optional step said earlier gives way to a last sentence that asks for the block: "you can optionally install the
  // hook. If you don't want to, make sure the following pass before submitting your PR:".)
  const last = lastSentence(text);
  return (OPTIONAL.test(withoutAsides(text)) && !(ASKED_TO_PASS.test(last) && !OPTIONAL.test(last))) || (UNSUPPORTED.test(text) && !WORKAROUND.test(text)) || FILE_CONTENT.test(withoutReferenceLinks(text)) || (isRecovery(text) && !offersFallback(text)) || SERVES.test(text) || listsChoices(block, text) || OUTPUT.test(text) || forTheDocs(text) || SITUATIONAL.test(last) || FOR_USERS.test(last) || (EXAMPLE_LEAD.test(text) && !STEP_PURPOSE.test(text)) || exampleOnly(block, text) || DEBUG_PURPOSE.test(last) || SHOWS_A_FORMAT.test(last);
}

/**
 * A lead-in that says the block serves the documentation build ("dependencies required to build the documentation",
 * "to preview the docs locally"), and names no test or lint: the docs are built by their own toolchain, which is
 * neither setting up the checkout nor testing it.
 */
const DOCS_PURPOSE = /\b(?:to|for)\s+(?:build|building|preview|previewing|render|rendering|generate|generating)\s+(?:the\s+)?(?:\w+\s+)?(?:docs|documentation)\b|\b(?:docs|documentation)\s+(?:dependencies|requirements)\b/i;
const forTheDocs = (text: string): boolean => DOCS_PURPOSE.test(text) && !LEAD_IN_TEST.test(text) && !LEAD_IN_LINT.test(text);

/**
 * Prose that hands the next block over as what a run prints ("Example output from running the tests:", "You should
 * see:"): output to compare with, not lines to type.
 */
export const OUTPUT = /\b(?:example|sample|expected|typical)\s+output\b|\boutput\s+(?:should|will|looks?|is\s+(?:like|similar))\b|\byou\s+(?:should|will)\s+see\b/i;
/**
 * A lead-in or heading that picks one part of the suite ("To run a specific snapshot test:", "Run one test",
 * "Running a single spec file"): the block shows how to focus a run, an example rather than the step.
 */
// "individual test suites", "specific test targets": choosing among the project's suites is running one of its steps,
// not focusing a run on one test.
export const NARROWING = /\b(?:one|single|specific|particular|individual)\s+(?:(?!of\b)[\w-]{1,30}\s+)?(?:tests?|specs?|test\s+files?|test\s+cases?|modules?|packages?|crates?)\b(?!\s+(?:suites?|targets?)\b)/i;
/** The last sentence of a lead-in: what it says about the block right after it. */
export const lastSentence = (text: string): string => {
  const end = Math.max(text.lastIndexOf('. ', text.length - 2), text.lastIndexOf('! ', text.length - 2), text.lastIndexOf('? ', text.length - 2));
  return end >= 0 ? text.slice(end + 2) : text;
};
/**
 * A lead-in that hands the block over as the shape of something ("Each line in this file has the following format:",
 * "The syntax is:"): a line's fields to fill in, not a line to type.
 */
const SHOWS_A_FORMAT = /\b(?:has|have|in|uses?|with|follows?|takes?)\s+the\s+following\s+(?:format|syntax|form|structure|layout)\s*:?\s*$|\b(?:line|entry|entries|file|record|row)s?\s+(?:format|syntax|layout)\s+is(?:\s+as\s+follows)?\s*:?\s*$/i;
/** A lead-in that says the way is not supported ("To cross-compile (unsupported but generally works):"): a side quest. */
const UNSUPPORTED = /\b(?:unsupported|not\s+(?:officially\s+)?supported)\b/i;
/** "Doctests are not supported by nextest, so run them separately:": what is unsupported is worked around by the block. */
const WORKAROUND = /\b(?:unsupported|not\s+(?:officially\s+)?supported)\b[^.]{0,120}?[,;]\s*(?:so|therefore|instead)\s+(?:you\s+(?:can|should|need\s+to|must)\s+)?(?:run|use|execute|invoke|call)\b/i;
/** `[PowerShell profile][profile]` read as its words: plain text keeps a reference-style link as written. */
const withoutReferenceLinks = (text: string): string => (text.includes('][') ? text.replace(/\[([^\]\n]{1,200})\]\[[^\]\n]{0,100}\]/g, '$1') : text);
/** "first install X (optionally use Y), then": what a parenthesis makes optional is the aside, not the step. */
const withoutAsides = (text: string): string => text.replace(/\([^()]{0,200}\)/g, '');
/** A command without its file arguments: `firefox build/coverage/index.html` says nothing about coverage. */
export const withoutPaths = (command: string): string =>
  command
    .split(/\s+/)
    .filter((w) => !w.includes('/') && !/\.\w{1,8}$/.test(w))
    .join(' ');
/** A line that starts with a `$ ` prompt. */
export const PROMPTED_LINE = /^[ \t]*\$[ \t]+\S/m;
/**
 * Prose right before a code block that starts the project rather than preparing it ("start a development server",
 * "launch a dev instance"): running what was built, which is neither setup, test nor lint.
 */
// "when you run the dev server for the site:": running a server is starting it ("a running server" is not: it names
// what the tests need).
// ("You can then try your build:": the lines run what was built, `./target/debug/tool --help`.)
const SERVES = /(?:^|[.:;!?]\s+)(?:(?:you\s+can|now|then|next)\s+)*(?:then\s+)?(?:try|play\s+with|test-?drive)\s+(?:out\s+)?(?:your|the|a)\s+(?:new\s+|local\s+|fresh\s+)?(?:build|binary|executable|tool|app|program|CLI)\b|\b(?:start|launch)(?:s|ing)?\s+(?:up\s+)?(?:a|the|your)?\s*(?:[\w-]{1,30}\s+){0,2}?(?:server|instance)\b|\brun(?:s|ning)?\s+(?:a|the|your)\s+(?:[\w-]{1,30}\s+){0,2}?server\b|\bto\s+(?:try|play\s+with)\s+(?:out\s+)?(?:the|your|a)\b|\b(?:start|launch|serve)(?:s|ing)?\s+(?:up\s+)?(?:a|the|your)?\s*(?:local\s+)?(?:[\w-]{1,30}\s+)?(?:storybook|website|site|playground|docs|documentation)\b/i;
/**
 * Prose that hands the next block over as a file's content ("by adding the following `.envrc` to the project root",
 * "put this in your `~/.bashrc`"): lines written into a file, not typed as steps.
 */
const FILE_CONTENT = /\b(?:add|adding|put|putting|paste|pasting|append|appending|save|saving)\s+(?:the\s+)?(?:following|this|these(?:\s+lines)?)\s+(?:`?\.?[\w~/-]{0,60}\.?\w{1,12}`?\s+(?:file\s+)?(?:to|in|into)\b|(?:[^.:\n]{0,60}?\s)?(?:to|in|into)\s+(?:a|an|the|your)?\s*(?:`?[\w~./-]{0,60}\.\w{1,12}`?|[\w~./-]{0,40}\s?(?:file|config(?:uration)?|profile|rc))\b)/i;
/** A heading on ways to install the project itself ("Install with Homebrew", "Installing via vcpkg"). */
export const PRODUCT_INSTALL = /\binstall(?:ing|ation)?\s+(?:with|via|using|from\s+(?:a\s+)?package)\b/i;
/** A lead-in that makes a prerequisite conditional on more than the platform ("you might need to install ... for those tests"). */
export const HEDGED = /\b(?:might|may)\s+(?:also\s+)?need\b/i;
/**
 * The phase a block's lead-in names, when it names one and nothing else: "You can run the Pester tests with:" says
 * test; "Build it, then run the tests:" names two and says nothing for a line that does not say it itself.
 */
export function leadInKind(intro: string, section?: CommandKind): CommandKind | undefined {
  const last = intro.slice(-300);
  // "please install the commit-msg hook, e.g. by running:", "Set up the pre-commit hook:": the block installs a hook
  // into the checkout, a setup step whatever the hook later checks.
  if (HOOK_LEAD_IN.test(lastSentence(last.replace(/\b(?:e\.g|i\.e)\./gi, 'eg')))) return 'setup';
  const test = LEAD_IN_TEST.test(last);
  const lint = LEAD_IN_LINT.test(last);
  if ((!test && !lint) || LEAD_IN_SETUP.test(last)) return undefined;
  // "And to run the tests and linter checks:" over `bundle exec rake` under "Local development setup": the one run
  // that checks the change is a test step, not the setup its heading names. Under a heading about checks ("Quality
  // checks"), the lines' own words and the heading decide (`bin/ameba` lints there).
  // Only where one sentence names both: "The tests run in CI. Locally, run the style checks with:" lints.
  if (test && lint) {
    // (A mention in parentheses is an aside: "Run the linters (the tests run in CI):" lints.)
    const sentence = lastSentence(last).replace(/\([^()]{0,200}\)/g, ' ');
    const [t, l] = [LEAD_IN_TEST.test(sentence), LEAD_IN_LINT.test(sentence)];
    if (t !== l) return t ? 'test' : 'lint';
    return section !== 'lint' && t && l ? 'test' : undefined;
  }
  return test ? 'test' : 'lint';
}
/** A lead-in whose last sentence installs a git hook: a verb of installing, then the hook within a few words. */
const HOOK_LEAD_IN = /\b(?:install|set\s?up|enable|add|configure)\s+(?:the\s+|a\s+|our\s+|git\s+)?(?:[\w-]{1,30}\s+){0,2}?(?:git\s+)?hooks?\b/i;
const LEAD_IN_TEST = /\b(?:tests?|test\s+suite|specs?)\b/i;
const LEAD_IN_LINT = /\b(?:lint\w*|linters?|format(?:ter|ting)?|style\s+check\w*|static\s+analysis)\b/i;
const LEAD_IN_SETUP = /\b(?:build\w*|compil\w*|install\w*|set\s?up|bootstrap\w*|dependenc\w*)\b/i;

/**
 * "If this does not work OR you are on Windows, execute the following", "Alternatively, if `mise` doesn't work for
 * you:": the same step another way, for whoever the first way leaves out; the lines are steps. A repair of a failure
 * ("if the build fails, run", "if you get errors") is not.
 */
// (Only where it says for whom the first way fails, "for you", "on your platform", "or you are on Windows", or offers
// the alternative in so many words: "If `npm ci` doesn't work, delete node_modules" repairs.)
const FALLBACK = /\bif\b[^.]{0,100}?\b(?:doesn't|does\s+not|don't|do\s+not)\s+work\s+(?:for\s+you|on\s+your\s+(?:platform|system|machine|OS)|or\s+you\s+are\s+on)\b|\balternatively\b[^.]{0,60}\bif\b[^.]{0,80}?\b(?:doesn't|does\s+not)\s+work\b/i;
const FAILURE = /\b(?:fails?|failing|failed|broken|goes\s+wrong|errors?)\b/i;
/** The lead-in's last sentence, without asides in parentheses: "(it fails to build on some BSDs)" is no failure of this run. */
const offersFallback = (text: string): boolean => {
  const last = lastSentence(text).replace(/\([^()]{0,200}\)/g, ' ');
  return FALLBACK.test(last) && !FAILURE.test(last);
};

/** A lead-in whose last clause runs what follows: a verb of running, then a colon at its end ("run the checks via:"). */
export const RUN_LEAD_IN = /\b(?:run|running|execute|executing|invoke|type)\b[^.:;!?]{0,80}:\s*$|\bwith\s+(?:the\s+)?(?:following\s+)?commands?:\s*$/i;

/** The phase a lead-in paragraph ending in "use" or "run" (or a colon) gives the command in the paragraph after it. */
export function loneSpanLeadKind(lead: string): CommandKind | undefined {
  if (!LONE_SPAN_LEAD.test(lead)) return undefined;
  return leadInKind(lead) ?? (BUILD_LEAD.test(lead) ? 'setup' : undefined);
}
const LONE_SPAN_LEAD = /\b(?:use|run|type|execute|invoke)\s*:?\s*$|:\s*$/i;
const BUILD_LEAD = /\bto\s+(?:build|compile|install|set\s?up)\b/i;

/**
 * A lead-in whose last clause, ending in a colon, gets the checkout working: "To get up and running:", "To get started,
 * run:", "To build the project from source:", "Set up your development environment with:". (Not the docs or a release.)
 */
export const GETS_RUNNING_LEAD = /\b(?:to\s+get\s+(?:up\s+and\s+running|started|going|set\s?up)|(?:to\s+)?(?:build|compile|set\s?up|bootstrap|prepare)\s+(?:the\s+|your\s+|a\s+)?(?:local\s+)?(?:project|code|checkout|clone|repo(?:sitory)?|workspace|(?:dev(?:elopment)?\s+)?environment|copy)(?:\s+(?:from\s+source|locally))?)(?:\s*,?\s*(?:please\s+|just\s+|simply\s+)?(?:run|type|execute|do|use)(?:\s+the\s+following(?:\s+commands?)?)?)?\s*:\s*$/i;

export const AFTER_THE_SETUP = /\b(?:then|after(?:wards)?|once|follow(?:ing)?\s+the\s+(?:steps|instructions))\b/i;
