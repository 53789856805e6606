import { describe, expect, it } from 'vitest';
import type { Profile } from '../profiles/profile';
import { checkProfileForDeploy } from './check-profile';

const profile = (settings: Profile['settings']): Profile => ({ formatVersion: 1, name: 'p', settings });

describe('checkProfileForDeploy()', () => {
  it('stops a profile that would set identity or installation values on every machine', () => {
    const problems = checkProfileForDeploy(
      profile([
        { keyword: 'networkaddress', value: '00AABBCCDDEE' },
        { keyword: 'DriverDesc', value: 'x' },
        { keyword: '*IfType', value: '6' },
        { keyword: '*LsoV2IPv4', value: '0' },
      ]),
    );
    expect(problems.map((p) => [p.severity, p.keyword])).toEqual([
      ['error', 'networkaddress'],
      ['error', 'DriverDesc'],
      ['error', '*IfType'],
    ]);
    expect(checkProfileForDeploy(profile([]))).toEqual([
      { severity: 'error', keyword: null, message: 'The profile has no settings; there is nothing to deploy.' },
    ]);
    expect(checkProfileForDeploy(profile([{ keyword: 'Vendor', value: 'a\ud800' }]))).toEqual([
      { severity: 'error', keyword: null, message: 'The profile holds text that is not valid Unicode (half of a surrogate pair).' },
    ]);
  });

  it('warns, without stopping, about what the catalog does not document', () => {
    const problems = checkProfileForDeploy(
      profile([
        { keyword: '*LsoV2IPv4', value: '2' },
        { keyword: '*JumboPacket', value: '1000' },
        { keyword: '*NoSuchKeyword', value: '1' },
        { keyword: '*RssOrVmqPreference', value: '1' },
        { keyword: 'VendorThing', value: 'x' },
        { keyword: '*RscIPv4', value: '0' },
        { keyword: '*FlowControl', value: null },
      ]),
    );
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.keyword)).toEqual(['*LsoV2IPv4', '*JumboPacket', '*NoSuchKeyword', '*RssOrVmqPreference']);
    expect(problems[0]!.message).toBe('*LsoV2IPv4=2 is not a documented value (0 Disabled, 1 Enabled); a driver may still offer it.');
    expect(problems[1]!.message).toMatch(/outside the documented range 1514 to/);
  });
});
