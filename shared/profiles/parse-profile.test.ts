import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../generate/test-support/hostile-text';
import { makeDetails } from '../rules/test-support/make-details';
import { parseProfile, ProfileError, profileBytes } from './parse-profile';
import { profileFromAdapter } from './save-profile';

const bytes = (text: string) => new TextEncoder().encode(text);
const VALID = {
  formatVersion: 1,
  name: 'QA',
  settings: [
    { keyword: '*LsoV2IPv4', value: '0' },
    { keyword: 'NetworkAddress', value: null },
  ],
};

function problem(text: string | Uint8Array): ProfileError {
  try {
    parseProfile(typeof text === 'string' ? bytes(text) : text, 'qa.json');
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('parsed');
}

describe('parseProfile()', () => {
  it('reads a valid profile, from UTF-8 with or without BOM and from UTF-16 as PowerShell 5.1 saves it', () => {
    const json = JSON.stringify(VALID);
    expect(parseProfile(bytes(json), 'qa.json')).toEqual(VALID);
    expect(parseProfile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(json)]), 'qa.json')).toEqual(VALID);
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) utf16[2 + 2 * i] = json.charCodeAt(i);
    expect(parseProfile(utf16, 'qa.json')).toEqual(VALID);
  });

  it('says in one sentence what is wrong, listing every schema problem as a detail', () => {
    const e = problem(JSON.stringify({ formatVersion: 2, name: '', settings: [{ keyword: 'a\\b', value: 3 }, { keyword: '*X' }], colour: 'red' }));
    expect(e.message).toBe('qa.json is not a valid profile (6 problems).');
    expect(e.details).toEqual([
      'the profile: "colour" is not a profile field.',
      'formatVersion must be 1: this nicprops reads profile format 1 only.',
      'name is empty.',
      'settings[0].keyword holds control characters or a backslash.',
      'settings[0].value must be text (the raw registry value) or null (Not Present).',
      'settings[1]: "value" is missing.',
    ]);
  });

  it('refuses a keyword set twice, ignoring case as the registry does', () => {
    const e = problem(
      JSON.stringify({
        ...VALID,
        settings: [
          { keyword: '*RSS', value: '1' },
          { keyword: '*rss', value: '0' },
        ],
      }),
    );
    expect(e.message).toBe('qa.json is not a valid profile: a keyword is set more than once.');
    expect(e.details).toEqual(['settings[1]: *rss is already set by settings[0] (keywords ignore case).']);
  });

  it('refuses what is not a profile: not JSON, not text, too large, too many settings, control characters', () => {
    expect(problem('{"formatVersion": 1,').message).toMatch(/^qa\.json is not a profile: it is not valid JSON \(.+\)\.$/);
    expect(problem(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).message).toBe('qa.json is not a profile: it is not UTF-8 or UTF-16 text.');
    expect(problem(new Uint8Array(1024 * 1024 + 1)).message).toBe('qa.json is not a profile: it is larger than 1024 KiB.');
    const many = Array.from({ length: 1001 }, (_, i) => ({ keyword: `K${i}`, value: '1' }));
    expect(problem(JSON.stringify({ ...VALID, settings: many })).details).toEqual(['settings has more than 1000 entries.']);
    expect(problem(JSON.stringify({ ...VALID, name: 'a\u001b[2Jb' })).details).toEqual(['name holds control characters.']);
    expect(problem('[]').details).toEqual(['the profile must be an object.']);
  });

  it('never throws anything but a ProfileError on arbitrary input, and keeps details on one line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          hostileText(),
          fc.jsonValue().map((v) => JSON.stringify({ ...VALID, settings: [{ keyword: v, value: v }] })),
        ),
        (text) => {
          try {
            parseProfile(bytes(text), 'x.json');
          } catch (error) {
            expect(error).toBeInstanceOf(ProfileError);
            for (const line of [(error as ProfileError).message, ...(error as ProfileError).details]) expect(line).not.toMatch(/[\r\n\u2028\u2029\p{Cc}]/u);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back every profile saved from an adapter, whatever text the registry held', () => {
    fc.assert(
      fc.property(hostileText(), hostileText(), hostileText({ maxLength: 3 }), (description, label, value) => {
        const details = makeDetails(
          { '*JumboPacket': { type: 'edit', value, label }, VendorThing: { registryOnly: value } },
          { description, componentId: description },
        );
        const { profile } = profileFromAdapter(details, {
          name: label,
          description: label,
          matchComponentId: true,
          adapterTitle: description,
          savedAt: new Date(0),
          tool: 'nicprops test',
          keywords: undefined,
        });
        expect(parseProfile(profileBytes(profile), 'saved.json')).toEqual(profile);
      }),
      { numRuns: 300 },
    );
  });
});
