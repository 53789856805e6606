/** Plain-text tables for terminal output. */

import { oneLine } from '../../shared/generate/plain-text';

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function textTable(header: readonly string[], dataRows: readonly (readonly string[])[]): string {
  // Cells are registry text: one safe line each, before widths are measured.
  const rows = dataRows.map((r) => r.map(oneLine));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
