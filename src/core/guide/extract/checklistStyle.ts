/**
 * Coding-style rules are not a checklist: a list of how code is written ("Use 4 spaces", "Prefer `const` over
 * `let`", "Name tests `testXxx`") is a style guide even under a heading about sending a change, and so is a list a
 * lead-in introduces as the code style ("Make sure your changes follow our coding style:"). A lead-in that places
 * the checks before sending ("Before submitting, make sure that: code is formatted") still makes them checks.
 */

/** A lead-in whose object is how code is written. */
const STYLE_OBJECT =
  /\b(?:coding|code|source|programming)\s+(?:style|conventions?|standards?|guidelines?|rules)\b|\bstyle\s*(?:guide|guidelines?|conventions?|rules)\b|\b(?:our|the|project'?s?)\s+(?:code\s+)?style\b|\bformatting\s+(?:rules|conventions?)\b|\bnaming\s+conventions?\b|\b(?:guidelines?|rules|conventions?|standards?)\s+for\s+(?:the\s+|our\s+|your\s+)?(?:code|source\s+code|writing\s+code|coding)\b/i;

export const introducesStyleRules = (lead: string): boolean => STYLE_OBJECT.test(lead);

/**
 * A paragraph with a sentence that points at the list as the style rules ("Below are some style guidelines the
 * modules follow.", "These are our coding conventions."), whatever a later sentence asks.
 */
export const presentsStyleRules = (paragraph: string): boolean =>
  /\b(?:below|the\s+following|these|here\s+are)\b/i.test(paragraph) &&
  paragraph.split(/(?<=[.!?:])\s+/).some((sentence) => /\b(?:below|the\s+following|these|here\s+are)\b/i.test(sentence) && STYLE_OBJECT.test(sentence));

/**
 * An item that is a rule for how code looks or is named: indentation, line length, quotes and semicolons, naming
 * cases, one construct preferred over another.
 */
const STYLE_RULE =
  /\b(?:indent(?:ation|ed)?|tabs?\s+(?:for|instead|not)|(?:\d+|two|four)\s+spaces|spaces\s+(?:for|instead|not)|line\s+length|lines?\s+(?:under|below|shorter|longer)|columns?\s+wide|trailing\s+(?:whitespace|commas?)|semicolons?|single\s+quotes|double\s+quotes|braces?|camel\s*case|snake[\s_]*case|kebab[\s-]*case|pascal\s*case|upper\s*case|lower\s*case|naming)\b|^[\W_]*(?:prefer|avoid)\b[^.]{0,60}\b(?:over|instead\s+of)\b|^[\W_]*name\s+(?:your\s+|the\s+)?(?:files?|variables?|functions?|methods?|classes?|tests?|types?)\b/i;

/** More than half of the items are style rules. */
export const mostlyStyleRules = (items: readonly string[]): boolean => items.length > 1 && items.filter((t) => STYLE_RULE.test(t)).length * 2 > items.length;
