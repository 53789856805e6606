import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { adapterKeyPath } from '../../../shared/model/registry-paths';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import { InfParseError } from './inf-parse-error';
import { sourceFromInfFiles, type InfFileInput } from './inf-source';
import { parseInfTarget, type InfTarget } from './target-os';

const FIXTURES = join(__dirname, 'test-fixtures');
const fixture = (path: string): InfFileInput => ({ name: path.split('/').pop()!, bytes: readFileSync(join(FIXTURES, path)) });
const inline = (name: string, text: string): InfFileInput => ({ name, bytes: new TextEncoder().encode(text) });
const target = (t: string) => parseInfTarget(t) as InfTarget;

async function load(files: InfFileInput[], t?: InfTarget) {
  const { source, resolution } = sourceFromInfFiles(files, t);
  return { source, resolution, all: await readAllAdapterDetails(source) };
}

const prop = (d: AdapterDetails | undefined, keyword: string) => d?.properties.find((p) => p.keyword.toLowerCase() === keyword.toLowerCase());

const HEAD = '[Version]\nSignature = "$Windows NT$"\nClass = Net\nClassGUID = {4d36e972-e325-11ce-bfc1-08002be10318}\n';
function inf(body: string): InfFileInput {
  return inline(
    't.inf',
    `${HEAD}[Manufacturer]\n%M% = M, NTamd64\n[M.NTamd64]\n%D% = I, PCI\\VEN_1&DEV_2\n[I.NTamd64]\nCharacteristics = 0x84\nAddReg = R\n${body}\n[Strings]\nM = "Maker"\nD = "Device"\n`,
  );
}

describe('INF source: real INFs', () => {
  it('shows the NetKVM .inx as Device Manager would: $ARCH$ stamped, one page for both device IDs, defaults in effect', async () => {
    const { all, resolution } = await load([fixture('virtio-win/netkvm.inx')]);
    expect(all).toHaveLength(1);
    const d = all[0]!;
    expect(d.adapter).toMatchObject({ id: '0000', physical: true, hasUi: true, componentId: 'pci\\ven_1af4&dev_1000&subsys_0001_inx_subsys_vendor_id&rev_00' });
    expect(d.adapter.infModel).toMatchObject({ installSection: 'kvmnet6.ndi', decoration: null, modelsSection: 'NetKVM.NTamd64' });
    expect(d.adapter.infModel?.hardwareIds).toContain('PCI\\VEN_1AF4&DEV_1041');
    expect(prop(d, '*JumboPacket')).toMatchObject({
      label: 'Jumbo Packet',
      type: 'long',
      default: '1514',
      min: 590,
      max: 65500,
      stored: null,
      effective: '1514',
      status: 'not-set',
    });
    expect(prop(d, '*JumboPacket')?.origin).toEqual({ file: 'netkvm.inx', line: expect.any(Number) });
    expect(resolution.diagnostics.map((x) => x.id)).toContain('inf.stampinf-arch');
  });

  it('reads the UTF-16LE NetAdapterCx sample: one adapter per install section, NetAdapterCx identity values kept', async () => {
    const { all } = await load([fixture('windows-driver-samples/netvadapter.inf')]);
    expect(all.map((d) => d.adapter.infModel?.installSection)).toEqual(['netvadapter.ndi', 'instance1.ndi', 'instance2.ndi']);
    expect(all[0]!.adapter).toMatchObject({ description: 'KMDF Microsoft Virtual Ethernet Adapter (NDIS WDF)', virtual: true, characteristics: 1 });
    expect(all[0]!.registryOnly.map((r) => r.keyword)).toContain('*IfConnectorPresent');
    expect(all.map((d) => prop(d, 'MACLastByte')?.effective)).toEqual(['0', '1', '2']);
    expect(all[1]!.properties.find((p) => p.keyword === 'MACLastByte')?.stored).toEqual({ type: 'REG_SZ', data: '1' });
  });

  it('groups the Realtek WDI models by install section and reports the Include that was not given', async () => {
    const { all, resolution } = await load([fixture('windows-driver-samples/netrtwlans.inf')]);
    expect(all).toHaveLength(12);
    expect(all[0]!.adapter.infModel).toMatchObject({ installSection: 'RTL8723bs.ndi', decoration: 'NT' });
    expect(all[0]!.adapter.infModel?.hardwareIds).toHaveLength(6);
    const info = resolution.diagnostics.find((x) => x.id === 'inf.include-not-given');
    expect(info).toMatchObject({ severity: 'info', at: { file: 'netrtwlans.inf' } });
    expect(info?.message).toContain('netvwifibus.inf');
  });
});

describe('INF source: vendor shapes', () => {
  it('Intel style (UTF-16LE): picks the closest decoration, DelReg of Ndi\\params before AddReg still leaves a full page, a later AddReg overrides', async () => {
    const { all } = await load([fixture('hand-written/e1x68x64.inf')]);
    expect(all.map((d) => d.adapter.infModel?.installSection)).toEqual(['E15F2.10.0...19041', 'E125C.10.0...19041']);
    expect(all[0]!.properties.length).toBe(17);
    expect(prop(all[0], '*ReceiveBuffers')?.default).toBe('256');
    expect(prop(all[1], '*ReceiveBuffers')?.default).toBe('512');
    expect(prop(all[0], '*WakeOnMagicPacket')).toBeDefined();
    expect(all[0]!.adapter.infModel?.modelsSection).toBe('Intel.NTamd64.10.0...19041');
  });

  it('Intel style: Windows Server 2019 and Windows 10 1809 get their own sections, German labels on a German system', async () => {
    const server = await load([fixture('hand-written/e1x68x64.inf')], target('NTamd64.10.0.3..17763'));
    expect(server.all.map((d) => d.adapter.infModel?.installSection)).toEqual(['E15F2.10.0.3..17763']);
    expect(prop(server.all[0], '*VMQ')).toBeDefined();
    const client1809 = await load([fixture('hand-written/e1x68x64.inf')], target('10.0.17763'));
    expect(client1809.all.map((d) => d.adapter.infModel?.installSection)).toEqual(['E15F2.10.0.1..17763']);
    const german = await load([fixture('hand-written/e1x68x64.inf')], { ...target('10.0.26100'), language: 0x0407 });
    expect(prop(german.all[0], '*FlowControl')?.label).toBe('Flusssteuerung');
    expect(prop(german.all[0], '*TransmitBuffers')?.label).toBe('Übertragungspuffer');
  });

  it('Realtek style (windows-1252): .NTamd64 beats .NT, the ® survives, x86 uses its own decoration', async () => {
    const { all } = await load([fixture('hand-written/rt640x64.inf')]);
    expect(all[0]!.adapter).toMatchObject({ description: 'Realtek® PCIe GbE Family Controller' });
    expect(all[0]!.adapter.infModel).toMatchObject({ installSection: 'RTL8168.ndi', decoration: 'NTamd64', modelsSection: 'Realtek.NTamd64.10.0' });
    expect(prop(all[1], '*SpeedDuplex')?.options.map((o) => o.value)).toEqual(['0', '6', '2500']);
    expect(all[0]!.registryOnly).toContainEqual({ keyword: '*NdisDeviceType', type: 'REG_DWORD', data: 0 });
    const x86 = await load([fixture('hand-written/rt640x64.inf')], target('x86'));
    expect(x86.all[0]!.adapter.infModel).toMatchObject({ decoration: 'NT', modelsSection: 'Realtek.NTx86.6.0' });
  });

  it('Mellanox style (UTF-8): Needs from the included INF first, then DelReg, then AddReg; without the included INF its parameters are missing and said so', async () => {
    const both = await load([fixture('hand-written/mlx5.inf'), fixture('hand-written/mlx5-common.inf')]);
    const d = both.all[0]!;
    expect(d.adapter.description).toBe('NVIDIA ConnectX-6 Dx Adapter');
    expect(prop(d, '*ReceiveBuffers')).toMatchObject({ default: '1024', type: 'dword', origin: { file: 'mlx5-common.inf', line: 13 } });
    expect(prop(d, '*RssBaseProcNumber')).toBeUndefined();
    expect(d.registryOnly.map((r) => r.keyword)).toEqual(['*JumboPacket']);
    const alone = await load([fixture('hand-written/mlx5.inf')]);
    // Only the override's Default is left: a parameter without label or type, as Windows would see it.
    expect(prop(alone.all[0], '*ReceiveBuffers')).toMatchObject({ label: null, type: null, default: '1024', origin: { file: 'mlx5.inf', line: 59 } });
    expect(alone.resolution.diagnostics).toContainEqual(expect.objectContaining({ id: 'inf.include-not-given', at: { file: 'mlx5.inf', line: 22 } }));
    expect(alone.resolution.diagnostics).toContainEqual(
      expect.objectContaining({ id: 'inf.other-root', severity: 'info', at: { file: 'mlx5.inf', line: 63 } }),
    );
  });
});

describe('INF source: AddReg and DelReg entries', () => {
  async function instanceValues(body: string) {
    const { source } = sourceFromInfFiles([inf(body)]);
    return { source, root: new Map(((await source.readValues(adapterKeyPath('0000'))) ?? []).map((e) => [e.name, e.value])) };
  }

  it('stores each type the flags name: REG_SZ, REG_DWORD (decimal, hex, bytes), REG_MULTI_SZ, REG_EXPAND_SZ, REG_BINARY, REG_QWORD, REG_NONE, custom', async () => {
    const { root } = await instanceValues(
      '[R]\nHKR,,Sz,,"text"\nHKR,,Dw,0x00010001,1514\nHKR,,DwHex,65537,0x2A\nHKR,,DwBytes,0x10001,01,02,00,00\nHKR,,Multi,0x10000,"a","b"\nHKR,,Exp,0x20000,"%%SystemRoot%%\\x"\nHKR,,Bin,1,0a,FF\nHKR,,Q,0x000B0001,4294967296\nHKR,,None,0x00020001\nHKR,,Custom,0x00380001,1,2\n',
    );
    expect(Object.fromEntries(root)).toMatchObject({
      Sz: { type: 'REG_SZ', data: 'text' },
      Dw: { type: 'REG_DWORD', data: 1514 },
      DwHex: { type: 'REG_DWORD', data: 42 },
      DwBytes: { type: 'REG_DWORD', data: 0x0201 },
      Multi: { type: 'REG_MULTI_SZ', data: ['a', 'b'] },
      Exp: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' },
      Bin: { type: 'REG_BINARY', data: [10, 255] },
      Q: { type: 'REG_QWORD', data: '4294967296' },
      None: { type: 'REG_NONE', data: [] },
      Custom: { type: 'REG_UNKNOWN', rawType: 0x38, data: [1, 2] },
    });
  });

  it('honours NOCLOBBER, OVERWRITEONLY, APPEND, DELVAL and KEYONLY; an empty value name is the default value', async () => {
    const { root, source } = await instanceValues(
      '[R]\nHKR,,Keep,,"first"\nHKR,,Keep,2,"second"\nHKR,,Only,0x20,"never"\nHKR,,List,0x10000,"a"\nHKR,,List,0x10008,"a","b"\nHKR,,Gone,,"x"\nHKR,,Gone,4\nHKR,Empty\\Key,,0x10\nHKR,Sub,,,"default"\n',
    );
    expect(root.get('Keep')).toEqual({ type: 'REG_SZ', data: 'first' });
    expect(root.has('Only')).toBe(false);
    expect(root.get('List')).toEqual({ type: 'REG_MULTI_SZ', data: ['a', 'b'] });
    expect(root.has('Gone')).toBe(false);
    expect(await source.listSubkeys(`${adapterKeyPath('0000')}\\Empty`)).toEqual(['Key']);
    expect(await source.readValues(`${adapterKeyPath('0000')}\\Sub`)).toEqual([{ name: '', value: { type: 'REG_SZ', data: 'default' } }]);
  });

  it('applies DelReg sections before AddReg sections, whatever their order in the install section', async () => {
    const file = inline(
      't.inf',
      `${HEAD}[Manufacturer]\nM = M, NTamd64\n[M.NTamd64]\nDev = I, X\\Y\n[I]\nAddReg = Add\nDelReg = Del\n[Add]\nHKR, Ndi\\params\\A, ParamDesc, , "A"\nHKR,,Old,,"kept"\n[Del]\nHKR, Ndi\\params\nHKR,,Old\n`,
    );
    const { all } = await load([file]);
    expect(prop(all[0], 'A')?.label).toBe('A');
    expect(all[0]!.registryOnly).toContainEqual({ keyword: 'Old', type: 'REG_SZ', data: 'kept' });
  });

  it('reports other roots, bad flags and bad numbers on their lines and skips only those lines', async () => {
    const { resolution, all } = await load([inf('[R]\nHKLM,Software\\X,A,,"1"\nHKR,,B,0xZZ,"1"\nHKR,,C,0x10001,many\nFOO,,D,,"1"\nHKR,,E,,"ok"\n')]);
    expect(resolution.diagnostics.map((d) => [d.id, d.severity, d.at.line])).toEqual([
      ['inf.other-root', 'info', 13],
      ['inf.bad-flags', 'error', 14],
      ['inf.bad-value', 'error', 15],
      ['inf.bad-root', 'error', 16],
    ]);
    expect(all[0]!.registryOnly).toEqual([{ keyword: 'E', type: 'REG_SZ', data: 'ok' }]);
  });

  it('names a missing AddReg section and a missing install section', async () => {
    const { resolution } = await load(
      [inline('t.inf', `${HEAD}[Manufacturer]\nM = M\n[M]\nA = Has, X\\A\nB = Lacks, X\\B\n[Has]\nAddReg = Nowhere\n`)],
      target('x86'),
    );
    expect(resolution.diagnostics.filter((d) => d.id === 'inf.missing-section').map((d) => [d.at.line, d.message])).toEqual([
      [11, 'The AddReg section [Nowhere] named here does not exist.'],
      [9, expect.stringContaining('The install section Lacks (or Lacks.NTx86 / .NT) does not exist')],
    ]);
  });
});

describe('INF source: files that cannot be read', () => {
  it('refuses a file that is not an INF, naming it', () => {
    expect(() => sourceFromInfFiles([fixture('broken/not-an-inf.inf')])).toThrow(/not-an-inf\.inf: is not a driver INF/);
  });

  it('refuses an unclosed section header with file and line', () => {
    expect(() => sourceFromInfFiles([fixture('broken/unclosed-section.inf')])).toThrow(
      new InfParseError('unclosed-section.inf', 5, 'a section name is not closed with "]".'),
    );
  });

  it('refuses an INF that installs nothing for the target, saying why', () => {
    expect(() => sourceFromInfFiles([fixture('hand-written/e1x68x64.inf')], target('NTarm64.10.0...19041'))).toThrow(
      /installs no device on NTarm64\.10\.0\.1\.\.19041: .*Try another --inf-target/,
    );
  });
});
