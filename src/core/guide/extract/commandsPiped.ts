/**
 * A pipeline whose last program installs what the first one lists or fetches: `dzil authordeps --missing | cpanm`,
 * `dzil listdeps | cpanm -n`, `curl -L https://cpanmin.us | perl - --installdeps .`, `cat deps.txt | xargs pip install`.
 * The first program (a distribution tool, a download) is none Onramp knows and names no phase; the installer at the
 * end makes the line a setup step. Perl distributions set their dependencies up so as a rule (a Dist::Zilla guide
 * lists its author dependencies into cpanm), and `xargs ... install` is the same shape in any ecosystem.
 *
 * Not `curl ... | sh`: a piped shell runs an installer script, as often the product's own (a user's install) as a
 * toolchain's; nothing in the line says which.
 */
const LAST_STAGE_INSTALLS =
  /\|\s{0,3}(?:sudo\s+)?(?:cpanm(?:\s+-{1,2}[\w-]{1,30})*|perl\s+-\s+(?:-{1,2}[\w-]{1,30}\s+)*--installdeps(?:\s+-{1,2}[\w-]{1,30})*\s+\.|xargs\s+(?:-{1,2}\w{1,20}\s+)*(?:sudo\s+)?(?:cpanm|pip3?|gem|npm|apt-get|apt|dnf|brew)\s+install(?:\s+-{1,2}[\w-]{1,30})*)\s*$/;

/** Whether a line pipes a list or a download into a dependency installer, one pipe only, at most a few hundred characters. */
export function installsPiped(command: string): boolean {
  if (command.length > 300) return false;
  const pipe = command.indexOf('|');
  return pipe > 0 && command.indexOf('|', pipe + 1) < 0 && !command.includes('||') && LAST_STAGE_INSTALLS.test(command);
}
