import { describe, expect, it } from 'vitest';
import { explainKeyword } from './explain';

describe('explainKeyword', () => {
  it('formats a standardized keyword', () => {
    const text = explainKeyword('*tcpchecksumoffloadipv4') ?? '';
    expect(text.split('\n')[0]).toBe('*TCPChecksumOffloadIPv4 - TCP Checksum Offload (IPv4)');
    expect(text).toMatch(/Checksum offload \| choice list \| granular/);
    expect(text).toMatch(/ {3}3 {2}Rx & Tx Enabled/);
    expect(text).toMatch(/Default: 3 \(Rx & Tx Enabled\)/);
    expect(text).toMatch(/Related rules: .*R3/);
  });

  it('shows ranges, undocumented defaults and flags', () => {
    expect(explainKeyword('*SSIdleTimeout')).toMatch(/Range: 1 to 60/);
    expect(explainKeyword('*UsoIPv4')).toMatch(/Default: not documented/);
    expect(explainKeyword('*VMQLookaheadSplit')).toMatch(/deprecated/);
    expect(explainKeyword('*RssOrVmqPreference')).toMatch(/hidden \(not on the Advanced page\)/);
  });

  it('adds what the adapter shows when given', () => {
    const text = explainKeyword('*RSS', {
      label: 'Receive Side Scaling',
      effective: '0',
      options: [
        { value: '0', label: 'Off' },
        { value: '1', label: 'On' },
      ],
    });
    expect(text).toMatch(/On this adapter:\n {2}Label: Receive Side Scaling\n {2}Value: 0 \(Off\)\n {2}Choices: 0 Off; 1 On/);
  });

  it('returns null for vendor keywords', () => {
    expect(explainKeyword('ITR')).toBeNull();
    expect(explainKeyword('*VendorMagic')).toBeNull();
  });
});
