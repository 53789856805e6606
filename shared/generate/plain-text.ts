/**
 * Data shown as plain text — a comment line in a generated file, a terminal line, a one-line
 * error — must not be able to start a new line or drive the terminal. These helpers make any
 * string safe for one line, keeping what was there visible as an escape.
 */

/**
 * Characters that end a line somewhere (CR, LF, NEL, LS, PS, VT, FF), other C0/C1 controls and
 * DEL, the bidirectional overrides and isolates ("Trojan Source": text that reads differently
 * from how it runs), zero-width characters that hide text, the BOM, and lone UTF-16 surrogates.
 */
// With the `u` flag a surrogate pair is one code point, so [\ud800-\udfff] matches lone halves only.
const UNSAFE = /[\p{Cc}\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]/gu;

/** Escape notation for one unsafe code unit: `\x1B`, `\u2028`. */
function escapeUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when `text` holds nothing `oneLine` would have to escape. */
export function isPlainLine(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return !UNSAFE.test(text);
}

/**
 * `text` as one safe line: every line terminator, control, bidi/invisible format character and
 * lone surrogate replaced by its escape (`\x0A`, `\u202E`), so nothing can break out of a comment
 * or forge terminal output, and a reader still sees that something was there.
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, escapeUnit);
}

/**
 * Multi-line text for a terminal: each line made safe with `oneLine`, line breaks kept.
 * For text this tool composed (tables, messages) where the line structure is its own.
 */
export function safeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => oneLine(line))
    .join('\n');
}
