/**
 * Label names compared as people write them: "Good First Issue", "good-first-issue", "🌱 good first issue" and
 * "good_first_issue" are one label; "difficulty: easy" and "difficulty/easy" too.
 */
export function normalLabel(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu, ' ')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The label and, for scoped labels ("status: blocked", "kind/good-first-issue"), the part after the scope. */
export function labelForms(name: string): string[] {
  const full = normalLabel(name);
  const scoped = /[:/]/.test(name) ? normalLabel(name.slice(Math.max(name.lastIndexOf(':'), name.lastIndexOf('/')) + 1)) : '';
  return scoped && scoped !== full ? [full, scoped] : [full];
}
