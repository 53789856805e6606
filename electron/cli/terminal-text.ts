/**
 * What `nicprops` prints is read in a terminal, and much of it is registry or file text: a
 * description holding ESC [2J would clear the screen, one holding a line break would forge an
 * output line. Text output is therefore composed line by line and each line made safe; JSON
 * output escapes what JSON.stringify leaves raw. The data itself is unchanged in JSON.
 */

import { oneLine, safeLines } from '../../shared/generate/plain-text';

/** Lines composed by a command, each made one safe line, joined with newlines. */
export function textLines(lines: readonly string[]): string {
  return lines.map(oneLine).join('\n');
}

/** Composed multi-line text: each line made safe, line breaks kept. */
export { safeLines as terminalText };

/**
 * JSON with every character a terminal or a line-based reader could act on escaped as \uXXXX:
 * JSON.stringify escapes C0 controls only, not DEL, C1 (U+0080–U+009F), line/paragraph
 * separators or bidi controls. Parsing the result gives the same data.
 */
export function jsonText(data: unknown): string {
  const json = JSON.stringify(data, null, 2);
  // A large document (a fleet report) with nothing to escape is not copied a second time.
  return JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

const JSON_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
const JSON_UNSAFE_ALL = new RegExp(JSON_UNSAFE.source, 'g');
