/** Which keywords of an adapter are task offloads currently asking to be on (for R41 and effective state). */

import type { AdapterView } from './adapter-view';

/** Granular and grouped checksum keywords, in display order. */
export const CHECKSUM_KEYWORD_LIST: readonly string[] = [
  '*IPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv6',
  '*UDPChecksumOffloadIPv4',
  '*UDPChecksumOffloadIPv6',
  '*TCPUDPChecksumOffloadIPv4',
  '*TCPUDPChecksumOffloadIPv6',
];

/** Checksum keywords of the adapter with any direction on. */
export function checksumKeywordsOn(view: AdapterView): string[] {
  return CHECKSUM_KEYWORD_LIST.filter((k) => {
    const n = view.int(k);
    return n !== null && n >= 1 && n <= 3;
  });
}
