import { Located } from '../sources';
import { testsInContainer } from './commandsContainerTests';
import { keptInCollection } from './commandsStructure';

/**
 * Sections a guide's commands are not read from: side quests (containers, releases, debugging, editors...), a
 * FAQ about side questions, a section only about the project's CI.
 */

/**
 * Sections whose commands are for maintainers or side quests, not a first contribution. Profiling is one; a profile
 * as a thing the project is made of ("Contributing a Device Profile", "Writing profiles") is not. An editor is named
 * alone ("Using VS Code", "Emacs", ".vscode", "VS Code-specific setup"): joined to a name it names a project
 * ("vim-airline", "vscode-spell-checker", "acme.vim", the title of an editor plugin's own guide), whose every section
 * would otherwise be skipped.
 */
const SKIP_SECTION =
  /\bcontainer(?:s|ized)?\b|\bdocker\b|\blaunch|podman|codespace|\bself[\s-]?hosting\b|\bcommon\s+(?:problems|issues|errors|pitfalls)\b|\bknown\s+(?:issues|problems)\b|\bman\s?pages?\b|\brun(?:ning)?\s+the\s+demos?\b|\beditors?\b(?:\s+support)?|\bcut(?:ting)?\s+(?:a\s+)?(?:new\s+)?(?:version|release)\b|vagrant|virtual machine|releas|publish|deploy|debug|cross[- ]?compil|\b(?:compil|build)\w*\s+for\s+(?:windows|linux|mac\s?os(?:\s?x)?|android|ios|wasm\w*|web\s?assembly|arm\w*|musl)\s+(?:from|on)\b|benchmark|\bperf(ormance)?\b|profil(?:ing|ers?|ed)\b|\bprofiles?\s+(?:visuali\w*|feedback|guided|data|results?)\b|troubleshoot|translat|\bdocs?\s+(site|website)\b|website|documentation site|documentation updates?|\bupdating (the )?(docs|documentation)\b|mkdocs|playground|\bdocs?\s+(?:testing|tests|builds?|building)\b|\bbuild(?:ing)?\s+(?:the\s+)?docs\b|maintainer|reviewing|changelog|versioning|bisect|\bflak(?:y|e)|\breport(?:ing)?\s+(?:a\s+|an\s+)?(?:bugs?|issues?|problems?)\b|\bbug\s+reports?\b|\bfil(?:e|ing)\s+(?:a\s+|an\s+)?(?:bugs?|issues?)\b|^\W*(?:deprecated|obsolete|legacy)\b|\((?:deprecated|obsolete|legacy)\)\s*$|ecosystem|(?:upgrad|updat)\w*\s+(?:all\s+)?(the\s+)?(toolchain|rust|node|python|go|java|dependenc(?:y|ies)|compiler)|\bfuzz|\btips\b|\btricks\b|\brecipes?\b|\bcookbook\b|\bIDE\b|(?<![-\w]|\w\.)(vs\s?code|visual studio code|intellij|jetbrains|pycharm|vim|neovim|emacs)(?!\w|[-.](?!(?:specific|only|based|related|setup|settings?|config\w*|users?|support)\b)\w)/i;
/**
 * A side quest the heading says is not used ("Using your local system without the dev container", "Building
 * outside Docker", "No container needed"): the heading is about the usual, local way, which is the main flow.
 */
const WITHOUT_SIDE_QUEST = /\b(?:without|outside(?:\s+of)?|not\s+using|no)\s+(?:an?\s+|the\s+)?(?:dev(?:elopment)?\s+)?(?:containers?|docker|podman|vagrant|codespaces?|virtual\s+machines?|vms?)\b/gi;
const FAQ_SECTION = /\bfaqs?\b|frequently\s+asked/i;
const FAQ_MAIN_QUESTION = /\btests?\b|\btesting\b|\blint\w*|\bformat\w*|\bbuild\w*|\bcompil\w*|\bset\s?up\b|\binstall\w*/i;
/** The topics a heading joins: "Building and Debugging", "Setup & profiling", "Build, debug". */
const JOINED_TOPICS = /\s+(?:and|&|\+)\s+|,\s*/i;
/** A main-flow topic on its own, for a heading that joins it to a side quest ("Building and Debugging"). */
const MAIN_TOPIC = /^(?:the\s+)?(?:set(?:ting)?\s?up|install\w*|build\w*|compil\w*|test\w*|lint\w*|format\w*|check\w*|contribut\w*)$/i;

/**
 * A heading that names the project as what is contributed to ("Contributing to semantic-release", "Hacking on
 * Podman"): the project's name in it is not a side-quest topic.
 */
const GUIDE_TITLE = /^(?:how\s+to\s+)?(?:contribut\w*|hacking|developing|welcome)\s+(?:to|on|for)\s/i;

// Each section path's answer: skipped or not, or 'ci' for a section only about the CI, skipped but for a sentence that
// has the reader run a check locally (decided per block).
const skipCache = new WeakMap<readonly string[], boolean | 'ci'>();
const skipCacheContainers = new WeakMap<readonly string[], boolean | 'ci'>();
/** A sentence that has the reader run the check on their own machine ("You can run the linter locally with `npm run lint`"). */
const RUN_LOCALLY = /\brun\b[^.]{0,80}\b(?:locally|on\s+your\s+(?:own\s+|local\s+)?(?:machine|computer|laptop)|yourself)\b/i;
/** Said as no step: "there is no need to run it yourself", "hard to reproduce locally". */
const NOT_RUN = /\bno\s+need\b|\b(?:don['\u2019]t|do\s+not|doesn['\u2019]t)\s+(?:need|have)\b|\bnot\s+(?:necessary|needed|required)\b|\bhard\s+to\b|\bcan(?:not|['\u2019]t)\b/i;
const runsLocally = (text: string): boolean => text.split(/[.;!?]\s/).some((sentence) => RUN_LOCALLY.test(sentence) && !NOT_RUN.test(sentence));
/** A block's prose with its code spans blanked: "The CI runs `npm run e2e`" says "run" only inside the span. */
const withoutSpans = (text: string): string => text.replace(/`[^`\n]{0,300}`/g, 'X');
/** Container words: a side quest, except in a guide whose only way to set up or test is a container (see `commands`). */
export const CONTAINER_WORDS = /\bcontainer(?:s|ized)?\b|\bdocker\b|podman/i;
const CONTAINER_WORDS_ALL = new RegExp(CONTAINER_WORDS.source, 'gi');

/** A heading about the project's CI alone: what runs there for the contributor, not a step to type ("Running CI locally" is not it). */
const CI_ONLY = /^\W*(?:\d+[.)]\s*)?(?:(?:our|the|about(?:\s+the)?)\s+)?(?:continuous\s+integration|CI)(?:\s*(?:\/|and|&)\s*CD)?(?:\s+(?:checks?|pipelines?|jobs?|workflows?|builds?|system|services?))?\W*$/i;

/**
 * Tips for the contribution itself ("Tips for Bug Fixing", "Tips for contributors", "Contribution tips and
 * guidelines"): the guide's own flow under a friendlier name, not a collection of side recipes ("Debugging tips",
 * "Tips and tricks", "Development Tips").
 */
const TIPS_FOR_THE_WORK = /\btips\s+for\s+(?:the\s+)?(?:bug[\s-]?(?:fix|patch)\w*|fix\w*|patch\w*|contribut\w*|develop\w*|new(?:comers?|\s+contributors?)|beginners?|getting\s+started|first[-\s]time\w*)\b|\b(?:contribut\w*|newcomers?|beginners?)(?:['\u2019]s?)?\s+tips\b/gi;

/**
 * Whether a block sits under a side-quest heading. A heading that joins a main-flow topic to a side quest
 * ("Building and Debugging") holds the main flow: its own sub-headings say which part is the side quest.
 */
export function inSkippedSection(l: Located, containersAllowed = false): boolean {
  const sections = l.block.sections;
  const cache = containersAllowed ? skipCacheContainers : skipCache;
  // (Where containers are the way to work, their words name no side quest.)
  const topicOf = (h: string): string => (containersAllowed ? h.replace(CONTAINER_WORDS_ALL, ' ') : h);
  let answer = cache.get(sections);
  if (answer === undefined) {
    // "Running the Linux tests using Docker": the tests are the topic, the container only how they run.
    const skipping = sections.filter((h) => SKIP_SECTION.test(topicOf(h).replace(WITHOUT_SIDE_QUEST, ' ').replace(TIPS_FOR_THE_WORK, ' ')) && !GUIDE_TITLE.test(h) && !h.split(JOINED_TOPICS).some((topic) => MAIN_TOPIC.test(topic.trim())) && !testsInContainer(h, SKIP_SECTION));
    answer = skipping.length > 0 && !keptInCollection(sections, skipping);
    // A section only about the project's CI ("Continuous integration", "CI checks") says what the CI runs for you;
    // a sentence there that has the reader run it locally ("You can run the linter locally with `npm run lint`") is a
    // step all the same.
    if (!answer && CI_ONLY.test(sections[sections.length - 1] ?? '')) answer = 'ci';
    // A FAQ answers side questions (resetting settings, a broken database), unless its question is how to do a step
    // of the main flow ("How do I run the tests?").
    const faq = sections.findIndex((h) => FAQ_SECTION.test(h));
    if (!answer && faq >= 0) answer = !sections.slice(faq + 1).some((h) => FAQ_MAIN_QUESTION.test(h));
    cache.set(sections, answer);
  }
  return answer === 'ci' ? l.block.kind === 'code' || !runsLocally(withoutSpans(l.block.text)) : answer;
}
