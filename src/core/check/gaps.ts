/**
 * Gaps a newcomer will hit: no guide, no setup or test command anywhere, a maintainer step nobody can see as
 * done, a guide that only points to a site outside the repository, and (with the forge) no beginner label.
 */
import type { GuideFacts } from '../guide/facts';
import { beginnerLabels } from '../issues/beginnerLabels';
import { Finding } from './types';

export function gapFindings(facts: GuideFacts, hasReadme: boolean): Finding[] {
  const out: Finding[] = [];
  const guide = facts.files.guide ?? facts.files.readmeSection;
  const anchor = guide ?? facts.files.config ?? (hasReadme ? 'README.md' : 'CONTRIBUTING.md');
  if (!facts.files.guide && !facts.files.config) {
    out.push({
      id: 'no-guide',
      severity: 'warning',
      file: facts.files.readmeSection ?? (hasReadme ? 'README.md' : 'CONTRIBUTING.md'),
      line: 1,
      message: facts.files.readmeSection ? 'There is no contribution guide; only the README\'s "Contributing" section says how to contribute.' : 'There is no contribution guide (CONTRIBUTING.md, in the root, .github/ or docs/) and no Onramp maintainer file.',
      why: 'A newcomer has to guess how to set up, test and submit a change, and the forge shows no "Contributing" link next to the issue form.',
      fix: { description: 'Add a CONTRIBUTING.md with setup, test and pull request steps (Onramp can start a maintainer file from what it reads).' },
    });
  }
  const steps = facts.maintainer?.steps ?? [];
  const runs = steps.flatMap((s) => s.actions.filter((a) => a.kind === 'run'));
  if (facts.commands.setup.length === 0 && runs.length === 0) {
    out.push({
      id: 'no-setup-command',
      severity: 'warning',
      file: anchor,
      line: 1,
      message: 'No setup command (install, build, bootstrap) is given anywhere: not in the guide, the documents it links to, nor the maintainer file.',
      why: 'Setting up is where most first contributions stall; without a command a newcomer has to reverse-engineer the build from CI files.',
      fix: { description: 'Add a "Setup" section with the commands to run after cloning, in a fenced code block.' },
    });
  }
  const testRun = runs.some((a) => a.kind === 'run' && /\btest/i.test(a.command)) || facts.checklist.some((c) => c.command && /\btest/i.test(c.command));
  if (facts.commands.test.length === 0 && !testRun) {
    out.push({
      id: 'no-test-command',
      severity: 'warning',
      file: anchor,
      line: 1,
      message: 'No test command is given anywhere: not in the guide, the documents it links to, the pull request template nor the maintainer file.',
      why: 'A newcomer cannot check their change before opening the pull request, and learns about failures from CI, often hours later.',
      fix: { description: 'Add a "Running the tests" section with the command, in a fenced code block.' },
    });
  }
  for (const step of steps) {
    if (step.done) continue;
    out.push({
      id: 'step-without-done-check',
      severity: 'note',
      file: step.source.file,
      line: step.source.line,
      message: `The step "${step.title}" has no \`done\` check, so Onramp cannot tell when it is done; the contributor ticks it off by hand.`,
      why: 'A step that cannot be seen as done leaves a newcomer unsure whether it worked before they move on.',
      fix: { description: 'Add a `done:` check (a file that appears, a command that succeeds, a git state), or `done: manual` to say ticking is intended.' },
    });
  }
  const pointer = facts.guideIsPointerOnly;
  if (pointer?.value && facts.files.linkedDocs.length === 0) {
    out.push({
      id: 'pointer-only-guide',
      severity: 'warning',
      file: pointer.source.file,
      line: pointer.source.line,
      message: 'The guide only points to a page outside the repository, and none of its links lead to a document kept in the repository.',
      why: 'Offline, in a fork or on an old tag, the newcomer has nothing; and the page can change while the repository\'s tooling does not.',
      fix: { description: 'Keep the contribution docs in the repository (docs/contributing.md) and link to them from the guide, or add the essentials (setup, test, pull request) to the guide itself.' },
    });
  }
  return out;
}

/** With the forge's labels: none a newcomer (or a good-first-issue finder) would recognise. */
export function beginnerLabelFinding(facts: GuideFacts, repoLabels: readonly string[], host: string): Finding[] {
  const extra = facts.maintainer?.labels?.value ?? [];
  if (beginnerLabels(repoLabels, extra).length > 0) return [];
  const at = facts.maintainer?.labels?.source ?? { file: facts.files.guide ?? facts.files.config ?? 'CONTRIBUTING.md', line: 1 };
  return [
    {
      id: 'no-beginner-label',
      severity: 'warning',
      file: at.file,
      line: at.line,
      message: `The repository on ${host} has none of the usual beginner labels (good first issue, help wanted, beginner…)${extra.length ? `, nor the maintainer file's ${extra.join(', ')}` : ''}.`,
      why: 'Newcomers look for these labels first, and so do the sites that list beginner-friendly issues; without one, there is nowhere obvious to start.',
      fix: { description: 'Create a "good first issue" label and put it on a few small, well-described issues.' },
    },
  ];
}
