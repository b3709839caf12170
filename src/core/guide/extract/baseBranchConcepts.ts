/**
 * The base branch by what a sentence says rather than how it says it, as discussConcepts.ts reads discuss-first: a
 * branch named (quoted, bold, or a usual base name called a branch), a change (a pull request, a patch, the work, a
 * topic branch), and a relation that puts the change on that branch (against, into, based on, starts from, belongs,
 * happens on, the base dropdown). A sentence needs all three, so wordings no single pattern of baseBranch.ts foresaw
 * still count ("All new work happens on `develop`, so start your branch from there", "choose `develop` in the base
 * dropdown", "that's where your pull request belongs").
 *
 * Used only where the specific patterns found nothing anywhere in the guide. A sentence about the docs site or releases,
 * or one whose leading condition sets a special case ("If you also need changes in X, target `x-dev`"), names no base.
 */
import { sentencesOf } from './discussConcepts';
import { LIKELY_BRANCH, REFUSED_AFTER, TRACKER_ID } from './branchNames';

/** A name as the guide sets it apart: in a code span, in bold, or quoted. Group 1 is the name. */
const SET_APART = /(?:`|\*\*|__|["'\u201c])([A-Za-z][\w./-]{0,40}?|\d{1,3}(?:\.\d{1,3}){0,2}\.x)(?:`|\*\*|__|["'\u201d])/g;
/** A bare name called a branch: "the main branch", "against master branch". */
const CALLED_A_BRANCH = /\b(main|master|develop|devel|dev|trunk|next|stable|unstable|staging)\s+branch\b(?!\s*\()/gi;
/** Names that are branches by their look (LIKELY_BRANCH), less the role words a guide says of a branch ("the release"). */
const LIKELY = { test: (name: string): boolean => LIKELY_BRANCH.test(name) && !/^(?:default|release)$/i.test(name) };
/** A prefix that is a branch namespace (`release/1.2`, `series/3.x`), not a fork's owner (`someone/main`). */
const NAMESPACE = /^(?:feature|features|release|releases|series|hotfix|hotfixes|fix|bugfix|maint|support|topic)$/i;

const CHANGE = /\b(?:PRs?|pull[\s-]+requests?|merge\s+requests?|MRs?|patch(?:es|sets?)?|(?:all\s+(?:of\s+)?)?(?:your\s+|new\s+)?work|changes?|contributions?|commits|(?:feature|topic|your|a\s+new)\s+branch(?:es)?|fork|rebas(?:e|ing)|(?:all|new|active|ongoing)\s+development|you(?:'re|\s+are)\s+targeting\s+the)\b/i;
const RELATION =
  /\b(?:against|target(?:s|ed|ing)?|into|onto|based?|start(?:s|ed|ing)?\s+(?:on|from)|belongs?|happens?\s+(?:on|in)|takes?\s+place\s+(?:on|in)|go(?:es)?\s+(?:to|into)|lands?\s+(?:on|in)|(?:branch(?:ed)?|fork(?:ed)?|work)\s+(?:off|from)|from\s+there|dropdown|on\s+top\s+of|(?:tip|head)\s+of|(?:latest|recent|current)\s+(?:possible\s+)?(?:revision|version|commit|state)s?\s+of|towards?|(?:PRs?|pull[\s-]+requests?|merge\s+requests?|MRs?|patch(?:es)?)\s+to\s+(?:the\s+|our\s+)?[`*_]*[\w./-]+[`*_]*\s+branch|done\s+(?:on|in)|work\s+with|pick|choose|select)\b/i;
/** Words before a name (in its clause) that turn it away: "rather than `master`", "GitHub pre-selects `master`", "releases from `main`". */
const TURNED_AWAY = /\b(?:not|never|n't|rather\s+than|instead\s+of|except|pre-?selects?|defaults?\s+to|shows?|releases?\s+(?:are\s+)?(?:cut\s+|made\s+)?from|cut\s+releases?\s+from|tags?|backport\w*|hotfix\w*)\b[^,;]{0,30}$/i;
/** Sentences about the docs site, releases or CI runs: their branches are not where contributions go. */
const OTHER_MATTER = /\bonly\s+(?:accepted|allowed|merged|made|pushed)\s+(?:from|by)\b|\b(?:gh-pages|release\s+process|publish\w*|deploy\w*|badge|build\s+status|benchmark\w*|documentation|docs|website|site|translations?|packag\w*|nightl\w*|snapshots?|changelog|unreleased|since\s+the\s+last\s+(?:tag|release))\b/i;
/** A base for one case, set by a leading condition: "If you also need changes in X, target `x-dev`", "After it is merged to Y, ...". */
const SPECIAL_CASE = /^\W*(?:(?:if|after|once|unless)\b[^,]{0,150}|for\b(?!\s+(?:all|every|any|new\s+(?:features|work|contributions)|contributions|pull[\s-]+requests|PRs)\b)[^,]{0,80}),/i;
/** What follows a branch that pull requests are turned away from (REFUSED_AFTER), past its closing mark and "branch". */
const REFUSED_AFTER_NAME = new RegExp(`^\\S{0,3}(?:\\s+branch)?${REFUSED_AFTER.source.slice(1)}`, 'i');
/** Names that look like a branch but are the docs site's or a role word in quotes. */
// (Also the roles themselves in quotes, "from your `base` branch to our `target` one".)
const NOT_A_BASE = /^(?:gh-pages|docs?|website|site|origin|upstream|head|github|fork|branch|issue|issues|the|your|this|base|target)$/i;

/** A sentence about where to base the work, whose answer the next sentence gives. */
const BASE_YOUR_WORK = /\bbase\s+(?:your|the)\s+(?:work|changes?|contributions?|branch)\b|\bbranch\s+(?:off\s+)?from\s+where\b/i;
/** "This is usually the master branch", "That is typically `main`": the usual answer, name in group 1 ("branch" in group 2). */
const USUALLY = /^\W*(?:this|that|it)\s+(?:is|will\s+be)\s+(?:usually|typically|generally|normally|most\s+likely|often|mostly)\s+(?:the\s+)?([A-Za-z][\w./-]{0,40})(\s+branch)?\W*$/i;

/** The first branch a sentence puts a change on, by concepts; null when none does. */
export function baseByConcepts(raw: string): string | null {
  let previous = '';
  for (const s of sentencesOf(raw)) {
    const words = s.text.replace(/[`*_]/g, '');
    // "Create a topic branch from where you want to base your work. This is usually the master branch."
    const usual = BASE_YOUR_WORK.test(previous) ? USUALLY.exec(words) : null;
    previous = words;
    if (usual && (LIKELY.test(usual[1]) || usual[2] !== undefined) && !NOT_A_BASE.test(usual[1]) && !TRACKER_ID.test(usual[1])) return usual[1];
    if (!CHANGE.test(words) || !RELATION.test(words) || OTHER_MATTER.test(words) || SPECIAL_CASE.test(words)) continue;
    const names: { name: string; at: number; branch: boolean }[] = [];
    for (const m of s.text.matchAll(SET_APART)) names.push({ name: m[1], at: m.index, branch: /^\s+branch\b/i.test(s.text.slice(m.index + m[0].length)) });
    for (const m of s.text.matchAll(CALLED_A_BRANCH)) names.push({ name: m[1], at: m.index, branch: true });
    names.sort((a, b) => a.at - b.at);
    for (const { name: said, at, branch } of names) {
      const slash = said.lastIndexOf('/');
      // `someone/main` (a fork's owner, as GitHub's base dropdown shows it) is `main`; `release/1.2` is its own name.
      const name = slash > 0 && !NAMESPACE.test(said.slice(0, said.indexOf('/'))) && LIKELY.test(said.slice(slash + 1)) ? said.slice(slash + 1) : said;
      if (NOT_A_BASE.test(name) || TRACKER_ID.test(name) || !(LIKELY.test(name) || branch)) continue;
      const before = s.text.slice(0, at).replace(/[`*_]/g, '');
      // The relation must be the name's own: within a few words before or after it ("happens on `develop`", "choose
      // `develop` in the base dropdown"), not somewhere else in a long sentence ("This is the **v3** line (…, work on x)").
      const near = `${before.slice(-45)} ${s.text.slice(at, at + said.length + 40).replace(/[`*_]/g, '')}`;
      if (!RELATION.test(near) && !branch) continue;
      // ("… shows `master` by default, but pick `next`": the name the UI fills in is not the one asked for.)
      if (TURNED_AWAY.test(before) || REFUSED_AFTER_NAME.test(s.text.slice(at + 1 + said.length)) || /^\S{0,3}\s+(?:by\s+default|into\s+your\s+(?:own\s+)?(?:feature\s+|topic\s+|local\s+)?branch)\b/i.test(s.text.slice(at + 1 + said.length))) continue;
      // "Please open v3 related PRs against the `v3` branch": a base for the changes it names, not for all.
      if (new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[\\s-]+(?:related|specific|only))?\\s+(?:PRs?|pull\\s+requests?|changes|fix(?:es)?|features?|patch(?:es)?|work|bugs?)\\b`, 'i').test(before)) continue;
      return name;
    }
  }
  return null;
}
