/**
 * A list of things to read ("Here's a list of blog posts worth reading before doing a pull request:", then
 * "[Ten tips for better pull requests](...) by A. Author"): every item opens with a link, and the items name pages
 * rather than ask for something. Reading matter, not checks, whatever the lead-in or heading says.
 */
import { linkTextOnly } from '../../text/normalize';
import { mostlyAsks } from './checklistAsks';

/** An item that opens with a link: inline `[text](url)`, reference `[text][ref]`, or an autolink `<https://...>`. */
const OPENS_WITH_LINK = /^[\s*_]*(?:\[[^\]]+\](?:\([^)]*\)|\[[^\]]*\])|<https?:\/\/[^>]+>)/;

/** `[text][ref]`, bounded and without "[" inside, so a long run of brackets is scanned once, not from every "[". */
const REFERENCE_LINK = /\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g;

/**
 * The words of an item with its links' targets left out, so "[Write tests](./test/README.md)" reads "Write tests":
 * inline links by the shared linear scan, reference links by a bounded pattern.
 */
const linkWords = (text: string): string => linkTextOnly(text).replace(REFERENCE_LINK, '$1');

/** A link followed by its author ("[Ten tips](...) by A. Author."): a page cited, whatever its title says. */
const CITED = /^[\s*_]*\[[^\]]+\](?:\([^)]*\)|\[[^\]]*\])\s*,?\s+by\s+\S/i;

/**
 * At least two items, each opening with a link, and either most of them cited with an author or most of them not
 * asking anything of the contributor (a title like "Open source etiquette" may open with a verb-like word).
 */
export function readingList(items: readonly string[]): boolean {
  if (items.length < 2 || !items.every((t) => OPENS_WITH_LINK.test(t))) return false;
  return items.filter((t) => CITED.test(t)).length * 2 >= items.length || !mostlyAsks(items.map(linkWords));
}
