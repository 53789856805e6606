/**
 * Markdown text generation: registry text inside a report someone pastes into a ticket.
 *
 * Data is always inline text (a heading's words, a list item, a table cell), never structure:
 * - every ASCII punctuation character is backslash-escaped (CommonMark allows that for all of
 *   them), so data cannot open emphasis, a link, a code span, raw HTML, an entity, a list or a
 *   heading, and `|` cannot add a table column;
 * - line terminators, controls and invisible or bidi characters become visible escapes first
 *   (plain-text.ts), so data cannot add a row, a line or a paragraph.
 * Structure (headings, tables, lists) is composed only by the functions below.
 */

import { oneLine } from './plain-text';

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * `text` as inline Markdown that renders as exactly that text, on one line. Spaces at either end
 * become `&#32;`: leading ones could start a code block after a list marker, and parsers trim both.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(PUNCTUATION, (c) => `\\${c}`)
    .replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length));
}

/** A heading of `level` (1–6) with `text` as its words. */
export function mdHeading(level: 1 | 2 | 3 | 4 | 5 | 6, text: string): string {
  return `${'#'.repeat(level)} ${mdText(text)}`;
}

/** A bullet list, one item per entry (already made with mdText / mdStrong). */
export function mdList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** Bold inline text. */
export function mdStrong(text: string): string {
  return `**${mdText(text)}**`;
}

/**
 * A GitHub-flavoured table. Header and cells are data: each becomes one escaped cell, so the
 * table has exactly `header.length` columns and `rows.length` rows whatever the text holds.
 */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => mdText(cells[i] ?? '')).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A document: blocks separated by blank lines, ending with a line break. */
export function mdDocument(blocks: readonly (string | null)[]): string {
  return `${blocks.filter((b): b is string => b !== null && b !== '').join('\n\n')}\n`;
}
