import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../catalog/catalog';
import { makeDetails } from '../rules/test-support/make-details';
import { planSettings } from './plan-settings';
import { OFFLOAD_SWITCHES, PRESETS, presetSettings } from './presets';

/** Two drivers with the same keywords and different options. */
const contoso = makeDetails({
  '*TCPChecksumOffloadIPv4': '3',
  '*UDPChecksumOffloadIPv4': '3',
  '*LsoV2IPv4': '1',
  '*RscIPv4': '1',
  '*IPsecOffloadV2': { value: '0', default: '0' },
  '*EncapsulatedPacketTaskOffload': '1',
  '*TCPConnectionOffloadIPv4': '0',
  '*RSS': '1',
  '*JumboPacket': { type: 'int', min: 1514, max: 9014, default: '1514', value: '9014' },
  NetworkAddress: { type: 'edit', optional: true, value: '001122334455' },
  VendorNoDefault: { type: 'edit', default: null, value: 'x' },
});
const fabrikam = makeDetails({
  '*TCPChecksumOffloadIPv4': { value: '3', options: ['0', '3'] },
  '*UDPChecksumOffloadIPv4': { value: '3', options: ['1', '2', '3'] },
  '*LsoV2IPv4': { value: '1', options: ['1'] },
  '*IPsecOffloadV2': { value: '0', options: ['0', '2'] },
  '*UsoIPv4': { value: '0', default: '0' },
});

describe('offload switches from the catalog', () => {
  it('take the documented Disabled value and the documented fully-enabled value of every offload keyword', () => {
    const byKeyword = Object.fromEntries(OFFLOAD_SWITCHES.map((s) => [s.keyword, `${s.off}/${s.on} ${s.onMeaning}`]));
    expect(byKeyword).toMatchObject({
      '*IPChecksumOffloadIPv4': '0/3 Rx & Tx Enabled',
      '*TCPUDPChecksumOffloadIPv6': '0/3 Tx & Rx Enabled',
      '*LsoV1IPv4': '0/1 Enabled',
      '*LsoV2IPv6': '0/1 Enabled',
      '*RscIPv6': '0/1 Enabled',
      '*UdpRsc': '0/1 Enabled',
      '*UsoIPv4': '0/1 Enabled',
      '*IPsecOffloadV1IPv4': '0/3 Auth Header & ESP Enabled',
      '*EncapsulatedPacketTaskOffloadVxlan': '0/1 Enabled',
    });
    // Numeric encapsulation keywords are not switches, and TCP chimney is left alone.
    expect(Object.keys(byKeyword)).not.toContain('*VxlanUDPPortNumber');
    expect(Object.keys(byKeyword)).not.toContain('*TCPConnectionOffloadIPv4');
    for (const s of OFFLOAD_SWITCHES) expect(catalogEntry(s.keyword)!.values.map((v) => v.value)).toEqual(expect.arrayContaining([s.off, s.on]));
  });

  it('every preset has a one-sentence explanation', () => {
    for (const p of PRESETS) {
      expect(p.sentence).toMatch(/^[A-Z].*\.$/);
      expect(p.sentence.slice(0, -1)).not.toMatch(/[.!?] [A-Z]/);
    }
  });
});

describe('presets on drivers that offer different options', () => {
  const plan = (id: Parameters<typeof presetSettings>[0], details = contoso) => {
    const preset = presetSettings(id, details);
    return { ...planSettings(details, preset.settings, 'A'), presetSkipped: preset.skipped };
  };

  it('all offloads off turns every offload the driver defines to Disabled, and nothing else', () => {
    const p = plan('all-offloads-off');
    expect(p.changes.map((c) => `${c.keyword}=${c.to}`)).toEqual([
      '*TCPChecksumOffloadIPv4=0',
      '*UDPChecksumOffloadIPv4=0',
      '*LsoV2IPv4=0',
      '*RscIPv4=0',
      '*EncapsulatedPacketTaskOffload=0',
    ]);
    expect(p.unchanged.map((u) => u.keyword)).toEqual(['*IPsecOffloadV2']);
    expect(p.skipped).toEqual([]);
  });

  it('never writes a value the driver does not offer: it says so instead', () => {
    const off = plan('all-offloads-off', fabrikam);
    expect(off.changes.map((c) => `${c.keyword}=${c.to}`)).toEqual(['*TCPChecksumOffloadIPv4=0']);
    expect(off.skipped.map((s) => `${s.keyword} ${s.code}`)).toEqual(['*UDPChecksumOffloadIPv4 not-offered', '*LsoV2IPv4 not-offered']);
    const on = plan('all-offloads-on', fabrikam);
    expect(on.changes.map((c) => `${c.keyword}=${c.to}`)).toEqual(['*UsoIPv4=1']);
    expect(on.skipped.map((s) => `${s.keyword} ${s.code}`)).toEqual(['*IPsecOffloadV2 not-offered']);
    expect(on.skipped[0]!.reason).toContain('0 (Disabled), 2 (ESP Enabled)');
  });

  it('all offloads on turns every offload to its fully-enabled value', () => {
    const p = plan('all-offloads-on');
    expect(p.changes.map((c) => `${c.keyword}=${c.to}`)).toEqual(['*IPsecOffloadV2=3']);
  });

  it('driver defaults resets every property to its Default, Not Present where optional without one, and skips the rest', () => {
    const p = plan('driver-defaults');
    expect(p.changes.map((c) => `${c.keyword}=${c.to}`)).toEqual(['*TCPConnectionOffloadIPv4=1', '*JumboPacket=1514', 'NetworkAddress=null']);
    expect(p.presetSkipped.map((s) => s.keyword)).toEqual(['VendorNoDefault']);
  });
});
