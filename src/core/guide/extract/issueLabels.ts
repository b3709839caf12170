import { Found } from '../facts';
import { Located, Sources, sourceOf } from '../sources';
import { straightQuotes } from './text';

/**
 * Labels the guide points newcomers to: "look for issues labelled `good first issue`", "issues tagged
 * 'help wanted'", "check the [good first issue](…/labels/good%20first%20issue) label". Names are taken only
 * from quotes, code spans, link texts and label links, never guessed from prose. The first block that names
 * any gives the fact (its names in order).
 */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`"'“])/;
const ABOUT_LABELLED_ISSUES = [
  /\b(?:issues?|tickets?|tasks?|bugs?)\b[^.]{0,80}?\b(?:label(?:l?ed|s)?|tag(?:ged|s)?|marked(?:\s+as)?|flagged)\b/i,
  /\b(?:label(?:l?ed|s)?|tag(?:ged|s)?)\b[^.]{0,80}?\b(?:issues?|tickets?)\b/i,
];
const QUOTED = /`([^`\n]{2,40})`|"([^"\n]{2,40})"|“([^”\n]{2,40})”|‘([^’\n]{2,40})’|(?<![\w])'([^'\n]{2,40})'(?![\w])/g;
const MARKDOWN_LINK_TEXT = /\[([^\]\n]{2,40})\]\([^)\s]*\)/g;
/** A link to a forge's label page or label search: /labels/<name>, label:"<name>", label_name[]=<name>. */
const LABEL_TARGET = [/\/labels\/([^/?#\s]+)/, /label(?::|%3A)(?:"|%22)([^"]+?)(?:"|%22)/i, /label(?::|%3A)([^\s&+"%]+)/i, /label_name(?:\[\]|%5B%5D)=([^&\s]+)/i];

export function issueLabels(sources: Sources): Found<string[]> | null {
  for (const l of sources.guideFlow) {
    if (l.block.kind === 'code' || l.block.commented) continue;
    const names = labelsIn(l);
    if (names.length > 0) return { value: names, source: sourceOf(l) };
  }
  return null;
}

function labelsIn(l: Located): string[] {
  if (l.block.kind === 'code') return [];
  const names: string[] = [];
  const add = (name: string | undefined): void => {
    const clean = name?.trim();
    if (clean && clean.length >= 2 && clean.length <= 40 && !/^https?:/i.test(clean) && !names.includes(clean)) names.push(clean);
  };
  const text = straightQuotesKeepingCurly(l.block.text);
  for (const sentence of text.split(SENTENCE_END)) {
    const prose = sentence.replace(/\]\([^)]*\)/g, ']');
    if (!ABOUT_LABELLED_ISSUES.some((p) => p.test(prose))) continue;
    for (const m of sentence.matchAll(QUOTED)) add(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
    for (const m of sentence.matchAll(MARKDOWN_LINK_TEXT)) if (/label/i.test(sentence)) add(m[1].replace(/[`*_]/g, ''));
  }
  for (const link of l.block.kind === 'heading' ? [] : l.block.links) {
    for (const pattern of LABEL_TARGET) {
      const m = pattern.exec(link.target);
      if (m) {
        add(decode(m[1]));
        break;
      }
    }
  }
  return names;
}

/** Straight apostrophes for "don’t", but a ‘quoted’ label keeps its curly quotes so it can be found. */
function straightQuotesKeepingCurly(text: string): string {
  return /‘[^’\n]{2,40}’/.test(text) ? text : straightQuotes(text);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
