/**
 * Which of a repository's own labels mark issues for newcomers. A repository says it in its own words, so the
 * list is matched after normalising case, separators and emoji; labels the maintainer file, the guide or the
 * user name are added when the repository has them.
 */
import { labelForms, normalLabel } from './labelNames';

/** Most specific first: an issue under "good first issue" is a better first pick than one under "help wanted". */
export const BEGINNER_LABELS: readonly string[] = [
  'good first issue',
  'good first bug',
  'good first contribution',
  'first timers only',
  'first timer',
  'beginner',
  'beginner friendly',
  'level beginner',
  'easy',
  'e easy',
  'difficulty easy',
  'starter',
  'low hanging fruit',
  'up for grabs',
  'help wanted',
];

/**
 * The repository's labels (as it spells them) that mark beginner issues: the known names, then `extra` (from the
 * maintainer file, the guide, the user's setting). In order of preference; an `extra` name the repository does
 * not have is left out, since asking for it would find nothing.
 */
export function beginnerLabels(repoLabels: readonly string[], extra: readonly string[] = []): string[] {
  const wanted = [...extra.map(normalLabel), ...BEGINNER_LABELS];
  const rankOf = (label: string): number => {
    const forms = labelForms(label);
    const ranks = wanted.map((w, k) => (forms.includes(w) ? k : Infinity));
    return Math.min(...ranks);
  };
  return repoLabels
    .map((name) => ({ name, rank: rankOf(name) }))
    .filter((l) => l.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .map((l) => l.name)
    .filter((name, k, all) => all.indexOf(name) === k);
}
