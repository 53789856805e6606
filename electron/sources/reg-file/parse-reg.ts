/**
 * Reader for the text regedit and `reg export` write. One pass over the lines; hex
 * data continued with `\` pulls in the following lines. Rules follow regedit/Wine's
 * importer, except that anything regedit would silently skip is an error here, so a
 * damaged file is reported instead of half-imported.
 */

import type { RegistryValue } from '../../../shared/model/registry-value';
import type { RegDocument, RegFormat, RegOperation } from './reg-document';
import { checkKeyPath } from './key-path';
import { RegParseError } from './reg-parse-error';
import { valueFromHex } from './registry-value-bytes';

const HEADER_5 = 'Windows Registry Editor Version 5.00';
const HEADER_4 = 'REGEDIT4';
const EXPECTED_HEADER = `expected the header "${HEADER_5}" or "${HEADER_4}"`;

const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const HYPHEN = 45;
const SEMICOLON = 59;
const EQUALS = 61;
const AT = 64;
const LBRACKET = 91;
const BACKSLASH = 92;

/** Receives a `.reg` file's operations in file order as they are read. */
export interface RegSink {
  openKey(path: string, line: number): void;
  deleteKey(path: string, line: number): void;
  setValue(path: string, name: string, value: RegistryValue, line: number): void;
  deleteValue(path: string, name: string, line: number): void;
}

/** Parse `.reg` text (BOM already removed) into its operations; throws RegParseError naming `fileName` and the line. */
export function parseReg(text: string, fileName: string): RegDocument {
  const operations: RegOperation[] = [];
  const format = parseRegInto(text, fileName, {
    openKey: (path, line) => operations.push({ op: 'open-key', line, path }),
    deleteKey: (path, line) => operations.push({ op: 'delete-key', line, path }),
    setValue: (path, name, value, line) => operations.push({ op: 'set-value', line, path, name, value }),
    deleteValue: (path, name, line) => operations.push({ op: 'delete-value', line, path, name }),
  });
  return { fileName, format, operations };
}

/**
 * Parse `.reg` text straight into `sink`, without building a document (loading a large export
 * this way skips one object per line). On a RegParseError the sink has seen a prefix of the
 * file: callers must discard what they built.
 */
export function parseRegInto(text: string, fileName: string, sink: RegSink): RegFormat {
  return new RegParser(text, fileName, sink).parse();
}

class RegParser {
  private readonly text: string;
  /** 0-based index of the line last returned by nextLine (-1 before the first). */
  private index = -1;
  /** Where the line after it starts; -1 once the last line was returned. */
  private nextStart = 0;
  /** Next `\r` / `\n` at or after nextStart (-1: none left; -2: not searched yet). */
  private cr = -2;
  private lf = -2;
  /** End of the closing quote after readQuoted. */
  private quotedEnd = 0;
  private format: RegFormat = 'regedit5';
  private key: { readonly path: string; readonly deleted: boolean } | null = null;
  constructor(
    text: string,
    private readonly file: string,
    private readonly sink: RegSink,
  ) {
    this.text = text;
    if (text.charCodeAt(0) === 0xfeff) this.nextStart = 1;
  }

  parse(): RegFormat {
    const header = this.readHeader();
    if (header === null) this.fail(`empty file: ${EXPECTED_HEADER}`, 1);
    const trimmed = trimBlanks(header);
    if (trimmed === HEADER_5) this.format = 'regedit5';
    else if (trimmed === HEADER_4) this.format = 'regedit4';
    else this.fail(`not a registry file: ${EXPECTED_HEADER}, found ${snippet(trimmed)}`);
    for (let line = this.nextLine(); line !== null; line = this.nextLine()) this.readLine(line);
    return this.format;
  }

  /**
   * The next line without its terminator (`\r\n`, `\r` or `\n`, as `split(/\r\n|\r|\n/)` would cut),
   * or null after the last; walks the text instead of splitting it all up front (no regex, no array).
   */
  private nextLine(): string | null {
    const start = this.nextStart;
    if (start < 0) return null;
    const text = this.text;
    // indexOf measured twice as fast as a charCodeAt scan of the big text; each search result is
    // kept until the walk passes it.
    if (this.cr !== -1 && this.cr < start) this.cr = text.indexOf('\r', start);
    if (this.lf !== -1 && this.lf < start) this.lf = text.indexOf('\n', start);
    const cr = this.cr;
    const lf = this.lf;
    let end: number;
    if (cr < 0 && lf < 0) {
      end = text.length;
      this.nextStart = -1;
    } else if (lf < 0 || (cr >= 0 && cr < lf)) {
      end = cr;
      this.nextStart = lf === cr + 1 ? cr + 2 : cr + 1;
    } else {
      end = lf;
      this.nextStart = lf + 1;
    }
    this.index++;
    return text.slice(start, end);
  }

  private fail(problem: string, line = this.index + 1): never {
    throw new RegParseError(this.file, line, problem);
  }

  /** The first non-blank line; null when there is none. */
  private readHeader(): string | null {
    for (let line = this.nextLine(); line !== null; line = this.nextLine()) {
      if (skipBlanks(line, 0) !== line.length) return line;
    }
    return null;
  }

  private readLine(line: string): void {
    const p = skipBlanks(line, 0);
    if (p === line.length) return;
    const c = line.charCodeAt(p);
    if (c === SEMICOLON) return;
    if (c === LBRACKET) return this.readKeyLine(line, p);
    if (c === QUOTE || c === AT) return this.readValueLine(line, p);
    this.fail(`unexpected text ${snippet(line.slice(p))}: expected [key], "name"=value, @=value or a ; comment`);
  }

  private readKeyLine(line: string, p: number): void {
    // The last `]` closes the key: key names may themselves contain `]`.
    const close = line.lastIndexOf(']');
    if (close < p) this.fail('key line has no closing ]');
    if (!restIsEmpty(line, close + 1)) this.fail(`unexpected text after ]: ${snippet(line.slice(close + 1))}`);
    const deleted = line.charCodeAt(p + 1) === HYPHEN;
    const raw = line.slice(deleted ? p + 2 : p + 1, close);
    const checked = checkKeyPath(raw);
    if (!checked.ok) this.fail(checked.problem);
    const path = checked.path;
    if (deleted && !path.includes('\\')) this.fail(`cannot delete the root key ${path}`);
    this.key = { path, deleted };
    if (deleted) this.sink.deleteKey(path, this.index + 1);
    else this.sink.openKey(path, this.index + 1);
  }

  private readValueLine(line: string, p: number): void {
    const startLine = this.index + 1;
    const key = this.key;
    if (key === null) this.fail('value outside any key: a [key] line must come first');
    if (key.deleted) this.fail(`value under a deleted key [-${key.path}]`);
    let name = '';
    let pos = p + 1;
    if (line.charCodeAt(p) === QUOTE) {
      name = this.readQuoted(line, p + 1, 'value name');
      pos = this.quotedEnd;
    }
    pos = skipBlanks(line, pos);
    if (line.charCodeAt(pos) !== EQUALS) this.fail(`expected = after the value name, found ${snippet(line.slice(pos))}`);
    pos = skipBlanks(line, pos + 1);
    const value = this.readData(line, pos);
    if (value === null) this.sink.deleteValue(key.path, name, startLine);
    else this.sink.setValue(key.path, name, value, startLine);
  }

  /** The data after `=`; null for `-` (delete the value). */
  private readData(line: string, pos: number): RegistryValue | null {
    if (pos === line.length) this.fail('missing value data after =');
    const c = line.charCodeAt(pos);
    if (c === HYPHEN) {
      if (!restIsEmpty(line, pos + 1)) this.fail(`unexpected text after =-: ${snippet(line.slice(pos + 1))}`);
      return null;
    }
    if (c === QUOTE) {
      const text = this.readQuoted(line, pos + 1, 'string');
      const end = this.quotedEnd;
      if (!restIsEmpty(line, end)) this.fail(`unexpected text after the closing quote: ${snippet(line.slice(end))}`);
      return { type: 'REG_SZ', data: text };
    }
    const lower = line.slice(pos, pos + 6).toLowerCase();
    if (lower === 'dword:') return this.readDword(line, pos + 6);
    if (lower.startsWith('hex:')) return this.readHex(3, line, pos + 4);
    if (lower.startsWith('hex(')) {
      const close = line.indexOf(')', pos + 4);
      const digits = close < 0 ? '' : line.slice(pos + 4, close);
      if (!/^[0-9a-fA-F]{1,8}$/.test(digits) || line.charCodeAt(close + 1) !== 0x3a) {
        this.fail(`bad value type ${snippet(line.slice(pos, pos + 16))}: expected hex(N): with N in hex, like hex(7):`);
      }
      return this.readHex(parseInt(digits, 16), line, close + 2);
    }
    this.fail(`unknown value data ${snippet(line.slice(pos))}: expected "string", dword:, hex: or hex(N):`);
  }

  private readDword(line: string, start: number): RegistryValue {
    const from = skipBlanks(line, start);
    let end = from;
    while (hexDigit(line.charCodeAt(end)) >= 0) end++;
    const count = end - from;
    if (count === 0 || !restIsEmpty(line, end)) {
      this.fail(`dword value must be 8 hex digits, found ${snippet(line.slice(from))}`);
    }
    // regedit writes 8 digits and accepts fewer; more would not fit 32 bits.
    if (count > 8) this.fail(`dword value must be 8 hex digits, found ${count} (overflow)`);
    return { type: 'REG_DWORD', data: parseInt(line.slice(from, end), 16) };
  }

  /** A comma-separated byte list, continued over following lines while a line ends with `\`. */
  private readHex(type: number, firstLine: string, start: number): RegistryValue {
    const bytes: number[] = [];
    let line = firstLine;
    let pos = start;
    while (this.readHexBytes(line, pos, bytes)) {
      const backslashLine = this.index + 1;
      // Like regedit, blank and comment lines inside continued hex data are skipped.
      do {
        const next = this.nextLine();
        if (next === null) {
          this.fail('hex data ends with \\ but the file ends before the data continues (truncated file?)', backslashLine);
        }
        line = next;
        pos = skipBlanks(line, 0);
      } while (pos === line.length || line.charCodeAt(pos) === SEMICOLON);
      const c = line.charCodeAt(pos);
      if (c === LBRACKET || c === QUOTE || c === AT) {
        this.fail(`hex data on line ${backslashLine} ends with \\ but this line is not hex data`);
      }
    }
    return valueFromHex(type, bytes, this.format === 'regedit4');
  }

  /** Append the bytes on one line; true when it ends with `\` and continues on the next. */
  private readHexBytes(line: string, start: number, bytes: number[]): boolean {
    let pos = start;
    for (;;) {
      pos = skipBlanks(line, pos);
      if (pos === line.length) return false;
      const c = line.charCodeAt(pos);
      if (c === BACKSLASH) {
        if (!restIsEmpty(line, pos + 1)) this.fail(`unexpected text after \\: ${snippet(line.slice(pos + 1))}`);
        return true;
      }
      if (c === SEMICOLON) return false;
      const hi = hexDigit(c);
      const lo = hexDigit(line.charCodeAt(pos + 1));
      if (hi < 0 || lo < 0 || hexDigit(line.charCodeAt(pos + 2)) >= 0) {
        this.fail(`bad hex byte ${snippet(hexToken(line, pos))}: each byte must be two hex digits`);
      }
      bytes.push(hi * 16 + lo);
      pos = skipBlanks(line, pos + 2);
      if (pos === line.length) return false;
      const next = line.charCodeAt(pos);
      if (next === COMMA) pos++;
      else if (next === SEMICOLON) return false;
      else this.fail(`expected , between hex bytes, found ${snippet(line.slice(pos))}`);
    }
  }

  /**
   * A quoted string starting after its opening quote: `\\` and `\"` escapes, plus regedit's `\n` and `\r`.
   * Sets quotedEnd past the closing quote (a field, not a result object: this runs for every value).
   */
  private readQuoted(line: string, start: number, what: string): string {
    let text = '';
    let from = start;
    for (let i = start; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === QUOTE) {
        this.quotedEnd = i + 1;
        // Most strings have no escapes: return the slice itself.
        return from === start ? line.slice(start, i) : text + line.slice(from, i);
      }
      if (c !== BACKSLASH) continue;
      text += line.slice(from, i);
      const escaped = line[i + 1];
      if (escaped === '\\' || escaped === '"') text += escaped;
      else if (escaped === 'n') text += '\n';
      else if (escaped === 'r') text += '\r';
      else if (escaped === undefined) break;
      else this.fail(`bad escape \\${escaped} in ${what}: write a backslash as \\\\ and a quote as \\"`);
      i++;
      from = i + 1;
    }
    return this.fail(`unterminated ${what}: the line ends before the closing "`);
  }
}

function skipBlanks(line: string, pos: number): number {
  let p = pos;
  for (let c = line.charCodeAt(p); c === SPACE || c === TAB; c = line.charCodeAt(++p));
  return p;
}

/** Trim spaces and tabs by hand: a `[ \t]+$` regex is quadratic on a long run of blanks. */
function trimBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === SPACE || line.charCodeAt(end - 1) === TAB)) end--;
  return line.slice(skipBlanks(line, 0), end);
}

/** Only blanks or a `;` comment remain from `pos`. */
function restIsEmpty(line: string, pos: number): boolean {
  const p = skipBlanks(line, pos);
  return p === line.length || line.charCodeAt(p) === SEMICOLON;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The text of the byte that failed, up to the next separator. */
function hexToken(line: string, pos: number): string {
  let end = pos;
  while (end < line.length && end - pos < 16 && !',; \t\\'.includes(line[end]!)) end++;
  return end === pos ? line.slice(pos, pos + 1) : line.slice(pos, end);
}

/** Quote text for an error message, short and with control characters escaped. */
function snippet(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
