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
  // A large document with nothing to escape is not copied a second time.
  return escapeUnsafe(JSON.stringify(data, null, 2));
}

/**
 * The same text as jsonText(data), in pieces: containers down to `depth` levels are written member
 * by member, deeper values each as one piece. How a large report (a fleet of thousands of machines,
 * tens of MB of JSON) is saved without ever being one string: V8 caps a string at about 512 MB, and
 * a document held whole, with its encoded copy, is what set the command's peak memory.
 */
export function* jsonTextChunks(data: unknown, depth = 3): Generator<string> {
  yield* chunks(data, '', depth);
}

function* chunks(value: unknown, indent: string, depth: number): Generator<string> {
  const container = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (depth === 0 || !container) {
    // JSON never holds a raw line break inside a string: indenting after each one nests the text.
    yield escapeUnsafe((JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  // As JSON.stringify: members without a JSON value are left out, array items without one are null.
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      yield* chunks(skipped(value[i]) ? null : value[i], inner, depth - 1);
    }
    return yield `\n${indent}]`;
  }
  const members = Object.entries(value).filter(([, v]) => !skipped(v));
  if (members.length === 0) return yield '{}';
  yield '{';
  for (const [i, [key, v]] of members.entries()) {
    yield escapeUnsafe(`${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
    yield* chunks(v, inner, depth - 1);
  }
  yield `\n${indent}}`;
}

function escapeUnsafe(json: string): string {
  return JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

const JSON_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
const JSON_UNSAFE_ALL = new RegExp(JSON_UNSAFE.source, 'g');
