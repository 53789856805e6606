/**
 * Markdown text generation: registry text inside a report someone pastes into a ticket.
 *
 * Data is always inline text (a heading's words, a list item, a table cell), never structure. The
 * characters that can open an inline construct anywhere are backslash-escaped (code spans,
 * emphasis, links and images, raw HTML and autolinks, table pipes, strikethrough, entities, and the
 * `$` math and `@` mentions of some renderers); those that only act at the start of a line (list
 * markers, headings) are escaped there, and a heading's closing `#` run at the end. The rest stays
 * as typed, so the raw text still reads well in a plain ticket field. Line terminators, controls
 * and invisible or bidi characters become visible escapes first (plain-text.ts), so data cannot
 * add a row, a line or a paragraph. Structure is composed only by the functions below.
 */

import { oneLine } from './plain-text';

const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<', '>', '|', '~', '$', '@']);
const WORD = /[\p{L}\p{N}]/u;

/** `_` between two letters or digits cannot start or end emphasis; anywhere else it can. */
function underscoreIsSafe(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && WORD.test(before) && WORD.test(after);
}

/**
 * `text` as inline Markdown that renders as exactly that text, on one line. White space at either
 * end becomes character references (`&#32;`, `&#160;`): leading spaces could start a code block
 * after a list marker, and parsers trim both ends of a table cell or a heading — markdown-it every
 * Unicode space, a no-break space included, not only ' '.
 */
export function mdText(text: string): string {
  const t = [...oneLine(text)];
  // Positions that only act at the start or end of a line: a block marker first, a list number's
  // `.` or `)`, a heading's closing run of `#`.
  const listNumber = /^\d+[.)]/.exec(t.join(''));
  const numberMark = listNumber ? listNumber[0].length - 1 : -1;
  let closingHashes = t.length;
  while (closingHashes > 0 && t[closingHashes - 1] === '#') closingHashes--;
  let out = '';
  t.forEach((c, i) => {
    const escape =
      ALWAYS.has(c) ||
      (i === 0 && '#+=-'.includes(c)) ||
      i === numberMark ||
      i >= closingHashes ||
      (c === '_' && !underscoreIsSafe(t[i - 1], t[i + 1])) ||
      // `&` only matters where it starts a character reference: `&amp;`, `&#39;`.
      (c === '&' && /^&(#|[A-Za-z0-9]+;)/.test(t.slice(i, i + 40).join('')));
    out += escape ? `\\${c}` : c;
  });
  return out.replace(/^\s+|\s+$/gu, (run) => [...run].map((c) => `&#${c.codePointAt(0)!};`).join(''));
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
