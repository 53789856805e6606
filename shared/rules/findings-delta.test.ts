import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate';
import { findingKey, findingsDelta } from './findings-delta';
import { makeDetails, NO_GLOBALS } from './test-support/make-details';
import { withChanges } from './with-changes';

describe('findingsDelta', () => {
  const details = makeDetails({ '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '3', '*QOS': '1' });
  const before = evaluateRules({ details, globals: NO_GLOBALS });

  it('reports findings a change would add and clear', () => {
    const after = evaluateRules({
      details: withChanges(details, [
        { keyword: '*TCPChecksumOffloadIPv4', value: '0' },
        { keyword: '*QOS', value: '0' },
      ]),
      globals: NO_GLOBALS,
    });
    const d = findingsDelta(before, after);
    expect(d.added.map((f) => f.id).sort()).toEqual(['R26', 'R3.a']);
    expect(d.cleared).toEqual([]);
    expect(
      findingsDelta(after, before)
        .cleared.map((f) => f.id)
        .sort(),
    ).toEqual(['R26', 'R3.a']);
  });

  it('no change, no delta', () => {
    expect(findingsDelta(before, before)).toEqual({ added: [], cleared: [] });
  });

  it('keys on id plus keywords, ignoring case and order', () => {
    const f = { id: 'R3.a', severity: 'warning' as const, message: '', details: { source: '', confidence: 'derived' as const }, fixes: [] };
    expect(findingKey({ ...f, keywords: ['*LsoV2IPv4', '*TCPChecksumOffloadIPv4'] })).toBe(
      findingKey({ ...f, keywords: ['*tcpchecksumoffloadipv4', '*LSOV2IPV4'] }),
    );
    expect(findingKey({ ...f, keywords: ['*LsoV2IPv4'] })).not.toBe(findingKey({ ...f, keywords: ['*LsoV2IPv6'] }));
  });
});
