import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REG_VALUE_BYTES, MAX_VALUE_NAME_CHARS } from '../../../shared/model/input-limits';
import { decodeRegBytes } from './decode-reg-bytes';
import { parseReg } from './parse-reg';
import { RegParseError } from './reg-parse-error';
import { encodeRegFile } from './write-reg';

const H = 'Windows Registry Editor Version 5.00';
const K = '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]';

/** [case, file text, expected line, message fragment] */
const CASES: [string, string, number, RegExp][] = [
  ['empty file', '', 1, /empty file: expected the header/],
  ['only blank lines', '\r\n   \r\n\t\r\n', 1, /empty file/],
  ['missing header', `${K}\r\n"a"="b"`, 1, /not a registry file: expected the header/],
  ['misspelt header', `Windows Registry Editor Version 4.00\r\n${K}`, 1, /not a registry file/],
  ['header after a comment', `; exported\r\n${H}`, 1, /not a registry file/],
  ['binary junk', `${H}\r\n${K}\r\n\u0000\u0001\u00ff\u0002`, 3, /unexpected text "\\u0000\\u0001ÿ\\u0002"/],
  ['garbage line', `${H}\r\n${K}\r\n"a"="b"\r\nthis is not registry data`, 4, /unexpected text "this is not/],
  ['value before any key', `${H}\r\n\r\n"a"="b"`, 3, /value outside any key/],
  ['value under a deleted key', `${H}\r\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n"a"="b"`, 3, /value under a deleted key/],
  ['[ without ]', `${H}\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test\r\n"a"="b"`, 2, /key line has no closing \]/],
  ['text after ]', `${H}\r\n${K} junk`, 2, /unexpected text after \]/],
  ['unknown root key', `${H}\r\n[HKEY_NOWHERE\\x]`, 2, /unknown root key "HKEY_NOWHERE"/],
  ['empty key name', `${H}\r\n[HKEY_LOCAL_MACHINE\\\\x]`, 2, /empty key name/],
  ['empty brackets', `${H}\r\n[]`, 2, /empty key path/],
  ['deleting a root key', `${H}\r\n[-HKEY_LOCAL_MACHINE]`, 2, /cannot delete the root key/],
  ['unterminated value', `${H}\r\n${K}\r\n"a"="no closing quote`, 3, /unterminated string/],
  ['unterminated name', `${H}\r\n${K}\r\n"a=1`, 3, /unterminated value name/],
  ['string ending in a lone backslash', `${H}\r\n${K}\r\n"a"="C:\\`, 3, /unterminated string/],
  ['bad escape', `${H}\r\n${K}\r\n"a"="C:\\Windows"`, 3, /bad escape \\W in string/],
  ['no = after the name', `${H}\r\n${K}\r\n"a" "b"`, 3, /expected = after the value name/],
  ['no data after =', `${H}\r\n${K}\r\n"a"=`, 3, /missing value data/],
  ['unknown data type', `${H}\r\n${K}\r\n"a"=qword:1`, 3, /unknown value data "qword:1"/],
  ['text after the string', `${H}\r\n${K}\r\n"a"="b" c`, 3, /unexpected text after the closing quote/],
  ['text after =-', `${H}\r\n${K}\r\n"a"=-1`, 3, /unexpected text after =-/],
  ['dword with 9 digits', `${H}\r\n${K}\r\n\r\n"a"=dword:000000001`, 4, /dword value must be 8 hex digits, found 9 \(overflow\)/],
  ['dword with no digits', `${H}\r\n${K}\r\n"a"=dword:`, 3, /dword value must be 8 hex digits/],
  ['dword with a non-hex digit', `${H}\r\n${K}\r\n"a"=dword:0000000g`, 3, /dword value must be 8 hex digits, found "0000000g"/],
  ['odd hex digits', `${H}\r\n${K}\r\n"a"=hex:01,234,56`, 3, /bad hex byte "234": each byte must be two hex digits/],
  ['one-digit hex byte', `${H}\r\n${K}\r\n"a"=hex:1`, 3, /bad hex byte "1"/],
  ['bad hex byte', `${H}\r\n${K}\r\n"a"=hex:0g`, 3, /bad hex byte "0g"/],
  ['missing comma', `${H}\r\n${K}\r\n"a"=hex:01 02`, 3, /expected , between hex bytes/],
  ['double comma', `${H}\r\n${K}\r\n"a"=hex:01,,02`, 3, /bad hex byte ","/],
  ['bad hex(N)', `${H}\r\n${K}\r\n"a"=hex(z):01`, 3, /bad value type "hex\(z\):01"/],
  ['hex(N) too wide', `${H}\r\n${K}\r\n"a"=hex(100000000):01`, 3, /bad value type/],
  ['text after \\', `${H}\r\n${K}\r\n"a"=hex:01,\\ 02`, 3, /unexpected text after \\/],
  ['bad byte on a continuation line', `${H}\r\n${K}\r\n"a"=hex:01,\\\r\n  02,x3`, 4, /bad hex byte "x3"/],
  ['continuation at EOF', `${H}\r\n${K}\r\n"a"=hex:01,02,\\`, 3, /file ends before the data continues/],
  ['continuation at EOF after blank lines', `${H}\r\n${K}\r\n"a"=hex:01,\\\r\n\r\n\r\n`, 3, /file ends before/],
  ['continuation into the next value', `${H}\r\n${K}\r\n"a"=hex:01,\\\r\n"b"="c"`, 4, /hex data on line 3 ends with \\ but this line is not hex data/],
];

describe('parseReg on malformed files', () => {
  it.each(CASES)('%s -> RegParseError at the right line', (_name, text, line, message) => {
    let error: unknown;
    try {
      parseReg(text, 'demo.reg');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RegParseError);
    const e = error as RegParseError;
    expect(e.file).toBe('demo.reg');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^demo\\.reg line ${line}: `));
    expect(e.problem).toMatch(message);
  });

  it('reports a UTF-16LE export cut off inside a wrapped value, at the line of the cut', () => {
    const full = `${H}\r\n\r\n${K}\r\n"IconPath"=hex(7):25,00,73,00,\\\r\n  79,00,00,00,00,00\r\n`;
    const bytes = encodeRegFile(full);
    const cutAt = 2 + 2 * (full.lastIndexOf('\\') + 1);
    expect(() => parseReg(decodeRegBytes(bytes.subarray(0, cutAt)), 'cut.reg')).toThrow(/^cut\.reg line 4: hex data ends with \\ but the file ends/);
    // Cut mid-character: the stray byte decodes to U+FFFD after the backslash.
    expect(() => parseReg(decodeRegBytes(bytes.subarray(0, cutAt + 1)), 'cut.reg')).toThrow(/^cut\.reg line 4: /);
    expect(() => parseReg(decodeRegBytes(bytes.subarray(0, cutAt - 9)), 'cut.reg')).toThrow(/^cut\.reg line 4: /);
  });
});

describe('parseReg limits on one value', () => {
  /** `n` bytes of hex data wrapped as regedit wraps it: lines of 25 bytes ending in `,\`. */
  const wrappedHex = (n: number) =>
    `${'5a,'
      .repeat(25)
      .concat('\\\r\n  ')
      .repeat(Math.floor((n - 1) / 25))}${'5a,'.repeat((n - 1) % 25)}5a`;

  it(`reads hex data of exactly ${MAX_REG_VALUE_BYTES} bytes, wrapped as regedit wraps it`, () => {
    const doc = parseReg(`${H}\r\n${K}\r\n"big"=hex:${wrappedHex(MAX_REG_VALUE_BYTES)}\r\n"next"="ok"\r\n`, 'big.reg');
    const op = doc.operations[1];
    expect(op).toMatchObject({ op: 'set-value', name: 'big', value: { type: 'REG_BINARY' } });
    expect(op?.op === 'set-value' && op.value.data).toHaveLength(MAX_REG_VALUE_BYTES);
    expect(doc.operations[2]).toMatchObject({ name: 'next' });
  });

  it('refuses hex data one byte over the limit, at the line where the value starts', () => {
    expect(() => parseReg(`${H}\r\n${K}\r\n\r\n"big"=hex(7):${wrappedHex(MAX_REG_VALUE_BYTES + 1)}\r\n`, 'big.reg')).toThrow(
      /^big\.reg line 4: the value's data is over 1 MiB, more than this tool reads for one value$/,
    );
  });

  it('refuses a string over the limit (UTF-16: half as many characters as bytes) and accepts one at it', () => {
    const at = 'x'.repeat(MAX_REG_VALUE_BYTES / 2);
    expect(parseReg(`${H}\n${K}\n"s"="${at}"`, 's.reg').operations[1]).toMatchObject({ value: { data: at } });
    expect(() => parseReg(`${H}\n${K}\n"s"="${at}x"`, 's.reg')).toThrow(/^s\.reg line 3: string longer than 1 MiB \(524,288 characters\)/);
    expect(() => parseReg(`${H}\n${K}\n"s"="\\\\${at}"`, 's.reg')).toThrow(/^s\.reg line 3: string longer than 1 MiB/);
  });

  it("refuses key names and depths over Windows' limits, and names the problem briefly", () => {
    const name = 'k'.repeat(255);
    expect(parseReg(`${H}\n[HKCU\\${name}]`, 'k.reg').operations[0]).toMatchObject({ path: `HKEY_CURRENT_USER\\${name}` });
    expect(() => parseReg(`${H}\n[HKCU\\a\\${name}k]`, 'k.reg')).toThrow(/^k\.reg line 2: key name "k{40}…" is longer than 255 characters/);
    const deep = Array.from({ length: 512 }, () => 'd').join('\\');
    expect(parseReg(`${H}\n[HKCU\\${deep}]`, 'd.reg').operations).toHaveLength(1);
    expect(() => parseReg(`${H}\n[HKCU\\${deep}\\d]`, 'd.reg')).toThrow(/^d\.reg line 2: key path is 513 levels deep; Windows allows 512$/);
    const hostile = parseReg.bind(null, `${H}\n[HKCU\\${'x'.repeat(1_000_000)}\\\\]`, 'h.reg');
    expect(hostile).toThrow(/empty key name/);
    expect(() => hostile()).toThrow(expect.objectContaining({ message: expect.stringMatching(/^.{0,300}$/) }));
  });

  it(`refuses a value name over Windows' limit of ${MAX_VALUE_NAME_CHARS} characters`, () => {
    const name = 'n'.repeat(MAX_VALUE_NAME_CHARS);
    expect(parseReg(`${H}\n${K}\n"${name}"=dword:1`, 'n.reg').operations[1]).toMatchObject({ name });
    expect(() => parseReg(`${H}\n${K}\n"${name}n"=dword:1`, 'n.reg')).toThrow(/^n\.reg line 3: value name longer than 16,383 characters/);
  });
});

describe('parseReg on hostile input', () => {
  it('stays linear on very long lines', () => {
    // A quadratic walk over these 200,000-character lines would take minutes: the test's time
    // limit, not a clock in the test, is what catches it.
    const blanks = ' '.repeat(200_000);
    expect(() => parseReg(`${blanks}x${blanks}x`, 'long.reg')).toThrow(RegParseError);
    expect(() => parseReg(`${H}\n${K}\n"a"=hex:${'00,'.repeat(200_000)}${blanks}x`, 'long.reg')).toThrow(/line 3: bad hex byte "x"/);
    expect(() => parseReg(`${H}\n${K}\n"${'\\'.repeat(200_000)}`, 'long.reg')).toThrow(/line 3: unterminated value name/);
  });
});

/** Pieces of `.reg` syntax, so random files get past the header and into every branch. */
const FRAGMENTS = [
  H,
  'REGEDIT4',
  '[HKLM\\a]',
  '[-HKCU\\b]',
  '[',
  ']',
  '[-',
  '"',
  '"n"',
  '@',
  '=',
  '-',
  '"s"',
  '\\',
  '\\\\',
  '\\"',
  'dword:',
  '00000001',
  '123456789',
  'hex:',
  'hex(7):',
  'hex(b):',
  'hex(2):',
  'hex(',
  ')',
  '01,',
  '0',
  'ff',
  ',',
  ';',
  ' ',
  '\t',
  '\r\n',
  '\n',
  '\r',
  'é',
  '\u0000',
  '\uD800',
];

describe('parseReg never fails with anything but RegParseError', () => {
  const parsesOrRegError = (text: string): boolean => {
    try {
      parseReg(text, 'fuzz.reg');
      return true;
    } catch (e) {
      return e instanceof RegParseError && e.line >= 1;
    }
  };

  it('for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => parsesOrRegError(decodeRegBytes(bytes))),
      {
        numRuns: 500,
      },
    );
  });

  it('for arbitrary arrangements of .reg syntax', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => `${H}\r\n${parts.join('')}`);
    fc.assert(fc.property(text, parsesOrRegError), { numRuns: 2000 });
  });
});
