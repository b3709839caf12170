import * as assert from 'node:assert/strict';
import { asciidocTable, rstGridTable, rstListTable, rstSimpleTable } from '../../../src/core/guide/plainTables';
import { expectPhases, g } from './probeSupport';

const rows = (t: { rows: readonly { line: number; cells: readonly string[] }[] } | null) => t?.rows.map((r) => [r.line, ...r.cells]);

// Guides tabulate their commands in reStructuredText and AsciiDoc as often as in Markdown.
describe('tables in reStructuredText and AsciiDoc', () => {
  it('a simple table: columns from its border, a row going on when its first column is empty', () => {
    const lines = ['=========  ==================', 'Task       Command', '=========  ==================', 'Set up     ``make install``', 'Run tests  ``make test``', '           ``make check``', '=========  ==================', '', 'After.'];
    const t = rstSimpleTable(lines, 0);
    assert.deepEqual(rows(t), [[1, 'Task', 'Command'], [3, 'Set up', '``make install``'], [4, 'Run tests', '``make test`` ``make check``']]);
    assert.equal(t?.end, 7);
  });
  it('a grid table: cells between bars, a row over several lines joined', () => {
    const lines = ['+------+-----------+', '| Task | Command   |', '+======+===========+', '| Test | ``tox``   |', '|      | (all envs)|', '+------+-----------+'];
    assert.deepEqual(rows(rstGridTable(lines, 0)), [[1, 'Task', 'Command'], [3, 'Test', '``tox`` (all envs)']]);
  });
  it('a list-table: "* -" opens a row, "-" adds a cell, options are skipped', () => {
    const lines = ['.. list-table::', '   :header-rows: 1', '', '   * - Task', '     - Command', '   * - Lint', '     - ``ruff check .``'];
    assert.deepEqual(rows(rstListTable(lines, 0, lines.length)), [[3, 'Task', 'Command'], [5, 'Lint', '``ruff check .``']]);
  });
  it('an AsciiDoc table: the first line gives the width, cells on their own lines fill the rows', () => {
    const lines = ['|===', '|Task |Command', '', '|Build', '|`./gradlew assemble`', '|==='];
    assert.deepEqual(rows(asciidocTable(lines, 0)), [[1, 'Task', 'Command'], [3, 'Build', '`./gradlew assemble`']]);
  });
  it('near miss: one column of `=` is a title adornment, an unclosed `|===` is no table, a `+` line alone is no grid', () => {
    assert.equal(rstSimpleTable(['=====', 'Title', '====='], 0), null);
    assert.equal(asciidocTable(['|===', '|a |b'], 0), null);
    assert.equal(rstGridTable(['+--+', 'text'], 0), null);
  });

  it('the reader takes a command from a row whose first cell names its phase, in every format', async () => {
    const want = { setup: ['./gradlew assemble'], test: ['pytest'], lint: ['ruff check .'] };
    await expectPhases({ 'CONTRIBUTING.md': g`
      # Contributing

      ## Handy commands

      | Task | Command |
      |---|---|
      | Build | ´./gradlew assemble´ |
      | Test | ´pytest´ |
      | Lint | ´ruff check .´ |
    ` }, want);
    await expectPhases({ 'CONTRIBUTING.rst': 'Handy commands\n--------------\n\n=====  ======================\nTask   Command\n=====  ======================\nBuild  ``./gradlew assemble``\nTest   ``pytest``\nLint   ``ruff check .``\n=====  ======================\n' }, want);
    await expectPhases({ 'CONTRIBUTING.adoc': '= Contributing\n\n== Handy commands\n\n|===\n|Task |Command\n\n|Build\n|`./gradlew assemble`\n\n|Test\n|`pytest`\n\n|Lint\n|`ruff check .`\n|===\n' }, want);
  });
  it('near miss: a lone tool named in a table of tools and versions is no step', async () => {
    await expectPhases({ 'CONTRIBUTING.md': g`
      # Contributing

      ## Supported versions

      | Tool | Version |
      |---|---|
      | Node | ´20´ |
      | Library | ´pytest´ |
    ` }, { setup: [], test: [], lint: [] });
  });
});
