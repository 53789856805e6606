import { describe, expect, it } from 'vitest';
import type { RegistryValue } from '../../../shared/model/registry-value';
import type { RegOperation } from './reg-document';
import { parseReg } from './parse-reg';

const HEADER = 'Windows Registry Editor Version 5.00';
const KEY = 'HKEY_CURRENT_USER\\Software\\Test';

/** Parse `lines` under the v5 header and one key; return what the value lines set. */
function values(lines: string[], header = HEADER): { name: string; value: RegistryValue | null }[] {
  const doc = parseReg([header, '', `[${KEY}]`, ...lines, ''].join('\r\n'), 't.reg');
  return doc.operations.flatMap((o): { name: string; value: RegistryValue | null }[] =>
    o.op === 'set-value' ? [{ name: o.name, value: o.value }] : o.op === 'delete-value' ? [{ name: o.name, value: null }] : [],
  );
}

function only(line: string, header = HEADER): RegistryValue | null {
  const [first] = values([line], header);
  return first!.value;
}

/** UTF-16LE bytes as regedit's `xx,xx` list. */
function hex16(text: string): string {
  const out: string[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push((c & 0xff).toString(16).padStart(2, '0'), (c >>> 8).toString(16).padStart(2, '0'));
  }
  return out.join(',');
}

describe('parseReg value encodings', () => {
  it('reads quoted strings with \\\\ and \\" escapes, and =, ], ; inside quotes', () => {
    expect(values(['"a=b]c;d"="x=\\"y\\"]; \\\\z"'])).toEqual([{ name: 'a=b]c;d', value: { type: 'REG_SZ', data: 'x="y"]; \\z' } }]);
  });

  it('reads @ as the default value (name "")', () => {
    expect(values(['@="Network adapters"'])).toEqual([{ name: '', value: { type: 'REG_SZ', data: 'Network adapters' } }]);
  });

  it('reads Wine-style \\n and \\r escapes', () => {
    expect(only('"v"="a\\nb\\rc"')).toEqual({ type: 'REG_SZ', data: 'a\nb\rc' });
  });

  it('reads dword with 8 digits, fewer digits, either case and the maximum', () => {
    expect(only('"v"=dword:00000084')).toEqual({ type: 'REG_DWORD', data: 0x84 });
    expect(only('"v"=dword:1')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(only('"v"=DWORD:FFFFFFFF')).toEqual({ type: 'REG_DWORD', data: 0xffffffff });
  });

  it('reads hex: as REG_BINARY, including the empty list', () => {
    expect(only('"v"=hex:00,ff,7F')).toEqual({ type: 'REG_BINARY', data: [0, 255, 127] });
    expect(only('"v"=hex:')).toEqual({ type: 'REG_BINARY', data: [] });
  });

  it('reads hex(0) as REG_NONE and hex(3) as REG_BINARY', () => {
    expect(only('"v"=hex(0):')).toEqual({ type: 'REG_NONE', data: [] });
    expect(only('"v"=hex(0):01,02')).toEqual({ type: 'REG_NONE', data: [1, 2] });
    expect(only('"v"=hex(3):01')).toEqual({ type: 'REG_BINARY', data: [1] });
  });

  it('reads hex(1) as REG_SZ and hex(2) as REG_EXPAND_SZ from UTF-16LE', () => {
    expect(only(`"v"=hex(1):${hex16('héllo\0')}`)).toEqual({ type: 'REG_SZ', data: 'héllo' });
    expect(only(`"v"=hex(2):${hex16('%SystemRoot%\\x\0')}`)).toEqual({ type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' });
    // No terminating NUL: tolerated, as regedit does.
    expect(only(`"v"=hex(2):${hex16('ab')}`)).toEqual({ type: 'REG_EXPAND_SZ', data: 'ab' });
  });

  it('reads hex(7) as REG_MULTI_SZ', () => {
    expect(only(`"v"=hex(7):${hex16('a\0bc\0\0')}`)).toEqual({ type: 'REG_MULTI_SZ', data: ['a', 'bc'] });
    expect(only('"v"=hex(7):00,00')).toEqual({ type: 'REG_MULTI_SZ', data: [] });
    expect(only('"v"=hex(7):')).toEqual({ type: 'REG_MULTI_SZ', data: [] });
  });

  it('reads hex(4) as REG_DWORD and hex(b) as a little-endian REG_QWORD in decimal', () => {
    expect(only('"v"=hex(4):78,56,34,12')).toEqual({ type: 'REG_DWORD', data: 0x12345678 });
    expect(only('"v"=hex(b):ff,ff,ff,ff,ff,ff,ff,ff')).toEqual({ type: 'REG_QWORD', data: '18446744073709551615' });
    expect(only('"v"=hex(B):01,00,00,00,00,00,00,00')).toEqual({ type: 'REG_QWORD', data: '1' });
  });

  it('keeps unnamed types and data that does not fit its type as REG_UNKNOWN', () => {
    expect(only('"v"=hex(5):00,00,00,01')).toEqual({ type: 'REG_UNKNOWN', rawType: 5, data: [0, 0, 0, 1] });
    expect(only('"v"=hex(ffff0010):aa')).toEqual({ type: 'REG_UNKNOWN', rawType: 0xffff0010, data: [0xaa] });
    expect(only('"v"=hex(4):01,02,03')).toEqual({ type: 'REG_UNKNOWN', rawType: 4, data: [1, 2, 3] });
    expect(only('"v"=hex(b):01')).toEqual({ type: 'REG_UNKNOWN', rawType: 11, data: [1] });
    expect(only('"v"=hex(1):41')).toEqual({ type: 'REG_UNKNOWN', rawType: 1, data: [0x41] });
  });

  it('reads "name"=- and @=- as value deletions', () => {
    expect(values(['"gone"=-', '@=-'])).toEqual([
      { name: 'gone', value: null },
      { name: '', value: null },
    ]);
  });
});

describe('parseReg REGEDIT4', () => {
  it('accepts the header and reports the format', () => {
    expect(parseReg(`REGEDIT4\r\n\r\n[${KEY}]\r\n"a"="b"\r\n`, 'old.reg').format).toBe('regedit4');
    expect(parseReg(`${HEADER}\r\n`, 'new.reg').format).toBe('regedit5');
  });

  it('decodes hex(2) and hex(7) as single-byte ANSI', () => {
    expect(only('"v"=hex(2):25,77,69,6e,64,69,72,25,5c,e9,80,00', 'REGEDIT4')).toEqual({
      type: 'REG_EXPAND_SZ',
      data: '%windir%\\é€',
    });
    expect(only('"v"=hex(7):61,00,62,63,00,00', 'REGEDIT4')).toEqual({ type: 'REG_MULTI_SZ', data: ['a', 'bc'] });
  });
});

describe('parseReg structure', () => {
  it('records key opens, key deletions and values in order with their lines', () => {
    const text = [HEADER, '', '[-HKEY_CURRENT_USER\\Software\\Old]', '', `[${KEY}]`, '"a"=dword:00000001', '"b"=-', ''].join('\n');
    const expected: RegOperation[] = [
      { op: 'delete-key', line: 3, path: 'HKEY_CURRENT_USER\\Software\\Old' },
      { op: 'open-key', line: 5, path: KEY },
      { op: 'set-value', line: 6, path: KEY, name: 'a', value: { type: 'REG_DWORD', data: 1 } },
      { op: 'delete-value', line: 7, path: KEY, name: 'b' },
    ];
    expect(parseReg(text, 'x.reg').operations).toEqual(expected);
  });

  it('normalises HKLM/HKCU/HKCR/HKU/HKCC and any-case root names, keeping the rest as written', () => {
    const roots = ['HKLM', 'hkcu', 'HKCR', 'HKU', 'HKCC', 'hkey_local_machine'];
    const text = [HEADER, ...roots.map((r) => `[${r}\\Sub\\Key]`)].join('\r\n');
    expect(parseReg(text, 'x.reg').operations.map((o) => o.path)).toEqual([
      'HKEY_LOCAL_MACHINE\\Sub\\Key',
      'HKEY_CURRENT_USER\\Sub\\Key',
      'HKEY_CLASSES_ROOT\\Sub\\Key',
      'HKEY_USERS\\Sub\\Key',
      'HKEY_CURRENT_CONFIG\\Sub\\Key',
      'HKEY_LOCAL_MACHINE\\Sub\\Key',
    ]);
  });

  it('accepts key names containing ] (the last ] closes the key)', () => {
    expect(parseReg(`${HEADER}\n[HKCU\\a]b]`, 'x.reg').operations[0]?.path).toBe('HKEY_CURRENT_USER\\a]b');
  });

  it('joins \\ continuations, with leading whitespace, comment and blank lines between them', () => {
    expect(values(['"v"=hex:01,02,\\', '    03,\\', '; a comment', '', '\t04'])).toEqual([{ name: 'v', value: { type: 'REG_BINARY', data: [1, 2, 3, 4] } }]);
  });

  it('accepts a continuation straight after the type and a trailing comma', () => {
    expect(only('"v"=hex(3):\\\n  01,02,')).toEqual({ type: 'REG_BINARY', data: [1, 2] });
  });

  it('skips comments, blank lines and trailing ; comments; accepts CRLF, LF and CR', () => {
    const text = `  ; leading comment is not allowed before the header, so it comes after\r${HEADER}`;
    expect(() => parseReg(text, 'x.reg')).toThrow(/line 1/);
    const ok = [HEADER, '; comment', '   ', `[${KEY}] ; trailing`, '"a"="b" ; note', '"c"=dword:00000002;x', '"d"=hex:01 ; y', '"e"=- ;z'];
    for (const eol of ['\r\n', '\n', '\r']) {
      expect(parseReg(ok.join(eol), 'x.reg').operations).toHaveLength(5);
    }
  });

  it('accepts blank lines and spaces around the header and around =', () => {
    expect(values(['  "a" = "b"', '@ =dword:00000001'], `\r\n  ${HEADER}  `)).toEqual([
      { name: 'a', value: { type: 'REG_SZ', data: 'b' } },
      { name: '', value: { type: 'REG_DWORD', data: 1 } },
    ]);
  });

  it('tolerates a BOM still in the text', () => {
    expect(parseReg(`\uFEFF${HEADER}\r\n`, 'x.reg').operations).toEqual([]);
  });

  it('reads a root key itself', () => {
    expect(parseReg(`${HEADER}\n[HKEY_CURRENT_USER]\n"a"="b"`, 'x.reg').operations[0]?.path).toBe('HKEY_CURRENT_USER');
  });
});
