import { describe, expect, it } from 'vitest';
import { addsError, findingsImpact, globalsAfterChanges } from './change-impact';
import { makeDetails, NO_GLOBALS } from './test-support/make-details';

const eth = makeDetails({ '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '3', '*SpeedDuplex': { value: '0', options: ['0', '6', '500'] } });
const other = makeDetails({ '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '3' }, { id: '0008' });

describe('findingsImpact', () => {
  it('reports per adapter what a change adds and clears, with the fixes of what it adds', () => {
    const impact = findingsImpact([eth, other], NO_GLOBALS, [{ scope: 'adapter', adapterId: '0007', keyword: '*TCPChecksumOffloadIPv4', value: '2' }]);
    expect(impact.map((a) => [a.adapterId, a.added.map((f) => f.id), a.cleared.map((f) => f.id)])).toEqual([
      ['0007', ['R3.a'], []],
      ['0008', [], []],
    ]);
    expect(impact[0]!.added[0]!.fixes.map((f) => f.label)).toEqual([
      'Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled',
      'Turn Large Send Offload Version 2 (IPv4) off',
    ]);
    expect(addsError(impact)).toBe(false);
  });

  it('applies global changes to every adapter', () => {
    const impact = findingsImpact([eth, other], NO_GLOBALS, [{ scope: 'global', name: 'DisableTaskOffload', value: 1 }]);
    expect(impact.map((a) => a.added.map((f) => f.id))).toEqual([['R41.a'], ['R41.a']]);
    expect(globalsAfterChanges(NO_GLOBALS, [{ scope: 'global', name: 'EnabledOffload', value: 0 }])).toEqual({
      disableTaskOffload: null,
      ipsecEnabledOffload: 0,
    });
  });

  it('flags a change set that adds an error', () => {
    const impact = findingsImpact([eth], NO_GLOBALS, [{ scope: 'adapter', adapterId: '0007', keyword: '*SpeedDuplex', value: '500' }]);
    expect(impact[0]!.added.map((f) => [f.id, f.severity])).toEqual([['R28', 'error']]);
    expect(addsError(impact)).toBe(true);
  });
});
