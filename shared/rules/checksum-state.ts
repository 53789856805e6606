/** Reading checksum offload direction from granular and grouped keywords (reference §3.4, R7). */

import type { AdapterView } from './adapter-view';
import { allOrNothing, firstAllowed } from './fixes';
import type { FixChange } from './types';

export type ChecksumProtocol = 'ip' | 'tcp' | 'udp';
export type IpVersion = 4 | 6;
/** Known on, known off, or unknown (keyword absent, unparseable, or grouped and granular disagree). */
export type TriState = 'on' | 'off' | 'unknown';

/** Transmit / receive state of one checksum and the keywords it was read from. */
export interface ChecksumState {
  readonly tx: TriState;
  readonly rx: TriState;
  /** Keywords the adapter has that cover this checksum (granular and/or grouped). */
  readonly sources: readonly string[];
}

/** Granular keyword of a checksum; null for the IPv6 header (IPv6 has no header checksum). */
export function granularChecksumKeyword(protocol: ChecksumProtocol, ip: IpVersion): string | null {
  if (protocol === 'ip') return ip === 4 ? '*IPChecksumOffloadIPv4' : null;
  return `*${protocol.toUpperCase()}ChecksumOffloadIPv${ip}`;
}

/** Grouped keyword covering a checksum: IPv4 covers IP+TCP+UDP, IPv6 covers TCP+UDP. */
export function groupedChecksumKeyword(protocol: ChecksumProtocol, ip: IpVersion): string | null {
  if (protocol === 'ip' && ip === 6) return null;
  return `*TCPUDPChecksumOffloadIPv${ip}`;
}

/** Direction bits of a checksum value: bit0 = Tx, bit1 = Rx; null for anything but 0..3. */
export function parseDirection(value: number | null): { tx: boolean; rx: boolean } | null {
  if (value === null || value < 0 || value > 3) return null;
  return { tx: (value & 1) === 1, rx: (value & 2) === 2 };
}

function combine(states: readonly boolean[]): TriState {
  if (states.length === 0) return 'unknown';
  if (states.every((s) => s)) return 'on';
  if (states.every((s) => !s)) return 'off';
  return 'unknown'; // grouped vs granular disagree: precedence is undocumented (reference §9.10), R7 reports it
}

/** Tx/Rx state of one checksum, judged from every keyword of the adapter that covers it. */
export function checksumState(view: AdapterView, protocol: ChecksumProtocol, ip: IpVersion): ChecksumState {
  const sources: string[] = [];
  const tx: boolean[] = [];
  const rx: boolean[] = [];
  for (const kw of [granularChecksumKeyword(protocol, ip), groupedChecksumKeyword(protocol, ip)]) {
    if (kw === null || !view.has(kw)) continue;
    sources.push(view.name(kw));
    const dir = parseDirection(view.int(kw));
    if (!dir) continue;
    tx.push(dir.tx);
    rx.push(dir.rx);
  }
  return { tx: combine(tx), rx: combine(rx), sources };
}

/** Keywords (among `sources`) whose given direction is off. */
export function keywordsWithDirectionOff(view: AdapterView, sources: readonly string[], direction: 'tx' | 'rx'): string[] {
  return sources.filter((kw) => {
    const dir = parseDirection(view.int(kw));
    return dir !== null && !dir[direction];
  });
}

/** Changes that switch the direction on in each keyword while keeping the other direction (0→1, 2→3 for Tx). */
export function directionOnFix(view: AdapterView, keywords: readonly string[], direction: 'tx' | 'rx'): FixChange[] | null {
  const bit = direction === 'tx' ? 1 : 2;
  const parts = [...new Set(keywords)].map((kw) => {
    const current = view.int(kw) ?? 0;
    return firstAllowed(view, kw, [String(current | bit), '3']);
  });
  return allOrNothing(parts);
}
