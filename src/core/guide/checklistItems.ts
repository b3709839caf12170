/**
 * What the pull request step needs to know of each checklist item beyond its words: a stable id (ticks are
 * stored under it), whether it is optional, and which automatic check fits it. The checks are a closed list
 * (`CheckKind`); an item no check fits is `manual`, ticked by the contributor.
 */
import { CheckKind, ChecklistItem, FoundText, Origin } from './facts';
import { checklistKey } from '../text/normalize';

/** Wording that makes an item optional: "(optional)", "if applicable", "N/A", "where relevant"... */
const OPTIONAL = /\boptional(?:ly)?\b|\b(?:if|where|when)\s+(?:applicable|relevant|needed|necessary|appropriate|possible)\b|(?:^|[\s(])n\/a\b/i;

/**
 * The checks, most specific first: "tests pass" before "tests" in general, sign-off before commit rules. Items
 * asking to *write* tests or docs are about the change's content; only docs ask for a check (a docs file
 * changed), tests written are judged by a person.
 */
const CHECKS: readonly (readonly [CheckKind, RegExp])[] = [
  ['signOff', /\bsign(?:ed)?[\s-]?off\b|\bDCO\b/i],
  // A CHANGES or NEWS file by its name in capitals or with its extension: "cover my changes" names no file.
  ['changelog', /\bchange\s?log\b|\bchangesets?\b|\brelease[\s-]notes?\b|\bnews\s?fragments?\b|\b(?:changes|news)\.(?:md|rst|txt|adoc)\b|\bwhat'?s[\s-]new\b/i],
  ['changelog', /\bCHANGES\b|\bNEWS\b/],
  ['commitRules', /\bcommit\s+(?:messages?|titles?|subjects?)\b[^.]{0,80}\b(?:follow|conform|comply|match|guidelines?|conventions?|format|rules?)\b|\bconventional\s+commits?\b|\b(?:follow|conform)\w*\b[^.]{0,60}\bcommit\s+(?:message\s+)?(?:guidelines?|conventions?|format|rules?)\b/i],
  ['upToDate', /\brebas(?:e|ed|ing)\b|\bup[\s-]to[\s-]date\b|\b(?:latest|current)\s+(?:main|master|develop|upstream)\b|\bmerge\s+conflicts?\b|\bno\s+conflicts?\b/i],
  ['issueLinked', /\b(?:link|linked|linking|reference[sd]?|referencing|mention(?:ed)?)\b[^.]{0,60}\bissues?\b|\b(?:fixes|closes|resolves)\s+#|\bissue\s+(?:number|link|id)\b|\brelated\s+issues?\b/i],
  ['lint', /\blint(?:s|ed|er|ers|ing)?\b|\bformatt?(?:ed|er|ing)\b|\bprettier\b|\beslint\b|\bgofmt\b|\brustfmt\b|\bclippy\b|\bstyle\s+checks?\b|\bcode\s+style\b[^.]{0,40}\b(?:pass|check)/i],
  ['tests', /\btests?\b[^.]{0,60}\b(?:pass|passes|passed|passing|green|succeed)\b|\b(?:run|ran|running)\b[^.]{0,40}\btests?\b|\btest\s+suite\b|\b(?:npm|yarn|pnpm)\s+(?:run\s+)?test\b|\bmake\s+test\b|\bgo\s+test\b|\bcargo\s+test\b/i],
  ['docs', /\b(?:update[sd]?|add(?:ed)?|chang(?:e|ed)|wr(?:ite|itten|ote))\b[^.]{0,40}\b(?:docs?|documentation|README)\b|\b(?:docs?|documentation|README)\b[^.]{0,30}\b(?:updated|added|changed)\b/i],
];

export function checkFor(text: string): CheckKind {
  for (const [kind, pattern] of CHECKS) if (pattern.test(text)) return kind;
  return 'manual';
}

export const isOptional = (text: string): boolean => OPTIONAL.test(text);

/** A short stable id from the item's normalised words and its file: the same item keeps its tick across edits elsewhere. */
export function checklistItemId(text: string, file: string): string {
  return `chk-${fnv1a(`${file}\n${checklistKey(text)}`)}`;
}

export function toChecklistItem(found: FoundText, origin: Origin): ChecklistItem {
  return {
    id: checklistItemId(found.text, found.source.file),
    text: found.text,
    source: found.source,
    origin,
    file: found.source.file,
    optional: found.choice === true || isOptional(found.text),
    check: checkFor(found.text),
    ...(found.errand === true ? { errand: true } : {}),
    ...(found.choice === true ? { choice: true } : {}),
  };
}

/** 32-bit FNV-1a as 8 hex digits: stable across runs and platforms, and enough to tell a few hundred items apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
