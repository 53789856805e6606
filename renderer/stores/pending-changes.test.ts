import { describe, expect, it } from 'vitest';
import {
  EMPTY_PENDING,
  applyFix,
  currentValue,
  discard,
  fromHandover,
  pendingCount,
  rebase,
  resetAdapter,
  resetToDefault,
  revert,
  setNotPresent,
  setValue,
  toApplyRequest,
  toChangeSet,
} from './pending-changes';
import { ADDRESS, JUMBO, LSO, TCP_CSUM, adapter, prop } from '../test-support/fixtures';

const details = adapter([LSO, TCP_CSUM, JUMBO, ADDRESS]);

describe('pending-changes', () => {
  describe('setValue()', () => {
    it('records the new text with the stored value as expectedBefore', () => {
      const s = setValue(EMPTY_PENDING, details, '*LsoV2IPv4', '0');
      expect(toApplyRequest(s, true)).toEqual({
        items: [
          {
            change: { scope: 'adapter', adapterId: '0007', keyword: '*LsoV2IPv4', value: '0' },
            expectedBefore: { type: 'REG_SZ', data: '1' },
          },
        ],
        restartAdapters: true,
      });
    });

    it('drops the edit when the value goes back to what is stored', () => {
      const s = setValue(setValue(EMPTY_PENDING, details, '*LsoV2IPv4', '0'), details, '*LsoV2IPv4', '1');
      expect(pendingCount(s)).toBe(0);
    });

    it('returns the same state for a no-op', () => {
      expect(setValue(EMPTY_PENDING, details, '*LsoV2IPv4', '1')).toBe(EMPTY_PENDING);
    });

    it('keeps one edit per keyword, the latest', () => {
      let s = setValue(EMPTY_PENDING, details, '*JumboPacket', '4014');
      s = setValue(s, details, '*JumboPacket', '9014');
      expect(toChangeSet(s)).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' }]);
    });
  });

  describe('setNotPresent()', () => {
    it('records a deletion', () => {
      const s = setNotPresent(EMPTY_PENDING, details, 'NetworkAddress');
      expect(toChangeSet(s)[0]?.value).toBeNull();
      expect(currentValue(s, details, ADDRESS)).toBeNull();
    });

    it('is a no-op when nothing is stored', () => {
      const d = adapter([{ ...ADDRESS, stored: null, effective: null, status: 'not-set' }]);
      expect(setNotPresent(EMPTY_PENDING, d, 'NetworkAddress')).toBe(EMPTY_PENDING);
    });
  });

  describe('currentValue()', () => {
    it('shows an optional property with nothing stored as Not Present, a required one as its default', () => {
      const optional = prop({ keyword: 'X', optional: true, default: '1', stored: null });
      const required = prop({ keyword: 'Y', default: '1', stored: null });
      const d = adapter([optional, required]);
      expect(currentValue(EMPTY_PENDING, d, optional)).toBeNull();
      expect(currentValue(EMPTY_PENDING, d, required)).toBe('1');
    });
  });

  describe('resetToDefault()', () => {
    it('sets the Default text', () => {
      const s = resetToDefault(EMPTY_PENDING, details, '*TCPChecksumOffloadIPv4');
      expect(pendingCount(s)).toBe(0);
      const changed = setValue(EMPTY_PENDING, details, '*TCPChecksumOffloadIPv4', '0');
      const back = resetToDefault(changed, details, '*TCPChecksumOffloadIPv4');
      expect(pendingCount(back)).toBe(0);
    });

    it('makes an optional property without Default Not Present', () => {
      const s = resetToDefault(EMPTY_PENDING, details, 'NetworkAddress');
      expect(toChangeSet(s)).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: 'NetworkAddress', value: null }]);
    });

    it('ignores keywords the adapter does not define', () => {
      expect(resetToDefault(EMPTY_PENDING, details, 'Nope')).toBe(EMPTY_PENDING);
    });
  });

  describe('resetAdapter()', () => {
    it('resets only what differs from the default', () => {
      const d = adapter([
        { ...LSO, stored: { type: 'REG_SZ', data: '0' }, effective: '0' },
        TCP_CSUM,
        { ...JUMBO, stored: { type: 'REG_SZ', data: '9014' }, effective: '9014' },
      ]);
      const s = resetAdapter(EMPTY_PENDING, d);
      expect(toChangeSet(s).map((c) => [c.keyword, c.value])).toEqual([
        ['*LsoV2IPv4', '1'],
        ['*JumboPacket', '1514'],
      ]);
    });
  });

  describe('applyFix()', () => {
    it('adds every change of the fix', () => {
      const s = applyFix(EMPTY_PENDING, details, [
        { keyword: '*LsoV2IPv4', value: '0' },
        { keyword: 'NetworkAddress', value: null },
      ]);
      expect(pendingCount(s)).toBe(2);
    });

    it('can undo an edit that caused a finding', () => {
      const broken = setValue(EMPTY_PENDING, details, '*TCPChecksumOffloadIPv4', '2');
      const fixed = applyFix(broken, details, [{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }]);
      expect(pendingCount(fixed)).toBe(0);
    });
  });

  describe('revert() and discard()', () => {
    it('revert drops one keyword, discard one adapter or all', () => {
      const other = adapter([LSO], '0001');
      let s = setValue(EMPTY_PENDING, details, '*LsoV2IPv4', '0');
      s = setValue(s, details, '*JumboPacket', '2014');
      s = setValue(s, other, '*LsoV2IPv4', '0');
      expect(pendingCount(revert(s, '0007', '*JumboPacket'))).toBe(2);
      expect(revert(s, '0007', 'Nope')).toBe(s);
      expect(pendingCount(discard(s, '0007'))).toBe(1);
      expect(pendingCount(discard(s))).toBe(0);
    });
  });

  describe('rebase()', () => {
    it('takes the re-read values as expectedBefore and drops edits already in place', () => {
      let s = setValue(EMPTY_PENDING, details, '*LsoV2IPv4', '0');
      s = setValue(s, details, '*JumboPacket', '9014');
      const reread = adapter([
        { ...LSO, stored: { type: 'REG_SZ', data: '0' }, effective: '0' },
        TCP_CSUM,
        { ...JUMBO, stored: { type: 'REG_DWORD', data: 4014 }, effective: '4014' },
        ADDRESS,
      ]);
      const r = rebase(s, reread);
      expect(toApplyRequest(r, false).items).toEqual([
        {
          change: { scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' },
          expectedBefore: { type: 'REG_DWORD', data: 4014 },
        },
      ]);
    });
  });

  describe('fromHandover()', () => {
    it('turns the changes handed to the elevated copy into pending edits, with the values seen then', () => {
      const s = setNotPresent(setValue(EMPTY_PENDING, details, '*JumboPacket', '9014'), details, 'NetworkAddress');
      expect(fromHandover(toApplyRequest(s, false).items)).toEqual(s);
    });

    it('keeps adapter changes only, the last one per keyword', () => {
      const items = [
        { change: { scope: 'global' as const, name: 'DisableTaskOffload' as const, value: 1 as const }, expectedBefore: null },
        { change: { scope: 'adapter' as const, adapterId: '0007', keyword: '*RSS', value: '0' }, expectedBefore: null },
        { change: { scope: 'adapter' as const, adapterId: '0007', keyword: '*RSS', value: '1' }, expectedBefore: null },
      ];
      expect(toChangeSet(fromHandover(items))).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: '*RSS', value: '1' }]);
    });
  });
});
