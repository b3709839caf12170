/**
 * Commands named in prose: a code span that the words around it present as something to run ("run `make test`",
 * "Ensure the tests pass (`npm test`)"), and not one the sentence only mentions, describes or rules out.
 */
import { Block, CodeBlock } from '../documentModel';
import { CMDLET, MAX_COMMAND_LENGTH, cleanCommandLine, isCommand, isLooseCommand, isProjectProgram, toolOf } from './commandLine';
import { NARROWING, OUTPUT } from './commandsLeadIn';
import { SentenceIndex } from './commandsSentences';
import { isRecovery } from './commandsStructure';
import { describingSentence } from './commandsPurpose';
import { CONDITION_BEFORE, ITEM_PURPOSE_AFTER, continuesSeries, insideLinkLabel } from './commandsSeries';
import { checkedWithKind, imperativeCheckedWith } from './commandsChecked';
import { consoleCallKind } from './commandsConsole';
import { linksPackage } from './commandsTrying';
import type { CommandKind } from './commands';
import { BARE_RUNNER } from './commandPhase';
import { classify } from './commandClassify';

/**
 * Words right before a code span that present it as something to run: "run `make test`", "then `npm ci`",
 * "using `tox -e lint`", a colon, or a parenthesis after the step it carries out ("Ensure the tests pass
 * (`npm test`)", "(or `yarn test`)"). Tested on the 30 characters before the span.
 */
// "Ran `bundle exec rake`" in a template's past-tense checklist says the same as "run".
// "This can be done with `dune build @fmt`": the step the sentence before asked for, carried out by the span.
// ("executing the command line `dotnet build`"; a template box "your changes pass `cargo clippy`".)
const RUN_CUE = /(?:\b(?:run|ran|running|type|typing|execute|executed|executing|then|use(?!\s+of\b)|using|invoke|try|call|calling)\b|:)(?:[\s\w'"-]{0,12}|\s+the\s+(?:following\s+)?command(?:\s+line)?(?:\s+tool)?\s*)$|\b(?:changes|code|PR|pull\s+request|branch)\s+pass(?:es)?\s{1,3}$|^\W{0,3}to\s+(?:build|test|lint|format|compile|set\s?up|bootstrap)(?:\s+[\w-]+){0,3},\s{0,3}$|(?<=[.;:]\s{0,3}to\s+(?:build|test|lint|format|compile|set\s?up|bootstrap)(?:\s+[\w-]+){0,3},\s{0,3})$|\b(?:after\s+that|afterwards|next|once\s+(?:that's|that\s+is)\s+done),\s{0,3}$|\bruns\s{0,3}$|\((?:or\s{1,3})?$|(?<!(?:n't|\bnot|\bnever|\bcould|\bcannot)\s{1,3})\b(?:be\s+(?:done|achieved|fixed|checked)|(?:is|are)\s+(?:checked|linted))\s+(?:with|by|using|via|through)\s{1,3}$|\b(?:get|grab|obtain)\s+(?:it|them|one)\s+(?:with|using|via|by\s+running)\s{1,3}$/i;
/** A bold label ending in a colon that opens a list item, and nothing else before the span: "**Run the tests:** ". */
const LABELLED_VALUE = /^[\s*_-]{0,4}(?:\*\*|__)[^*_\n`]{1,60}(?::(?:\*\*|__)|(?:\*\*|__):)\s{0,3}$/;
/** "* pnpm 9 — `npm install -g pnpm@9`": a short plain label, a dash, then the command as its value. */
const DASH_LABEL = /^[\s*_-]{0,4}[^`\n\u2014\u2013:]{1,60}?\s(?:\u2014|\u2013|--?)\s{1,3}$/;
/** A label about the documentation ("**Build the docs:**"): its command builds the docs, no step of the checkout. */
const DOCS_LABEL = /^[\s*_]{0,4}[^`]{0,40}\b(?:docs?|documentation|website|site)\b[^`]{0,20}`/i;
/** A label or note that turns the value away ("Never — `sudo npm i -g`", "(deprecated, do not use)"). */
const TURNED_AWAY = /\b(?:never|don'?t|do\s+not|avoid|deprecated|obsolete|legacy|old|broken|unsupported|no\s+longer)\b/i;
/** Only markup before a span at the start of a list item: the item is the command. */
const ITEM_START = /^[\s*_>-]{0,4}$/;
/**
 * Words right after a span that say it is not the step: "`cargo fmt` does not work", "`x` can be replaced with",
 * "re-run `npm install` in your testing project" (a step in another project than the checkout), "use the `tox -e`
 * option" (a part of a command, named to explain it).
 */
const NOT_THE_STEP_AFTER = /^[`'")\]]{0,3}\s{0,3}(?:command\s+)?(?:does\s+not|doesn't|will\s+not|won't|cannot|can't|is\s+not|isn't|no\s+longer|can\s+be\s+replaced|is\s+deprecated|is\s+(?:equivalent\s+to|the\s+same\s+as|(?:an?\s+)?(?:alias|shorthand|short)\s+for)|in\s+(?:your|the|a)\s+(?:own|testing|test|sample|example|other|consuming)\s+(?:project|app|application|workspace)|in\s+your\s+(?:app|application)\b|(?:option|flag|switch|argument|parameter)s?\b)\b/i;
/**
 * Words right before a span that say it is not the step: "instead of `npm test`", "any usages of `cargo test`",
 * "after running `cargo test`" or "before running `x`" (a step given elsewhere, here a point in time), "will allow you to run `x`" (what a
 * step makes possible).
 */
// "You do not need to run `flutter pub get` once bootstrap has run": a step the reader is told to skip.
const NOT_THE_STEP_BEFORE = /\b(?:instead\s+of|rather\s+than|usages?\s+of|(?:not|never|no|don't|won't)\s+(?:need|have)\s+to\s+(?:run|use|call|execute)|not|never|don't|do\s+not|avoid|(?:which|that)\s+runs?|(?:after|before)\s+(?:running|you(?:'ve|\s+have)?\s+run)|(?:allows?|lets?|enables?)\s+you\s+to\s+(?:run|use))\s{0,3}(?:the\s+)?$/i;

/**
 * Words right before a span that make it what the span before it does: "`just fix` runs `cargo fixit ...`",
 * "`make ci` calls `x`", "(which is `cargo check --workspace`)". The step is the first span; this is its content.
 */
const WHAT_ANOTHER_RUNS = /`\s{0,3}(?:also\s+)?(?:runs|calls|executes|invokes|wraps|is\s+(?:an?\s+)?(?:alias|shorthand)\s+for)\s{0,3}$|\(which\s+(?:is|runs|calls)\s{0,3}$/i;

/** "run `pd [command]` to run `pnpm` from source": the second span is what the first one is for, not a step. */
const PURPOSE_OF_SPAN = /`[^`]{0,20}\b(?:in\s+order\s+)?to\s+(?:run|use|call)\s{0,3}$/i;

/** Only a joining word between two spans: "`a` and `b`", "`a`, `b`", "`a` or `b`". */
const JOINED_SPAN = /^`{0,2}\s{0,3}(?:,|,?\s{0,3}(?:and|or))\s{0,3}$/;

/**
 * A sentence that says what another step does ("This runs `typos`, `just check`...", "It also calls `make x`"): the
 * spans in it are that step's parts, not steps of their own. A link label (`[`nr build`](#nr-build)`) is a table
 * of contents entry.
 */
const DESCRIBES = /^\s*(?:(?:this|it|that|which|these)\s+(?:also\s+)?(?:runs?|executes?|includes?|calls?|invokes?|does)|(?:also\s+)?(?:runs|executes|calls|invokes))\b/i;

/** A verb of running anywhere earlier in the sentence: "You can run all tests with `make test`". */
const RUN_VERB = /\b(?:run|runs|running|execute|invoke)\b/i;
/** Words right before a span that hand the sentence's run to it: "with", "through", "via", "for example", "or". */
// "You can run the integration tests with the `sbt scripted` command": the tool may take an article.
const LATER_IN_RUN_SENTENCE = /\b(?:(?:with|through|via|using)(?:\s{1,3}the)?|example,?|e\.g\.,?|or|and)\s{1,3}$/i;
/**
 * A verb of a phase earlier in the sentence, and the tool it is done with right before the span: "Test a patch with
 * `make check`", "format via `golangci-lint fmt`", "install textlint by `npm install -g textlint`".
 */
// ("Check formatting with `a` and lints with `b`": the phase's word in any of its forms.)
const PHASE_VERB = /\b(?:test(?:s|ing)?|(?:auto-?|re)?format(?:s|ting)?|(?:sanity[- ]?)?check(?:s|ing)?(?!\s+out\b)|verif(?:y|ies|ying)|lint(?:s|ing)?|build(?:s|ing)?|compil(?:e|es|ing)|install(?:s|ing)?|set\s?up|bootstrap|(?:download|fetch|pull)(?:es|s|ing)?\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:module\s+|project(?:'s)?\s+|required\s+|(?:go|npm|node|python|ruby|dart|flutter|hex|cargo|composer)\s+)?(?:dependencies|deps|modules|packages|gems|crates)|auto-?correct(?:s|ing)?|auto-?fix(?:es|ing)?|(?:enable|activate)s?\s+(?:the\s+)?(?:pre-commit\s+|git\s+|commit\s+)?hooks?)\b/i;
const TOOL_CUE = /\b(?:with|via|through)\s{1,3}$/i;
/** A sentence that opens by telling the reader to install, build, test or format, and "by" the tool right before the span. */
// ("Run tests before sending the pull request by `bundle exec rake test`": running the tests is the phase's verb too.)
const IMPERATIVE_PHASE = /^[\s*_-]{0,4}(?:install|build|compile|test|format|lint|run\s+(?:the\s+|all\s+)?(?:unit\s+)?(?:tests?|specs?|test\s+suite|suite|linters?))\b/i;
const BY_CUE = /\bby\s{1,3}$/i;
/** A script of the checkout by its path: `./x`, `.\\x.ps1`, `scripts/x`, `bin/x`, or a name with a script's extension. */
const SCRIPT_PATH = /^(?:\.{1,2}[/\\]|(?:bin|scripts?|tools?|hack|dev)[/\\])[\w./\\-]+$|^[\w./\\-]+\.(?:sh|ps1|bat|cmd)$/;
/** "To check the whole tree, `x`": a lead that hands a check to the span. */
const TO_CHECK_CUE = /(?:^\W{0,3}|[.;:]\s{0,3})to\s+(?:check|verify|fix)(?:\s+[\w-]+){0,3},\s{0,3}$/i;
/** Whether the sentence hands a phase to the tool named right after "with", "via" or "through", or an imperative "by". */
function toolCue(before: string, block: Exclude<Block, CodeBlock | { kind: 'heading' }>, offset: number): boolean {
  if (!TOOL_CUE.test(before) && !BY_CUE.test(before)) return false;
  // "this can't be done through `npm test`": the tool the clause turns away.
  if (/\b(?:can'?t|cannot|not|never|don'?t|won'?t|avoid)\b[^.;]{0,40}$/i.test(before)) return false;
  // The sentence's own words, other spans blanked: "feature-complete with `pnpm install`" has no verb of its own.
  const words = proseSentences(block).before(offset);
  return TOOL_CUE.test(before) ? PHASE_VERB.test(words) : IMPERATIVE_PHASE.test(words);
}

/**
 * Words right after a span that make it the subject of running: "`make checks` will do these checks", "`x` runs the
 * suite", "`npm install` will also install the packages", "`npm test` will perform the full range of tests"; not
 * "`pip install acme` installs the latest version": an install is a step when what it installs is the checkout's
 * dependencies or tools, a performed run when it is the tests or the build; nor "which `make tools` installs." or
 * "will also run the tests" (what a build does besides, said in a FAQ).
 */
// (Two backticks close a reStructuredText literal: "``make lint`` runs pylint".)
const SUBJECT_OF_RUN = /^`{0,2}\s{1,3}(?:(?:,|and|or)\s{0,3}`[^`\n]{1,80}`\s{0,3}){0,4}(?:(?:can\s+be\s+run\b|will\s+(?:run|do|check|format|build|lint|test|fix)|(?:only\s+|just\s+|also\s+)?(?:runs|executes|checks|formats|reformats|rewrites|lints|builds|fixes|fetches))\b|(?:will\s+(?:also\s+)?(?:perform|execute|compile|set\s+up)|(?:also\s+)?(?:performs|compiles|sets\s+up))\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:tests?|test\s+suite|suite|specs?|checks|build|project|code|sources?|environment|workspace|dependencies)\b|(?:will\s+(?:also\s+)?(?:install|fetch|download)|(?:also\s+)?(?:installs|downloads|fetches))\s+(?:all\s+(?:the\s+|of\s+the\s+)?|the\s+|any\s+|its\s+|our\s+|every\s+)?(?:[\w-]+\s+){0,3}?(?:dependencies|deps|packages|requirements|modules|gems|crates|libraries|tools|toolchains?|everything)\b)/i;
/**
 * "`./gradlew jvmTest` which runs all tests on the JVM", the span opening its paragraph: a relative clause says the
 * same. Inside a sentence ("our workflow calls `x` which runs...", "we used to ship `x` which runs...") it describes.
 */
const WHICH_RUNS = /^`{0,2}\s{1,3},?\s{0,3}(?:which|that)\s{1,3}(?:runs|executes|checks|formats|lints|builds)\b/i;

/**
 * The block's prose with its code spans blanked out, offsets kept: the words a span's sentence says about it.
 * Another span's command (`npm test`) says what that step is for, not this one.
 */
function withoutSpans(block: Exclude<Block, CodeBlock | { kind: 'heading' }>): string {
  // Built from the stretches between spans, not from an array of every character: a paragraph of many spans is
  // read in one pass.
  const text = block.text;
  const parts: string[] = [];
  let done = 0;
  for (const span of block.code) {
    if (span.offset < done) continue;
    // The span's text starts within 3 characters of its offset (after its delimiter); nowhere else is looked for.
    let at = span.offset;
    while (at - span.offset <= 3 && !text.startsWith(span.text, at)) at++;
    if (at - span.offset > 3) continue;
    let end = at + span.text.length;
    while (end < text.length && end - at - span.text.length < 3 && text[end] === text[span.offset]) end++;
    parts.push(text.slice(done, span.offset), ' '.repeat(end - span.offset));
    done = end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}


export interface InlineCommand {
  readonly command: string;
  readonly line: number;
  /** The words around it that may say its phase. */
  readonly sentence: string;
  /** Whether a test or lint heading gives its phase when those words do not (a project script by path). */
  readonly sectionSpeaks?: boolean;
  /** A list item that is only a task runner ("- `make`."): a step only where its section names a phase. */
  readonly runnerItem?: boolean;
  /** The phase a clause of checking, fixing or testing gives the tool it is done with, when the span's own words give none. */
  readonly clauseKind?: CommandKind;
}

/** A span's clause: its sentence from the last comma, semicolon, "and" or "or" before it to the sentence's end. */
/** A span after another in its sentence, joined by a comma or "and": one of several steps the sentence lists. */
const MULTI_STEP = /`[^`\n]{1,200}`[^`.;:]{0,10}(?:,|\band\b)[^`.;:]{1,80}$/;

function clauseAround(prose: SentenceIndex, offset: number, length: number): string {
  // ("Run the tests: `./script/test`": a colon right before the span hands its clause over to it, not away.)
  const parts = prose.before(offset).replace(/:\s*$/, ' ').split(/[,;:]|\s(?:and|or|but)\s/);
  return `${parts[parts.length - 1]} ${prose.after(offset + length + 2)}`;
}

/** The clause before a span, back to the last comma, "and" or "or": "check the code style with". */
function clauseBefore(prose: SentenceIndex, offset: number): string {
  const parts = prose.before(offset).replace(/:\s*$/, ' ').split(/[,;:]|\s(?:and|or|but)\s/);
  return parts[parts.length - 1];
}

/** The sentence a span stands in, up to 300 characters either side. */
function sentenceAround(prose: SentenceIndex, offset: number, length: number): string {
  return `${prose.before(offset)} ${prose.after(offset + length + 2)}`;
}

/**
 * Words right after a span that say it must succeed ("Ensure `cargo test` and `cargo clippy` pass", "make sure `x`
 * runs cleanly"): a check to run before submitting.
 */
// ("does not report any errors", "completes without errors": the same ask in other words.)
// ("After that, `npm run test` should pass.": a modal before the verb says the same.)
const MUST_PASS_AFTER = /^`{0,2}\s{0,3}(?:(?:,|and|or)\s{0,3}`[^`\n]{1,80}`\s{0,3}){0,4}(?:(?:all|both)\s+)?(?:(?:should|must|needs?\s+to|has\s+to|will)\s+)?(?:(?:all|both)\s+)?(?:to\s+(?:pass|succeed)(?=\s*(?:[.,;!)]|$|(?:locally|cleanly|before|without|on\s+(?:your|CI|the\s+CI)|in\s+CI)\b))|passes|pass|succeeds|succeed|(?:reports?|gives?|shows?|finds?|produces?|raises?)\s+no\s+(?:errors?|warnings?|failures?|issues?|problems?|violations?|complaints?)|(?:runs?|completes?|finishes|exits?)\s+(?:cleanly|successfully|green|without\s+(?:any\s+)?(?:errors?|warnings?|failures?))|(?:is|are)\s+green|(?:does|do)(?:\s+not|n't|n’t)\s+(?:report|show|give|produce|raise)\s+(?:any\s+)?(?:errors?|warnings?|failures?|issues?|violations?))\b/i;

/**
 * "make sure `perlcritic lib` is clean": a checker's clean report is its passing, where the sentence asks for it (a
 * status, "As of 2.0, `cargo clippy` is clean", asks nothing).
 */
const CLEAN_AFTER = /^`{0,2}\s{0,3}(?:is|are|comes?\s+(?:back|out)|stays?|runs?)\s+clean\b/i;
const ASKS_BEFORE = /\b(?:make\s+sure|ensure|check\s+that|verify\s+that|must|should|needs?\s+to|please)\b[^.]{0,80}$/i;
/** Words right before a span that ask it to pass: "will need to pass CI and local `cargo test`", "must pass `make lint`". */
const MUST_PASS_BEFORE = /\b(?:(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+)pass\s+(?:(?:the|all|local|locally|both|CI|and|our|a)\s+){0,4}$|\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\b[^.;]{0,60}\band\s+pass\s+$/i;

const textIndexes = new WeakMap<Block, SentenceIndex>();
const proseIndexes = new WeakMap<Block, SentenceIndex>();
/** The sentences of a block's text as written. */
function textSentences(block: Exclude<Block, CodeBlock | { kind: 'heading' }>): SentenceIndex {
  let index = textIndexes.get(block);
  if (index === undefined) textIndexes.set(block, (index = new SentenceIndex(block.text)));
  return index;
}
/** The sentences of a block's prose, its code spans blanked. */
function proseSentences(block: Exclude<Block, CodeBlock | { kind: 'heading' }>): SentenceIndex {
  let index = proseIndexes.get(block);
  if (index === undefined) proseIndexes.set(block, (index = new SentenceIndex(withoutSpans(block))));
  return index;
}

/**
 * A span's command, if it names one: a known tool, or a project's program by path (`.scripts/setup.sh`, or `x.ps1`
 * after "or"), which is a step only where the prose says to run it. A span broken over two source lines reads as
 * one line (`rustup component add\nrustfmt`); `cd dir && x` is moving to where step `x` runs.
 */
function readSpan(text: string): SpanReading {
  // `test.pkg()`, `Pkg.test("X")`: a console call whose name tests or lints, a step where the prose runs it.
  const console = consoleCallKind(text);
  if (console) return { command: text.trim(), program: true, kind: console };
  const command = cleanCommandLine(text.replace(/\s*\n\s*/g, ' '));
  if (!command) return { program: false };
  if (isCommand(command)) return { command, program: false };
  if (isProjectProgram(command)) return { command, program: true };
  // A PowerShell cmdlet (`Start-PSxUnit`, `Invoke-Build -Task Test`) is a program too, run where the prose runs it.
  if (CMDLET.test(toolOf(command) ?? '') && command.length <= 300) return { command, program: true };
  // A program Onramp does not know, called with a subcommand (`reuse lint`): a step only where the prose runs it.
  // So is a project's own tool in one hyphenated word (`proj-test-io`, `cabal-tests`), where the prose runs it.
  return (command.includes(' ') || HYPHENATED_TOOL.test(command)) && isLooseCommand(command) ? { program: false, other: command } : { program: false };
}

/** A run ruled out earlier in the sentence: "cannot be run with", "can't yet be run locally with". */
const NOT_RUN = /\b(?:cannot|can't|can\s+not|not|never)\s+(?:\w+\s+){0,2}be\s+run\b[^.;!?]*$/i;

/** A verb right before a console call that has the reader type it. */
const CONSOLE_CUE = /\b(?:run|running|type|typing|call|calling|use|using|execute|executing|enter|entering)\s{1,3}$/i;
const HYPHENATED_TOOL = /^[a-z][a-z0-9]{1,30}(?:[-_][a-z0-9]{1,30}){1,4}$/;

interface SpanReading {
  readonly command?: string;
  readonly program: boolean;
  /** A call of a program Onramp does not know. */
  readonly other?: string;
  /** The phase a console call's own name gives it. */
  readonly kind?: CommandKind;
}

/**
 * A paragraph that is nothing but the span, maybe set in bold or italics (`**\`pnpm build\`**` above a list of
 * what it does, as a definition list's term): the command itself.
 */
export const onlyTheSpan = (text: string, span: string): boolean => text.replace(/`/g, '').replace(/:\s*$/, '').replace(/^(?:\*\*|__|\*|_)(.*?)(?:\*\*|__|\*|_)$/s, '$1').replace(/:\s*$/, '').trim() === span.trim();

/** A verb of running right before a span, with nothing but a few words or a colon between: "run `x`", "by running the tool: `x`". */
const RUN_VERB_BEFORE = /\b(?:run|running|execute|executing|invoke|invoking)\b[^.;!?`]{0,40}:?\s{0,3}$/i;
/**
 * A program Onramp does not know is a step when the sentence runs it ("verify it by running the REUSE tool: `reuse
 * lint`") and its own words say it checks or tests; otherwise it is a name in passing.
 */
function unknownToolStep(command: string, before: string, block: Exclude<Block, CodeBlock | { kind: 'heading' }>, offset: number, checksOrTests: (command: string) => boolean, afterStep: boolean): SpanReading {
  // A link's target is not words of the sentence: "running the [REUSE tool](https://…): `reuse lint`".
  const sentence = textSentences(block).before(offset).replace(/\]\([^()\s]{0,300}\)/g, ']');
  // "Lint the client sources via `bb lint-js`": a clause of checking or testing hands its step to the tool it is done
  // with (commandsChecked.ts), a tool Onramp does not know as much as one it does.
  const checkedWith = /\b(?:with|using|via)\s{1,3}$/i.test(before) && imperativeCheckedWith(clauseBefore(proseSentences(block), offset));
  const runs = afterStep || checkedWith || RUN_VERB_BEFORE.test(sentence.slice(-80)) || /\b(?:run|running|execute|invoke)\s{1,3}$/i.test(before);
  // "set up a commit hook to automatically run `check-typo`": what the hook does, not a step of the reader's.
  return runs && checksOrTests(command) && !/\bautomatically\s{1,3}(?:run|runs|running)\s{0,3}$/i.test(before) ? { command, program: false } : { program: false };
}

/**
 * Code spans that are commands, when the prose presents them as a step: after a cue to run them, or opening a
 * list item. "runs" counts only right before the span: "on repeated runs because `x`" is a noun. A span named in passing ("any usages of `cargo test`", "`cargo fmt` does not work") is not a step.
 */
export function inlineCommands(
  block: Exclude<Block, CodeBlock | { kind: 'heading' }>,
  definedStep: (command: string) => boolean = () => false,
  checksOrTests: (command: string) => boolean = () => false,
  /**
   * A table cell whose row's first cell names a phase ("| Test | `pytest` |"): the row hands the run to its span, a
   * script by path always, a lone tool only under a header that names commands ('header').
   */
  labelledCell?: 'label' | 'header',
): InlineCommand[] {
  const found: InlineCommand[] = [];
  // Where the last span named in passing ended, for a span joined to it by "and" or "or".
  let notStepEnd = -1;
  // Where the last span taken as a step ended, for a span listed after it ("run `a`, `b`, or `c`").
  let stepEnd = -1;
  const readSpans = new Map<string, SpanReading>();
  for (const span of block.code) {
    // What a span's text is, read once per text: a paragraph may name one command many times.
    let read = readSpans.get(span.text);
    if (read === undefined) readSpans.set(span.text, (read = readSpan(span.text)));
    const before = block.text.slice(Math.max(0, span.offset - 30), span.offset);
    // Where the span's text ends: after its opening backticks, one in Markdown, two in reStructuredText (``make lint``).
    const close = span.offset + openingTicks(block.text, span.offset) + span.text.length;
    // "Run `go vet ./...` and `staticcheck ./...`": a tool Onramp does not know, listed after a step, is run as well.
    const { command, program } = read.command || !read.other ? read : unknownToolStep(read.other, before, block, span.offset, checksOrTests, continuesSeries(block.text, stepEnd, span.offset));
    if (!command || (block.links.length > 0 && insideLinkLabel(block.text, span.offset, span.text.length)) || linksPackage(command)) continue;
    const series = continuesSeries(block.text, stepEnd, span.offset);
    stepEnd = -1;
    // "You can run the Pester tests with `Start-Pester`:" hands over to the block below, whose lines are the step.
    if (program && CMDLET.test(toolOf(command) ?? '') && /^`{1,3}\s{0,3}:\s*$/.test(block.text.slice(close))) continue;
    // Only the reader is told to run a program: "whose hook runs `scripts/x.sh`" says what something else does.
    const after = block.text.slice(close, close + 59);
    // "- `./scripts/vet.sh` to catch vet errors": an item that opens with a program and says what it is for.
    const itemPurpose = block.kind === 'listItem' && ITEM_START.test(block.text.slice(0, span.offset)) && (ITEM_PURPOSE_AFTER.test(after) || DESCRIBED_AFTER.test(after));
    // "can be checked with `x`", "fix most issues with `vendor/bin/x`": the clause's verb hands its phase to the tool.
    // Only a span after "with", "using", "via" or "by" is looked at, so the clause is read for few spans.
    // A lone tool name ("formatted with `black`") names the tool, not a command line to type.
    // ("tested with at least the `make check` command": a few filler words may stand between the cue and the span.)
    const clauseKind = /\b(?:with|using|via|running)(?:\s+(?:at\s+least|at\s+minimum|the|a|our|your))*\s{1,3}$/i.test(before) && (program || /[ /]/.test(read.command ?? '')) ? checkedWithKind(clauseBefore(proseSentences(block), span.offset)) : undefined;
    // "Install the dependencies with `x`", "format via `script/fmt`": a phase verb hands its step to the program named.
    // A parenthesis that lists files hands over no program: "unit tests (`mypy/test/testx.py`, `data/x.test`)" names
    // where a thing lives; "Ensure the tests pass (`script/test`)" still gives the step.
    // ("; to check the whole tree, `pre-commit run --all-files`": a check handed to a command that itself checks or tests;
    // "To verify, `./build/qq version`" runs the product.)
    const checkCue = TO_CHECK_CUE.test(before) && checksOrTests(read.command ?? read.other ?? '');
    const programCue = program && (checkCue || clauseKind !== undefined || (RUN_CUE.test(before) && !/\bruns\s{0,3}$/i.test(before) && !(/\(\s*$/.test(before) && /^`{1,2}\s{0,3},\s{0,3}`/.test(after))) || (RUN_VERB.test(textSentences(block).before(span.offset)) && LATER_IN_RUN_SENTENCE.test(before)) || series || itemPurpose || toolCue(before, block, span.offset));
    if (program && !programCue) continue;
    // A console call is typed only where a verb says so ("by typing `test.pkg()`"); "(example: `x.test()`)" shows one.
    // "Run X in the IDE, or `devtools::check()`", "Install the dependencies with `devtools::install_dev_deps()`": the
    // sentence's run or phase verb hands over to the call as to any other span.
    if (read.kind !== undefined && !CONSOLE_CUE.test(before) && !(RUN_VERB.test(textSentences(block).before(span.offset)) && LATER_IN_RUN_SENTENCE.test(before)) && !toolCue(before, block, span.offset)) continue;
    // "instead of `npm test` or `npm run x`", "allow you to run `a` and `b`": what was said of the span just before
    // holds for one joined to it.
    const joined = notStepEnd >= 0 && span.offset - notStepEnd <= 20 && JOINED_SPAN.test(block.text.slice(notStepEnd, span.offset));
    // ("`x` does not report any errors" is the check asked to pass, not a span that "does not work".)
    // ("Please keep `cargo clippy` happy": a check to keep passing.)
    const mustPass = MUST_PASS_AFTER.test(block.text.slice(close, close + 199)) || (/\bkeep\s{1,3}$/i.test(before) && /^`{0,2}\s{0,3}(?:happy|green|clean|passing|quiet)\b/i.test(after)) || (CLEAN_AFTER.test(block.text.slice(close, close + 40)) && ASKS_BEFORE.test(block.text.slice(Math.max(0, span.offset - 120), span.offset)));
    if (joined || NOT_THE_STEP_BEFORE.test(before) || CONDITION_BEFORE.test(before) || PURPOSE_OF_SPAN.test(before) || (NOT_THE_STEP_AFTER.test(after) && !mustPass) || WHAT_ANOTHER_RUNS.test(before)) {
      notStepEnd = span.offset + span.text.length + 1;
      continue;
    }
    notStepEnd = -1;
    const sentence = textSentences(block).before(span.offset);
    // "To execute a specific test, use `go test`": how to focus a run, an example rather than the step; "Example
    // output from running `go test`" presents what a run prints.
    if (isRecovery(sentence) || DESCRIBES.test(sentence) || NARROWING.test(sentence.slice(sentence.lastIndexOf(';') + 1)) || OUTPUT.test(sentence)) continue;
    // A span opening a list item, or a paragraph (a table cell) that is nothing but the span, is the command itself.
    // "- **Check formatting:** `mix format --check-formatted`": an item that is a bold label and the command as its
    // value, like a definition list's entry, is the command for what the label names.
    const dashLabel = block.kind === 'listItem' && !TURNED_AWAY.test(block.text) ? DASH_LABEL.exec(block.text.slice(0, span.offset)) : null;
    // ("**Install Rust:** `curl ... | sh`" as a paragraph of its own is the same entry, set out without a list.)
    const label =
      (block.kind === 'listItem' && block.code.length >= 1) || (block.kind === 'paragraph' && block.code.length === 1 && !TURNED_AWAY.test(block.text) && !DOCS_LABEL.test(block.text))
        ? (LABELLED_VALUE.exec(block.text.slice(0, span.offset)) ?? dashLabel)
        : null;
    // ("* pnpm 9 — `npm install -g pnpm@9` (only for the e2e tests)": a note in parentheses may follow a dash's value.)
    // ("- **macOS:** `xcode-select --install`, then `brew install cmake`": the label's value may go on with the next step.)
    const labelledValue = label !== null && (label[0].includes('**') || label[0].includes('__') ? /^`{0,2}\s{0,3}(?:[.;]?\s*$|,?\s{1,3}(?:then|and)\s)/ : /^`{0,2}\s{0,3}(?:\([^()]{0,120}\))?\s{0,3}[.;]?\s*$/).test(block.text.slice(close));
    // "**Run tests in watch mode:**": a run that reruns on every change until stopped is a loop to work in, not a step.
    if (labelledValue && /\bwatch\b/i.test(label[0])) continue;
    const atItemStart =
      labelledValue || (block.kind === 'listItem' && ITEM_START.test(block.text.slice(0, span.offset))) || (block.code.length === 1 && block.text.length <= MAX_COMMAND_LENGTH && onlyTheSpan(block.text, span.text)) ||
      // A paragraph that is a span and what it does ("`npm run build` - compiles typescript to dist folder."), the
      // paragraph form of a described list item.
      (block.kind === 'paragraph' && !block.inList && block.column === undefined && span.offset === 0 && DESCRIBED_AFTER.test(after));
    if ((programCue && !series) || clauseKind !== undefined) {
      // Presented as a step above, or as the tool a clause of checking or fixing is done with.
    } else if (definedStep(command) && !block.links.some((link) => link.text.includes(span.text)) && !/\b(?:example,?|e\.g\.,?)\s{0,3}$/i.test(before)) {
      // A task of the repository's own, named where its phase is clear, is a step without a cue to run it.
    } else if (!command.includes(' ')) {
      // A lone word needs a verb right before it (`npm` "with `npm`" is a tool named); a project's script by path
      // (`./validate.sh`, `script/fmt`) is a program to run wherever the sentence hands the run to it.
      // "(`bin/x` in the repository)" names a file; only a verb hands the run to it.
      // "`script/test` and `script/cucumber` can be run without arguments": the subject of running is a step too.
      // Listed after a step ("run `make test`, `make test-all`"), it is one more step of the same run.
      // "Ensure that `./check.sh` succeeds": a script whose success is asked is run.
      // ("1. `./autogen.sh`": a numbered step that is only a script in the checkout runs it.)
      // ("Run the configuration script" then a paragraph that is only `.\\configure.ps1`: a script alone where a step is
      // set out, the way a list item that is only `./autogen.sh` is one; Windows paths too.)
      const loneScript = SCRIPT_PATH.test(command) && block.kind === 'paragraph' && block.code.length === 1 && onlyTheSpan(block.text, span.text);
      // ("- `make`." under "Build & Run": a list item that is nothing but a task runner runs its default task; the
      // section gives its phase, and where it gives none the step is dropped.)
      const runnerItem = block.kind === 'listItem' && BARE_RUNNER.test(command) && RUNNER_ITEM.test(block.text);
      // A list item that is a script of the checkout, alone, with an aside, or "or" a variant of it.
      const scriptItem = block.kind === 'listItem' && /^\.[/\\]/.test(command) && (onlyTheSpan(block.text, span.text) || (ITEM_START.test(before) && (onlyTheSpan(block.text.replace(TRAILING_ASIDE, ''), span.text) || OR_VARIANT.test(after))));
      const pathCue = runnerItem || (/[/\\]/.test(command) && (series || itemPurpose || loneScript || scriptItem || (RUN_CUE.test(before) && !/\(\s*$/.test(before)) || (RUN_VERB.test(sentence) && LATER_IN_RUN_SENTENCE.test(before)) || SUBJECT_OF_RUN.test(after) || mustPass || (BY_CUE.test(before) && toolCue(before, block, span.offset))));
      // "can be run with `proj-test-io`": the tool the run is done with.
      // "compile the code with `make`": a task runner alone, handed a phase by its clause, runs its default task.
      const runnerCue = BARE_RUNNER.test(command) && toolCue(before, block, span.offset);
      // "Run the tests with `pytest`", "lint the code using `ruff`": a test runner or linter that a run's own clause is
      // done with is the whole run ("We write our tests with `pytest`" names the framework: no run).
      // ("- `yarn test`: run unit tests with `jest`" says what another span runs.)
      // (Not a tool that needs a subcommand to run anything: `ruff` alone is `ruff check`'s program.)
      const runWith = RUN_WITH.test(before) && !before.includes('`') && (classify(command) === 'test' || classify(command) === 'lint') && !NEEDS_SUBCOMMAND.test(command);
      // A table cell that is only the span, beside a label cell ("| Test | `pytest` |"): the row hands the run to it.
      const cellAlone = labelledCell !== undefined && onlyTheSpan(block.text, span.text) && (command.includes('/') || (labelledCell === 'header' && (classify(command) !== undefined || BARE_RUNNER.test(command))));
      if (!pathCue && !series && !runnerCue && !runWith && !cellAlone && !/(\b(run|type|execute|running|typing|then|invoke|invoking|call|calling)|\b(?:be|are|is|get|gets)\s+run\s+(?:(?:locally|directly|manually|easily|simply|quickly|also)\s+)?(with|using|via)|:)\s*$/i.test(before)) continue;
      // "The tests cannot be run locally with `tox` yet": a run the sentence rules out.
      if (!series && NOT_RUN.test(textSentences(block).before(span.offset))) continue;
      // Its phase is said by its own clause: "run the test suite by executing `a`, and run the app with `bin/app`".
      if (pathCue) {
        found.push({ command, line: span.line, sentence: clauseAround(proseSentences(block), span.offset, span.text.length), sectionSpeaks: true, ...(runnerItem ? { runnerItem } : {}) });
        stepEnd = span.offset + span.text.length + 1;
        continue;
      }
    } else if (mustPass || MUST_PASS_BEFORE.test(block.text.slice(Math.max(0, span.offset - 100), span.offset))) {
      // A check that must pass is a step ("Ensure `x` passes", "your PR needs to pass CI and local `cargo test`").
    } else if (!series && !checkCue && !RUN_CUE.test(before) && !atItemStart && !SUBJECT_OF_RUN.test(after) && !(WHICH_RUNS.test(after) && span.offset <= 2) && !(RUN_VERB.test(sentence) && LATER_IN_RUN_SENTENCE.test(before)) && !toolCue(before, block, span.offset)) {
      continue;
    }
    // "Install with `a`, run the tests with `b` and check the style with `c`": each step's own clause says its phase.
    const steps = block.code.length > 1 && MULTI_STEP.test(textSentences(block).before(span.offset));
    // "run `x`. This will also run the tests": the next sentence goes on about the step, and says what it is for.
    const around = steps ? clauseBefore(proseSentences(block), span.offset) : `${sentenceAround(proseSentences(block), span.offset, span.text.length)} ${describingSentence(proseSentences(block), span.offset + span.text.length + 2)}`;
    found.push({ command, line: span.line, sentence: around, clauseKind: clauseKind ?? read.kind });
    stepEnd = span.offset + span.text.length + 1;
  }
  return found;
}

/** A parenthesised aside closing a list item: "- `./bin/run-integrationtests` (Docker needed)". */
const TRAILING_ASIDE = /\s*\([^()\n]{1,60}\)\s*$/;
/** The item goes on with a variant of the same script: "- `./bin/run-unittests` or `./bin/run-unittests --watch`". */
const OR_VARIANT = /^`{0,2}\s{1,3}or\s{1,3}`/;

/** A list item that is one code span and nothing else (a closing stop aside): "- `make`.". */
const RUNNER_ITEM = /^[\s*_-]{0,4}`[^`\n]{1,40}`[.;]?\s*$/;

/** Tools that run nothing without a subcommand (`ruff check`, `cargo test`). */
const NEEDS_SUBCOMMAND = /^(?:ruff|cargo|go|npm|pnpm|yarn|mix|dotnet|mvn|sbt|stack|cabal|dune|bundle|poetry|uv|hatch|pdm|deno|bun|swift|zig|nx|turbo|biome|golangci-lint)$/;
/** What a span does, said right after it with a dash or colon: "- compiles typescript", ": runs the linters". */
const DESCRIBED_AFTER = /^`{0,2}\s{0,3}(?:[\u2014\u2013:]|\s-{1,2})\s{0,3}(?:runs?|checks?(?!\s+out\b)|lints?|formats?|tests?|builds?|compiles?|installs?|sets?\s+up|bootstraps?)\b/i;
/** A clause that runs something with the tool named next: "Run the tests with", "execute the suite using", "lint via". */
const RUN_WITH = /(?:^|[.;:!?(]\s*|\b(?:please|then|and|simply|just|(?<!\bused\s)to|can|should|must)\s+)(?:run|execute|lint|check|format)\s+(?:(?:all|of|the|your|our|its|whole|entire|full|unit|integration)\s+){0,4}(?:tests?|test\s+suite|suite|specs?|code(?:\s+style|\s+formatting)?|codebase|sources?|files|checks|linters?|style|formatting|types)\s+(?:(?:locally|directly|manually)\s+)?(?:with|using|via|through)\s*$/i;

/** How many backticks open the span at `offset` (one, or two for a reStructuredText literal); one when none is there. */
function openingTicks(text: string, offset: number): number {
  let n = 0;
  while (text[offset + n] === '`' && n < 3) n++;
  return Math.max(1, n);
}
