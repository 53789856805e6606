/**
 * CSV generation (RFC 4180, as Excel and LibreOffice read it): the fleet report as a table for a
 * spreadsheet. Registry text is data here too:
 * - each text cell is made one visible line first (plain-text.ts), so no cell can carry a control,
 *   bidi override or invisible character into the sheet;
 * - csv-stringify quotes every text cell and doubles quotes inside it;
 * - a cell starting with = + - @ (or their full-width forms), a tab or CR would be read as a
 *   formula by a spreadsheet (CSV injection): it gets a leading apostrophe, csv-stringify's
 *   `escape_formulas`. Numbers stay numbers.
 */

import { stringify } from 'csv-stringify/sync';
import { oneLine } from './plain-text';

export type CsvCell = string | number | null;

/** CSV text: the header row then one row per record, CRLF line ends, no byte-order mark. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const records: (string | number)[][] = [header.map((h) => oneLine(h))];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} cells; the header has ${header.length}`);
    records.push(row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? cell : oneLine(cell))));
  }
  return stringify(records, { quoted_string: true, escape_formulas: true, record_delimiter: 'windows', bom: false });
}

/** UTF-8 with a byte-order mark: Excel takes a CSV without one for the ANSI code page. */
export function csvBytes(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
