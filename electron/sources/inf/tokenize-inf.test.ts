import { describe, expect, it } from 'vitest';
import { InfParseError } from './inf-parse-error';
import { tokenizeInf } from './tokenize-inf';

const lines = (text: string, section = 's') => tokenizeInf(text, 't.inf').sections.get(section)?.lines ?? [];

describe('tokenizeInf()', () => {
  it('reads key = fields, trims blanks outside quotes and keeps them inside', () => {
    expect(lines('[S]\n  Key =  a , " b " ,c  \n')).toEqual([{ key: 'Key', fields: ['a', ' b ', 'c'], line: 2 }]);
  });

  it('takes the key only from an = before the first comma', () => {
    expect(lines('[s]\nHKR,,Name,0,a=b\n')[0]).toMatchObject({ key: null, fields: ['HKR', '', 'Name', '0', 'a=b'] });
    expect(lines('[s]\n%Desc% = Install, PCI\\VEN_1\n')[0]).toMatchObject({ key: '%Desc%', fields: ['Install', 'PCI\\VEN_1'] });
  });

  it('drops ; comments outside quotes and keeps ; inside them', () => {
    expect(lines('[s]\na = "x;y" ; comment\n; whole line\nb = c;d\n')).toEqual([
      { key: 'a', fields: ['x;y'], line: 2 },
      { key: 'b', fields: ['c'], line: 4 },
    ]);
  });

  it('reads "" inside quotes as one quote and joins quoted and unquoted text', () => {
    expect(lines('[s]\na = "say ""hi""", x"y z"w\n')[0]!.fields).toEqual(['say "hi"', 'xy zw']);
  });

  it('continues an entry on the next line after a trailing backslash, even with a comment after it', () => {
    const [line] = lines('[s]\nAddReg = a, \\\n    b, c \\ ; more\n  , d\nnext = 1\n');
    expect(line).toEqual({ key: 'AddReg', fields: ['a', 'b', 'c', 'd'], line: 2 });
    expect(lines('[s]\nAddReg = a, \\\n b\nnext = 1\n')[1]).toMatchObject({ key: 'next', line: 4 });
  });

  it('keeps a backslash inside a value (registry paths) as text', () => {
    expect(lines('[s]\nHKR, Ndi\\params\\*RSS, ParamDesc\n')[0]!.fields).toEqual(['HKR', 'Ndi\\params\\*RSS', 'ParamDesc']);
  });

  it('merges sections of the same name, whatever their case, in file order', () => {
    const doc = tokenizeInf('[Strings]\na=1\n[other]\nx=y\n[STRINGS]\nb=2\n', 't.inf');
    expect(doc.sections.get('strings')?.lines.map((l) => l.key)).toEqual(['a', 'b']);
    expect(doc.sections.get('strings')?.name).toBe('Strings');
  });

  it('reads CRLF files and stops at Ctrl-Z', () => {
    expect(lines('[s]\r\na = 1\r\nb = 2\r\n\u001ac = 3\r\n')).toEqual([
      { key: 'a', fields: ['1'], line: 2 },
      { key: 'b', fields: ['2'], line: 3 },
    ]);
  });

  it('keeps empty fields between commas and a trailing empty field', () => {
    expect(lines('[s]\nHKR,,,\n')[0]!.fields).toEqual(['HKR', '', '', '']);
  });

  it('ends an unclosed quote at the end of the line and says so', () => {
    const doc = tokenizeInf('[s]\na = "open, b\nc = 1\n', 't.inf');
    expect(doc.sections.get('s')?.lines).toEqual([
      { key: 'a', fields: ['open, b'], line: 2 },
      { key: 'c', fields: ['1'], line: 3 },
    ]);
    expect(doc.diagnostics).toMatchObject([{ id: 'inf.unclosed-quote', at: { file: 't.inf', line: 2 } }]);
  });

  it('ignores text before the first section, with a warning', () => {
    const doc = tokenizeInf('stray\n[s]\na=1\n', 't.inf');
    expect(doc.diagnostics).toMatchObject([{ id: 'inf.text-before-section', severity: 'warning', at: { line: 1 } }]);
    expect(doc.sections.get('s')?.lines).toHaveLength(1);
  });

  it('reads a bracketed line that continues an entry as text, not as a section', () => {
    const doc = tokenizeInf('[s]\nAddReg = a, \\\n[b]\nnext = 1\n', 't.inf');
    expect(doc.sections.has('b')).toBe(false);
    expect(doc.sections.get('s')?.lines).toEqual([
      { key: 'AddReg', fields: ['a', '[b]'], line: 2 },
      { key: 'next', fields: ['1'], line: 4 },
    ]);
  });

  it("reports a quote left open in a section nothing reads (another language's Strings), before any section is read", () => {
    const doc = tokenizeInf('[Strings]\na = "x"\n[Strings.0407]\nb = "offen\n[Strings.040c]\nc = "y"\n', 't.inf');
    expect(doc.diagnostics).toMatchObject([{ id: 'inf.unclosed-quote', at: { line: 4 } }]);
  });

  it('reports a broken section header after thousands of lines, wherever it is', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `k${i} = "v${i}", "a;b"`).join('\n');
    expect(() => tokenizeInf(`[Strings]\n${body}\n[Strings.0407\n`, 'big.inf')).toThrow(
      new InfParseError('big.inf', 5002, 'a section name is not closed with "]".'),
    );
  });

  it('refuses a section header without its closing bracket, naming file and line', () => {
    expect(() => tokenizeInf('[Version]\nSignature="$Windows NT$"\n[Manufacturer\n', 'bad.inf')).toThrow(
      new InfParseError('bad.inf', 3, 'a section name is not closed with "]".'),
    );
  });

  it('refuses a section name longer than 255 characters', () => {
    expect(() => tokenizeInf(`\n[${'x'.repeat(256)}]\n`, 'long.inf')).toThrow(/long\.inf line 2: a section name is longer/);
  });
});
