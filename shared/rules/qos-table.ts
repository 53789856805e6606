/** The *QOS / *PriorityVLANTag table of reference §4.5 (R25), encoded row by row as data. */

/** What the adapter effectively does with 802.1p priority and 802.1Q VLAN tags. */
export interface PriorityVlanState {
  readonly priority: boolean;
  readonly vlan: boolean;
}

/** One documented row: QoS off (0/absent) or on (1), the tag setting, and the effect. */
export interface QosRow {
  readonly row: number;
  readonly qos: 'off' | 'on';
  readonly tag: 0 | 1 | 2 | 3;
  readonly effective: PriorityVlanState;
}

/** Reference §4.5 rows 1–8 in documented order. */
export const QOS_VLAN_TABLE: readonly QosRow[] = [
  { row: 1, qos: 'off', tag: 0, effective: { priority: false, vlan: false } },
  { row: 2, qos: 'off', tag: 1, effective: { priority: true, vlan: false } },
  { row: 3, qos: 'off', tag: 2, effective: { priority: false, vlan: true } },
  { row: 4, qos: 'off', tag: 3, effective: { priority: true, vlan: true } },
  { row: 5, qos: 'on', tag: 0, effective: { priority: true, vlan: false } },
  { row: 6, qos: 'on', tag: 1, effective: { priority: true, vlan: false } },
  { row: 7, qos: 'on', tag: 2, effective: { priority: true, vlan: true } },
  { row: 8, qos: 'on', tag: 3, effective: { priority: true, vlan: true } },
];

/** Tag setting a state corresponds to when QoS is off (bit0 priority, bit1 VLAN). */
export function tagValueFor(state: PriorityVlanState): 0 | 1 | 2 | 3 {
  return ((state.priority ? 1 : 0) | (state.vlan ? 2 : 0)) as 0 | 1 | 2 | 3;
}

/**
 * Effective priority/VLAN tagging for *QOS and *PriorityVLANTag values (text, null = absent).
 *
 * An absent *QOS counts as 0 (documented); an absent *PriorityVLANTag takes its documented default 3.
 * Returns null for values outside the table (e.g. *QOS=2).
 */
export function priorityVlanEffective(qos: string | null, tag: string | null): (PriorityVlanState & { row: number }) | null {
  const q = qos === null || qos.trim() === '0' ? 'off' : qos.trim() === '1' ? 'on' : null;
  const t = tag === null ? 3 : /^[0-3]$/.test(tag.trim()) ? Number(tag.trim()) : null;
  if (q === null || t === null) return null;
  const row = QOS_VLAN_TABLE.find((r) => r.qos === q && r.tag === t);
  return row ? { ...row.effective, row: row.row } : null;
}
