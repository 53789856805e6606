import { describe, expect, it } from 'vitest';
import { changesConflict, firstCompatibleFix } from './fix-choice';

const csumOn = { label: 'Set TCP checksum to Rx & Tx', changes: [{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }] };
const lsoOff = { label: 'Turn LSO off', changes: [{ keyword: '*LsoV2IPv4', value: '0' }] };

describe('choosing among alternatives', () => {
  it('takes the first alternative when nothing is chosen yet', () => {
    expect(firstCompatibleFix({ fixes: [csumOn, lsoOff] }, [])).toBe(csumOn);
  });

  it('skips an alternative that sets a keyword already chosen to another value', () => {
    expect(firstCompatibleFix({ fixes: [csumOn, lsoOff] }, [{ keyword: '*tcpchecksumoffloadipv4', value: '0' }])).toBe(lsoOff);
  });

  it('accepts an alternative that agrees with what is chosen, and gives null when all conflict', () => {
    expect(firstCompatibleFix({ fixes: [csumOn] }, [{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }])).toBe(csumOn);
    expect(firstCompatibleFix({ fixes: [csumOn] }, [{ keyword: '*TCPChecksumOffloadIPv4', value: null }])).toBeNull();
    expect(firstCompatibleFix({ fixes: [] }, [])).toBeNull();
  });

  it('compares keywords case-insensitively and values exactly', () => {
    expect(changesConflict([{ keyword: '*RSS', value: '1' }], [{ keyword: '*rss', value: '1' }])).toBe(false);
    expect(changesConflict([{ keyword: '*RSS', value: '1' }], [{ keyword: '*rss', value: null }])).toBe(true);
  });
});
