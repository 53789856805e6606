import { describe, expect, it } from 'vitest';
import { evaluateRules, hasErrors } from './evaluate';
import { makeDetails, NO_GLOBALS } from './test-support/make-details';
import { RULE_CASES } from './test-support/rule-cases';
import { run, withId } from './test-support/run';

describe('every rule: a positive and a negative case', () => {
  for (const c of RULE_CASES) {
    it(`${c.id} fires (${c.severity})`, () => {
      const found = withId(run(c.positive), c.id);
      expect(found.length, JSON.stringify(run(c.positive).findings.map((f) => f.id))).toBeGreaterThan(0);
      expect(found[0]?.severity).toBe(c.severity);
      expect(found[0]?.keywords.length).toBeGreaterThan(0);
      expect(found[0]?.message.length).toBeGreaterThan(20);
      expect(found[0]!.fixes.length > 0).toBe(c.hasFix);
    });
    it(`${c.id} stays quiet`, () => {
      expect(withId(run(c.negative), c.id)).toEqual([]);
    });
  }
});

describe('messages and details', () => {
  it('R3 reads aloud with the adapter labels', () => {
    const [f] = withId(run({ spec: { '*LsoV2IPv4': { value: '1', label: 'Large Send Offload v2 (IPv4)' }, '*TCPChecksumOffloadIPv4': '2' } }), 'R3.a');
    expect(f?.message).toMatch(
      /^Large Send Offload v2 \(IPv4\) is on, but TCP Checksum Offload \(IPv4\) does not transmit: Windows needs transmit checksum offload for LSO, so LSO will not be used\./,
    );
    expect(f?.fixes[0]?.changes).toEqual([{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }]);
  });

  it('R3 offers both remedies, labelled: checksum Tx back on first, LSO off second', () => {
    const [f] = withId(run({ spec: { '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '2' } }), 'R3.a');
    expect(f?.fixes).toEqual([
      { label: 'Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled', changes: [{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }] },
      { label: 'Turn Large Send Offload Version 2 (IPv4) off', changes: [{ keyword: '*LsoV2IPv4', value: '0' }] },
    ]);
  });

  it('keeps provenance out of the sentence and in the details', () => {
    const r = run({ spec: { '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '2', '*QOS': '1', '*PriorityVLANTag': '0' } });
    for (const f of r.findings) {
      expect(f.message).not.toMatch(/recommendation|derived from|\bR\d+\b/i);
      expect(f.details.source).toMatch(/Microsoft Learn/);
    }
    expect(withId(r, 'R3.a')[0]?.details.confidence).toBe('derived');
    expect(withId(r, 'R25')[0]?.details).toEqual({ source: 'Microsoft Learn, "Standardized INF keywords for NDIS QoS"', confidence: 'documented' });
  });

  it('R4 offers turning IPsec offload off first, LSO off second', () => {
    const [f] = withId(run({ spec: { '*LsoV1IPv4': '1', '*IPsecOffloadV1IPv4': '3' } }), 'R4');
    expect(f?.fixes.map((a) => a.changes)).toEqual([[{ keyword: '*IPsecOffloadV1IPv4', value: '0' }], [{ keyword: '*LsoV1IPv4', value: '0' }]]);
  });

  it('R29.b offers a smaller RDMA frame or a jumbo packet the frame fits in', () => {
    const [f] = withId(
      run({
        spec: { '*NetworkDirectTechnology': '4', '*NetworkDirectRoCEFrameSize': '4096', '*JumboPacket': { value: '1514', options: ['1514', '4088', '9014'] } },
      }),
      'R29.b',
    );
    expect(f?.fixes.map((a) => a.changes)).toEqual([[{ keyword: '*NetworkDirectRoCEFrameSize', value: '1024' }], [{ keyword: '*JumboPacket', value: '9014' }]]);
  });

  it('R3 keeps Rx off when only Tx is needed (0 -> 1)', () => {
    const [f] = withId(run({ spec: { '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '0' } }), 'R3.a');
    expect(f?.fixes[0]?.changes).toEqual([{ keyword: '*TCPChecksumOffloadIPv4', value: '1' }]);
  });

  it('R3 also reads the grouped keyword', () => {
    const [f] = withId(run({ spec: { '*LsoV2IPv4': '1', '*TCPUDPChecksumOffloadIPv4': '2' } }), 'R3.a');
    expect(f?.keywords).toEqual(['*LsoV2IPv4', '*TCPUDPChecksumOffloadIPv4']);
  });

  it('R3 falls back to turning LSO off when the driver offers no Tx checksum value', () => {
    const [f] = withId(run({ spec: { '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': { value: '0', options: ['0', '2'] } } }), 'R3.a');
    expect(f?.fixes[0]?.changes).toEqual([{ keyword: '*LsoV2IPv4', value: '0' }]);
  });

  it('R3 offers no fix when no allowed value exists', () => {
    const [f] = withId(run({ spec: { '*LsoV2IPv4': { value: '1', options: ['1'] }, '*TCPChecksumOffloadIPv4': { value: '0', options: ['0', '2'] } } }), 'R3.a');
    expect(f?.fixes).toEqual([]);
  });

  it('R2 is not judged when *LsoV2IPv4 exists (LSOv1 is ignored, R6)', () => {
    expect(withId(run({ spec: { '*LsoV1IPv4': '1', '*LsoV2IPv4': '0', '*TCPChecksumOffloadIPv4': '0' } }), 'R2')).toEqual([]);
  });

  it('R4/R5 are quiet when IPsec offload is off machine-wide', () => {
    // R4: LSOv1 with IPsec v1 (LSOv1 counts only where the driver has no LSOv2); R5: LSOv2 with IPsec v1 / v2.
    const lsoV1 = { '*LsoV1IPv4': '1', '*IPsecOffloadV1IPv4': '3' };
    const lsoV2 = { '*LsoV2IPv4': '1', '*LsoV2IPv6': '1', '*IPsecOffloadV1IPv4': '3', '*IPsecOffloadV2': '3' };
    const ids = (ipsecEnabledOffload: number) =>
      [run({ spec: lsoV1, globals: { ipsecEnabledOffload } }), run({ spec: lsoV2, globals: { ipsecEnabledOffload } })].flatMap((r) =>
        ['R4', 'R5.a', 'R5.b'].filter((id) => withId(r, id).length > 0),
      );
    // The same adapters raise all three while IPsec offload is allowed...
    expect(ids(1)).toEqual(['R4', 'R5.a', 'R5.b']);
    // ...and none once EnabledOffload=0 turns it off for every adapter.
    expect(ids(0)).toEqual([]);
  });

  it('R6 is info when both versions agree and has no fix for an Ndi\\params LSOv1', () => {
    const [f] = withId(run({ spec: { '*LsoV1IPv4': '1', '*LsoV2IPv4': '1' } }), 'R6');
    expect(f?.severity).toBe('info');
    expect(f?.fixes).toEqual([]);
  });

  it('R15: USO is never flagged because checksum offload is off', () => {
    const r = run({
      spec: { '*UsoIPv4': '1', '*UsoIPv6': '1', '*UDPChecksumOffloadIPv4': '0', '*UDPChecksumOffloadIPv6': '0', '*IPChecksumOffloadIPv4': '0' },
    });
    expect(r.findings.filter((f) => f.keywords.some((k) => k.startsWith('*Uso')))).toEqual([]);
    expect(r.effective.filter((e) => e.feature.startsWith('USO')).map((e) => e.effective)).toEqual(['on', 'on']);
  });

  it('R16.a is info without a fix when RSS is on only by default', () => {
    const [f] = withId(run({ spec: { '*RSS': null, '*VMQ': '1', '*RssOrVmqPreference': { registryOnly: '1' } } }), 'R16.a');
    expect(f?.severity).toBe('info');
    expect(f?.fixes).toEqual([]);
  });

  it('R16 reads a REG_DWORD registry-only preference', () => {
    const [f] = withId(run({ spec: { '*RSS': '1', '*VMQ': '1', '*RssOrVmqPreference': { registryOnly: 1 } } }), 'R16.a');
    expect(f?.fixes[0]?.changes).toEqual([{ keyword: '*RssOrVmqPreference', value: null }]);
  });

  it('keywords match case-insensitively and findings use the adapter spelling', () => {
    const [f] = withId(
      run({
        spec: {
          '*lsov2ipv4': { value: '1', type: 'enum', options: ['0', '1'] },
          '*TcpChecksumOffloadIPv4': { value: '0', type: 'enum', options: ['0', '1', '2', '3'] },
        },
      }),
      'R3.a',
    );
    expect(f?.keywords).toEqual(['*lsov2ipv4', '*TcpChecksumOffloadIPv4']);
  });

  it('R25 for tag 2 proposes 3 (VLAN and priority, which is what happens anyway)', () => {
    const [f] = withId(run({ spec: { '*QOS': '1', '*PriorityVLANTag': '2' } }), 'R25');
    expect(f?.fixes[0]?.changes).toEqual([{ keyword: '*PriorityVLANTag', value: '3' }]);
  });

  it('R28: a valid Mbps value the driver does not list is still an error, explained once', () => {
    const r = run({ spec: { '*SpeedDuplex': { value: '1000', options: ['0', '6', '2500'] } } });
    expect(withId(r, 'R28')[0]?.message).toMatch(/does not list/);
    expect(withId(r, 'R37.a')).toEqual([]);
  });

  it('R28 suppresses a second R37 finding for the same value', () => {
    const r = run({ spec: { '*SpeedDuplex': { value: '500' } } });
    expect(withId(r, 'R28')).toHaveLength(1);
    expect(withId(r, 'R37.a')).toEqual([]);
  });

  it('R37.a does not repeat "may ignore" when the model already says it', () => {
    const [f] = withId(run({ spec: { '*EEE': { value: '1', status: 'wrong-type' } } }), 'R37.a');
    expect(f?.message.match(/ignore/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('R37.a uses the model status message', () => {
    const [f] = withId(run({ spec: { '*FlowControl': { value: '9', status: 'not-in-enum' } } }), 'R37.a');
    expect(f?.message).toMatch(/not one of the choices/);
    expect(f?.fixes[0]?.changes).toEqual([{ keyword: '*FlowControl', value: '0' }]);
  });

  it('errors sort first and hasErrors reports them', () => {
    const r = run({ spec: { '*QOS': '0', '*SpeedDuplex': { value: '500' } } });
    expect(r.findings[0]?.severity).toBe('error');
    expect(hasErrors(r)).toBe(true);
    expect(hasErrors(run({ spec: { '*QOS': '0' } }))).toBe(false);
  });

  it('a clean default adapter has no warnings or errors', () => {
    const spec = Object.fromEntries(
      [
        '*SpeedDuplex',
        '*FlowControl',
        '*PriorityVLANTag',
        '*JumboPacket',
        '*IPChecksumOffloadIPv4',
        '*TCPChecksumOffloadIPv4',
        '*TCPChecksumOffloadIPv6',
        '*UDPChecksumOffloadIPv4',
        '*UDPChecksumOffloadIPv6',
        '*LsoV2IPv4',
        '*LsoV2IPv6',
        '*RscIPv4',
        '*RscIPv6',
        '*RSS',
        '*VMQ',
        '*SRIOV',
        '*QOS',
        '*UsoIPv4',
        '*UsoIPv6',
        '*UdpRsc',
        '*InterruptModeration',
        '*EEE',
      ].map((k) => [k, null]),
    );
    const r = evaluateRules({
      details: makeDetails({ ...spec, '*JumboPacket': { max: 9014 }, '*UsoIPv4': { default: '1' }, '*UsoIPv6': { default: '1' } }),
      globals: NO_GLOBALS,
    });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
