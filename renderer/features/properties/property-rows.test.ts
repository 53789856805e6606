import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../shared/rules/evaluate';
import { makeDetails, NO_GLOBALS } from '../../../shared/rules/test-support/make-details';
import { EMPTY_PENDING, setValue } from '../../stores/pending-changes';
import { columnLayout } from './columns';
import { buildRows } from './property-rows';
import { toggledValue } from './toggle-value';

const details = makeDetails({
  '*LsoV2IPv4': '1',
  '*TCPChecksumOffloadIPv4': '2',
  '*FlowControl': null,
  '*EEE': { value: '1', options: ['0', '1'] },
  '*JumboPacket': { type: 'int', value: '9014', default: '1514', min: 1514, max: 9014 },
});
const binary = {
  ...details,
  properties: details.properties.map((p) =>
    p.keyword === '*EEE'
      ? {
          ...p,
          stored: { type: 'REG_BINARY' as const, data: [1, 0, 0, 0] },
          effective: null,
          status: 'wrong-type' as const,
          statusMessage: 'Stored as REG_BINARY; the Advanced page reads REG_SZ text, so the driver may ignore it.',
        }
      : p,
  ),
};

function rows(d = details, pending = EMPTY_PENDING) {
  const report = evaluateRules({ details: d, globals: NO_GLOBALS });
  return Object.fromEntries(buildRows(d, pending, report, '', false)[0]!.rows.map((r) => [r.keyword, r]));
}

describe('property rows', () => {
  it('mark the values that are not the driver default, pending edits included', () => {
    const r = rows();
    expect(r['*JumboPacket']).toMatchObject({ nonDefault: true, defaultText: 'Default: 1514' });
    expect(r['*FlowControl']?.nonDefault).toBe(false);
    const edited = rows(details, setValue(EMPTY_PENDING, details, '*JumboPacket', '1514'));
    expect(edited['*JumboPacket']).toMatchObject({ nonDefault: false, pending: true });
  });

  it('take the icon from the worst finding naming the keyword, with its sentence', () => {
    const r = rows();
    expect(r['*LsoV2IPv4']?.status).toBe('warning');
    expect(r['*LsoV2IPv4']?.statusText).toMatch(/does not transmit/);
    expect(r['*FlowControl']?.status).toBe('ok');
  });

  it('show a value stored in a type the page cannot read as stored, never as Not Present', () => {
    const r = rows(binary);
    expect(r['*EEE']).toMatchObject({ valueText: 'Stored as REG_BINARY 01 00 00 00', rawText: 'REG_BINARY 01 00 00 00', status: 'warning' });
  });
});

describe('columns', () => {
  it('drop the raw column first, then the keyword column, as the list narrows', () => {
    expect(columnLayout(900, true)).toBe('full');
    expect(columnLayout(600, true)).toBe('no-raw');
    expect(columnLayout(900, false)).toBe('no-raw');
    expect(columnLayout(420, true)).toBe('narrow');
  });
});

describe('Space on a row', () => {
  it('switches a two-option property and leaves others alone', () => {
    const eee = details.properties.find((p) => p.keyword === '*EEE')!;
    expect(toggledValue(eee, '1')).toBe('0');
    expect(toggledValue(eee, '0')).toBe('1');
    expect(toggledValue(eee, null)).toBe('0'); // Not Present: the first option
    expect(
      toggledValue(
        details.properties.find((p) => p.keyword === '*TCPChecksumOffloadIPv4')!,
        '3',
      ),
    ).toBeNull();
    expect(
      toggledValue(
        details.properties.find((p) => p.keyword === '*JumboPacket')!,
        '1514',
      ),
    ).toBeNull();
  });
});
