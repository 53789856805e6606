import { describe, expect, it } from 'vitest';
import { makeDetails, NO_GLOBALS } from '../../shared/rules/test-support/make-details';
import { EMPTY_PENDING, setValue, toChangeSet } from '../stores/pending-changes';
import { addCopy, addFixAll, addPreset, addSettings } from './settings-to-pending';

const details = makeDetails({ '*TCPChecksumOffloadIPv4': '3', '*LsoV2IPv4': '1', '*UDPChecksumOffloadIPv4': { value: '3', options: ['1', '2', '3'] } });
const values = (s: typeof EMPTY_PENDING) => toChangeSet(s).map((c) => `${c.keyword}=${c.value}`);

describe('presets, profiles, copies and Fix all as pending edits', () => {
  it('a preset becomes pending edits, never a value the driver does not offer', () => {
    const { state, plan } = addPreset(EMPTY_PENDING, details, 'all-offloads-off', 'Ethernet');
    expect(values(state)).toEqual(['*TCPChecksumOffloadIPv4=0', '*LsoV2IPv4=0']);
    expect(plan.skipped.map((s) => `${s.keyword} ${s.code}`)).toEqual(['*UDPChecksumOffloadIPv4 not-offered']);
  });

  it('plans against the adapter as it will be: a later preset overrides an earlier edit, back to what is stored', () => {
    const edited = setValue(EMPTY_PENDING, details, '*LsoV2IPv4', '0');
    const { state, plan } = addPreset(edited, details, 'all-offloads-on', 'Ethernet');
    expect(plan.changes.map((c) => `${c.keyword} ${c.from}->${c.to}`)).toEqual(['*LsoV2IPv4 0->1']);
    expect(values(state)).toEqual([]); // 1 is what is stored: no edit left
  });

  it("a profile's settings and a copy from another adapter become edits of the target", () => {
    expect(
      values(
        addSettings(
          EMPTY_PENDING,
          details,
          [
            { keyword: '*LsoV2IPv4', value: '0' },
            { keyword: '*RscIPv4', value: '0' },
          ],
          'Ethernet',
        ).state,
      ),
    ).toEqual(['*LsoV2IPv4=0']);
    const other = makeDetails({ '*TCPChecksumOffloadIPv4': '1', '*LsoV2IPv4': '0' }, { id: '0008' });
    const { state, plan } = addCopy(EMPTY_PENDING, other, details, { from: 'Ethernet 2', to: 'Ethernet' });
    expect(toChangeSet(state).map((c) => `${c.adapterId} ${c.keyword}=${c.value}`)).toEqual(['0007 *TCPChecksumOffloadIPv4=1', '0007 *LsoV2IPv4=0']);
    expect(plan.skipped).toEqual([]);
  });

  it('Fix all fixes what the pending edits broke', () => {
    const broken = setValue(EMPTY_PENDING, details, '*TCPChecksumOffloadIPv4', '2'); // LSO needs Tx
    const { state, plan } = addFixAll(broken, details, NO_GLOBALS);
    expect(plan.chosen.map((c) => c.finding.id)).toEqual(['R3.a']);
    expect(values(state)).toEqual([]); // the fix puts Tx back: what is stored
  });
});
