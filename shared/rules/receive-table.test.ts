import { describe, expect, it } from 'vitest';
import { RECEIVE_TABLE, activeReceiveInterface, type ReceiveValues } from './receive-table';

const v = (sriovPreferred: string | null, rssOrVmqPreference: string | null, sriov: string | null, vmq: string | null, rss: string | null): ReceiveValues => ({
  sriovPreferred,
  rssOrVmqPreference,
  sriov,
  vmq,
  rss,
});

// Reference §4.4, written out literally (not derived from RECEIVE_TABLE): one line per documented row,
// with every value a "–" or "0/absent" cell allows.
describe('RSS / VMQ / SR-IOV decision table, row by row', () => {
  it('row 1: SriovPreferred=1, Pref=1, SRIOV=1, VMQ=1 -> SR-IOV + VMQ', () => {
    for (const rss of ['0', '1', null]) expect(activeReceiveInterface(v('1', '1', '1', '1', rss))).toEqual({ active: 'sriov+vmq', row: 1 });
  });
  it('row 2: SriovPreferred=1, Pref=1, SRIOV=0, VMQ=1 -> VMQ', () => {
    for (const rss of ['0', '1']) expect(activeReceiveInterface(v('1', '1', '0', '1', rss))).toEqual({ active: 'vmq', row: 2 });
  });
  it('row 3: SriovPreferred=1, Pref=1/0/absent, SRIOV=0, VMQ=0 -> none', () => {
    for (const pref of ['1', '0', null])
      for (const rss of ['0', '1']) expect(activeReceiveInterface(v('1', pref, '0', '0', rss))).toEqual({ active: 'none', row: 3 });
  });
  it('row 4: SriovPreferred=0/absent, Pref=1, VMQ=1 -> VMQ', () => {
    for (const sp of ['0', null])
      for (const sriov of ['0', '1'])
        for (const rss of ['0', '1']) expect(activeReceiveInterface(v(sp, '1', sriov, '1', rss))).toEqual({ active: 'vmq', row: 4 });
  });
  it('row 5: SriovPreferred=0/absent, Pref=1, VMQ=0 -> none', () => {
    for (const sp of ['0', null])
      for (const sriov of ['0', '1'])
        for (const rss of ['0', '1']) expect(activeReceiveInterface(v(sp, '1', sriov, '0', rss))).toEqual({ active: 'none', row: 5 });
  });
  it('row 6: SriovPreferred=0/absent, Pref=0/absent, RSS=1 -> RSS', () => {
    for (const sp of ['0', null])
      for (const pref of ['0', null])
        for (const sriov of ['0', '1'])
          for (const vmq of ['0', '1']) expect(activeReceiveInterface(v(sp, pref, sriov, vmq, '1'))).toEqual({ active: 'rss', row: 6 });
  });
  it('row 7: SriovPreferred=0/absent, Pref=0/absent, RSS=0 -> none', () => {
    for (const sp of ['0', null])
      for (const pref of ['0', null])
        for (const vmq of ['0', '1']) expect(activeReceiveInterface(v(sp, pref, '1', vmq, '0'))).toEqual({ active: 'none', row: 7 });
  });
  it('documented gap: SriovPreferred=1, SRIOV=1, VMQ=0 has no row', () => {
    expect(activeReceiveInterface(v('1', '1', '1', '0', '1'))).toEqual({ active: 'undocumented', row: null });
  });
  it('values outside 0/1 match no row', () => {
    expect(activeReceiveInterface(v(null, '2', '1', '1', '1')).active).toBe('undocumented');
    expect(activeReceiveInterface(v(null, null, null, null, 'yes')).active).toBe('undocumented');
  });
  it('an absent feature keyword counts as not offered (0)', () => {
    expect(activeReceiveInterface(v(null, null, null, null, null))).toEqual({ active: 'none', row: 7 });
    expect(activeReceiveInterface(v(null, '1', null, null, '1'))).toEqual({ active: 'none', row: 5 });
  });
  it('the data table has the seven documented rows in order', () => {
    expect(RECEIVE_TABLE.map((r) => [r.row, r.active])).toEqual([
      [1, 'sriov+vmq'],
      [2, 'vmq'],
      [3, 'none'],
      [4, 'vmq'],
      [5, 'none'],
      [6, 'rss'],
      [7, 'none'],
    ]);
  });
});
