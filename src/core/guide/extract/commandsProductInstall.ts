/**
 * Installing the project's own published release (`npm install -g mycli`, `pip install mytool`, `cargo install
 * --locked bat`): a user gets the product so, from the registry, while a contributor works on the checkout
 * (`npm ci`, `pip install -e .`, `cargo build`). A guide or README often shows both, an "Installation" section for
 * users and a "Development" one for contributors; the first is no setup step of the checkout.
 *
 * The signal is the package's name: it is the project's own name, as the document gives it where it clones the
 * repository (`git clone https://host/org/mytool.git`) or where a heading names what is contributed to ("Hacking on
 * mycli", "Contributing to mytool"). Installing any other package by name (`pip install tox`) is a tool the work needs.
 */
import type { ParsedDocument } from '../documentModel';

/** The repository a clone line fetches: its last path part, without `.git`. */
const CLONE = /\bgit\s+clone\s+(?:-{1,2}[\w-]{1,30}(?:[= ]\S{1,60})?\s+)*\S{0,200}?[/:]([\w.-]{1,60}?)(?:\.git)?\/?(?:\s|$)/g;
/** A heading naming what the guide is about: "Contributing to mytool", "Hacking on mycli", "Developing x". */
const TITLE = /^(?:how\s+to\s+)?(?:contribut\w*|hacking|developing|working)\s+(?:to|on|for)\s+`?([\w.-]{2,60})`?\s*$/i;

const namesCache = new WeakMap<ParsedDocument, ReadonlySet<string>>();

/** The project's names a document gives, lower case: from its clone lines and its title headings. Once per document. */
export function projectNames(doc: ParsedDocument): ReadonlySet<string> {
  let names = namesCache.get(doc);
  if (names === undefined) {
    const found = new Set<string>();
    for (const block of doc.blocks) {
      if (block.kind === 'heading') {
        const m = TITLE.exec(block.text.trim());
        if (m) found.add(m[1].toLowerCase());
      } else if (block.kind === 'code' && block.text.length <= 20000 && block.text.includes('clone')) {
        for (const m of block.text.matchAll(CLONE)) found.add(m[1].toLowerCase());
      }
    }
    namesCache.set(doc, (names = found));
  }
  return names;
}

/**
 * A registry install of one package named alone, the tool's options aside: `npm install -g x`, `yarn global add x`,
 * `pip install x`, `pipx install x`, `cargo install --locked x`, `gem install x`, `brew install x`, `opam install x`,
 * `uv tool install x`, and a system's package manager (`sudo dnf install x`, `pacman -S x`, `winget install x`,
 * `conda install -c conda-forge x`, `conda install conda-forge::x`, `emerge dev-vcs/x::overlay`, `brew install org/tap/x`,
 * `nix-env -iA nixpkgs.x`). A path, an editable install, a requirements file or a version pin to fill in is not this.
 */
const NAMED_INSTALL =
  /^(?:sudo\s+)?(?:(?:npm|pnpm|bun)\s+(?:i|install|add)|yarn\s+global\s+add|(?:python[\d.]{0,4}\s+-m\s+)?pip[\d.]{0,4}\s+install|pipx\s+install|uv\s+tool\s+install|cargo\s+install|gem\s+install|brew\s+install|opam\s+install|(?:conda|mamba)\s+install(?:\s+-c\s+[\w-]{1,30})?|(?:dnf|yum|zypper|apt|apt-get|port|winget|scoop|choco|pkg|snap|flatpak|apk)\s+(?:install|in|add)|pacman\s+-S\w{0,4}|emerge|nix-env\s+-i\w{0,3})(?:\s+-{1,2}[\w-]{1,30})*\s+(?:[\w.-]{1,40}\/){0,2}(?:(?<!\bemerge\s.*)[\w-]{1,40}::|(?:nixpkgs|nixos)\.)?([A-Za-z][\w.-]{0,60}?)(?:@latest|::[\w-]{1,40})?(?:\s+-{1,2}[\w-]{1,30})*$/;

/** An editable install (`pip install -e pkg`) links the checkout's own folder. */
const EDITABLE = /\s(?:-e|--editable)(?:\s|=)/;

/**
 * A heading on getting the product ("Installation", "Installing", "Usage", "From crates.io", "Via Homebrew"). A tool
 * that builds itself may ask its contributors to install its release first (`pipx install poetry` under "Local
 * development"): only under a heading about getting the product is the release a user's install.
 */
const GETTING_IT = /\binstall(?:ing|ation)?\b|\busage\b|\b(?:from|via|with|using)\s+`?(?:crates\.io|pypi|npm|rubygems|hackage|opam|homebrew|brew|the\s+registry|a\s+package\s+managers?)\b/i;
/**
 * A heading on installing what the work needs ("Install Dependencies (Manual)", "Installing prerequisites"): a tool
 * that builds itself lists its own release there (bun's guide installs bun to build bun).
 */
// ("Nightly builds" and "Command-line tool" are ways to get the product: only building and a developer's tools count.)
const WHAT_THE_WORK_NEEDS = /\b(?:dependenc|prerequisite|requirement|toolchain|tooling\b|(?:dev(?:elopment|eloper)?|build)\s+tools?\b|develop|build(?:ing)?\b|contribut|hack)/i;

/**
 * A section above on the work itself: building it from source, developing, testing, setting up ("Build" > "Cargo
 * Install", "Running the tests" > "Install Redis" for a client named after its server, "Setup" > "Install the bootstrap
 * compiler"). Whole words: "Buildozer" is a name.
 */
const BUILDING_IT = /\bbuild(?:ing)?\b|\bfrom\s+(?:the\s+)?sources?\b|\bdevelop|\btest(?:s|ing)?\b|\bset(?:ting)?[\s-]?up\b|\bbootstrap|\benvironment\b/i;

/**
 * Whether a command installs the published release of the project the document is about, under a heading on getting
 * it: the innermost heading, or a section above it ("Installation" > "Fedora") unless a heading between is about
 * what the work needs. The project's names are the document's own (clone lines, title) and, when given, those of the
 * repository's identity (its folder, remotes, package.json), compared letters and digits only.
 */
export function installsOwnRelease(command: string, doc: ParsedDocument, sections: readonly string[], identityNames: readonly string[] = []): boolean {
  if (EDITABLE.test(command)) return false;
  const at = sections.length - 1 - [...sections].reverse().findIndex((h) => GETTING_IT.test(h));
  // (A section above on building it, "Build" > "Cargo Install", is the contributor's way from the source.)
  if (at === sections.length || sections.slice(at).some((h) => WHAT_THE_WORK_NEEDS.test(h)) || sections.slice(0, at).some((h) => BUILDING_IT.test(h))) return false;
  const name = NAMED_INSTALL.exec(command.trim())?.[1]?.toLowerCase();
  if (name === undefined) return false;
  if (projectNames(doc).has(name)) return true;
  const normal = name.replace(/[^a-z0-9]+/g, '');
  return normal.length >= 3 && identityNames.includes(normal);
}
