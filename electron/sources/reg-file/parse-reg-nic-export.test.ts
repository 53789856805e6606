import { describe, expect, it } from 'vitest';
import { NET_CLASS_KEY } from '../../../shared/model/registry-paths';
import { MemoryRegistry } from '../memory-registry';
import { decodeRegBytes } from './decode-reg-bytes';
import { parseReg } from './parse-reg';
import { ADAPTER_0007, NIC_CLASS_EXPORT } from './test-fixtures/nic-class-export';
import { encodeRegFile } from './write-reg';

describe('parseReg on a reg export of the network class key', () => {
  const doc = parseReg(NIC_CLASS_EXPORT, 'nic.reg');
  const registry = MemoryRegistry.fromDocuments([doc], 'reg-file', 'nic.reg');
  const value = async (path: string, name: string) => (await registry.readValues(path))?.find((e) => e.name === name)?.value;

  it('reads the class key default value and a hex(7) list wrapped over seven lines', async () => {
    expect(await value(NET_CLASS_KEY, '')).toEqual({ type: 'REG_SZ', data: 'Network adapters' });
    expect(await value(NET_CLASS_KEY, 'IconPath')).toEqual({
      type: 'REG_MULTI_SZ',
      data: ['%systemroot%\\system32\\setupapi.dll,-5', '%systemroot%\\system32\\netcfgx.dll,-1'],
    });
    expect(await value(NET_CLASS_KEY, 'LowerFilters')).toEqual({ type: 'REG_MULTI_SZ', data: [] });
  });

  it('reads the adapter values with their types', async () => {
    expect(await value(ADAPTER_0007, 'IncludedInfs')).toEqual({ type: 'REG_MULTI_SZ', data: ['pci.inf', 'netrndis.inf'] });
    expect(await value(ADAPTER_0007, 'DriverPath')).toEqual({
      type: 'REG_EXPAND_SZ',
      data: '%SystemRoot%\\System32\\drivers\\e1d68x64.sys',
    });
    expect(await value(ADAPTER_0007, 'NetworkInterfaceInstallTimestamp')).toEqual({
      type: 'REG_QWORD',
      data: '132811221425213278',
    });
    expect(await value(ADAPTER_0007, 'DriverDateData')).toEqual({
      type: 'REG_BINARY',
      data: [0x00, 0x80, 0x8c, 0xa3, 0xc5, 0x94, 0xd6, 0x01],
    });
    expect(await value(ADAPTER_0007, 'Characteristics')).toEqual({ type: 'REG_DWORD', data: 0x84 });
    expect(await value(ADAPTER_0007, 'NetLuidIndex')).toEqual({ type: 'REG_DWORD', data: 0x8003 });
    expect(await value(ADAPTER_0007, 'MatchingDeviceId')).toEqual({ type: 'REG_SZ', data: 'pci\\ven_8086&dev_15bb' });
    expect(await value(ADAPTER_0007, 'NetworkAddress')).toEqual({ type: 'REG_SZ', data: '' });
    expect(await value(ADAPTER_0007, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '1514' });
  });

  it('keeps keys, values and enum options in file order', async () => {
    expect(await registry.listSubkeys(`${ADAPTER_0007}\\Ndi\\params`)).toEqual(['*SpeedDuplex', '*JumboPacket']);
    const options = await registry.readValues(`${ADAPTER_0007}\\Ndi\\params\\*SpeedDuplex\\enum`);
    expect(options?.map((e) => e.name)).toEqual(['0', '1', '2', '3', '4', '6']);
    expect(await value(`${ADAPTER_0007}\\Ndi\\params\\*SpeedDuplex`, 'ParamDesc')).toEqual({
      type: 'REG_SZ',
      data: 'Speed & Duplex',
    });
    expect(await registry.readValues(`${ADAPTER_0007}\\Ndi\\params`)).toEqual([]);
  });

  it('records the line each operation starts on', () => {
    const iconPath = doc.operations.find((o) => o.op === 'set-value' && o.name === 'IconPath');
    const installer = doc.operations.find((o) => o.op === 'set-value' && o.name === 'Installer32');
    expect(iconPath?.line).toBe(6);
    expect(installer?.line).toBe(13);
    expect(doc.operations[0]).toEqual({ op: 'open-key', line: 3, path: NET_CLASS_KEY });
  });

  it('reads the same document from the UTF-16LE bytes regedit writes', () => {
    expect(parseReg(decodeRegBytes(encodeRegFile(NIC_CLASS_EXPORT)), 'nic.reg')).toEqual(doc);
  });

  it('writes the adapter subtree back as text that parses to the same values', async () => {
    const text = registry.toRegText(ADAPTER_0007)!;
    const again = MemoryRegistry.fromDocuments([parseReg(text, 'again.reg')], 'reg-file', 'again');
    expect(again.snapshot(ADAPTER_0007)).toEqual(registry.snapshot(ADAPTER_0007));
    const valueLines = text.split('\r\n').filter((line) => !line.startsWith('['));
    expect(Math.max(...valueLines.map((line) => line.length))).toBeLessThan(80);
  });
});
