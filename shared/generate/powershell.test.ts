import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine } from './plain-text';
import { encodedCommand, PsCode, ps, psArray, psComment, psGuid, psHashtable, psInt, psScript, psString, psVariable } from './powershell';
import { commandLineToArgv } from './test-support/command-line-to-argv';
import { hostileText } from './test-support/hostile-text';
import { codeShape, statements, stringValues, tokenize } from './test-support/powershell-tokenizer';
import { windowsArgument, windowsCommandLine } from './windows-command-line';

const RUNS = { numRuns: 400 };

describe('psString()', () => {
  it('is a single string literal whose value is exactly the text, for any text', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const tokens = tokenize(ps`$x = ${text}`.text);
        expect(codeShape(tokens)).toBe("$x = '…'");
        expect(stringValues(tokens)).toEqual([text]);
      }),
      RUNS,
    );
  });

  it('doubles all five characters PowerShell takes for a single quote', () => {
    expect(psString("a'b\u2018c\u2019d\u201ae\u201bf").text).toBe("'a''b\u2018\u2018c\u2019\u2019d\u201a\u201ae\u201b\u201bf'");
    // The reported attack: a right single quote closing the string early.
    const attack = '\u2019; Start-Process calc; \u2019';
    const tokens = tokenize(ps`Set-Thing -Value ${attack}`.text);
    expect(statements(tokens)).toHaveLength(1);
    expect(stringValues(tokens)).toEqual([attack]);
  });

  it('writes printable text literally and passes invisible or line-breaking text as base64', () => {
    expect(psString('Intel(R) Ethernet I226-V').text).toBe("'Intel(R) Ethernet I226-V'");
    for (const text of ['a\nStart-Process calc', 'x\u2028y', 'bidi \u202e', 'nul\u0000', 'lone \ud800']) {
      const code = psString(text).text;
      expect(code).toMatch(/^\(\[Text\.Encoding\]::Unicode\.GetString\(\[Convert\]::FromBase64String\('[A-Za-z0-9+/=]*'\)\)\)$/);
      expect(stringValues(tokenize(code))).toEqual([text]);
    }
  });
});

describe('psComment()', () => {
  it('is one comment and nothing else, whatever the text', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const tokens = tokenize(psComment(text).text);
        expect(tokens.map((t) => t.kind)).toEqual(['comment']);
        // Nothing a reader cannot see, and nothing that ends a line in some viewer.
        expect(tokens[0]!.value).not.toMatch(/[\r\n\u0085\u2028\u2029\u202e]/);
      }),
      RUNS,
    );
  });

  it('cannot form a #Requires statement', () => {
    expect(psComment('Requires -RunAsAdministrator').text).toBe('# Requires -RunAsAdministrator');
  });
});

describe('ps``', () => {
  it('keeps the code shape of the template whatever the data', () => {
    const build = (name: string, keyword: string, value: string, guid: string) =>
      psScript([
        psComment(`Adapter: ${name}`),
        ps`$a = Get-NetAdapter | Where-Object { $_.InterfaceGuid -eq ${guid} }`,
        ps`Set-NetAdapterAdvancedProperty -Name $a.Name -RegistryKeyword ${keyword} -RegistryValue ${value} -NoRestart`,
        ps`$list = ${[name, keyword, 1]}`,
        ps`$table = ${psHashtable([[keyword, value]])}`,
      ]);
    const benign = codeShape(tokenize(build('n', 'k', 'v', 'g')));
    fc.assert(
      fc.property(hostileText(), hostileText(), hostileText(), hostileText(), (name, keyword, value, guid) => {
        const tokens = tokenize(build(name, keyword, value, guid));
        expect(codeShape(tokens)).toBe(benign);
        expect(statements(tokens)).toHaveLength(4);
        expect(stringValues(tokens)).toEqual([guid, keyword, value, name, keyword, keyword, value]);
      }),
      RUNS,
    );
  });

  it('never emits double-quoted strings, here-strings or subexpressions for data', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const kinds = new Set(tokenize(ps`Write-Output ${text} ${[text, text]}`.text).map((t) => t.kind));
        expect(kinds.has('expandable-string')).toBe(false);
        expect(kinds.has('here-string')).toBe(false);
      }),
      RUNS,
    );
  });

  it('refuses values that are not data: fractions, NaN, objects', () => {
    expect(() => psInt(1.5)).toThrow(/Not an integer/);
    expect(() => psInt(Number.NaN)).toThrow(/Not an integer/);
    expect(() => ps`x ${{} as unknown as string}`).toThrow(/Cannot put object/);
    expect(psInt(-5).text).toBe('(-5)');
    expect(psArray([]).text).toBe('@()');
  });

  it('makes code only in this module', () => {
    expect(() => new PsCode(Symbol('PsCode'), 'Start-Process calc')).toThrow(/made only by/);
  });
});

describe('identifiers', () => {
  it('accepts braced GUIDs only', () => {
    expect(psGuid('{6C1E8C2A-3B1F-4B8E-9D7A-0F1E2D3C4B5A}').text).toBe("'{6C1E8C2A-3B1F-4B8E-9D7A-0F1E2D3C4B5A}'");
    expect(() => psGuid("{6C1E8C2A-3B1F-4B8E-9D7A-0F1E2D3C4B5A}'; calc; '")).toThrow(/Not an interface GUID/);
    expect(() => psGuid('6C1E8C2A-3B1F-4B8E-9D7A-0F1E2D3C4B5A')).toThrow(/Not an interface GUID/);
  });

  it('accepts plain variable names only, and the refusal stays on one line', () => {
    expect(psVariable('adapter0007').text).toBe('$adapter0007');
    for (const bad of ['', '1a', 'a b', 'a;calc', 'a}', 'x\nStart-Process calc']) {
      expect(() => psVariable(bad)).toThrow(/Not a safe variable name/);
    }
    expect(() => psVariable('x\nStart-Process calc')).toThrow(oneLine('x\nStart-Process calc'));
  });
});

describe('encodedCommand()', () => {
  it('is the script as UTF-16LE base64, as powershell.exe -EncodedCommand expects', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (script) => {
        expect(Buffer.from(encodedCommand(script), 'base64').toString('utf16le')).toBe(Buffer.from(script, 'utf16le').toString('utf16le'));
      }),
    );
    expect(encodedCommand('dir')).toBe(Buffer.from('dir', 'utf16le').toString('base64'));
  });
});

describe('Windows command lines', () => {
  it('give every argument back unchanged to CommandLineToArgvW', () => {
    const arg = fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', 'C', ':', '\u00e9', "'", '\u2019', '&', '^', '%') });
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 5 }), (args) => {
        expect(commandLineToArgv(windowsCommandLine(args))).toEqual(args);
      }),
      RUNS,
    );
  });

  it('quotes the cases that matter', () => {
    expect(windowsArgument('C:\\app')).toBe('C:\\app');
    expect(windowsArgument('C:\\my app\\')).toBe('"C:\\my app\\\\"');
    expect(windowsArgument('a" -x "b')).toBe('"a\\" -x \\"b"');
    expect(windowsArgument('')).toBe('""');
    expect(() => windowsArgument('a\nb')).toThrow(/control characters/);
  });
});
