import { describe, expect, it } from 'vitest';
import { planFixAll } from './fix-all';
import { makeDetails, NO_GLOBALS } from './test-support/make-details';

const text = (changes: readonly { keyword: string; value: string | null }[]) => changes.map((c) => `${c.keyword}=${c.value}`);

describe('planFixAll()', () => {
  it("takes each finding's first fix, and the next alternative when the first conflicts with one already chosen", () => {
    // TCP checksum IPv4 off with LSO and RSC on: R3.a wants Tx back (1), R11.a wants Rx back (2).
    const details = makeDetails({ '*TCPChecksumOffloadIPv4': '0', '*LsoV2IPv4': '1', '*RscIPv4': '1', '*TCPChecksumOffloadIPv6': '2', '*LsoV2IPv6': '1' });
    const plan = planFixAll(details, NO_GLOBALS);
    expect(plan.chosen.map((c) => `${c.finding.id} ${c.alternative}/${c.alternatives}`)).toEqual(['R3.a 1/2', 'R3.b 1/2', 'R11.a 2/2']);
    expect(text(plan.changes)).toEqual(['*TCPChecksumOffloadIPv4=1', '*TCPChecksumOffloadIPv6=3', '*RscIPv4=0']);
    expect(plan.unfixed).toEqual([]);
    expect(plan.remaining.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves information findings alone unless asked, and says what remains', () => {
    const details = makeDetails({ '*IPsecOffloadV2': '3', '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '3' });
    const plan = planFixAll(details, NO_GLOBALS);
    expect(plan.changes).toEqual([]);
    expect(plan.unfixed.map((u) => `${u.finding.id} ${u.reason}`)).toEqual(['R9.a info']);
    expect(plan.remaining.map((f) => f.id)).toEqual(['R5.b', 'R9.a']);
    const withInfo = planFixAll(details, NO_GLOBALS, { includeInfo: true });
    expect(text(withInfo.changes)).toContain('*IPsecOffloadV2=0');
    expect(withInfo.remaining.map((f) => f.id)).toEqual([]);
  });

  it('fixes a warning with its first alternative and leaves nothing of it behind', () => {
    const plan = planFixAll(makeDetails({ '*QOS': '1', '*PriorityVLANTag': '0' }), NO_GLOBALS);
    expect(plan.chosen.map((c) => [c.finding.id, c.fix.label])).toEqual([['R25', 'Set Packet Priority & VLAN to Packet Priority Enabled']]);
    expect(text(plan.changes)).toEqual(['*PriorityVLANTag=1']);
    expect(plan.remaining).toEqual([]);
  });
});
