/**
 * Reader for the text regedit and `reg export` write. One pass over the text, working on
 * offsets into it (no string per line); hex data continued with `\` pulls in the following
 * lines. Rules follow regedit/Wine's importer, except that anything regedit would silently skip
 * is an error here, so a damaged file is reported instead of half-imported. Values over
 * MAX_REG_VALUE_BYTES and names over Windows' own limits are errors too: the file is hostile
 * until read.
 */

import { MAX_REG_VALUE_BYTES, MAX_VALUE_NAME_CHARS, formatBytes } from '../../../shared/model/input-limits';
import type { RegistryEntry, RegistryValue } from '../../../shared/model/registry-value';
import type { RegDocument, RegFormat, RegOperation } from './reg-document';
import { checkKeyPath } from './key-path';
import { RegParseError } from './reg-parse-error';
import { valueFromHex } from './registry-value-bytes';
import { HASH_SEED, hashStep, StringPool, type PooledString } from './string-pool';

const HEADER_5 = 'Windows Registry Editor Version 5.00';
const HEADER_4 = 'REGEDIT4';
const EXPECTED_HEADER = `expected the header "${HEADER_5}" or "${HEADER_4}"`;

const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const RPAREN = 41;
const COMMA = 44;
const HYPHEN = 45;
const COLON = 58;
const SEMICOLON = 59;
const EQUALS = 61;
const AT = 64;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;

/** Longest REG_SZ text within MAX_REG_VALUE_BYTES (UTF-16, two bytes a character). */
const MAX_STRING_CHARS = MAX_REG_VALUE_BYTES / 2;
/** Distinct DWORD values shared as one object each (flags, sizes); bounded like the string pool. */
const MAX_POOLED_DWORDS = 4096;
/** Longer key bodies are not looked up as text (an adapter's root values are unique anyway). */
const MAX_SHARED_BODY_CHARS = 8192;

/**
 * A key body met before: its text, and once it is known to repeat, its line count (to keep line
 * numbers right when it is skipped) and operations (body null until then).
 */
interface KnownBody {
  readonly text: string;
  lines: number;
  body: RegBody | null;
}

/** Bodies kept per fingerprint; beyond that, more with the same fingerprint are just read (bounded work per key). */
const MAX_BODIES_PER_FINGERPRINT = 8;

/** The body being read a second time, recorded for the keys after it with the same text. */
interface BodyRecording {
  readonly known: KnownBody;
  /** Where the next key line starts. */
  readonly end: number;
  /** The key line's number. */
  readonly keyLine: number;
  readonly operations: BodyOperation[];
}

/** After this many bodies looked up, sharing goes on only while it skips more text than it compares in vain. */
const BODY_SAMPLE = 1024;

/** One value line of a key's body: set `entry`, or (entry null) delete the value `name`. */
export interface BodyOperation {
  readonly name: string;
  /** `name` in lower case. */
  readonly lower: string;
  readonly entry: RegistryEntry | null;
}

/** The value lines between a key line and the next, as read once; frozen, shared by every key whose body has the same text. */
export interface RegBody {
  readonly operations: readonly BodyOperation[];
}

/**
 * Receives a `.reg` file's operations in file order as they are read. `openKey` returns a handle
 * for the key (the sink's own node, or just the path), passed back with each of its values.
 */
export interface RegSink<Key> {
  openKey(path: string, line: number): Key;
  deleteKey(path: string, line: number): void;
  /**
   * `lower` is the value name in lower case. `entry` may be shared with other keys (recurring
   * name = value pairs are pooled, and frozen): store it as it is, never change it.
   */
  setValue(key: Key, entry: RegistryEntry, lower: string, line: number): void;
  deleteValue(key: Key, name: string, lower: string, line: number): void;
  /**
   * Optional: the whole body of a key whose text was met before in this file, in one call (its
   * value lines are not read again). Without it, every line comes through setValue/deleteValue.
   */
  setBody?(key: Key, body: RegBody): void;
}

/** Parse `.reg` text (BOM already removed) into its operations; throws RegParseError naming `fileName` and the line. */
export function parseReg(text: string, fileName: string): RegDocument {
  const operations: RegOperation[] = [];
  const format = parseRegInto<string>(text, fileName, {
    openKey: (path, line) => {
      operations.push({ op: 'open-key', line, path });
      return path;
    },
    deleteKey: (path, line) => void operations.push({ op: 'delete-key', line, path }),
    setValue: (path, entry, _lower, line) => void operations.push({ op: 'set-value', line, path, name: entry.name, value: entry.value }),
    deleteValue: (path, name, _lower, line) => void operations.push({ op: 'delete-value', line, path, name }),
  });
  return { fileName, format, operations };
}

/**
 * Parse `.reg` text straight into `sink`, without building a document (loading a large export
 * this way skips one object per line). On a RegParseError the sink has seen a prefix of the
 * file: callers must discard what they built.
 */
export function parseRegInto<Key>(text: string, fileName: string, sink: RegSink<Key>): RegFormat {
  return new RegParser(text, fileName, sink).parse();
}

class RegParser<Key> {
  private readonly text: string;
  /** 1-based number of the current line (0 before the first). */
  private line = 0;
  /** The current line is text[start, end), without its terminator. */
  private start = 0;
  private end = 0;
  /** Where the line after it starts; -1 once the last line was read. */
  private nextStart = 0;
  /** Next `\r` / `\n` at or after nextStart (-1: none left; -2: not searched yet). */
  private cr = -2;
  private lf = -2;
  /** Set by the scanners below (fields, not result objects: they run for every value). */
  private quotedEnd = 0;
  /** The text of the last quoted string scanQuoted did not pool. */
  private lastQuoted = '';
  /** Whether the value readData returned last is pooled (shared, frozen). */
  private valuePooled = false;
  private format: RegFormat = 'regedit5';
  private keyPath: string | null = null;
  private key: Key | null = null;
  private keyDeleted = false;
  private readonly strings = new StringPool();
  private readonly dwords = new Map<number, RegistryValue>();
  /**
   * Key bodies met so far, by fingerprint (length and a few sampled characters; only with a sink
   * that takes whole bodies). Candidates are compared with `===`, which compares memory: hashing
   * every body's text as a map key cost more than reading most bodies.
   */
  private readonly bodies = new Map<number, KnownBody[]>();
  private recording: BodyRecording | null = null;
  /** Bodies looked up, and characters of them skipped, or compared without being skipped: sharing stops when it does not pay. */
  private bodyLookups = 0;
  private skippedChars = 0;
  private wastedChars = 0;

  constructor(
    text: string,
    private readonly file: string,
    private readonly sink: RegSink<Key>,
  ) {
    this.text = text;
    if (text.charCodeAt(0) === 0xfeff) this.nextStart = 1;
  }

  parse(): RegFormat {
    if (!this.readHeader()) this.fail(`empty file: ${EXPECTED_HEADER}`, 1);
    const header = trimBlanks(this.text, this.start, this.end);
    if (header === HEADER_5) this.format = 'regedit5';
    else if (header === HEADER_4) this.format = 'regedit4';
    else this.fail(`not a registry file: ${EXPECTED_HEADER}, found ${snippet(header)}`);
    while (this.nextLine()) this.readLine();
    this.recording = null;
    return this.format;
  }

  /**
   * Move to the next line, cut as `split(/\r\n|\r|\n/)` would (start/end exclude the terminator);
   * false after the last. Walks the text instead of splitting it up front (no regex, no array).
   */
  private nextLine(): boolean {
    const start = this.nextStart;
    if (start < 0) return false;
    const text = this.text;
    // indexOf measured twice as fast as a charCodeAt scan of the big text; each search result is
    // kept until the walk passes it.
    if (this.cr !== -1 && this.cr < start) this.cr = text.indexOf('\r', start);
    if (this.lf !== -1 && this.lf < start) this.lf = text.indexOf('\n', start);
    const cr = this.cr;
    const lf = this.lf;
    if (cr < 0 && lf < 0) {
      this.end = text.length;
      this.nextStart = -1;
    } else if (lf < 0 || (cr >= 0 && cr < lf)) {
      this.end = cr;
      this.nextStart = lf === cr + 1 ? cr + 2 : cr + 1;
    } else {
      this.end = lf;
      this.nextStart = lf + 1;
    }
    this.start = start;
    this.line++;
    return true;
  }

  private fail(problem: string, line = this.line): never {
    throw new RegParseError(this.file, line, problem);
  }

  /** The rest of the current line from `pos`, for messages. */
  private rest(pos: number): string {
    return this.text.slice(pos, Math.min(this.end, pos + 41));
  }

  /** Move to the first non-blank line; false when there is none. */
  private readHeader(): boolean {
    while (this.nextLine()) if (skipBlanks(this.text, this.start, this.end) !== this.end) return true;
    return false;
  }

  private readLine(): void {
    const p = skipBlanks(this.text, this.start, this.end);
    if (p === this.end) return;
    const c = this.text.charCodeAt(p);
    if (c === SEMICOLON) return;
    if (c === LBRACKET) return this.readKeyLine(p);
    if (c === QUOTE || c === AT) return this.readValueLine(p);
    this.fail(`unexpected text ${snippet(this.rest(p))}: expected [key], "name"=value, @=value or a ; comment`);
  }

  private readKeyLine(p: number): void {
    this.endBody();
    const text = this.text;
    // The last `]` closes the key: key names may themselves contain `]`.
    let close = this.end - 1;
    while (close > p && text.charCodeAt(close) !== RBRACKET) close--;
    if (close <= p) this.fail('key line has no closing ]');
    if (!this.restIsEmpty(close + 1)) this.fail(`unexpected text after ]: ${snippet(this.rest(close + 1))}`);
    const deleted = text.charCodeAt(p + 1) === HYPHEN;
    const checked = checkKeyPath(text.slice(deleted ? p + 2 : p + 1, close));
    if (!checked.ok) this.fail(checked.problem);
    const path = checked.path;
    if (deleted && !path.includes('\\')) this.fail(`cannot delete the root key ${path}`);
    this.keyPath = path;
    this.keyDeleted = deleted;
    if (deleted) {
      this.key = null;
      this.sink.deleteKey(path, this.line);
    } else {
      this.key = this.sink.openKey(path, this.line);
      if (this.sink.setBody && (this.bodyLookups < BODY_SAMPLE || this.skippedChars >= this.wastedChars)) this.startBody(this.key);
    }
  }

  /**
   * Exports repeat whole key bodies (a driver's params on every port of a card). A body is read
   * line by line until its text is known to repeat (its fingerprint, then its text, met before),
   * once more while it is recorded, and from then on handed over whole and skipped. Bodies end
   * where the next key line starts, so the last key's (up to the end of the file) is always read
   * line by line.
   */
  private startBody(key: Key): void {
    const start = this.nextStart;
    if (start < 0) return;
    const end = this.nextKeyLine(start);
    if (end === this.text.length || end - start > MAX_SHARED_BODY_CHARS) return;
    const fingerprint = this.fingerprint(start, end);
    const text = this.text.slice(start, end);
    let candidates = this.bodies.get(fingerprint);
    let known: KnownBody | undefined;
    if (candidates === undefined) this.bodies.set(fingerprint, (candidates = []));
    else for (const c of candidates) if (c.text === text) known = c;
    this.bodyLookups++;
    if (known === undefined || known.body === null) {
      this.wastedChars += text.length;
      if (known !== undefined) this.recording = { known, end, keyLine: this.line, operations: [] };
      else if (candidates.length < MAX_BODIES_PER_FINGERPRINT) candidates.push({ text, lines: 0, body: null });
      return;
    }
    this.skippedChars += text.length;
    this.sink.setBody!(key, known.body);
    this.line += known.lines;
    this.nextStart = end;
  }

  /** Length and eight characters spread over text[start, end), mixed into 32 bits. */
  private fingerprint(start: number, end: number): number {
    const length = end - start;
    let hash = hashStep(HASH_SEED, length);
    for (let k = 0; k < 8; k++) hash = hashStep(hash, this.text.charCodeAt(start + ((length * k) >> 3)) | 0);
    return hash;
  }

  /** Keep the body just recorded, if it ended where expected. */
  private endBody(): void {
    const rec = this.recording;
    if (rec === null) return;
    this.recording = null;
    if (rec.end !== this.start) return;
    rec.known.lines = this.line - 1 - rec.keyLine;
    rec.known.body = Object.freeze({ operations: Object.freeze(rec.operations) });
  }

  /** Where the next key line (first non-blank character `[`) starts at or after `from`; the text's length when none does. */
  private nextKeyLine(from: number): number {
    const text = this.text;
    for (let i = text.indexOf('[', from); i >= 0; i = text.indexOf('[', i + 1)) {
      let j = i - 1;
      while (j >= from && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j--;
      if (j < from) return from;
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) return j + 1;
    }
    return text.length;
  }

  private readValueLine(p: number): void {
    const startLine = this.line;
    const path = this.keyPath;
    if (path === null) this.fail('value outside any key: a [key] line must come first');
    if (this.keyDeleted) this.fail(`value under a deleted key [-${path}]`);
    let name: PooledString | null;
    let pos = p + 1;
    if (this.text.charCodeAt(p) === QUOTE) {
      name = this.scanQuoted(p + 1, 'value name', MAX_VALUE_NAME_CHARS);
      pos = this.quotedEnd;
    } else {
      name = this.strings.lookup('', 0, 0, HASH_SEED);
      if (name === null) this.lastQuoted = '';
    }
    const nameText = name === null ? this.lastQuoted : name.text;
    pos = skipBlanks(this.text, pos, this.end);
    if (this.text.charCodeAt(pos) !== EQUALS || pos === this.end) this.fail(`expected = after the value name, found ${snippet(this.rest(pos))}`);
    pos = skipBlanks(this.text, pos + 1, this.end);
    const value = this.readData(pos);
    const lower = name === null ? nameText.toLowerCase() : (name.lower ??= nameText.toLowerCase());
    const key = this.key as Key;
    if (value === null) {
      this.recording?.operations.push({ name: nameText, lower, entry: null });
      this.sink.deleteValue(key, nameText, lower, startLine);
    } else {
      const entry = this.entry(name, nameText, value);
      this.recording?.operations.push({ name: nameText, lower, entry });
      this.sink.setValue(key, entry, lower, startLine);
    }
  }

  /** The entry `name` = `value`: one shared, frozen entry per recurring pair of pooled name and value. */
  private entry(name: PooledString | null, nameText: string, value: RegistryValue): RegistryEntry {
    // A recorded body may be handed to many keys: freeze what it holds.
    if (name === null || !this.valuePooled) return this.recording ? Object.freeze({ name: nameText, value: deepFreeze(value) }) : { name: nameText, value };
    name.entries ??= new Map();
    let entry = name.entries.get(value);
    if (entry === undefined) {
      entry = Object.freeze({ name: nameText, value });
      name.entries.set(value, entry);
    }
    return entry;
  }

  /** The data after `=`; null for `-` (delete the value). */
  private readData(pos: number): RegistryValue | null {
    const text = this.text;
    this.valuePooled = false;
    if (pos === this.end) this.fail('missing value data after =');
    const c = text.charCodeAt(pos);
    if (c === HYPHEN) {
      if (!this.restIsEmpty(pos + 1)) this.fail(`unexpected text after =-: ${snippet(this.rest(pos + 1))}`);
      return null;
    }
    if (c === QUOTE) {
      const value = this.readStringValue(pos + 1);
      if (!this.restIsEmpty(this.quotedEnd)) this.fail(`unexpected text after the closing quote: ${snippet(this.rest(this.quotedEnd))}`);
      return value;
    }
    if (this.startsWithWord(pos, 'dword:')) return this.readDword(pos + 6);
    if (this.startsWithWord(pos, 'hex:')) return this.readHex(3, pos + 4);
    if (this.startsWithWord(pos, 'hex(')) {
      let close = pos + 4;
      let type = 0;
      while (close < this.end && close - pos - 4 < 9 && hexDigit(text.charCodeAt(close)) >= 0) type = type * 16 + hexDigit(text.charCodeAt(close++));
      const digits = close - pos - 4;
      if (digits < 1 || digits > 8 || text.charCodeAt(close) !== RPAREN || text.charCodeAt(close + 1) !== COLON || close + 1 >= this.end) {
        this.fail(`bad value type ${snippet(text.slice(pos, Math.min(this.end, pos + 16)))}: expected hex(N): with N in hex, like hex(7):`);
      }
      return this.readHex(type, close + 2);
    }
    this.fail(`unknown value data ${snippet(this.rest(pos))}: expected "string", dword:, hex: or hex(N):`);
  }

  /** `word` (lower-case ASCII) is at `pos`, in any case. */
  private startsWithWord(pos: number, word: string): boolean {
    if (pos + word.length > this.end) return false;
    for (let i = 0; i < word.length; i++) {
      const c = this.text.charCodeAt(pos + i);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  private readDword(start: number): RegistryValue {
    const text = this.text;
    const from = skipBlanks(text, start, this.end);
    let end = from;
    let n = 0;
    for (let d = hexDigit(text.charCodeAt(end)); end < this.end && d >= 0; d = hexDigit(text.charCodeAt(++end))) n = n * 16 + d;
    const count = end - from;
    if (count === 0 || !this.restIsEmpty(end)) this.fail(`dword value must be 8 hex digits, found ${snippet(this.rest(from))}`);
    // regedit writes 8 digits and accepts fewer; more would not fit 32 bits.
    if (count > 8) this.fail(`dword value must be 8 hex digits, found ${count} (overflow)`);
    let value = this.dwords.get(n);
    if (value === undefined) {
      value = Object.freeze({ type: 'REG_DWORD', data: n });
      if (this.dwords.size >= MAX_POOLED_DWORDS) return value;
      this.dwords.set(n, value);
    }
    this.valuePooled = true;
    return value;
  }

  /** A comma-separated byte list, continued over following lines while a line ends with `\`. */
  private readHex(type: number, start: number): RegistryValue {
    const bytes: number[] = [];
    const valueLine = this.line;
    let pos = start;
    while (this.readHexBytes(pos, bytes, valueLine)) {
      const backslashLine = this.line;
      // Like regedit, blank and comment lines inside continued hex data are skipped.
      do {
        if (!this.nextLine()) {
          this.fail('hex data ends with \\ but the file ends before the data continues (truncated file?)', backslashLine);
        }
        pos = skipBlanks(this.text, this.start, this.end);
      } while (pos === this.end || this.text.charCodeAt(pos) === SEMICOLON);
      const c = this.text.charCodeAt(pos);
      if (c === LBRACKET || c === QUOTE || c === AT) {
        this.fail(`hex data on line ${backslashLine} ends with \\ but this line is not hex data`);
      }
    }
    return valueFromHex(type, bytes, this.format === 'regedit4');
  }

  /** Append the bytes on the current line from `start`; true when it ends with `\` and continues on the next. */
  private readHexBytes(start: number, bytes: number[], valueLine: number): boolean {
    const text = this.text;
    const end = this.end;
    let pos = start;
    for (;;) {
      pos = skipBlanks(text, pos, end);
      if (pos === end) return false;
      const c = text.charCodeAt(pos);
      if (c === BACKSLASH) {
        if (!this.restIsEmpty(pos + 1)) this.fail(`unexpected text after \\: ${snippet(this.rest(pos + 1))}`);
        return true;
      }
      if (c === SEMICOLON) return false;
      const hi = hexDigit(c);
      const lo = pos + 1 < end ? hexDigit(text.charCodeAt(pos + 1)) : -1;
      if (hi < 0 || lo < 0 || (pos + 2 < end && hexDigit(text.charCodeAt(pos + 2)) >= 0)) {
        this.fail(`bad hex byte ${snippet(hexToken(text, pos, end))}: each byte must be two hex digits`);
      }
      if (bytes.length === MAX_REG_VALUE_BYTES) {
        this.fail(`the value's data is over ${formatBytes(MAX_REG_VALUE_BYTES)}, more than this tool reads for one value`, valueLine);
      }
      bytes.push(hi * 16 + lo);
      pos = skipBlanks(text, pos + 2, end);
      if (pos === end) return false;
      const next = text.charCodeAt(pos);
      if (next === COMMA) pos++;
      else if (next === SEMICOLON) return false;
      else this.fail(`expected , between hex bytes, found ${snippet(this.rest(pos))}`);
    }
  }

  /** A quoted REG_SZ after its opening quote; recurring short texts share one frozen value. */
  private readStringValue(start: number): RegistryValue {
    const pooled = this.scanQuoted(start, 'string', MAX_STRING_CHARS);
    if (pooled === null) return { type: 'REG_SZ', data: this.lastQuoted };
    this.valuePooled = true;
    return (pooled.sz ??= Object.freeze({ type: 'REG_SZ', data: pooled.text }));
  }

  /**
   * Scan a quoted string starting after its opening quote: `\\` and `\"` escapes, plus regedit's
   * `\n` and `\r`. Sets quotedEnd past the closing quote. Returns the pooled string, or null with
   * the text in lastQuoted when it is not pooled (long, or the pool is full).
   */
  private scanQuoted(start: number, what: string, maxChars: number): PooledString | null {
    const text = this.text;
    const end = this.end;
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        // Most strings have no escapes: pool (or slice) the text in place.
        this.quotedEnd = i + 1;
        if (i - start > maxChars) this.tooLong(what, maxChars);
        const pooled = this.strings.lookup(text, start, i, hash);
        if (pooled === null) this.lastQuoted = text.slice(start, i);
        return pooled;
      }
      if (c === BACKSLASH) return this.scanEscaped(start, i, what, maxChars);
      hash = hashStep(hash, c);
    }
    return this.fail(`unterminated ${what}: the line ends before the closing "`);
  }

  /** The slow path of scanQuoted, from the first backslash at `firstEscape`. */
  private scanEscaped(start: number, firstEscape: number, what: string, maxChars: number): PooledString | null {
    const text = this.text;
    const end = this.end;
    let out = text.slice(start, firstEscape);
    let from = firstEscape;
    for (let i = firstEscape; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.quotedEnd = i + 1;
        out += text.slice(from, i);
        if (out.length > maxChars) this.tooLong(what, maxChars);
        const pooled = this.strings.lookupString(out);
        if (pooled === null) this.lastQuoted = out;
        return pooled;
      }
      if (c !== BACKSLASH) continue;
      out += text.slice(from, i);
      const escaped = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      if (escaped === BACKSLASH || escaped === QUOTE) out += String.fromCharCode(escaped);
      else if (escaped === 110 /* n */) out += '\n';
      else if (escaped === 114 /* r */) out += '\r';
      else if (escaped === -1) break;
      else this.fail(`bad escape \\${text[i + 1]} in ${what}: write a backslash as \\\\ and a quote as \\"`);
      i++;
      from = i + 1;
    }
    return this.fail(`unterminated ${what}: the line ends before the closing "`);
  }

  private tooLong(what: string, maxChars: number): never {
    const limit =
      what === 'string'
        ? `${formatBytes(MAX_REG_VALUE_BYTES)} (${maxChars.toLocaleString('en-US')} characters)`
        : `${maxChars.toLocaleString('en-US')} characters`;
    return this.fail(`${what} longer than ${limit}, more than this tool reads`);
  }

  /** Only blanks or a `;` comment remain on the current line from `pos`. */
  private restIsEmpty(pos: number): boolean {
    const p = skipBlanks(this.text, pos, this.end);
    return p === this.end || this.text.charCodeAt(p) === SEMICOLON;
  }
}

function deepFreeze(value: RegistryValue): RegistryValue {
  if (Array.isArray(value.data)) Object.freeze(value.data);
  return Object.freeze(value);
}

function skipBlanks(text: string, pos: number, end: number): number {
  let p = pos;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c !== SPACE && c !== TAB) break;
    p++;
  }
  return p;
}

/** text[start, end) without blanks at either end. Trimmed by hand: a `[ \t]+$` regex is quadratic on a long run of blanks. */
function trimBlanks(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB)) e--;
  return text.slice(skipBlanks(text, start, e), e);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The text of the byte that failed, up to the next separator. */
function hexToken(text: string, pos: number, end: number): string {
  let e = pos;
  while (e < end && e - pos < 16 && !',; \t\\'.includes(text[e]!)) e++;
  return e === pos ? text.slice(pos, pos + 1) : text.slice(pos, e);
}

/** Quote text for an error message, short and with control characters escaped. */
function snippet(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
