/**
 * What the repository's own files show about its changelog: a `.changeset/` folder, a folder of news fragments
 * (`changelog.d/`, `CHANGES/`, `newsfragments/`, `.chloggen/`...), a towncrier config, a changelog file. When the
 * guide asks for a changelog entry, the matching one confirms the rule (as a task file confirms a command): the
 * way still exists. Only listings and, at most, pyproject.toml are read; nothing is run.
 */
import type { ChangelogHow, Fact, SourceRef } from './facts';
import type { TaskInventory } from '../tasks/taskInventory';

export interface ChangelogEvidence {
  readonly how: Exclude<ChangelogHow, 'pr-body'>;
  /** The folder's template, config or readme when it has one (what a newcomer opens), else the folder; line 1. */
  readonly source: SourceRef;
}

/** Folders of per-change entries, by the tools that use them (changesets, towncrier, chloggen, changie, changelog-build...). */
const FOLDERS: readonly (readonly [string, ChangelogEvidence['how']])[] = [
  ['.changeset', 'changesets'],
  ['.chloggen', 'changelog-folder'],
  ['changelog.d', 'changelog-folder'],
  ['newsfragments', 'changelog-folder'],
  ['CHANGES', 'changelog-folder'],
  ['.changelog', 'changelog-folder'],
  ['.changes', 'changelog-folder'],
  ['changelogs', 'changelog-folder'],
];
/** Config files of fragment tools, at the root. */
const CONFIGS = ['towncrier.toml', '.towncrier.toml', '.changie.yaml', '.changie.yml'];
/**
 * The root paths whose appearing or going changes the evidence, for an editor to watch: the fragment folders and
 * the tools' configs. (Changelog files are matched by name instead, see `isChangelogFile`.)
 */
export const CHANGELOG_EVIDENCE_PATHS: readonly string[] = [...FOLDERS.map(([folder]) => folder), ...CONFIGS];

/** Changelog files at the root; they confirm only a guide that asks for an entry in such a file. */
const FILES = /^(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]NOTES|ChangeLog)(?:\.(?:md|markdown|rst|txt|adoc))?$/i;
/** Files inside a fragment folder that say how to write an entry, best first. */
const GUIDE_FILES = [/^\.?template\b/i, /^config\b/i, /^readme\b/i];

/** Whether a root file name is a changelog file the evidence would cite. */
export const isChangelogFile = (name: string): boolean => FILES.test(name);

/** The changelog evidence at the repository's root, from the inventory's cached listings. */
export async function changelogEvidence(inventory: TaskInventory): Promise<ChangelogEvidence[]> {
  const root = await inventory.entries('');
  const out: ChangelogEvidence[] = [];
  for (const [folder, how] of FOLDERS) {
    if (root.get(folder) !== 'directory') continue;
    const entries = await inventory.entries(folder);
    // `changelogs/` is ansible's and GitLab's: a fragment folder when it holds fragments or unreleased notes.
    if (folder === 'changelogs' && !['fragments', 'unreleased'].some((f) => entries.get(f) === 'directory')) continue;
    const inside = [...entries].filter(([, kind]) => kind === 'file').map(([name]) => name).sort();
    const guide = GUIDE_FILES.map((pattern) => inside.find((name) => pattern.test(name))).find((name) => name !== undefined);
    out.push({ how, source: { file: guide ? `${folder}/${guide}` : folder, line: 1 } });
  }
  for (const name of CONFIGS) if (root.get(name) === 'file') out.push({ how: 'changelog-folder', source: { file: name, line: 1 } });
  if (root.get('pyproject.toml') === 'file') {
    const text = await inventory.textOf('pyproject.toml');
    const at = text === undefined ? -1 : text.split('\n', 5000).findIndex((l) => /^\s*\[tool\.towncrier\]/.test(l));
    if (at >= 0) out.push({ how: 'changelog-folder', source: { file: 'pyproject.toml', line: at + 1 } });
  }
  for (const [name, kind] of root) if (kind === 'file' && FILES.test(name)) out.push({ how: 'changelog-file', source: { file: name, line: 1 } });
  return out;
}

/** The evidence that bears out each way of keeping a changelog, best first; a guide naming none asks for an entry somewhere. */
const BEARS_OUT: Readonly<Record<ChangelogHow | 'unsaid', readonly ChangelogEvidence['how'][]>> = {
  changesets: ['changesets'],
  'changelog-folder': ['changelog-folder', 'changesets'],
  // "Add a changelog entry" read as a file is often a fragment in a folder (`.chloggen/`): either shows the way.
  'changelog-file': ['changelog-file', 'changelog-folder'],
  'pr-body': [],
  unsaid: ['changesets', 'changelog-folder'],
};

/**
 * What confirms a changelog rule the guide states: evidence of the way the guide names (`how`), or of a fragment
 * folder when it names none. A changelog file alone confirms only "add an entry to CHANGELOG"; nothing confirms
 * "describe it in the pull request" or a rule that no entry is needed.
 */
export function confirmingChangelog(required: Fact<boolean> | null, how: Fact<ChangelogHow> | null, evidence: readonly ChangelogEvidence[]): SourceRef | undefined {
  if (required?.value !== true) return undefined;
  for (const wanted of BEARS_OUT[how?.value ?? 'unsaid']) {
    const found = evidence.find((e) => e.how === wanted);
    if (found) return found.source;
  }
  return undefined;
}
