/**
 * A hostile review of the session-9 rules (new parsers for Org, RDoc and POD, plain-text literal blocks, directive
 * links, template places, facts and command-phase rules), in short guides of our own wording. A case the code gets
 * right guards its rule; a case it gets wrong is skipped under a `// Found in review:` line that names the rule at fault.
 */
import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { toInspectJson } from '../../../src/core/guide/facts';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { parseAsciidoc } from '../../../src/core/guide/parseAsciidoc';

const json = async (files: Record<string, string>) => toInspectJson(await readGuide(new MemoryRepoFiles(files)));
type Json = Awaited<ReturnType<typeof json>>;
const commands = (j: Json, kind: 'setup' | 'test' | 'lint'): string[] => j.commands[kind].map((c) => c.command);
const at = (j: Json, kind: 'setup' | 'test' | 'lint'): string[] => j.commands[kind].map((c) => `${c.command}@${c.source.file}:${c.source.line}`);
const warnings = (j: Json): string[] => j.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
const md = (t: string) => json({ 'CONTRIBUTING.md': `# Contributing\n\n${t}\n` });

describe('review of the session-9 rules', () => {
  describe('plain-text literal blocks (plainTextLiterals.ts)', () => {
    it('a command indented two spaces under its lead-in is code, on its own line', async () => {
      const j = await json({ HACKING: 'Hacking on widget\n\nTo build the library:\n  ./configure\n  make\n\nTo run the tests:\n  make check\n' });
      assert.deepEqual(at(j, 'test'), ['make check@HACKING:8']);
    });

    it('CRLF line ends and a tab-indented run keep their commands and lines', async () => {
      const j = await json({ HACKING: 'Hacking on widget\r\n\r\nTo run the tests:\r\n\tmake check\r\n' });
      assert.deepEqual(at(j, 'test'), ['make check@HACKING:4']);
    });

    it('an indented wrapped sentence under a lead-in stays prose', async () => {
      const j = await json({ HACKING: 'Before sending a patch:\n  Please run the whole test suite and make sure nothing else broke.\n\nTo run the tests:\n  make check\n' });
      assert.deepEqual(commands(j, 'test'), ['make check']);
      assert.deepEqual(commands(j, 'setup'), []);
    });

    // Found in review: a plain-text "Requirements:" list indented under its lead-in (lowercase tool names and versions, no
    // full stop) is fenced as code by plainTextLiterals.ts (NOT_CODE only knows sentences, paths and "Label: value"),
    // so "cmake 3.20" becomes a setup command; Markdown read it as prose before.
    it('a requirements list indented under "Requirements:" gives no setup command', async () => {
      const j = await json({ HACKING: 'Hacking on widget\n\nRequirements:\n  python 3.10 or newer\n  cmake 3.20\n  a C compiler\n\nTo run the tests:\n  make check\n' });
      assert.deepEqual(commands(j, 'setup'), []);
      assert.deepEqual(commands(j, 'test'), ['make check']);
    });

    // Found in review: plainTextLiterals.ts's first NOT_CODE pattern (a capitalised word and two more words) takes a command
    // whose program name is capitalised (Rscript, Xvfb) for a sentence, so the run is not fenced and the test is lost.
    it('a capitalised program (Rscript) indented under its lead-in is a command', async () => {
      const j = await json({ HACKING: 'To run the tests:\n  Rscript -e "devtools::test()"\n' });
      assert.deepEqual(commands(j, 'test'), ['Rscript -e "devtools::test()"']);
    });

    it('a usage synopsis, sample output and environment settings under lead-ins give no commands', async () => {
      const j = await json({ HACKING: 'Hacking\n\nUsage:\n  widget [--verbose] FILE\n\nUseful settings:\n  export WIDGET_DEBUG=1\n\nTo run the tests:\n  make check\n\nThe output ends like this:\n  ok 12 tests\n  not ok 0\n' });
      assert.deepEqual(at(j, 'test'), ['make check@HACKING:10']);
      assert.deepEqual(commands(j, 'setup'), []);
    });

    it('an address to mail patches to is no command; the build under it is', async () => {
      const j = await json({ 'CONTRIBUTING.txt': 'Contributing to widget\n\nMail your patch to:\n  widget-devel@lists.example.org\n\nBuild it first:\n  make\n' });
      assert.deepEqual(at(j, 'setup'), ['make@CONTRIBUTING.txt:7']);
    });

    it('an extensionless guide written in Markdown keeps its nested list and fenced code in a step', async () => {
      const j = await json({ CONTRIBUTING: '# Contributing\n\n1. Install the tools:\n   - node 20\n   - pnpm\n\n2. Run the tests:\n\n   ```sh\n   pnpm test\n   ```\n' });
      assert.deepEqual(at(j, 'test'), ['pnpm test@CONTRIBUTING:10']);
      assert.deepEqual(commands(j, 'setup'), []);
    });

    it('an empty HACKING file beside the guide is harmless', async () => {
      const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\nRun `make test`.\n', HACKING: '' });
      assert.deepEqual(commands(j, 'test'), ['make test']);
    });

    it('a root HACKING is read after the guide, with its own file and lines', async () => {
      const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\nSend patches to the list.\n', HACKING: 'Building\n\nTo build:\n  ./autogen.sh\n  make\n\nTesting:\n  make check\n' });
      assert.deepEqual(at(j, 'test'), ['make check@HACKING:8']);
    });
  });

  describe('Org guides (parseOrg.ts)', () => {
    it('a source block and a code span give their commands and lines', async () => {
      const j = await json({ 'CONTRIBUTING.org': '#+TITLE: Contributing\n\n* Testing\n\n#+BEGIN_SRC sh\nmake test\n#+END_SRC\n\n* Linting\n\nRun ~make lint~ before you push.\n' });
      assert.deepEqual(at(j, 'test'), ['make test@CONTRIBUTING.org:6']);
      assert.deepEqual(commands(j, 'lint'), ['make lint']);
    });

    it('CRLF line ends keep the same lines', async () => {
      const j = await json({ 'CONTRIBUTING.org': '* Testing\r\n\r\n#+begin_src sh\r\nmake test\r\n#+end_src\r\n' });
      assert.deepEqual(at(j, 'test'), ['make test@CONTRIBUTING.org:4']);
    });

    it('an empty Org guide and a huge line do not crash or hang', async () => {
      assert.deepEqual(commands(await json({ 'CONTRIBUTING.org': '' }), 'test'), []);
      const huge = `* Notes\n\n${'=a= ~b~ [[x][y]] '.repeat(20000)}\n\n* Testing\n\n: make test\n`;
      const j = await json({ 'CONTRIBUTING.org': huge });
      assert.deepEqual(commands(j, 'test'), ['make test']);
    });

    it('empty checkboxes in a pull-request section are the checklist', async () => {
      const j = await json({ 'CONTRIBUTING.org': '* Pull requests\n\nBefore you send, check that:\n\n- [ ] the tests pass\n- [ ] the manual is updated\n' });
      assert.deepEqual(j.checklist.map((c) => [c.text, c.source.line]), [['the tests pass', 5], ['the manual is updated', 6]]);
    });

    // Found in review: parseOrg.ts runs an unclosed #+begin_src to the end of the file (Org itself reads an unclosed block as
    // plain text), so every later section is swallowed into the code block and the lint command is lost.
    it('an unclosed source block does not swallow the rest of the guide', async () => {
      const j = await json({ 'CONTRIBUTING.org': '* Testing\n\n#+begin_src sh\nmake test\n\n* Linting\n\nRun ~make lint~ before you push.\n' });
      assert.deepEqual(commands(j, 'lint'), ['make lint']);
    });

    // Found in review: parseOrg.ts takes any line of the form ":word:" for a drawer and skips to the next :END:, to the end of
    // the file when there is none (Org needs the :END:), so a guide with a lone ":warning:" line loses everything after.
    it('a lone ":word:" line with no :END: is no drawer', async () => {
      const j = await json({ 'CONTRIBUTING.org': '* Testing\n\n:warning:\nRun ~make test~ before sending.\n' });
      assert.deepEqual(commands(j, 'test'), ['make test']);
    });
  });

  describe('RDoc and POD guides (parseRdoc.ts, parsePod.ts)', () => {
    it('RDoc verbatim text and <tt> spans give commands', async () => {
      const j = await json({ 'CONTRIBUTING.rdoc': '= Contributing\n\n== Running the tests\n\n  bundle exec rake test\n\n== Style\n\nRun <tt>bundle exec rubocop</tt> before you send.\n' });
      assert.deepEqual(at(j, 'test'), ['bundle exec rake test@CONTRIBUTING.rdoc:5']);
      assert.deepEqual(commands(j, 'lint'), ['bundle exec rubocop']);
    });

    it('an RDoc --- rule is no listing fence', async () => {
      const j = await json({ 'CONTRIBUTING.rdoc': '= Contributing\n\n== Setup\n\n  bundle install\n\n---\n\n== Testing\n\n  bundle exec rake test\n' });
      assert.deepEqual(commands(j, 'setup'), ['bundle install']);
      assert.deepEqual(at(j, 'test'), ['bundle exec rake test@CONTRIBUTING.rdoc:11']);
    });

    it('POD verbatim under a lead-in and C<< >> spans give commands with their lines', async () => {
      const j = await json({ 'CONTRIBUTING.pod': '=head1 CONTRIBUTING\n\n=head2 Testing\n\nRun the tests:\n\n    prove -lr t\n\n=cut\n' });
      assert.deepEqual(at(j, 'test'), ['prove -lr t@CONTRIBUTING.pod:7']);
      const span = await json({ 'CONTRIBUTING.pod': '=head1 Hacking\n\nRun C<< make test >> before sending.\n' });
      assert.deepEqual(commands(span, 'test'), ['make test']);
    });

    it('empty RDoc and POD guides and CRLF POD do not crash', async () => {
      assert.deepEqual(commands(await json({ 'CONTRIBUTING.rdoc': '' }), 'test'), []);
      assert.deepEqual(commands(await json({ 'CONTRIBUTING.pod': '' }), 'test'), []);
      const crlf = await json({ 'CONTRIBUTING.pod': '=head1 Testing\r\n\r\nRun the tests:\r\n\r\n    make test\r\n' });
      assert.deepEqual(at(crlf, 'test'), ['make test@CONTRIBUTING.pod:5']);
    });

    it('a POD link to another module by name is no broken file link', async () => {
      const j = await json({ 'CONTRIBUTING.pod': '=head1 CONTRIBUTING\n\nRead L<the hacking notes|Widget::Manual::Hacking> before you start.\n\n=head2 Testing\n\nRun the tests:\n\n    prove -lr t\n' });
      assert.deepEqual(commands(j, 'test'), ['prove -lr t']);
      assert.deepEqual(warnings(j), []);
    });

    it('RDoc verbatim text under list items gives the test and lint commands', async () => {
      const j = await json({ 'CONTRIBUTING.rdoc': '= Contributing\n\n* Run the tests:\n\n    rake test\n\n* Check the style:\n\n    rake rubocop\n' });
      assert.deepEqual(at(j, 'test'), ['rake test@CONTRIBUTING.rdoc:5']);
      assert.deepEqual(at(j, 'lint'), ['rake rubocop@CONTRIBUTING.rdoc:9']);
    });

    it('an Org file link is followed to the testing page', async () => {
      const j = await json({ 'CONTRIBUTING.org': '* Contributing\n\nSee [[file:docs/testing.org][the testing guide]].\n', 'docs/testing.org': '* Testing\n\n#+begin_src sh\nmake test\n#+end_src\n' });
      assert.deepEqual(at(j, 'test'), ['make test@docs/testing.org:4']);
    });

    // Found in review: parsePod.ts prefixes verbatim lines with four spaces whatever the item depth, so a POD verbatim
    // paragraph indented one space inside an =item is Markdown prose of the list item, not code: the test is lost.
    it('a one-space POD verbatim paragraph inside an =item is code', async () => {
      const j = await json({ 'CONTRIBUTING.pod': '=head1 CONTRIBUTING\n\n=head2 Testing\n\n=over 4\n\n=item *\n\nRun the suite:\n\n prove -lr t\n\n=back\n\n=cut\n' });
      assert.deepEqual(commands(j, 'test'), ['prove -lr t']);
    });
  });

  describe('directive links (includes.ts, toctree.ts) and rST references', () => {
    it('an rST toctree chains the guide to its pages', async () => {
      const j = await json({ 'CONTRIBUTING.rst': 'Contributing\n============\n\n.. toctree::\n\n   testing\n', 'testing.rst': 'Testing\n=======\n\nRun the tests::\n\n    tox -e py312\n' });
      assert.deepEqual(at(j, 'test'), ['tox -e py312@testing.rst:6']);
    });

    // Found in review: toctree.ts reads only MyST fences once the text holds "{toctree}" anywhere, so an rST guide that merely
    // mentions MyST's ``{toctree}`` fence loses its own `.. toctree::` entries and the commands of its pages.
    it('an rST guide that mentions MyST\'s {toctree} keeps its own toctree', async () => {
      const j = await json({ 'CONTRIBUTING.rst': 'Contributing\n============\n\nMarkdown pages use the ``{toctree}`` fence of MyST instead.\n\n.. toctree::\n\n   testing\n', 'testing.rst': 'Testing\n=======\n\nRun the tests::\n\n    tox -e py312\n' });
      assert.deepEqual(commands(j, 'test'), ['tox -e py312']);
    });

    // Found in review: toctree.ts reads a MyST {toctree} shown as an example inside a longer code fence as a real one, and the
    // example entry is reported as a broken link.
    it('a MyST toctree shown inside a four-backtick example fence is no link', async () => {
      const j = await md('## Adding a docs page\n\nList your page in the index:\n\n````md\n```{toctree}\ncontributing/new-page\n```\n````\n\n## Testing\n\n```sh\nnox -s tests\n```');
      assert.deepEqual(commands(j, 'test'), ['nox -s tests']);
      assert.deepEqual(warnings(j), []);
    });

    // Found in review: includes.ts reads `include::` lines of an AsciiDoc guide wherever they are, also inside a ---- listing
    // block that shows the syntax, so the example path is reported as a broken link.
    it('an include:: shown inside an AsciiDoc listing block is no link', async () => {
      const j = await json({ 'CONTRIBUTING.adoc': '= Contributing\n\n== Writing docs\n\nSplit a long chapter into parts:\n\n----\ninclude::chapters/contributing-part.adoc[]\n----\n\n== Testing\n\n----\n./gradlew test\n----\n' });
      assert.deepEqual(commands(j, 'test'), ['./gradlew test']);
      assert.deepEqual(warnings(j), []);
    });

    it('an AsciiDoc include of an existing part is read', async () => {
      const j = await json({ 'CONTRIBUTING.adoc': '= Contributing\n\ninclude::docs/testing.adoc[]\n', 'docs/testing.adoc': '= Testing\n\n----\n./gradlew check\n----\n' });
      assert.deepEqual(at(j, 'test'), ['./gradlew check@docs/testing.adoc:4']);
    });

    it('AsciiDoc attributes name a link to a testing page; a listing keeps its braces', async () => {
      const j = await json({ 'CONTRIBUTING.adoc': '= Contributing\n:testing-doc: docs/testing.adoc\n\nSee {testing-doc}[how to run the tests].\n\n----\nmake test\n----\n', 'docs/testing.adoc': '= Testing\n\n----\nmake check\n----\n' });
      assert.deepEqual(commands(j, 'test').sort(), ['make check', 'make test']);
    });

    // Found in review: a value was capped at 2,000 characters but not the line it expanded into, so a guide that repeats
    // a long attribute grew a thousandfold (a 960 KB file took 560 MB in a probe).
    it('a line whose attributes would expand past the bound is left as written; a short one is expanded', () => {
      const long = `= Contributing\n:sp: ${'-'.repeat(1990)}\n\n${'{sp}'.repeat(2000)}\n`;
      const p = parseAsciidoc('CONTRIBUTING.adoc', long).blocks.find((b) => b.kind === 'paragraph');
      assert.ok(p?.kind === 'paragraph' && p.text.startsWith('{sp}{sp}') && p.text.length < 10000);
      const short = parseAsciidoc('CONTRIBUTING.adoc', '= Contributing\n:tool: make\n\nRun {tool} {tool}.\n').blocks.find((b) => b.kind === 'paragraph');
      assert.ok(short?.kind === 'paragraph');
      assert.equal(short.text, 'Run make make.');
    });

    it('an AsciiDoc attribute in a listing block is left as written', () => {
      const doc = parseAsciidoc('CONTRIBUTING.adoc', '= Contributing\n:cmd: make test\n\n----\n{cmd}\n----\n');
      assert.deepEqual(doc.blocks.filter((b) => b.kind === 'code').map((b) => b.text), ['{cmd}\n']);
    });

    it('an rST named reference resolves to its target; an undefined name is no broken link', async () => {
      const j = await json({ 'CONTRIBUTING.rst': 'Contributing\n============\n\nSee `the testing guide`_ and `the style rules`_.\n\n.. _the testing guide: docs/testing.rst\n', 'docs/testing.rst': 'Testing\n=======\n\nRun the tests::\n\n    tox\n' });
      assert.deepEqual(commands(j, 'test'), ['tox']);
      assert.deepEqual(warnings(j), []);
    });
  });

  describe('template places (findFiles.ts)', () => {
    it('only GitLab\'s default merge request template feeds the checklist, not a release template', async () => {
      const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a merge request.\n', '.gitlab/merge_request_templates/Default.md': '## Checklist\n\n- [ ] Tests added\n- [ ] Changelog entry added\n', '.gitlab/merge_request_templates/Release.md': '## Release checklist\n\n- [ ] Bump the version\n- [ ] Tag the release\n' });
      assert.deepEqual(j.checklist.map((c) => c.text), ['Tests added', 'Changelog entry added']);
    });

    it('a Gitea template alone is read', async () => {
      const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n', '.gitea/pull_request_template.md': '- [ ] Tests pass\n- [ ] Docs updated\n' });
      assert.deepEqual(j.checklist.map((c) => c.text), ['Tests pass', 'Docs updated']);
    });

    // Found in review: findFiles.ts adds .gitea and .forgejo to TEMPLATE_FOLDERS, so a project mirrored on Codeberg that keeps
    // the same template in .github and .gitea gets every checklist item twice (only .github was read before).
    it('the same template in .github and .gitea gives each item once', async () => {
      const j = await json({ 'CONTRIBUTING.md': '# Contributing\n\nSend a pull request.\n', '.github/pull_request_template.md': '- [ ] Tests pass\n- [ ] Docs updated\n', '.gitea/pull_request_template.md': '- [ ] Tests pass\n- [ ] Docs updated\n' });
      assert.deepEqual(j.checklist.map((c) => c.text), ['Tests pass', 'Docs updated']);
    });
  });

  describe('command-phase rules', () => {
    // Found in review: the FAQ-is-a-side-quest rule (extract/commands.ts, commit ce93963) drops every command under a FAQ heading, so a FAQ entry
    // "How do I run the tests?" loses the project's only test command (it was found before).
    it('a FAQ entry that answers how to run the tests keeps its test command', async () => {
      const j = await md('## Building\n\n```sh\nnpm ci\n```\n\n## FAQ\n\n### How do I run the tests?\n\n```sh\nnpm test\n```');
      assert.deepEqual(commands(j, 'test'), ['npm test']);
    });

    // Found in review: same FAQ rule (extract/commands.ts): an inline span in a FAQ answer is dropped too.
    it('a FAQ answer\'s inline test command is kept', async () => {
      const j = await md('## FAQ\n\n### How do I run the tests?\n\nRun `npm test` from the root.');
      assert.deepEqual(commands(j, 'test'), ['npm test']);
    });

    it('listing the tests is no test run; the run beside it stays', async () => {
      assert.deepEqual(commands(await md('## Testing\n\n```sh\ngo test -list . ./...\ngo test ./...\n```'), 'test'), ['go test ./...']);
      assert.deepEqual(commands(await md('## Testing\n\n```sh\npytest --collect-only -q\npytest\n```'), 'test'), ['pytest']);
    });

    it('approving expected outputs is upkeep, the test run after it stays', async () => {
      const j = await md('## Testing\n\nAfter changing the output, run `make accept` to approve the new expected files, then run `make test`.');
      assert.deepEqual(commands(j, 'test'), ['make test']);
    });

    it('an ecosystem\'s dependency fetch is setup', async () => {
      const j = await md('## Setting up\n\n```sh\ngo mod download\n```\n\n## Testing\n\n```sh\ngo test ./...\n```');
      assert.deepEqual(commands(j, 'setup'), ['go mod download']);
    });
  });

  describe('facts rules', () => {
    // Found in review: the dropped-CLA rule (extract/cla.ts GONE_AFTER, commit 6423ed5) reads "the old CLA was retired" and sets claRequired false
    // though the same sentence asks for the new agreement (it was true before).
    it('a CLA replaced by a new one is still required', async () => {
      const j = await md('## Legal\n\nThe old CLA was retired in 2023; contributors now sign the new Contributor License Agreement before we merge.');
      assert.equal(j.claRequired, true);
    });

    // Found in review: the read-only-mirror rule (extract/pullRequests.ts MIRROR_ONLY, commit 6423ed5) takes a vendored folder said to be a mirror of upstream for
    // the repository itself and sets acceptsPullRequests false (null before).
    it('a vendored folder that mirrors upstream says nothing of the repository\'s pull requests', async () => {
      const j = await md('## Layout\n\nThe `third_party/zlib` folder is a read-only mirror of upstream zlib; send fixes for it upstream.');
      assert.notEqual(j.acceptsPullRequests, false);
    });

    it('"we used to accept free-form messages, now we use Conventional Commits" is the convention', async () => {
      const j = await md('## Commit messages\n\nWe used to accept free-form messages, but since 2024 we use Conventional Commits: `feat: add x`, `fix: y`.');
      assert.equal(j.commit.convention, 'conventional');
    });

    // Found in review: factsConventionAsked.ts's NEGATED_BEFORE ("does not" up to two words before the name) reads "a PR title
    // that does not follow Conventional Commits fails the check" as the convention not being used (it was found before).
    it('a title check that fails titles not following Conventional Commits asks for the convention', async () => {
      const j = await md('## Pull requests\n\nA PR title that does not follow Conventional Commits fails the title check.');
      assert.equal(j.commit.convention, 'conventional');
    });

    it('commits rejected for not following Conventional Commits, beside "we use", keep the convention', async () => {
      const j = await md('## Commit messages\n\nWe use Conventional Commits. Commits that do not follow Conventional Commits are rejected by CI.');
      assert.equal(j.commit.convention, 'conventional');
    });

    // Found in review: pullRequests.ts's MIRROR_ONLY matches "read-only mirror" anywhere, so a guide that says development
    // happens here and a read-only mirror lives elsewhere gets acceptsPullRequests false (null before).
    it('a read-only mirror kept elsewhere does not refuse pull requests here', async () => {
      const j = await md('## Where to contribute\n\nDevelopment happens here on GitHub. A read-only mirror lives on Codeberg for those who prefer it.');
      assert.notEqual(j.acceptsPullRequests, false);
    });

    // Found in review: discussFirst.ts's OPTIONAL_FIRST takes "feel free to" up to 40 characters before the ask for a choice,
    // also across "but": "Feel free to work on anything, but open an issue first" is no longer discuss-first (it was).
    it('"feel free to work on anything, but open an issue first" still asks to discuss first', async () => {
      const j = await md('## Picking a task\n\nFeel free to work on anything, but open an issue first.');
      assert.equal(j.discussFirst, true);
    });

    it('"do not hesitate to ask questions" does not soften a later ask to discuss features first', async () => {
      const j = await md('## Larger changes\n\nDo not hesitate to ask questions. For new features, open an issue first to discuss the design.');
      assert.equal(j.discussFirst, true);
    });

    it('"dropped" about something else leaves the CLA required', async () => {
      const j = await md('## Legal\n\nWe dropped the requirement for squashed commits, but you must still sign the CLA.');
      assert.equal(j.claRequired, true);
    });

    it('merge requests against a branch name the base branch; a backport branch does not', async () => {
      assert.equal((await md('## Merge requests\n\nOpen merge requests against `develop`.')).baseBranch, 'develop');
      assert.equal((await md('## Backports\n\nBranch from the release-1.x branch only for backports; everything else goes to `main`.')).baseBranch, 'main');
    });

    // Found in review: the empty-task-boxes rule (commit d60cbff) reads a "Known gaps" list of missing features as the
    // contributor's checklist: only roadmaps, help wanted, bug reports and releases are told apart.
    it('task boxes listing the known gaps of the project are no checklist', async () => {
      const j = await md('## Known gaps\n\n- [ ] no IPv6 support yet\n- [ ] the CLI has no completion');
      assert.deepEqual(j.checklist, []);
    });

    it('task boxes of a port\'s status are no checklist', async () => {
      assert.deepEqual((await md('## Status of the port\n\n- [ ] ARM64 builds\n- [ ] Windows installer')).checklist, []);
    });

    it('a list of the kinds of pull request welcome is no checklist', async () => {
      const j = await md('## Pull requests\n\nWe welcome:\n\n- Bug fixes with a test that shows the bug.\n- New features discussed in an issue first.\n- Docs fixes; make sure `make docs` passes.');
      assert.deepEqual(j.checklist, []);
    });

    it('a code block of Conventional Commits subjects is the convention; one of area subjects is area prefixes', async () => {
      assert.equal((await md('## Commit messages\n\nExamples:\n\n```\nfeat: add the export button\nfix: handle an empty config\ndocs: explain the cache\n```')).commit.convention, 'conventional');
      assert.equal((await md('## Commit messages\n\nStart the subject with the area you changed:\n\n```\nparser: fix crash on empty input\ncli: add --quiet\n```')).commit.convention, 'area-prefix');
    });

    it('a root HACKING.md that repeats the guide\'s test command adds no second one', async () => {
      const j = await json({ 'docs/CONTRIBUTING.md': '# Contributing\n\nRun `make test`.\n', 'HACKING.md': '# Hacking\n\n## Tests\n\n```sh\nmake test\n```\n' });
      assert.deepEqual(at(j, 'test'), ['make test@docs/CONTRIBUTING.md:3']);
    });

    it('Conventional Commits said to be dropped is no convention', async () => {
      const j = await md('## Commit messages\n\nWe no longer use Conventional Commits; write a plain summary line.');
      assert.notEqual(j.commit.convention, 'conventional');
    });

    it('discussing first offered for small changes but asked for larger ones is asked', async () => {
      const j = await md('## Proposing changes\n\nFeel free to send a pull request directly for typos. For anything larger, please open an issue first to discuss it.');
      assert.equal(j.discussFirst, true);
    });

    it('a branch one must not start from is no base branch', async () => {
      assert.equal((await md('## Branches\n\nDo not branch from the gh-pages branch; it only holds the built site.')).baseBranch, null);
    });

    it('a list of asks for reviewers is no contributor checklist', async () => {
      const j = await md('## Pull requests\n\n### Reviewing pull requests (maintainers)\n\n- Check that CI passes.\n- Make sure the changelog is updated.\n- Squash before merging.');
      assert.deepEqual(j.checklist, []);
    });

    it('task boxes a maintainer ticks before merging are no contributor checklist', async () => {
      const j = await md('## Merging\n\nBefore a maintainer merges, they check:\n\n- [ ] CI is green\n- [ ] the release notes mention the change');
      assert.deepEqual(j.checklist, []);
    });
  });
});
