import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../generate/test-support/hostile-text';
import { codeShape, stringValues, tokenize } from '../generate/test-support/powershell-tokenizer';
import { NET_CLASS_GUID } from '../model/registry-paths';
import { collectorScript } from './collector-script';
import { parseSidecar, SIDECAR_FORMAT, SIDECAR_VERSION } from './sidecar';

describe('collectorScript()', () => {
  const script = collectorScript({ tool: 'NIC Advanced Properties test' });

  it('exports the adapter instance keys one by one and the connection names with reg.exe, reads the two globals, and writes nothing else', () => {
    const values = stringValues(tokenize(script));
    expect(values).toContain(`SYSTEM\\CurrentControlSet\\Control\\Class\\${NET_CLASS_GUID}`);
    expect(values).toContain(`SYSTEM\\CurrentControlSet\\Control\\Network\\${NET_CLASS_GUID}`);
    expect(values).toContain('^\\d{4}$');
    expect(values).toContain('System32\\reg.exe');
    expect(script).toContain("& $reg export ('HKLM\\' + $key) $part /y | Out-Null");
    expect(values).toEqual(
      expect.arrayContaining([
        'DisableTaskOffload',
        'EnabledOffload',
        'SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
        'SYSTEM\\CurrentControlSet\\Services\\Ipsec',
      ]),
    );
    // Only the temporary folder and -Destination are written to, each file under a temporary name first.
    expect(script.match(/WriteAllText\(/g)).toHaveLength(2);
    expect(script).toContain("[IO.File]::WriteAllText($regPath + '.partial', $regText, [Text.Encoding]::Unicode)");
    expect(script).toContain("Move-Item -LiteralPath ($regPath + '.partial') -Destination $regPath -Force");
    expect(script).not.toMatch(/Set-ItemProperty|New-ItemProperty|Remove-Item(?! -LiteralPath \$work)|reg(\.exe)? (add|delete|import)|Set-NetAdapter/i);
  });

  it('writes a sidecar nicprops reads back', () => {
    expect(stringValues(tokenize(script))).toEqual(expect.arrayContaining([SIDECAR_FORMAT]));
    expect(script).toContain(`        version = ${SIDECAR_VERSION}\r\n`);
    // What ConvertTo-Json -Compress makes of the [ordered] hashtable above.
    const sidecar = `{"format":"${SIDECAR_FORMAT}","version":${SIDECAR_VERSION},"machine":"HV-042","osBuild":"10.0.26100.2314","osName":"Windows Server 2025 Datacenter","collectedAt":"2026-11-20T09:30:00.1234567Z"}`;
    expect(parseSidecar(new TextEncoder().encode(sidecar), 'HV-042.json')).toEqual({
      ok: true,
      sidecar: { machine: 'HV-042', osBuild: '10.0.26100.2314', collectedAt: '2026-11-20T09:30:00.1234567Z' },
    });
  });

  it('takes any built-in destination as one string, never as code', () => {
    const benign = codeShape(tokenize(collectorScript({ tool: 't', destination: 'x' })));
    fc.assert(
      fc.property(hostileText(), (destination) => {
        const tokens = tokenize(collectorScript({ tool: 't', destination }));
        expect(codeShape(tokens)).toBe(benign);
        expect(stringValues(tokens)).toContain(destination);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseSidecar()', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("refuses what is not the collector's sidecar, saying why in one sentence", () => {
    expect(parseSidecar(bytes('{ nope'), 'a.json')).toEqual({ ok: false, problem: 'a.json is not valid JSON; ignored.' });
    expect(parseSidecar(bytes('{"format":"other","version":1,"machine":"x"}'), 'a.json')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^a\.json is not a collector sidecar \(format: /),
    });
    expect(parseSidecar(bytes(`{"format":"${SIDECAR_FORMAT}","version":1,"machine":"x\\ny"}`), 'a.json')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/\(machine: /),
    });
    expect(parseSidecar(new Uint8Array(70 * 1024), 'a.json')).toEqual({
      ok: false,
      problem: 'a.json is larger than 64 KiB, so it is not a collector sidecar; ignored.',
    });
    expect(parseSidecar(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'a.json')).toEqual({ ok: false, problem: 'a.json is not UTF-8 or UTF-16 text; ignored.' });
  });

  it('reads UTF-16 (a sidecar re-saved by Windows PowerShell) and leaves out empty fields', () => {
    const text = `{"format":"${SIDECAR_FORMAT}","version":1,"machine":"HOST","osBuild":""}`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(parseSidecar(utf16, 'a.json')).toEqual({ ok: true, sidecar: { machine: 'HOST', osBuild: null, collectedAt: null } });
  });
});
