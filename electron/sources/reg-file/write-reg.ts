/**
 * Writer for regedit-format text: what `reg export` produces, so Windows can import
 * the file by double-click and this project's reader reads it back unchanged.
 */

import type { RegistryValue } from '../../../shared/model/registry-value';
import { normalizeKeyPath } from './key-path';
import { checkDword, valueToHex } from './registry-value-bytes';
import { writeUtf16le } from './utf16';

/** One `[key]` section to write; a null value writes `"name"=-` (delete that value). */
export interface RegKeyBlock {
  readonly path: string;
  /** Write `[-path]` first. With values, the key is then recreated holding only them. */
  readonly deleteKey?: boolean;
  readonly values: readonly { readonly name: string; readonly value: RegistryValue | null }[];
}

const CRLF = '\r\n';
/** Longest line, counting the trailing `\`, a wrapped hex line may have (regedit stays near 80). */
const MAX_HEX_LINE = 79;

/** Longest comment line we write (characters after "; "): long data is cut with "…". */
const MAX_COMMENT = 400;

/**
 * Text made safe for one `;` comment line. Data (adapter names, labels, values) ends up here, so
 * nothing in it may end the line or hide text: line terminators (CR, LF, U+0085, U+2028, U+2029),
 * every other control and format character (bidi overrides, zero-width marks, BOM) and unpaired
 * surrogates become "?"; the line never ends with a backslash (read as a continuation by some
 * readers) and is cut at a sane length.
 */
export function regCommentText(text: string): string {
  // Cut first, then clean: a cut through a surrogate pair leaves a lone half, which is cleaned too.
  const cut = text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 1)}…` : text;
  return cut.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/gu, '?').replace(/[\\\s]+$/u, '');
}

/** Options of writeReg. */
export interface WriteRegOptions {
  /** Lines of a comment written right after the header (each made safe by regCommentText). */
  readonly comment?: readonly string[];
}

/** Serialise key blocks as a `Windows Registry Editor Version 5.00` file with CRLF line ends. Throws RangeError for data regedit cannot express. */
export function writeReg(blocks: readonly RegKeyBlock[], options: WriteRegOptions = {}): string {
  const out: string[] = ['Windows Registry Editor Version 5.00', CRLF];
  for (const line of options.comment ?? []) out.push('; ', regCommentText(line), CRLF);
  for (const block of blocks) {
    const path = normalizeKeyPath(block.path);
    if (path === null || /[\r\n]/.test(path)) throw new RangeError(`cannot write key path "${block.path}"`);
    if (block.deleteKey) {
      if (!path.includes('\\')) throw new RangeError(`cannot delete the root key ${path}`);
      out.push(CRLF, '[-', path, ']', CRLF);
      if (block.values.length === 0) continue;
    }
    out.push(CRLF, '[', path, ']', CRLF);
    for (const { name, value } of block.values) out.push(formatValue(name, value), CRLF);
  }
  out.push(CRLF);
  return out.join('');
}

/** UTF-16LE with a BOM: what regedit writes and what double-click import expects. */
export function encodeRegFile(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  writeUtf16le(text, bytes, 2);
  return bytes;
}

/** One value line (possibly wrapped), without the final line end. */
function formatValue(name: string, value: RegistryValue | null): string {
  const lead = name === '' ? '@=' : `"${escapeName(name)}"=`;
  if (value === null) return `${lead}-`;
  if (value.type === 'REG_SZ' && !/[\r\n\0]/.test(value.data)) return `${lead}"${escapeString(value.data)}"`;
  if (value.type === 'REG_DWORD') return `${lead}dword:${checkDword(value.data).toString(16).padStart(8, '0')}`;
  // Strings with line breaks or NULs go out as hex(1): a quoted string cannot hold them portably.
  const { type, bytes } = valueToHex(value);
  return formatHex(lead + (type === 3 ? 'hex:' : `hex(${type.toString(16)}):`), bytes);
}

/** `xx,xx,…` after `prefix`, wrapped regedit-style with `\` and a two-space indent. */
function formatHex(prefix: string, bytes: readonly number[]): string {
  const out: string[] = [prefix];
  let lineLength = prefix.length;
  for (let i = 0; i < bytes.length; i++) {
    // Room for "xx," and a possible "\" — but always at least one byte per line.
    if (i > 0 && lineLength + 4 > MAX_HEX_LINE) {
      out.push('\\', CRLF, '  ');
      lineLength = 2;
    }
    const b = bytes[i]!;
    out.push(b < 16 ? `0${b.toString(16)}` : b.toString(16));
    lineLength += 2;
    if (i < bytes.length - 1) {
      out.push(',');
      lineLength++;
    }
  }
  return out.join('');
}

function escapeString(text: string): string {
  return /[\\"]/.test(text) ? text.replace(/[\\"]/g, (c) => `\\${c}`) : text;
}

/** Value names cannot fall back to hex, so line breaks use the `\n`/`\r` escapes Wine's reg.exe writes and reads. */
function escapeName(name: string): string {
  return name.replace(/[\\"\r\n]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
}
