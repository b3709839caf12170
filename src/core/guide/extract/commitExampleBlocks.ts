/**
 * Example subjects shown one per code block: a guide often sets out its convention as a short series of examples,
 * each in its own block under a list item or after its own lead-in ("Adding a feature:" then a block `feat: ...`,
 * "Fixing a bug:" then a block `fix(parser): ...`). No one block holds two types, but the section does: seen in guides
 * of several ecosystems (a Neovim plugin's "Commit style", a gateway's "examples of good commit messages ... Or:",
 * an MQTT broker's and a state library's example messages). The heads of the example blocks of one section are
 * read together, as one block listing the same subjects would be.
 */
import { Located } from '../sources';

/** The heads seen so far in one section, and the first example block that showed one. */
interface SectionHeads {
  readonly heads: Set<string>;
  readonly first: Located;
}

/** Collects the heads of example blocks per section (a document and the headings above the block). */
export class ExampleBlockHeads {
  private readonly sections = new Map<string, SectionHeads>();

  constructor(
    private readonly known: ReadonlySet<string>,
    /** Heads that mix an area with folder-like types ("docs", "build", "core"): areas, not types. */
    private readonly areaMix: (heads: readonly string[]) => boolean,
  ) {}

  /** Adds the head of one example block's subject. */
  add(l: Located, head: string): void {
    const key = `${l.doc.path}\u0000${l.block.sections.join('\u0000')}`;
    let seen = this.sections.get(key);
    if (!seen) this.sections.set(key, (seen = { heads: new Set(), first: l }));
    seen.heads.add(head);
  }

  /**
   * The first example block of the first section whose blocks show two different known types and no area among
   * them; read once every block is seen (an area head in a later block of the section changes the answer).
   */
  found(): Located | null {
    for (const seen of this.sections.values()) {
      const heads = [...seen.heads];
      if (heads.filter((h) => this.known.has(h)).length >= 2 && !this.areaMix(heads)) return seen.first;
    }
    return null;
  }
}
