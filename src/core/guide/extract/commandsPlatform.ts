/**
 * A system package install named in prose is usually a hint about one platform ("on Debian you can run `sudo apt-get
 * install jq`") and is left out. Set out as a platform's label and its command ("- On macOS: `brew install jq`",
 * "(Ubuntu: `sudo apt install libxml2-dev`, Fedora: `sudo dnf install libxml2-devel`)"), it is the guide's
 * prerequisite step given once per platform, the prose twin of a code block per operating system.
 */
import { Block } from '../documentModel';

const PLATFORM = String.raw`(?:mac\s?OS(?:\s?X)?|OS\s?X|Linux|Ubuntu|Debian|Fedora|RHEL|Red\s?Hat|CentOS|Rocky|Alma(?:Linux)?|Arch(?:\s+Linux)?|Alpine|openSUSE|SUSE|Gentoo|NixOS|FreeBSD|OpenBSD|NetBSD|Windows|Homebrew|MacPorts)`;
/**
 * A label that ends right before the span: one or more platforms ("Debian / Ubuntu", "macOS or Linux"), an optional
 * parenthesis ("On MacOS (version 5.8 or later)"), then a colon. The label opens its list item, or follows an opening
 * parenthesis, comma or semicolon of a list of platforms.
 */
const LABEL = new RegExp(
  String.raw`(?:^|[(,;]\s{0,3})(?:[-*]\s{1,3})?(?:\*\*|__)?(?:on|for)?\s{0,3}${PLATFORM}(?:\s{0,3}(?:\/|,|or|and|&)\s{0,3}${PLATFORM}){0,4}(?:\s{0,3}\([^()]{0,80}\))?(?:\*\*|__)?\s{0,3}:(?:\*\*|__)?\s{0,3}$`,
  'i',
);

/**
 * A heading on getting the product ("Installation", "Installing qqtool", "Get qqtool"): its per-platform lines install
 * the release for users (`sudo apt install qqtool`), unless it says it installs what development needs.
 */
const GETTING_PRODUCT = /^\s*(?:\d+[.)]\s*)?(?:install(?:ation|ing)?|get(?:ting)?|download(?:ing)?)\b/i;
const DEVELOPMENT_NEEDS = /\b(?:prerequisites?|requirements?|dependenc(?:y|ies)|tools?|toolchain|develop\w*|build\w*|contribut\w*)\b/i;

/** Whether the span that holds `command` in a paragraph or list item comes right after a platform's label. */
export function platformLabelled(block: Block, command: string): boolean {
  if ((block.kind !== 'listItem' && block.kind !== 'paragraph') || underProductInstall(block)) return false;
  const at = block.text.indexOf(`\`${command}`);
  return at > 0 && LABEL.test(block.text.slice(Math.max(0, at - 160), at));
}

/** Whether the block is under a heading on getting the product for users ("Installing qqtool"), not what development needs. */
export function underProductInstall(block: Block): boolean {
  const heading = block.sections[block.sections.length - 1] ?? '';
  return GETTING_PRODUCT.test(heading) && !DEVELOPMENT_NEEDS.test(heading);
}

/** A heading that is only a platform's name ("Debian/Ubuntu", "Fedora/Red Hat", "macOS", "On Arch Linux"). */
const PLATFORM_HEADING = new RegExp(String.raw`^\W{0,3}(?:on\s+|for\s+)?${PLATFORM}(?:\s{0,3}(?:\/|,|or|and|&)\s{0,3}${PLATFORM}){0,4}(?:\s+(?:Linux|users?))?\W{0,3}$`, 'i');

/** Whether a block stands in a section named for one platform: its lines are that platform's version of a step. */
export const underPlatformHeading = (block: Block): boolean => PLATFORM_HEADING.test(block.sections[block.sections.length - 1] ?? '');

