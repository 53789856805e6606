import { describe, expect, it } from 'vitest';
import { makeDetails } from './test-support/make-details';
import { withChanges } from './with-changes';

describe('withChanges', () => {
  const details = makeDetails({ '*JumboPacket': { value: '1514', max: 9014 }, '*RSS': '1', '*RssOrVmqPreference': { registryOnly: 1 } });

  it('sets a property value as REG_SZ and recomputes its status', () => {
    const after = withChanges(details, [{ keyword: '*jumbopacket', value: '9999' }]);
    const p = after.properties.find((x) => x.keyword === '*JumboPacket');
    expect(p).toMatchObject({ stored: { type: 'REG_SZ', data: '9999' }, effective: '9999', status: 'out-of-range' });
    expect(details.properties.find((x) => x.keyword === '*JumboPacket')?.effective).toBe('1514'); // input untouched
  });

  it('null deletes the stored value so the Default applies', () => {
    const p = withChanges(details, [{ keyword: '*RSS', value: null }]).properties.find((x) => x.keyword === '*RSS');
    expect(p).toMatchObject({ stored: null, effective: '1', status: 'not-set', statusMessage: null });
  });

  it('replaces or removes registry-only values', () => {
    expect(withChanges(details, [{ keyword: '*RssOrVmqPreference', value: '0' }]).registryOnly).toEqual([
      { keyword: '*RssOrVmqPreference', type: 'REG_SZ', data: '0' },
    ]);
    expect(withChanges(details, [{ keyword: '*RssOrVmqPreference', value: null }]).registryOnly).toEqual([]);
  });

  it('adds an unknown keyword as registry-only and ignores deleting one that does not exist', () => {
    const after = withChanges(details, [
      { keyword: '*SriovPreferred', value: '1' },
      { keyword: 'Nothing', value: null },
    ]);
    expect(after.registryOnly).toContainEqual({ keyword: '*SriovPreferred', type: 'REG_SZ', data: '1' });
    expect(after.registryOnly).toHaveLength(2);
  });
});
