import { describe, expect, it } from 'vitest';
import { QOS_VLAN_TABLE, priorityVlanEffective } from './qos-table';

// Reference §4.5, written out literally: [*QOS, *PriorityVLANTag, priority, vlan].
const DOCUMENTED: readonly [string | null, string, boolean, boolean][] = [
  ['0', '0', false, false],
  ['0', '1', true, false],
  ['0', '2', false, true],
  ['0', '3', true, true],
  ['1', '0', true, false],
  ['1', '1', true, false],
  ['1', '2', true, true],
  ['1', '3', true, true],
];

describe('*QOS / *PriorityVLANTag table, row by row', () => {
  DOCUMENTED.forEach(([qos, tag, priority, vlan], i) => {
    it(`row ${i + 1}: QOS=${qos} tag=${tag} -> priority ${priority ? 'on' : 'off'}, VLAN ${vlan ? 'on' : 'off'}`, () => {
      expect(priorityVlanEffective(qos, tag)).toEqual({ priority, vlan, row: i + 1 });
      if (qos === '0') expect(priorityVlanEffective(null, tag)).toEqual({ priority, vlan, row: i + 1 }); // absent QoS = 0
    });
  });
  it('an absent tag takes the documented default 3', () => {
    expect(priorityVlanEffective('1', null)).toMatchObject({ priority: true, vlan: true, row: 8 });
  });
  it('values outside the table give null', () => {
    expect(priorityVlanEffective('2', '3')).toBeNull();
    expect(priorityVlanEffective('1', '4')).toBeNull();
  });
  it('the data table has eight rows', () => {
    expect(QOS_VLAN_TABLE).toHaveLength(8);
  });
});
