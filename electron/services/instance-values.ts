/**
 * Root values of an instance key that describe the installation, not a setting.
 * They are never listed as registry-only keywords and never written (reference §1.3).
 */

import { RESERVED_VALUE_NAMES } from '../../shared/model/reserved-names';

const NAMES = [
  // Reserved names that can never be Advanced params.
  ...RESERVED_VALUE_NAMES,
  // Installation state tools must not modify.
  'MatchingDeviceId',
  'DriverDateData',
  'EnumPropPages32',
  'IfTypePreStart',
  'NetworkInterfaceInstallTimestamp',
  'DeviceVxDs',
  'PortName',
  'ConnectionName',
];

const LOWER = new Set(NAMES.map((n) => n.toLowerCase()));

/** True for installation/identity values (case-insensitive). */
export function isInstanceInfoValue(name: string): boolean {
  return name === '' || LOWER.has(name.toLowerCase());
}
