import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/model/journal';
import { makeDetails } from '../../../shared/rules/test-support/make-details';
import { EMPTY_PENDING, setValue } from '../../stores/pending-changes';
import { pendingPlan, undoPlan } from './review-plan';

const eth = makeDetails({ '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '3', '*SpeedDuplex': { value: '0', options: ['0', '6', '500'] } });
const summary = { ...eth.adapter, errorCount: 0, warningCount: 0 };
const data = { adapters: [summary], details: { '0007': eth }, globals: { disableTaskOffload: null, ipsecEnabledOffload: null } };

describe('review plans', () => {
  it('Apply: a row per edit in words and raw, and the findings it adds', () => {
    const plan = pendingPlan(setValue(EMPTY_PENDING, eth, '*TCPChecksumOffloadIPv4', '2'), data);
    expect(plan.rows).toEqual([
      expect.objectContaining({
        adapter: 'Ethernet (0007)',
        label: 'TCP Checksum Offload (IPv4)',
        oldText: 'Rx & Tx Enabled',
        newText: 'Rx Enabled',
        oldRaw: 'REG_SZ "3"',
        newRaw: 'REG_SZ "2"',
      }),
    ]);
    expect(plan.impact.map((a) => [a.adapter, a.added.map((f) => f.id), a.cleared.length])).toEqual([['Ethernet (0007)', ['R3.a'], 0]]);
    expect(plan.addsError).toBe(false);
    expect(plan.adapterIds).toEqual(['0007']);
  });

  it('Apply: flags a change that adds an error', () => {
    const plan = pendingPlan(setValue(EMPTY_PENDING, eth, '*SpeedDuplex', '500'), data);
    expect(plan.addsError).toBe(true);
    expect(plan.impact[0]?.added.map((f) => f.severity)).toEqual(['error']);
  });

  it('Undo: each value from what the entry wrote back to what was there, with the findings that brings back', () => {
    const broken = makeDetails({ '*LsoV2IPv4': '1', '*TCPChecksumOffloadIPv4': '3' });
    const entry: JournalEntry = {
      id: 'e1',
      appliedAt: '2026-11-30T10:00:00.000Z',
      source: 'demo data',
      undoOf: null,
      state: 'applied',
      writes: [
        {
          change: { scope: 'adapter', adapterId: '0007', keyword: '*TCPChecksumOffloadIPv4', value: '3' },
          before: { type: 'REG_DWORD', data: 2 },
          after: { type: 'REG_SZ', data: '3' },
        },
      ],
    };
    const plan = undoPlan(entry, { ...data, details: { '0007': broken } });
    expect(plan.rows[0]).toMatchObject({ oldText: 'Rx & Tx Enabled', newText: 'Rx Enabled', oldRaw: 'REG_SZ "3"', newRaw: 'REG_DWORD 0x2 (2)' });
    expect(plan.impact[0]?.added.map((f) => f.id)).toEqual(['R3.a']);
  });

  it('a global change is judged on every adapter', () => {
    const entry: JournalEntry = {
      id: 'e2',
      appliedAt: '2026-11-30T10:00:00.000Z',
      source: 'x',
      undoOf: null,
      state: 'applied',
      writes: [
        { change: { scope: 'global', name: 'DisableTaskOffload', value: 0 }, before: { type: 'REG_DWORD', data: 1 }, after: { type: 'REG_DWORD', data: 0 } },
      ],
    };
    const plan = undoPlan(entry, data);
    expect(plan.rows[0]).toMatchObject({ adapter: 'All adapters', label: 'DisableTaskOffload', oldText: '0', newText: '1' });
    expect(plan.impact.map((a) => a.added.map((f) => f.id))).toEqual([['R41.a']]);
    expect(plan.adapterIds).toEqual([]);
  });
});
