import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { walkthroughFromGuide } from '../../../src/core/walkthrough/fromGuide';
import { checksOf } from '../../../src/core/walkthrough/model';
import { planShell } from '../../../src/core/walkthrough/shellState';
import type { SourcedCommand } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';

// The guide's lines after a virtualenv, a dev shell or a container shell are meant for that shell: run alone on the
// host they install into the system Python, miss the dev shell's tools, or run what belongs in a container.
const at = (command: string, line: number, file = 'CONTRIBUTING.md'): SourcedCommand => ({ command, source: { file, line }, origin: 'guide' });
const runs = (commands: SourcedCommand[]) => planShell(commands).map((s) => s.run);

const stepsOf = async (guide: string) => {
  const steps = walkthroughFromGuide(await readGuide(new MemoryRepoFiles({ 'CONTRIBUTING.md': guide }))).steps;
  const byId = (id: string) => {
    const step = steps.find((s) => s.id === id);
    assert.ok(step, id);
    return { step, runs: step.actions.flatMap((a) => (a.kind === 'run' ? [a.command] : [])) };
  };
  return { setup: byId('setup'), test: byId('test') };
};

describe('walkthrough: commands run inside the shell the guide set up before them', () => {
  it('runs the lines after `source .venv/bin/activate` in the virtualenv, in setup and in the tests', async () => {
    const { setup, test } = await stepsOf(
      '# Guide\n\n## Setup\n\n```sh\npython3 -m venv .venv\nsource .venv/bin/activate\npip install -e .\n```\n\n## Testing\n\n```sh\npytest\n```\n',
    );
    assert.deepEqual(setup.runs, ['python3 -m venv .venv', '. .venv/bin/activate && pip install -e .']);
    assert.deepEqual(test.runs, ['. .venv/bin/activate && pytest']);
    // Done is seen from the command line Onramp runs, so a run of it counts.
    assert.ok(checksOf(setup.step.done).some((c) => c.kind === 'command' && c.command === '. .venv/bin/activate && pip install -e .'));
    assert.deepEqual(test.step.done, { kind: 'command', command: '. .venv/bin/activate && pytest' });
    // The page shows the guide's own line, and says what it runs inside.
    assert.match(setup.step.markdown, /`pip install -e \.`.*runs it inside `source \.venv\/bin\/activate`/);
    assert.match(setup.step.markdown, /`source \.venv\/bin\/activate`.*type it in your own terminal/);
  });

  it('runs nothing before the environment line, and does not repeat a line given twice', () => {
    assert.deepEqual(runs([at('npm ci', 3), at('export NODE_ENV=test', 10), at('npm test', 11), at('export NODE_ENV=test', 20), at('npm run lint', 21)]), [
      'npm ci',
      null,
      'export NODE_ENV=test && npm test',
      null,
      'export NODE_ENV=test && npm run lint',
    ]);
  });

  it('runs the lines after a dev shell through that shell', () => {
    assert.deepEqual(runs([at('poetry install', 3), at('poetry shell', 4), at('pytest -x', 9)]), ['poetry install', null, 'poetry run pytest -x']);
    assert.deepEqual(runs([at('nix develop', 3), at("make check-it's", 4)]), [null, `nix develop -c sh -c 'make check-it'\\''s'`]);
    assert.deepEqual(runs([at('nix-shell -p python3', 3), at('make test', 4)]), [null, "nix-shell -p python3 --run 'make test'"]);
    // `conda activate` works only in a shell `conda init` set up; `conda run` works anywhere.
    assert.deepEqual(runs([at('conda env create -f environment.yml', 3), at('conda activate widget-dev', 4), at('pytest', 5)]), [
      'conda env create -f environment.yml',
      null,
      "conda run -n widget-dev sh -c 'pytest'",
    ]);
  });

  it('shows the lines typed in an interactive container shell to type there, and runs the next block on the host', async () => {
    const plan = planShell([at('docker run -it -v `pwd`:/src widget/ci bash', 5), at('cd /src', 6), at('make test', 7), at('make lint', 12)]);
    assert.deepEqual(plan.map((s) => s.run), [null, null, null, 'make lint']);
    assert.deepEqual(plan[2].inside, ['docker run -it -v `pwd`:/src widget/ci bash']);
    const { test } = await stepsOf('# Guide\n\n## Testing\n\nIn the build container:\n\n```sh\ndocker run -it widget/ci bash\nmake test\n```\n');
    assert.deepEqual(test.runs, []);
    assert.deepEqual(test.step.done, { kind: 'manual' });
    assert.match(test.step.markdown, /`make test`.*type it in the container `docker run -it widget\/ci bash` opens/);
  });

  it('does not carry a Windows activator or a command that is not a shell line', () => {
    assert.deepEqual(runs([at('.venv\\Scripts\\activate', 3), at('pip install -e .', 4)]), [null, 'pip install -e .']);
    assert.deepEqual(runs([at('make export', 3), at('make test', 4)]), ['make export', 'make test']);
    assert.deepEqual(runs([at('workon widget', 3), at('pytest', 4)]), [null, 'pytest']);
  });

  it('shows a call typed at an R or Julia console to type there, and never runs it in a shell', async () => {
    assert.deepEqual(runs([at('R CMD build .', 3), at('devtools::test()', 8), at('Pkg.test("Widgets")', 9), at('make test', 12)]), ['R CMD build .', null, null, 'make test']);
    const { test } = await stepsOf('# Guide\n\n## Testing\n\nBefore you send a change, make sure all tests pass by typing `test.widgets()` in R.\n');
    assert.deepEqual(test.runs, []);
    assert.match(test.step.markdown, /`test\.widgets\(\)`.*type it at the console of the language/);
  });
  it('shows a run that keeps going (watch mode, dev server) to start, and never waits for it', async () => {
    assert.deepEqual(
      runs([at('npm ci', 3), at('npm test', 4), at('npm run test:watch', 5), at('npx jest --watch', 6), at('npm start', 7), at('pnpm dev', 8), at('make test-watch', 9), at('docker compose up', 10), at('hugo server -D', 11)]),
      ['npm ci', 'npm test', null, null, null, null, null, null, null],
    );
    // Near misses: watching turned off, a detached stack and a script that only has "start" in its name end by themselves.
    assert.deepEqual(runs([at('npm test -- --watchAll=false', 3), at('docker compose up -d', 4), at('npm run start-db', 5), at('npm run stopwatch-test', 6)]), ['npm test -- --watchAll=false', 'docker compose up -d', 'npm run start-db', 'npm run stopwatch-test']);
    const { test } = await stepsOf('# Guide\n\n## Testing\n\n```sh\nnpm test\n```\n\nWhile you work, keep them running:\n\n```sh\nnpm run test:watch\n```\n');
    assert.ok(!test.runs.includes('npm run test:watch'), JSON.stringify(test.runs));
  });

  it('shows a Windows-only line (a batch or PowerShell script, a backslash path, a cmdlet) to type, and never runs it in sh', () => {
    assert.deepEqual(
      runs([at('script\\test.bat', 3), at('.\\build.ps1 -Release', 4), at('Build.cmd', 5), at('Get-ChildItem . -Recurse', 6), at('cmd /c build.bat', 7), at('./build.sh', 8)]),
      [null, null, null, null, null, './build.sh'],
    );
    // Near misses: a hyphenated tool, a script of another shell, PowerShell run as a program, a Unix path.
    assert.deepEqual(runs([at('pre-commit install', 3), at('pwsh tools/check.ps1', 4), at('Rscript -e "devtools::test()"', 5), at('tools/run-tests', 6)]), ['pre-commit install', 'pwsh tools/check.ps1', 'Rscript -e "devtools::test()"', 'tools/run-tests']);
  });
});

describe('walkthrough: tasks typed at sbt\'s prompt (session 12)', () => {
  it('shows them to type in sbt and never runs them in a shell; `sbt` itself runs', async () => {
    const { setup, test } = await stepsOf('# Guide\n\n## Building and testing\n\n```\n$ sbt\n> compile\n> test\n```\n');
    assert.deepEqual(setup.runs, ['sbt']);
    assert.deepEqual(test.runs, []);
    assert.match(test.step.markdown, /`test`.*type it at the prompt of `sbt`/);
  });
  it('plans a line typed in sbt with no run, inside sbt', () => {
    const plan = planShell([at('sbt', 3), { ...at('compile', 4), typedIn: 'sbt' }]);
    assert.deepEqual(plan.map((s) => [s.run, s.inside, s.typedIn]), [['sbt', [], undefined], [null, ['sbt'], 'sbt']]);
  });
});
