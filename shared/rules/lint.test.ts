import { describe, expect, it } from 'vitest';
import { run } from './test-support/run';
import type { RuleScenario } from './test-support/rule-cases';

function lintIds(s: RuleScenario): string[] {
  return run(s).lint.map((l) => l.id);
}

describe('metadata lint', () => {
  it('never uses error severity', () => {
    const r = run({
      spec: { '*RssOrVmqPreference': { type: 'enum', options: ['0', '1'] }, DriverDesc: { type: 'edit' }, '*JumboPacket': { min: 9000, max: 1514 } },
    });
    expect(r.lint.length).toBeGreaterThan(2);
    expect(r.lint.every((l) => l.severity !== 'error')).toBe(true);
  });

  it('a standardized keyword with undocumented enum values', () => {
    expect(lintIds({ spec: { '*FlowControl': { options: ['0', '3', '9'] } } })).toContain('catalog.values');
    expect(lintIds({ spec: { '*FlowControl': { options: ['0', '3'] } } })).not.toContain('catalog.values');
  });

  it('*SpeedDuplex speeds in Mbps >= 1000 are documented values', () => {
    expect(lintIds({ spec: { '*SpeedDuplex': { options: ['0', '6', '25000'] } } })).not.toContain('catalog.values');
    expect(lintIds({ spec: { '*SpeedDuplex': { options: ['0', '500'] } } })).toContain('catalog.values');
  });

  it('a default that differs from the documented one (FlowControl accepts server 0 or client 3)', () => {
    expect(lintIds({ spec: { '*RSS': { default: '0' } } })).toContain('catalog.default');
    expect(lintIds({ spec: { '*FlowControl': { default: '3' } } })).not.toContain('catalog.default');
  });

  it('Min > Max, once, whether or not the model reported it', () => {
    expect(lintIds({ spec: { '*ReceiveBuffers': { min: 512, max: 256, default: '300' } } }).filter((id) => id === 'meta.min-greater-than-max')).toHaveLength(1);
    const problems = [{ code: 'min-greater-than-max' as const, message: 'Min > Max' }];
    expect(
      lintIds({ spec: { '*ReceiveBuffers': { min: 512, max: 256, default: '300', problems } } }).filter((id) => id === 'meta.min-greater-than-max'),
    ).toHaveLength(1);
  });

  it('default outside the enum or range', () => {
    expect(lintIds({ spec: { '*RSS': { default: '5' } } })).toContain('meta.default-not-in-enum');
    expect(lintIds({ spec: { '*ReceiveBuffers': { min: 64, max: 4096, default: '8192' } } })).toContain('meta.default-out-of-range');
    expect(lintIds({ spec: { '*ReceiveBuffers': { min: 64, max: 4096, default: '512' } } })).not.toContain('meta.default-out-of-range');
  });

  it('Optional=1 on a keyword that must be present', () => {
    expect(lintIds({ spec: { '*NetworkDirectTechnology': { optional: true } } })).toContain('catalog.optional');
    expect(lintIds({ spec: { '*NetworkDirectTechnology': { optional: false } } })).not.toContain('catalog.optional');
  });

  it('R17: hidden preference keywords in Ndi\\params; other hidden keywords too', () => {
    expect(lintIds({ spec: { '*SriovPreferred': { type: 'enum', options: ['0', '1'] } } })).toContain('R17');
    expect(lintIds({ spec: { '*SriovPreferred': { registryOnly: '1' } } })).not.toContain('R17');
    expect(lintIds({ spec: { '*NdisDeviceType': { type: 'enum', options: ['0', '1'] } } })).toContain('catalog.hidden');
  });

  it('R36: reserved names as parameters', () => {
    expect(lintIds({ spec: { Characteristics: { type: 'int' } } })).toContain('R36');
    expect(lintIds({ spec: { NetworkAddress: { optional: true } } })).not.toContain('R36');
  });

  it('R7: grouped and granular checksum keywords exposed together', () => {
    expect(lintIds({ spec: { '*TCPUDPChecksumOffloadIPv4': '3', '*TCPChecksumOffloadIPv4': '3' } })).toContain('R7');
    expect(lintIds({ spec: { '*TCPUDPChecksumOffloadIPv4': '3', '*TCPChecksumOffloadIPv6': '3' } })).not.toContain('R7');
  });

  it('R6 / R8 overlaps in Ndi\\params', () => {
    expect(lintIds({ spec: { '*LsoV1IPv4': '1', '*LsoV2IPv4': '1' } })).toContain('R6');
    expect(lintIds({ spec: { '*IPsecOffloadV2': '0', '*IPsecOffloadV2IPv4': '0' } })).toContain('R8');
  });

  it('R29: RoCE frame size without 1024', () => {
    expect(lintIds({ spec: { '*NetworkDirectRoCEFrameSize': { options: ['2048', '4096'], default: '4096' } } })).toContain('R29');
    expect(lintIds({ spec: { '*NetworkDirectRoCEFrameSize': null } })).not.toContain('R29');
  });

  it('R31: screen-off timeout allowed above 5 seconds', () => {
    expect(lintIds({ spec: { '*SSIdleTimeoutScreenOff': null } })).toContain('R31'); // catalog range max 60
    expect(lintIds({ spec: { '*SSIdleTimeoutScreenOff': { max: 5 } } })).not.toContain('R31');
  });

  it('R35: contradictory Characteristics and a missing NCF_HAS_UI', () => {
    expect(lintIds({ spec: { '*RSS': '1' }, adapter: { characteristics: 0x85 } })).toContain('R35');
    expect(lintIds({ spec: { '*RSS': '1' }, adapter: { characteristics: 0x04 } })).toContain('R35');
    expect(lintIds({ spec: { '*RSS': '1' }, adapter: { characteristics: 0x84 } })).not.toContain('R35');
  });

  it('deprecated keywords offered, and ranges wider than documented', () => {
    expect(lintIds({ spec: { '*VMQLookaheadSplit': '0' } })).toContain('catalog.deprecated');
    expect(lintIds({ spec: { '*JumboPacket': { min: 1500, max: 9014 } } })).toContain('catalog.range');
    expect(lintIds({ spec: { '*JumboPacket': { min: 1514, max: 9014 } } })).not.toContain('catalog.range');
  });

  it("passes the model's own metadata problems through", () => {
    const problems = [{ code: 'missing-label' as const, message: 'No ParamDesc.' }];
    const r = run({ spec: { VendorThing: { type: 'int', default: '1', problems } } });
    expect(r.lint).toContainEqual({ id: 'meta.missing-label', severity: 'info', keywords: ['VendorThing'], message: 'No ParamDesc.' });
  });
});
