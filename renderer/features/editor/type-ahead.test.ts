import { describe, expect, it } from 'vitest';
import { EMPTY_TYPE_AHEAD, isTypeAheadKey, typeAhead } from './type-ahead';

const JUMBO = ['1514 Bytes', '4088 Bytes', '9014 Bytes'];
const FLOW = ['Disabled', 'Rx & Tx Enabled', 'Rx Enabled', 'Tx Enabled'];

describe('typeAhead', () => {
  it('"9" picks "9014 Bytes"', () => {
    expect(typeAhead(JUMBO, 0, EMPTY_TYPE_AHEAD, '9', 1000).index).toBe(2);
  });

  it('the same letter again moves to the next option starting with it, and wraps', () => {
    const first = typeAhead(FLOW, 0, EMPTY_TYPE_AHEAD, 'r', 1000);
    expect(FLOW[first.index]).toBe('Rx & Tx Enabled');
    const second = typeAhead(FLOW, first.index, first.state, 'r', 1100);
    expect(FLOW[second.index]).toBe('Rx Enabled');
    const third = typeAhead(FLOW, second.index, second.state, 'r', 1200);
    expect(FLOW[third.index]).toBe('Rx & Tx Enabled');
  });

  it('several letters typed quickly match a longer prefix; a pause starts over', () => {
    const t = typeAhead(FLOW, 0, EMPTY_TYPE_AHEAD, 'r', 1000);
    const rx = typeAhead(FLOW, t.index, t.state, 'x', 1100);
    expect(FLOW[typeAhead(FLOW, rx.index, rx.state, ' ', 1150).index]).toBe('Rx & Tx Enabled');
    expect(FLOW[typeAhead(FLOW, rx.index, rx.state, 't', 5000).index]).toBe('Tx Enabled');
  });

  it('finds nothing for a letter no option starts with', () => {
    expect(typeAhead(JUMBO, 0, EMPTY_TYPE_AHEAD, 'x', 1000).index).toBe(-1);
  });

  it('takes printable keys only, never Space or shortcuts', () => {
    expect(isTypeAheadKey({ key: '9', ctrlKey: false, altKey: false, metaKey: false })).toBe(true);
    expect(isTypeAheadKey({ key: ' ', ctrlKey: false, altKey: false, metaKey: false })).toBe(false);
    expect(isTypeAheadKey({ key: 'a', ctrlKey: true, altKey: false, metaKey: false })).toBe(false);
    expect(isTypeAheadKey({ key: 'Enter', ctrlKey: false, altKey: false, metaKey: false })).toBe(false);
  });
});
