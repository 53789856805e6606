import { describe, expect, it } from 'vitest';
import type { PropertyMeta } from './adapter';
import { validateValue } from './validate-value';

const meta = (over: Partial<PropertyMeta>): PropertyMeta => ({
  keyword: '*Kw',
  label: 'Some Setting',
  type: 'int',
  default: null,
  optional: false,
  min: null,
  max: null,
  step: null,
  base: null,
  limitText: null,
  upperCase: false,
  options: [],
  problems: [],
  ...over,
});

describe('validateValue', () => {
  const jumbo = meta({
    type: 'enum',
    label: 'Jumbo Packet',
    options: [
      { value: '1514', label: 'Disabled' },
      { value: '9014', label: '9014 Bytes' },
    ],
  });

  it('accepts enum values by value, never by label or index', () => {
    expect(validateValue(jumbo, '9014')).toEqual({ ok: true, value: '9014' });
    expect(validateValue(jumbo, 'Disabled')).toMatchObject({ ok: false, status: 'not-in-enum' });
    expect(validateValue(jumbo, '1')).toMatchObject({ ok: false, status: 'not-in-enum' });
  });

  it('matches enum value names case-insensitively and returns the driver spelling', () => {
    const m = meta({ type: 'enum', options: [{ value: 'Auto', label: 'Auto' }] });
    expect(validateValue(m, 'auto')).toEqual({ ok: true, value: 'Auto' });
  });

  it('explains out-of-range and off-step numbers with the allowed range and neighbours', () => {
    const m = meta({ label: 'Receive Buffers', min: 80, max: 2048, step: 8 });
    expect(validateValue(m, '2049')).toEqual({
      ok: false,
      status: 'out-of-range',
      message: 'Receive Buffers must be between 80 and 2048; 2049 is out of range.',
    });
    expect(validateValue(m, '85')).toEqual({
      ok: false,
      status: 'off-step',
      message: 'Receive Buffers goes in steps of 8 from 80; 85 is not one of them (try 80 or 88).',
    });
    expect(validateValue(m, ' 88 ')).toEqual({ ok: true, value: '88' });
    expect(validateValue(m, '1e3')).toMatchObject({ ok: false, status: 'not-a-number' });
    expect(validateValue(m, '')).toMatchObject({ ok: false, status: 'not-a-number' });
  });

  it('uses the type width when Min/Max are absent', () => {
    expect(validateValue(meta({ type: 'word' }), '65536')).toMatchObject({ ok: false, status: 'out-of-range' });
    expect(validateValue(meta({ type: 'dword' }), '-1')).toMatchObject({ ok: false, status: 'out-of-range' });
    expect(validateValue(meta({ type: 'long' }), '-5')).toEqual({ ok: true, value: '-5' });
  });

  it('reads and writes Base=16 numbers as hex', () => {
    const m = meta({ type: 'dword', base: 16, min: 0, max: 255 });
    expect(validateValue(m, 'ff')).toEqual({ ok: true, value: 'FF' });
    expect(validateValue(m, '100')).toMatchObject({ ok: false, status: 'out-of-range', message: expect.stringContaining('between 0 and FF') });
    expect(validateValue(m, 'zz')).toMatchObject({ ok: false, message: expect.stringContaining('hexadecimal') });
  });

  it('honours LimitText and UpperCase for edit', () => {
    const m = meta({ type: 'edit', label: 'Network Address', limitText: 12, upperCase: true });
    expect(validateValue(m, '00aabbccddee')).toEqual({ ok: true, value: '00AABBCCDDEE' });
    expect(validateValue(m, '00aabbccddeeff')).toMatchObject({ ok: false, status: 'too-long' });
    expect(validateValue(m, 'a\nb')).toMatchObject({ ok: false });
  });

  it('allows Not Present only for optional properties', () => {
    expect(validateValue(meta({ optional: true }), null)).toEqual({ ok: true, value: null });
    expect(validateValue(meta({}), null)).toMatchObject({ ok: false, message: 'Some Setting cannot be Not Present: the driver requires a value.' });
  });

  it('treats a property without a known Type as free text', () => {
    expect(validateValue(meta({ type: null }), 'anything')).toEqual({ ok: true, value: 'anything' });
  });
});
