/** Small adapters for unit tests. */

import type { AdapterDetails, Property } from '../../shared/model/adapter';

export function prop(over: Partial<Property> & { keyword: string }): Property {
  return {
    label: null,
    type: 'enum',
    default: '1',
    optional: false,
    min: null,
    max: null,
    step: null,
    base: null,
    limitText: null,
    upperCase: false,
    options: [
      { value: '0', label: 'Disabled' },
      { value: '1', label: 'Enabled' },
    ],
    problems: [],
    stored: null,
    effective: over.stored ? String(over.stored.data) : (over.default ?? '1'),
    status: over.stored ? 'ok' : 'not-set',
    statusMessage: null,
    origin: null,
    ...over,
  };
}

export function adapter(properties: Property[], id = '0007'): AdapterDetails {
  return {
    adapter: {
      id,
      description: 'Test NIC',
      connectionName: 'Ethernet',
      netCfgInstanceId: null,
      componentId: null,
      characteristics: 0x84,
      physical: true,
      virtual: false,
      hidden: false,
      hasUi: true,
      propertyCount: properties.length,
      infModel: null,
    },
    properties,
    registryOnly: [{ keyword: 'VendorThing', type: 'REG_DWORD', data: 5 }],
  };
}

export const LSO = prop({ keyword: '*LsoV2IPv4', label: 'Large Send Offload V2 (IPv4)', stored: { type: 'REG_SZ', data: '1' } });
export const TCP_CSUM = prop({
  keyword: '*TCPChecksumOffloadIPv4',
  label: 'TCP Checksum Offload (IPv4)',
  default: '3',
  options: [
    { value: '0', label: 'Disabled' },
    { value: '1', label: 'Tx Enabled' },
    { value: '2', label: 'Rx Enabled' },
    { value: '3', label: 'Rx & Tx Enabled' },
  ],
  stored: { type: 'REG_SZ', data: '3' },
});
export const JUMBO = prop({
  keyword: '*JumboPacket',
  label: 'Jumbo Packet',
  type: 'int',
  default: '1514',
  min: 1514,
  max: 9014,
  step: 500,
  options: [],
  stored: { type: 'REG_SZ', data: '1514' },
});
export const ADDRESS = prop({
  keyword: 'NetworkAddress',
  label: 'Locally Administered Address',
  type: 'edit',
  default: null,
  optional: true,
  limitText: 12,
  upperCase: true,
  options: [],
  stored: { type: 'REG_SZ', data: '02AABBCCDDEE' },
});
