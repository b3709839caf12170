/**
 * Tables written in reStructuredText (simple tables, grid tables, the `list-table` directive) and AsciiDoc (`|===`),
 * read into rows of cell texts, each with its line. Guides tabulate their commands ("Task | Command", "Run tests |
 * ``make test``") as often in these formats as in Markdown; the parsers turn each cell into a paragraph with its
 * column, as the Markdown parser does, so the readers of tables see one shape.
 */

export interface TableRow {
  /** The file's 0-based line index where the row starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedTable {
  readonly rows: readonly TableRow[];
  /** The 0-based index of the first line after the table. */
  readonly end: number;
}

/** A simple table's border: runs of `=` separated by spaces, at least two columns. */
const SIMPLE_BORDER = /^\s*=+(?:\s+=+)+\s*$/;
/** A grid table's border: `+---+---+` (or `+===+` under its header). */
const GRID_BORDER = /^\s*\+(?:[-=]+\+)+\s*$/;

/** A reStructuredText simple table starting at line `start`, or null. */
export function rstSimpleTable(lines: readonly string[], start: number): ParsedTable | null {
  if (!SIMPLE_BORDER.test(lines[start])) return null;
  const spans = [...lines[start].matchAll(/=+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const rows: TableRow[] = [];
  let borders = 1;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (SIMPLE_BORDER.test(line)) {
      borders++;
      // The closing border: the one after the body (a header adds one more before the body).
      if (i + 1 >= lines.length || lines[i + 1].trim() === '') {
        i++;
        break;
      }
      continue;
    }
    if (line.trim() === '') continue;
    const cells = spans.map(([from, to], c) => line.slice(from, c === spans.length - 1 ? undefined : Math.max(to, spans[c + 1][0] - 1)).trim());
    // A line whose first column is empty goes on with the row above.
    const previous = rows[rows.length - 1];
    if (cells[0] === '' && previous) rows[rows.length - 1] = { line: previous.line, cells: previous.cells.map((text, c) => (cells[c] ? `${text} ${cells[c]}`.trim() : text)) };
    else rows.push({ line: i, cells });
  }
  return borders >= 2 && rows.length > 0 ? { rows, end: i } : null;
}

/** A reStructuredText grid table starting at line `start`, or null. */
export function rstGridTable(lines: readonly string[], start: number): ParsedTable | null {
  if (!GRID_BORDER.test(lines[start])) return null;
  // The columns are where the border's `+` stand: a `|` inside a cell (a shell pipe) is text.
  const joints = [...lines[start].matchAll(/\+/g)].map((m) => m.index);
  const rows: TableRow[] = [];
  let cells: string[] | null = null;
  let rowLine = start + 1;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (GRID_BORDER.test(line)) {
      if (cells) rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
      cells = null;
      continue;
    }
    if (!line.startsWith('|')) break;
    const raw = lines[i];
    const parts = joints.slice(0, -1).map((from, c) => raw.slice(from + 1, joints[c + 1]));
    if (!cells) {
      cells = parts.map(() => '');
      rowLine = i;
    }
    parts.forEach((p, c) => {
      if (cells && c < cells.length) cells[c] = `${cells[c]} ${p.trim()}`;
    });
  }
  return rows.length > 0 ? { rows, end: i } : null;
}

/** The body of a `.. list-table::` directive (its lines after the options), as rows of `* -` items. */
export function rstListTable(lines: readonly string[], start: number, end: number): ParsedTable | null {
  if (!/^\s*\.\.\s+list-table::/.test(lines[start])) return null;
  const rows: { line: number; cells: string[] }[] = [];
  let rowIndent: number | undefined;
  for (let i = start + 1; i < end; i++) {
    const m = /^(\s*)([*-])\s+(?:([*-])\s+)?(.*)$/.exec(lines[i]);
    // The row's own marker stands at the table body's indent; deeper bullets are a list inside a cell.
    if (m && (rowIndent === undefined || m[1].length <= rowIndent + 2)) {
      rowIndent ??= m[1].length;
      // "* - first cell" opens a row; "- next cell" under it adds a cell.
      if (m[2] === '*' && m[1].length === rowIndent) rows.push({ line: i, cells: [m[4]] });
      else rows[rows.length - 1]?.cells.push(m[4]);
      continue;
    }
    const row = rows[rows.length - 1];
    if (row && lines[i].trim() !== '' && !/^\s*:\w[\w-]*:/.test(lines[i])) row.cells[row.cells.length - 1] = `${row.cells[row.cells.length - 1]} ${lines[i].trim()}`;
  }
  return rows.length > 0 ? { rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })), end } : null;
}

/** An AsciiDoc table (`|===` to `|===`) starting at line `start`, or null. */
export function asciidocTable(lines: readonly string[], start: number): ParsedTable | null {
  if (lines[start].trim() !== '|===') return null;
  let close = start + 1;
  while (close < lines.length && lines[close].trim() !== '|===') close++;
  if (close >= lines.length) return null;
  // The columns: a `[cols="1,2"]` line before the table, or the cells of its first line.
  const spec = /^\[.*\bcols\s*=\s*"?([^"\]]+)"?/.exec(lines[start - 1]?.trim() ?? '');
  const firstLine = lines.slice(start + 1, close).find((l) => l.trim() !== '') ?? '';
  // `cols="1,2"` counts its entries; `cols="2*"` repeats one spec.
  const repeated = spec ? /^\s*(\d+)\*/.exec(spec[1]) : null;
  const width = repeated ? Number(repeated[1]) : spec ? spec[1].split(/[,;]/).length : Math.max(1, adocCells(firstLine).length);
  const cells: { line: number; text: string }[] = [];
  for (let i = start + 1; i < close; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (!line.trimStart().startsWith('|')) {
      // A line that is no cell goes on with the cell before it.
      const last = cells[cells.length - 1];
      if (last) last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    for (const part of adocCells(line)) cells.push({ line: i, text: part });
  }
  const rows: TableRow[] = [];
  for (let k = 0; k + width <= cells.length; k += width) rows.push({ line: cells[k].line, cells: cells.slice(k, k + width).map((c) => c.text) });
  return rows.length > 0 ? { rows, end: close + 1 } : null;
}

/**
 * The cells of an AsciiDoc table line: split at each `|` not escaped as `\|`, a cell's style letters before its
 * `|` (`m|`, `2+|`, `a|`) dropped from the cell before it.
 */
function adocCells(line: string): string[] {
  const parts = line.trimStart().split(/(?<!\\)\|/);
  const cells = parts.slice(1).map((p) => p.replace(/\\\|/g, '|'));
  // The style before a cell's `|` ends the cell before it; a monospace or literal cell (`m|`, `l|`) is code.
  const styles = parts.map((p) => /(?:^|\s)[\d.*+<>^]*([adehlmsv])$/.exec(p)?.[1] ?? '');
  return cells.map((c, k) => {
    const text = (k < cells.length - 1 ? c.replace(/(?:^|\s)[\d.*+<>^]*[adehlmsv]?$/, '') : c).trim();
    return (styles[k] === 'm' || styles[k] === 'l') && text !== '' && !text.includes('`') ? `\`${text}\`` : text;
  });
}
