import { describe, expect, it } from 'vitest';
import { MemoryRegistry } from '../sources/memory-registry';
import { decodeRegBytes } from '../sources/reg-file/decode-reg-bytes';
import { parseReg } from '../sources/reg-file/parse-reg';
import { readCurrent } from './change-targets';
import { exportChangeSet, renderChangeSet } from './export-file';
import { ADAPTER_KEY, fixtureDocument, fixtureRegistry } from './test-support/fixture-registry';
import { ApplyError } from './apply-error';

const changes = [
  { scope: 'adapter' as const, adapterId: '0001', keyword: '*JumboPacket', value: '4088' },
  { scope: 'adapter' as const, adapterId: '0001', keyword: 'NetworkAddress', value: null },
  { scope: 'global' as const, name: 'DisableTaskOffload' as const, value: 1 as const },
];

describe('saving a change set as .reg', () => {
  it('writes only the changes, as regedit does (UTF-16LE, BOM, CRLF)', async () => {
    const bytes = await renderChangeSet(fixtureRegistry(), changes, 'reg');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const text = decodeRegBytes(bytes);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(text).toContain(`[${ADAPTER_KEY}]\r\n"*JumboPacket"="4088"\r\n"NetworkAddress"=-\r\n`);
    expect(text).toContain('"DisableTaskOffload"=dword:00000001');
    expect(text).not.toContain('DriverDesc');
  });

  it('starts with a comment saying what it changes, from what, on which adapter', async () => {
    const text = decodeRegBytes(await renderChangeSet(fixtureRegistry(), changes, 'reg'));
    const comment = text.split('\r\n').filter((l) => l.startsWith(';'));
    expect(comment[0]).toBe('; NIC Advanced Properties: 3 changes to network adapter settings, made from fixture.reg.');
    expect(comment).toContain('; Ethernet 3 (Contoso Gigabit NIC, instance 0001):');
    expect(comment).toContain(';   Jumbo Packet (*JumboPacket): 9014 Bytes [REG_SZ "9014"] -> 4088 Bytes [REG_SZ "4088"]');
    expect(comment).toContain(';   Network Address (NetworkAddress): REG_SZ "001122aabbcc" -> absent');
    expect(comment.some((l) => l.startsWith('; All adapters: DisableTaskOffload'))).toBe(true);
  });

  it('keeps hostile adapter names and labels inside the comment', async () => {
    const evil = '\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Evil]\r\n"Run"="calc.exe"\u2028\u0085\\';
    const registry = fixtureRegistry();
    await registry.setValue(ADAPTER_KEY, 'DriverDesc', { type: 'REG_SZ', data: `NIC${evil}` });
    await registry.setValue(`${ADAPTER_KEY}\\Ndi\\params\\*JumboPacket`, 'ParamDesc', { type: 'REG_SZ', data: `Jumbo${evil}` });
    await registry.setValue(`${ADAPTER_KEY}\\Ndi\\params\\*JumboPacket\\enum`, '4088', { type: 'REG_SZ', data: `4088${evil}` });
    const text = decodeRegBytes(await renderChangeSet(registry, [changes[0]!], 'reg'));
    const doc = parseReg(text, 'changes.reg');
    expect(doc.operations.map((o) => o.op)).toEqual(['open-key', 'set-value']);
    expect(doc.operations.every((o) => o.path === ADAPTER_KEY)).toBe(true);
    expect(text).not.toContain('\r\n"Run"');
    expect(
      text
        .split('\r\n')
        .filter((l) => l.includes('Evil'))
        .every((l) => l.startsWith('; ')),
    ).toBe(true);
  });

  it('yields exactly the intended values when imported over the original', async () => {
    const target = MemoryRegistry.fromDocuments([fixtureDocument()], 'reg-file', 'copy');
    target.applyDocument(parseReg(decodeRegBytes(await renderChangeSet(fixtureRegistry(), changes, 'reg')), 'changes.reg'));
    expect(await readCurrent(target, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '4088' });
    expect(await readCurrent(target, ADAPTER_KEY, 'NetworkAddress')).toBeNull();
    expect(await readCurrent(target, ADAPTER_KEY, '*LsoV2IPv4')).toEqual({ type: 'REG_SZ', data: '1' });
  });

  it('refuses to save values that would not fit', async () => {
    await expect(
      renderChangeSet(fixtureRegistry(), [{ scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '9000' }], 'reg'),
    ).rejects.toBeInstanceOf(ApplyError);
  });

  it('never modifies the source it exports from', async () => {
    const source = fixtureRegistry();
    const before = source.toRegText(ADAPTER_KEY);
    await renderChangeSet(source, changes, 'reg');
    expect(source.toRegText(ADAPTER_KEY)).toBe(before);
  });
});

describe('saving a change set as PowerShell', () => {
  it('addresses the adapter by its instance GUID and uses the NetAdapter cmdlets', async () => {
    const file = await exportChangeSet(fixtureRegistry(), changes, 'ps1', new Date('2026-11-25T08:30:00Z'));
    expect(file.suggestedName).toBe('nic-changes-202611250830.ps1');
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const script = bytes.subarray(3).toString('utf8');
    expect(script).toContain('#Requires -RunAsAdministrator');
    expect(script).toContain("Where-Object { $_.InterfaceGuid -eq '{11111111-2222-3333-4444-555555555555}' }");
    expect(script).toContain(
      "Set-NetAdapterAdvancedProperty -Name ([WildcardPattern]::Escape($adapter0001.Name)) -IncludeHidden -RegistryKeyword '*JumboPacket' -RegistryValue '4088' -NoRestart",
    );
    expect(script).toContain(
      "Remove-NetAdapterAdvancedProperty -Name ([WildcardPattern]::Escape($adapter0001.Name)) -IncludeHidden -RegistryKeyword 'NetworkAddress' -NoRestart",
    );
    expect(script).toContain(
      "New-ItemProperty -LiteralPath 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters' -Name 'DisableTaskOffload' -PropertyType DWord -Value 1 -Force",
    );
    expect(script).toContain('Restart-NetAdapter -Name ([WildcardPattern]::Escape($adapter0001.Name)) -IncludeHidden -Confirm:$false');
  });

  it('quotes single quotes in values the PowerShell way', async () => {
    const registry = fixtureRegistry();
    await registry.setValue(ADAPTER_KEY, 'VendorDebug', { type: 'REG_SZ', data: '1' });
    const bytes = await renderChangeSet(registry, [{ scope: 'adapter', adapterId: '0001', keyword: 'VendorDebug', value: "it's" }], 'ps1');
    expect(Buffer.from(bytes).toString('utf8')).toContain("-RegistryValue 'it''s'");
  });
});
