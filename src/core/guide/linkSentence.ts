/**
 * Whether the sentence around a link promises contributor instructions when the link's own words do not. A guide
 * often links a document by its file name ("the build and test commands are in [AGENTS.md]", "see [TOOLS.md] for the
 * commands"): the name says nothing, the sentence says what the document holds. Only a sentence that names the
 * commands counts; words such as "contributing" or
 * "guidelines" do not, since a guide says those around every link ("when contributing, follow our [code of conduct]").
 * A link to a document that holds no contribution steps (licence, code of conduct, changelog, governance, a release
 * or security process, an API reference) is never read this way, whatever the sentence says.
 */
import { Link } from './documentModel';

/**
 * The word that says the linked document holds the commands to run: "commands", in the plural ("the build and test
 * commands are in [X]"); "any command" describes a tool the link leads to. "A step-by-step guide" or "how to build"
 * say as much about the steps, but they also introduce walk-throughs of one kind of change ("how to build a new
 * fixer", "a step-by-step guide to adding a code fix") whose scaffolding commands are no contributor's everyday
 * build or check.
 */
// ("How to set up a development environment and how to run unit tests can be found in the [README]": the two everyday
// tasks named as such promise them too.)
const PROMISE = /\bcommands\b|\bset(?:ting)?\s+up\s+(?:a|the|your)\s+(?:local\s+)?(?:development|dev)\s+environment\b|\brun(?:ning)?\s+(?:the\s+)?(?:unit\s+|integration\s+)?tests\b/i;

/**
 * Sentences about documents that hold no contributor steps: the maintainers' release process, a security policy, the
 * licence, the code of conduct, a changelog's rules, governance, a reference of the API or the CLI.
 */
const NOT_STEPS = /\b(?:releas(?:e|es|ing)|publish(?:ing)?|deploy(?:ing|ment)?|security|licen[cs]e|code[-_ ]of[-_ ]conduct|conduct|change-?log|governance|api|reference|roadmap|faq)\b/i;
/** The same documents by name, and a CHANGES file (in a sentence, "your changes" is what every guide talks about). */
const NOT_STEPS_NAME = new RegExp(`${NOT_STEPS.source}|\\bchanges\\b`, 'i');

/** How far (characters) a sentence may reach either side of the link. */
const WINDOW = 240;

/** Links of one block judged by their sentence: a generated page can hold thousands in one paragraph. */
export const MAX_JUDGED_PER_BLOCK = 50;

/** Whether a block's text can hold such a sentence at all: tested once per block, before any of its links. */
export const mayPromiseSteps = (text: string): boolean => PROMISE.test(text);

/** The sentence of `text` that holds the link, judged as above. */
export function sentencePromisesSteps(text: string, link: Link): boolean {
  if (text === '') return false;
  if (NOT_STEPS_NAME.test(`${link.text} ${link.target.replace(/[-_.]/g, ' ')}`)) return false;
  const at = locate(text, link);
  if (at < 0) return false;
  const sentence = sentenceAround(text, at);
  return PROMISE.test(sentence) && !NOT_STEPS.test(sentence.replace(link.target, ''));
}

/** Where the link stands in its block's text: its target as written (Markdown, reStructuredText), else its text. */
function locate(text: string, link: Link): number {
  const byTarget = link.target ? text.indexOf(link.target) : -1;
  if (byTarget >= 0) return byTarget;
  return link.text ? text.indexOf(link.text) : -1;
}

/** The sentence around `at`: from the end of the sentence before to the end of its own (". ", "! ", "? ", "; "). */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - WINDOW), at);
  const after = text.slice(at, at + WINDOW);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('; '));
  const ends = [after.indexOf('. '), after.indexOf('! '), after.indexOf('? '), after.indexOf('; ')].filter((k) => k >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : after.length;
  return before.slice(start + 1) + after.slice(0, end);
}
