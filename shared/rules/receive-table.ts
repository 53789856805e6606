/** The RSS / VMQ / SR-IOV decision table of reference §4.4 (R16), encoded row by row as data. */

/** Which receive interface the driver activates. 'undocumented' = no row of the table matches. */
export type ReceiveInterface = 'sriov+vmq' | 'vmq' | 'rss' | 'none' | 'undocumented';

/** Effective texts of the five keywords (null = absent). */
export interface ReceiveValues {
  readonly sriovPreferred: string | null;
  readonly rssOrVmqPreference: string | null;
  readonly sriov: string | null;
  readonly vmq: string | null;
  readonly rss: string | null;
}

type Norm = 0 | 1 | 'absent' | 'other';
/** Allowed normalized values of a cell; null = "–" (any value). */
type Cell = readonly Norm[] | null;

/** One documented row. */
export interface ReceiveRow {
  readonly row: number;
  readonly sriovPreferred: Cell;
  readonly rssOrVmqPreference: Cell;
  readonly sriov: Cell;
  readonly vmq: Cell;
  readonly rss: Cell;
  readonly active: Exclude<ReceiveInterface, 'undocumented'>;
}

const ONE: Cell = [1];
const ZERO: Cell = [0];
const ZERO_OR_ABSENT: Cell = [0, 'absent'];
const ANY: Cell = null;

/** Reference §4.4, rows 1–7 in documented order. SriovPreferred=1 with SRIOV=1 and VMQ=0 has no row (doc gap). */
export const RECEIVE_TABLE: readonly ReceiveRow[] = [
  { row: 1, sriovPreferred: ONE, rssOrVmqPreference: ONE, sriov: ONE, vmq: ONE, rss: ANY, active: 'sriov+vmq' },
  { row: 2, sriovPreferred: ONE, rssOrVmqPreference: ONE, sriov: ZERO, vmq: ONE, rss: ANY, active: 'vmq' },
  { row: 3, sriovPreferred: ONE, rssOrVmqPreference: [1, 0, 'absent'], sriov: ZERO, vmq: ZERO, rss: ANY, active: 'none' },
  { row: 4, sriovPreferred: ZERO_OR_ABSENT, rssOrVmqPreference: ONE, sriov: ANY, vmq: ONE, rss: ANY, active: 'vmq' },
  { row: 5, sriovPreferred: ZERO_OR_ABSENT, rssOrVmqPreference: ONE, sriov: ANY, vmq: ZERO, rss: ANY, active: 'none' },
  { row: 6, sriovPreferred: ZERO_OR_ABSENT, rssOrVmqPreference: ZERO_OR_ABSENT, sriov: ANY, vmq: ANY, rss: ONE, active: 'rss' },
  { row: 7, sriovPreferred: ZERO_OR_ABSENT, rssOrVmqPreference: ZERO_OR_ABSENT, sriov: ANY, vmq: ANY, rss: ZERO, active: 'none' },
];

function normalize(value: string | null, absentMeans: 'absent' | 0): Norm {
  if (value === null) return absentMeans;
  const t = value.trim();
  return t === '0' ? 0 : t === '1' ? 1 : 'other';
}

function matches(cell: Cell, value: Norm): boolean {
  return cell === null || cell.includes(value);
}

/** Result of looking the values up in the table. */
export interface ReceiveDecision {
  readonly active: ReceiveInterface;
  /** The matched row (1–7), null when undocumented. */
  readonly row: number | null;
}

/**
 * The receive interface the driver activates, per the documented decision table.
 *
 * Preference keywords distinguish 0 from absent (the table does); an absent feature keyword (*SRIOV, *VMQ,
 * *RSS) means the adapter does not offer that feature and counts as 0.
 */
export function activeReceiveInterface(values: ReceiveValues): ReceiveDecision {
  const v = {
    sriovPreferred: normalize(values.sriovPreferred, 'absent'),
    rssOrVmqPreference: normalize(values.rssOrVmqPreference, 'absent'),
    sriov: normalize(values.sriov, 0),
    vmq: normalize(values.vmq, 0),
    rss: normalize(values.rss, 0),
  };
  for (const r of RECEIVE_TABLE) {
    if (
      matches(r.sriovPreferred, v.sriovPreferred) &&
      matches(r.rssOrVmqPreference, v.rssOrVmqPreference) &&
      matches(r.sriov, v.sriov) &&
      matches(r.vmq, v.vmq) &&
      matches(r.rss, v.rss)
    ) {
      return { active: r.active, row: r.row };
    }
  }
  return { active: 'undocumented', row: null };
}

/** Words for an interface, for messages. */
export function receiveInterfaceText(active: ReceiveInterface): string {
  switch (active) {
    case 'sriov+vmq':
      return 'SR-IOV and VMQ';
    case 'vmq':
      return 'VMQ';
    case 'rss':
      return 'RSS';
    case 'none':
      return 'none of RSS, VMQ or SR-IOV';
    default:
      return 'an undocumented choice';
  }
}
