/**
 * A registry whose every piece of text is chosen by a test: one adapter with an enum and an
 * optional edit property, its connection name, and the globals — for feeding generated hostile
 * text through the real reading and generation code.
 */

import fc from 'fast-check';
import { hostileText } from '../../../shared/generate/test-support/hostile-text';
import { adapterKeyPath, adapterParamsKeyPath, NETWORK_CONNECTIONS_KEY } from '../../../shared/model/registry-paths';
import { MemoryRegistry } from '../../sources/memory-registry';

export interface HostileFields {
  /** The source's label (a file name, for `.reg` sources). */
  readonly label: string;
  readonly description: string;
  readonly connectionName: string;
  readonly netCfgInstanceId: string;
  /** Name of the enum property's key: no backslash (it is a key name). */
  readonly keyword: string;
  readonly paramDesc: string;
  /** An enum value name the driver offers. */
  readonly enumValue: string;
  readonly enumLabel: string;
}

export const ADAPTER_ID = '0007';
/** The optional edit property every hostile adapter has, beside the enum. */
export const TEXT_KEYWORD = 'VendorText';

export async function hostileRegistry(f: HostileFields): Promise<MemoryRegistry> {
  const r = new MemoryRegistry('reg-file', f.label);
  const root = adapterKeyPath(ADAPTER_ID);
  await r.createKey(root);
  await r.setValue(root, 'DriverDesc', { type: 'REG_SZ', data: f.description });
  await r.setValue(root, 'NetCfgInstanceId', { type: 'REG_SZ', data: f.netCfgInstanceId });
  await r.setValue(root, 'Characteristics', { type: 'REG_DWORD', data: 0x84 });
  const params = adapterParamsKeyPath(ADAPTER_ID);
  const enumKey = `${params}\\${f.keyword}`;
  await r.createKey(`${enumKey}\\enum`);
  await r.setValue(enumKey, 'ParamDesc', { type: 'REG_SZ', data: f.paramDesc });
  await r.setValue(enumKey, 'Type', { type: 'REG_SZ', data: 'enum' });
  await r.setValue(enumKey, 'Default', { type: 'REG_SZ', data: f.enumValue });
  await r.setValue(`${enumKey}\\enum`, f.enumValue, { type: 'REG_SZ', data: f.enumLabel });
  const textKey = `${params}\\${TEXT_KEYWORD}`;
  await r.createKey(textKey);
  await r.setValue(textKey, 'ParamDesc', { type: 'REG_SZ', data: 'Vendor text' });
  await r.setValue(textKey, 'Type', { type: 'REG_SZ', data: 'edit' });
  await r.setValue(textKey, 'Optional', { type: 'REG_SZ', data: '1' });
  await r.setValue(textKey, 'LimitText', { type: 'REG_SZ', data: '4096' });
  // The connection name is only looked up for a valid GUID (adapter-reader), so only then is it written.
  if (/^\{[0-9A-Fa-f-]{36}\}$/.test(f.netCfgInstanceId)) {
    const connection = `${NETWORK_CONNECTIONS_KEY}\\${f.netCfgInstanceId}\\Connection`;
    await r.createKey(connection);
    await r.setValue(connection, 'Name', { type: 'REG_SZ', data: f.connectionName });
  }
  return r;
}

/** Plain fields, for the shape hostile output is compared with. */
export const BENIGN_FIELDS: HostileFields = {
  label: 'customer.reg',
  description: 'Contoso NIC',
  connectionName: 'Ethernet',
  netCfgInstanceId: '{11111111-2222-3333-4444-555555555555}',
  keyword: '*Keyword',
  paramDesc: 'Keyword',
  enumValue: '1',
  enumLabel: 'On',
};

/** Generated hostile fields: any text everywhere, within what a registry key can be (the keyword is a key name). */
export function hostileFields(): fc.Arbitrary<HostileFields> {
  const keyName = hostileText({ minLength: 1 }).filter((k) => !k.includes('\\') && k.toLowerCase() !== TEXT_KEYWORD.toLowerCase() && k.trim() !== '');
  return fc.record({
    label: hostileText(),
    description: hostileText(),
    connectionName: hostileText(),
    netCfgInstanceId: fc.oneof(fc.constant(BENIGN_FIELDS.netCfgInstanceId), hostileText()),
    keyword: keyName,
    paramDesc: hostileText(),
    enumValue: hostileText({ minLength: 1 }),
    enumLabel: hostileText(),
  });
}
