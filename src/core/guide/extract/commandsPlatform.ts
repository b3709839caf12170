/**
 * Platforms in headings, and the product's own installation: a system package install under "Installing qqtool"
 * installs the release for users, not what development needs.
 */
import { Block } from '../documentModel';

const PLATFORM = String.raw`(?:mac\s?OS(?:\s?X)?|OS\s?X|Linux|Ubuntu|Debian|Fedora|RHEL|Red\s?Hat|CentOS|Rocky|Alma(?:Linux)?|Arch(?:\s+Linux)?|Alpine|openSUSE|SUSE|Gentoo|NixOS|FreeBSD|OpenBSD|NetBSD|Windows|Homebrew|MacPorts)`;
/**
 * A heading on getting the product ("Installation", "Installing qqtool", "Get qqtool"): its per-platform lines install
 * the release for users (`sudo apt install qqtool`), unless it says it installs what development needs.
 */
const GETTING_PRODUCT = /^\s*(?:\d+[.)]\s*)?(?:install(?:ation|ing)?|get(?:ting)?|download(?:ing)?)\b/i;
const DEVELOPMENT_NEEDS = /\b(?:prerequisites?|requirements?|dependenc(?:y|ies)|tools?|toolchain|develop\w*|build\w*|contribut\w*)\b/i;

/** Whether the block is under a heading on getting the product for users ("Installing qqtool"), not what development needs. */
export function underProductInstall(block: Block): boolean {
  const heading = block.sections[block.sections.length - 1] ?? '';
  return GETTING_PRODUCT.test(heading) && !DEVELOPMENT_NEEDS.test(heading);
}

/** A heading that is only a platform's name ("Debian/Ubuntu", "Fedora/Red Hat", "macOS", "On Arch Linux"). */
const PLATFORM_HEADING = new RegExp(String.raw`^\W{0,3}(?:on\s+|for\s+)?${PLATFORM}(?:\s{0,3}(?:\/|,|or|and|&)\s{0,3}${PLATFORM}){0,4}(?:\s+(?:Linux|users?))?\W{0,3}$`, 'i');

/** Whether a block stands in a section named for one platform: its lines are that platform's version of a step. */
export const underPlatformHeading = (block: Block): boolean => PLATFORM_HEADING.test(block.sections[block.sections.length - 1] ?? '');

