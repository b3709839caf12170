/**
 * Instruction files for coding agents (AGENTS.md, CLAUDE.md, GEMINI.md, `.github/copilot-instructions.md`): a guide
 * links one for "the exact build and test commands". Their commands are the project's own, but their lists are
 * rules addressed to an agent ("never wrap imports in try/catch", "keep changes focused"), not boxes a contributor
 * ticks before a pull request. Their list items are therefore read as paragraphs of a list: every sentence and
 * command in them is kept, but no list of them is taken for the contributor's checklist.
 */
import { Block, ParsedDocument } from './documentModel';

const AGENT_FILE = /(?:^|\/)(?:agents|claude|gemini|copilot-instructions)\.md$/i;

export const isAgentFile = (path: string): boolean => AGENT_FILE.test(path);

/** The agent file's blocks with its list items read as paragraphs inside a list. */
export function asAgentInstructions(doc: ParsedDocument): ParsedDocument {
  const blocks: Block[] = doc.blocks.map((b) => (b.kind === 'listItem' ? { kind: 'paragraph', text: b.text, line: b.line, links: b.links, code: b.code, inList: true, sections: b.sections } : b));
  return { ...doc, blocks };
}
