/** Category labels and display order for grouping the Advanced list. */

import type { KeywordCategory } from './types';

/** Order in which the UI and the CLI show categories. */
export const CATEGORY_ORDER: readonly KeywordCategory[] = [
  'link',
  'checksum',
  'lso',
  'rsc-uro-uso',
  'encapsulation',
  'ipsec',
  'rss',
  'vmq-sriov-vmmq',
  'qos-vlan',
  'rdma',
  'buffers-jumbo',
  'power',
  'timestamping',
  'other',
  'identity-hidden',
];

/** Human-readable category names. */
export const CATEGORY_LABELS: Readonly<Record<KeywordCategory, string>> = {
  checksum: 'Checksum offload',
  lso: 'Large Send Offload (LSO)',
  ipsec: 'IPsec offload',
  'rsc-uro-uso': 'Receive coalescing and UDP segmentation (RSC, URO, USO)',
  encapsulation: 'Encapsulated packets (NVGRE, VXLAN)',
  rss: 'Receive Side Scaling (RSS)',
  'vmq-sriov-vmmq': 'Virtualization (VMQ, SR-IOV, VMMQ)',
  'qos-vlan': 'QoS and VLAN',
  link: 'Link (speed, duplex, flow control, address)',
  power: 'Power management and selective suspend',
  'buffers-jumbo': 'Buffers and jumbo frames',
  rdma: 'RDMA (NetworkDirect)',
  timestamping: 'Timestamping',
  'identity-hidden': 'Identity and hidden keywords',
  other: 'Other and vendor-specific',
};

/** Sort key of a category (its index in CATEGORY_ORDER). */
export function categoryRank(category: KeywordCategory): number {
  return CATEGORY_ORDER.indexOf(category);
}
