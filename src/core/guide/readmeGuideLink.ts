/**
 * The contribution guide a README points to, for a project with no CONTRIBUTING file in the usual places:
 * "## Contributing — see [the contributor guide](DOCS/contribute.md)", or a link to the project's docs site page
 * built from `docs/contributing/contributing.md`. The project's own pointer says which of its documents is the guide,
 * which no rule about places can.
 */
import { ParsedDocument } from './documentModel';
import { CONTRIBUTING_FOLDER, DOC_FILE, HACKING_NAME } from './guidePlaces';
import { LinkResolver } from './linkResolver';
import { namedDocs } from './namedDocs';
import { plain } from './extract/text';

/** A file whose name says it is the guide: contributing, contribute, contribution(s), HACKING. */
const GUIDE_FILE = /contribut|^hacking(?:\.\w+)?$/i;
/** A link whose words say it leads to the guide: "contributor guide", "how to contribute", "Contributing". */
const GUIDE_WORDS = /\bcontribut(?:ing|ors?['\u2019]?\s+guide|ion\s+guide(?:lines)?)\b|\bhow\s+to\s+contribute\b|\bhacking\b/i;
/** Files that are never the guide, whatever the link says ("our contributor covenant", the list of contributors). */
// (Nor a document on how the code is built inside, "For an overview of the architecture, see doc/architecture.md", even
// in the README's Contributing section: a design, a roadmap, a FAQ or a glossary is background, not the steps.)
const NOT_A_GUIDE = /(?:code[-_ ]?of[-_ ]?conduct|licen[cs]e|copying|security|contributors|authors|maintainers|changelog|governance|architecture|^design\b|roadmap|^faq\b|glossary)/i;
/** A sentence that offers a page for more on what the section already says: "To read more about tests, see ...". */
const FOR_MORE = /\b(?:read|learn|find\s+out)\s+more\b|\bmore\s+(?:about|on|details?|information|info)\b|\bfor\s+(?:more|further)\b|\bfurther\s+(?:details?|reading|information)\b|\bin\s+more\s+detail\b/i;
/** Links looked at in one README: a generated README can hold thousands. */
const MAX_LINKS = 200;

/**
 * The in-repo guide the README links to, its Contributing section's links first (undefined when it links to none), and
 * whether it is only offered for more on a step (`forMore`: neither the link's words nor the file's name say guide, only
 * the section it stands in made it the guide, and its sentence offers it for more, "To read more about tests, see
 * [docs/tests.md]"). `resolver` is the reading's own, so the docs folders a docs-site link needs are listed once, not
 * again when the guide's links are followed.
 */
export async function readmeGuidePointer(resolver: LinkResolver, readme: ParsedDocument, section: ParsedDocument | null, development: ParsedDocument | null = null): Promise<{ path: string; forMore: boolean } | undefined> {
  // The README's own sections for contributors first: a document they link to is where they send a contributor,
  // whatever it is called ("## Development — see [docs/dev/workflow.md]"); elsewhere in the README, only a link whose
  // words or file name say it is the guide, or a developer's document (DEVELOPMENT.md, BUILDING.md).
  const own = new Set([...(section?.blocks ?? []), ...(development?.blocks ?? [])]);
  const blocks = [...own, ...readme.blocks];
  let looked = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    const inOwnSection = own.has(b);
    for (const link of b.links) {
      if (looked++ >= MAX_LINKS) return undefined;
      const byWords = GUIDE_WORDS.test(link.text);
      const developerDoc = DEVELOPER_DOC.test(link.target.replace(/[#?].*$/, '').split('/').pop() ?? '');
      if (!byWords && !GUIDE_FILE.test(link.target) && !developerDoc && !inOwnSection) continue;
      const resolved = await resolver.resolve(readme.path, link.target);
      if (resolved.kind !== 'found') continue;
      const guide = resolved.paths.find((p) => isGuideFile(p, byWords || developerDoc || inOwnSection));
      if (guide && guide !== readme.path) return { path: guide, forMore: !byWords && !developerDoc && !isGuideFile(guide, false) && FOR_MORE.test(plain(b)) };
    }
  }
  // Named there without a link: "See DEVELOPMENT.md for how to build and test", "see docs/development.md".
  for (const named of namedDocs([...own])) {
    const resolved = await resolver.resolve(readme.path, named.name);
    if (resolved.kind !== 'found') continue;
    const guide = resolved.paths.find((p) => isGuideFile(p, true));
    if (guide && guide !== readme.path) return { path: guide, forMore: false };
  }
  return undefined;
}

/** A developer's document by its name: DEVELOPMENT.md, DEVELOPING.md, BUILDING.md, docs/development.md, dev-guide.md. */
const DEVELOPER_DOC = /^(?:develop(?:ment|ing|ers?)|building|build|dev[-_]?guide|developer[-_]?guide)\.(?:md|markdown|rst|adoc|txt)$/i;

/** A folder of developers' docs by its name: `docs/development/`, `dev/`, `hacking/`, `developers/`. */
// (Not `developers/`: a plugin API's docs for developers are often kept there.)
const DEVELOPER_FOLDER = /^(?:development|developing|dev|hacking|dev[-_]?(?:guide|docs?)|developer[-_]?(?:guide|docs?))$/i;

function isGuideFile(path: string, byWords: boolean): boolean {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  if (NOT_A_GUIDE.test(name) || !(DOC_FILE.test(name) || HACKING_NAME.test(name) || /^contribut\w*$/i.test(name))) return false;
  // ("See the [development docs](docs/development/)": a folder of developers' docs has its front page as the guide.)
  const inContributingFolder = parts.length > 1 && (CONTRIBUTING_FOLDER.test(parts[parts.length - 2]) || (byWords && DEVELOPER_FOLDER.test(parts[parts.length - 2])));
  // A page in a folder of contributor docs, or a document the link's own words call the guide; a README or index
  // page elsewhere is a folder's front page, which a "Contributing" link to the docs folder does not make the guide.
  if (inContributingFolder || GUIDE_FILE.test(name)) return true;
  return byWords && !/^(?:readme|index)\b/i.test(name);
}

/** A developer's document read beside the guide: DEVELOPMENT.md, DEVELOPING.md, HACKING.md, dev-guide.md, docs/building.md. */
// (`docs/building.md`, `building-from-source.md`: building the project from its source, which the README links for
// contributors and packagers alike; a bare `build.md` is as often the docs' or a user's own build, and stays out.)
const BESIDE_GUIDE_NAME = String.raw`(?:develop(?:ment|ing|ers?)|hacking|dev[-_]?guide|developer[-_]?guide|building(?:[-_]from[-_]source)?|build[-_]from[-_]source)\.(?:md|markdown|rst|adoc|txt)`;
const BESIDE_GUIDE_DOC = new RegExp(`^${BESIDE_GUIDE_NAME}$`, 'i');
const BUILDING_DOC = /^build(?:ing)?(?:[-_]from[-_]source)?\.\w+$/i;
const SIDE_BUILD = /\b(?:docs?|documentation|site|website|book|manual|images?|containers?|docker|packages?)\b/i;
/** Cheap test before parsing a README for developer docs: such a file name appears in its text. */
export const MENTIONS_DEVELOPER_DOC = new RegExp(`${BESIDE_GUIDE_NAME}\\b`, 'i');
/** Developer docs taken from one README: its links to them are few, and each is read whole. */
const MAX_DEVELOPER_DOCS = 2;

/**
 * The developer documents the README links to by their file names (`doc/development.md`, `BUILDING.md`), read beside a
 * guide that does not link them: a guide that only says where patches go ("We cannot accept pull requests; attach
 * patches in Jira") leaves how to build and test to the README's "Developer Information" link.
 */
// (The caller parses the README only when MENTIONS_DEVELOPER_DOC finds such a name in its text.)
export async function readmeDeveloperDocs(resolver: LinkResolver, readme: ParsedDocument): Promise<string[]> {
  const found: string[] = [];
  let looked = 0;
  for (const b of readme.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    for (const link of b.links) {
      if (looked++ >= MAX_LINKS || found.length >= MAX_DEVELOPER_DOCS) return found;
      // Only a developer's document by its name (not `build.md`, as often a user's or the docs' own build), and not one in
      // an example's, a demo's, a deployment's or a plugin or theme author's folder.
      const target = link.target.replace(/[#?].*$/, '');
      if (!BESIDE_GUIDE_DOC.test(target.split('/').pop() ?? '') || /(?:^|\/)(?:examples?|samples?|demos?|deploy(?:ment)?s?|plugins?|themes?|extensions?|add-?ons?|templates?)\//i.test(target)) continue;
      // (A building document the link calls the docs' or an image's build, "Building the documentation", builds no checkout.)
      if (BUILDING_DOC.test(target.split('/').pop() ?? '') && SIDE_BUILD.test(link.text)) continue;
      const resolved = await resolver.resolve(readme.path, link.target);
      const path = resolved.kind === 'found' ? resolved.paths[0] : undefined;
      if (path !== undefined && path !== readme.path && !found.includes(path)) found.push(path);
    }
  }
  return found;
}
