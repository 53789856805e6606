import { describe, expect, it } from 'vitest';
import { AdapterView } from './adapter-view';
import { describeFixChange, fixLabel } from './fix-labels';
import { makeDetails, NO_GLOBALS } from './test-support/make-details';

const view = new AdapterView(
  makeDetails({
    '*LsoV2IPv4': '1',
    '*TCPChecksumOffloadIPv4': '2',
    '*JumboPacket': { value: '9014', type: 'int', default: '1514', min: 1514, max: 9014 },
    NetworkAddress: { type: 'edit', optional: true, default: null, label: 'Network Address' },
    '*PriorityVLANTag': { value: '0', default: '3' },
    '*LsoV1IPv4': { registryOnly: '1' },
  }),
  NO_GLOBALS,
);

describe('fix labels', () => {
  it('says turn on/off for 0/1 keywords and "set to" with the enum text for others', () => {
    expect(describeFixChange(view, { keyword: '*LsoV2IPv4', value: '0' })).toBe('Turn Large Send Offload Version 2 (IPv4) off');
    expect(describeFixChange(view, { keyword: '*TCPChecksumOffloadIPv4', value: '3' })).toBe('Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled');
    expect(describeFixChange(view, { keyword: '*JumboPacket', value: '1514' })).toBe('Set Jumbo Packet to 1514');
  });

  it('words a deletion by what it means for that keyword', () => {
    expect(describeFixChange(view, { keyword: 'NetworkAddress', value: null })).toBe('Set Network Address to Not Present');
    expect(describeFixChange(view, { keyword: '*PriorityVLANTag', value: null })).toMatch(/^Reset Packet Priority & VLAN to its default \(.+\)$/);
    expect(describeFixChange(view, { keyword: '*LsoV1IPv4', value: null })).toBe('Remove Large Send Offload Version 1 (IPv4)');
  });

  it('joins several changes into one sentence', () => {
    expect(
      fixLabel(view, [
        { keyword: '*TCPChecksumOffloadIPv4', value: '3' },
        { keyword: '*LsoV2IPv4', value: '1' },
      ]),
    ).toBe('Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled and turn Large Send Offload Version 2 (IPv4) on');
  });
});
