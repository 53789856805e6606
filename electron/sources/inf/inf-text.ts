/**
 * Character-level rules of INF text shared by the scan that finds sections and the reader that
 * splits a section's entries into fields: what counts as a blank, and when a backslash continues
 * an entry on the next line. Both work on positions in the text (charCodeAt), never on a string
 * per line.
 */

export const LF = 10;
export const CR = 13;
export const TAB = 9;
export const SPACE = 32;
export const QUOTE = 34;
export const COMMA = 44;
export const SEMICOLON = 59;
export const EQUALS = 61;
export const BRACKET_OPEN = 91;
export const BACKSLASH = 92;

/** Blanks outside quotes (never the line feed, which ends an entry). */
export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff;
}

/** Where the line holding `pos` ends: its line feed, or `end`. */
export function lineEnd(text: string, pos: number, end: number): number {
  const lf = text.indexOf('\n', pos);
  return lf < 0 || lf > end ? end : lf;
}

/**
 * At a backslash (`pos`): if only backslashes, blanks and a comment follow before the end of the
 * line, it continues the entry on the next line. Returns where that line ends (its line feed, or
 * `end`), or -1 when the backslash is just text.
 */
export function continuationLineEnd(text: string, pos: number, end: number): number {
  let j = pos + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH || isBlank(c)) j++;
    else break;
  }
  if (j < end && text.charCodeAt(j) === SEMICOLON) j = lineEnd(text, j, end);
  return j < end && text.charCodeAt(j) !== LF ? -1 : j;
}

/** From `pos`, past the blanks that start a continued line (not past its end). */
export function skipLeadingBlanks(text: string, pos: number, end: number): number {
  while (pos < end && isBlank(text.charCodeAt(pos))) pos++;
  return pos;
}
