import { describe, expect, it } from 'vitest';
import { makeDetails } from '../rules/test-support/make-details';
import { buildSupportReport } from './support-report';

const details = makeDetails({
  '*TCPChecksumOffloadIPv4': '2', // Rx only, with LSO on: R3
  '*LsoV2IPv4': '1', // its default: not listed
  '*FlowControl': { value: '3', default: '0' },
  '*JumboPacket': { type: 'enum', options: ['1514', '9014'], default: '1514', value: '9000', label: 'Jumbo Packet' },
  '*EEE': { options: ['0', '1'], type: 'enum', default: '1', value: null },
  DbgLevel: { registryOnly: 3 },
});
const driver = { provider: 'Contoso', version: '1.2.3.4', date: '6-1-2026' };

describe('buildSupportReport()', () => {
  const report = buildSupportReport({
    source: { kind: 'reg-file', label: 'customer.reg' },
    generatedAt: new Date('2026-11-25T10:00:00Z'),
    tool: 'NIC Advanced Properties 0.1.0',
    globals: { disableTaskOffload: 1, ipsecEnabledOffload: null },
    adapters: [{ details, driver }],
  });
  const adapter = report.adapters[0]!;

  it('lists every value that differs from its default, with the default, and values the driver refuses', () => {
    expect(adapter.nonDefault.map((v) => [v.keyword, v.display, v.defaultDisplay, v.status])).toEqual([
      ['*FlowControl', 'Rx & Tx Enabled', 'Tx & Rx Disabled', 'ok'],
      ['*JumboPacket', '9000', '1514', 'not-in-enum'],
      ['*TCPChecksumOffloadIPv4', 'Rx Enabled', 'Rx & Tx Enabled', 'ok'],
    ]);
    expect(adapter.nonDefault[1]!.problem).toMatch(/not one of the choices/);
  });

  it('has the findings with their fixes, the effective state, the globals and where the data came from', () => {
    expect(adapter.findings.map((f) => f.id)).toContain('R3.a');
    expect(adapter.findings.find((f) => f.id === 'R3.a')!.fixes[0]!.changes).toEqual([{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }]);
    expect(adapter.effective.find((e) => e.feature === 'LSOv2 IPv4')).toMatchObject({ requested: 'on', effective: 'off' });
    expect(report.globals[0]).toEqual({
      name: 'DisableTaskOffload',
      value: 1,
      meaning: 'TCP/IP offloads no tasks to any adapter: checksum, LSO and IPsec settings below have no effect.',
    });
    expect(report.source).toEqual({ kind: 'reg-file', label: 'customer.reg', description: 'a registry export (customer.reg), not read live' });
    expect(adapter.driver).toEqual(driver);
    expect(adapter.registryOnly).toEqual([{ keyword: 'DbgLevel', value: '3' }]);
    expect(report.totals.adapters).toBe(1);
  });
});
