/** Value names that may never be Advanced parameters (reference §1.3, rule R36): registry facts shared by the catalog, the rules and the write path. */

/** Reserved names: an `Ndi\params\<name>` with one of these would overwrite install or identity state. */
export const RESERVED_VALUE_NAMES: readonly string[] = [
  'BundleId',
  'BusType',
  'Characteristics',
  'ComponentId',
  'Description',
  'DeviceInstanceId',
  'DriverDate',
  'DriverDesc',
  'DriverVersion',
  'InfPath',
  'InfSection',
  'InfSectionExt',
  '*IfType',
  'InstallTimeStamp',
  'Manufacturer',
  '*MediaType',
  'NetCfgInstanceId',
  'NetLuidIndex',
  '*PhysicalMediaType',
  'Provider',
  'ProviderName',
];

const RESERVED = new Set(RESERVED_VALUE_NAMES.map((n) => n.toLowerCase()));

/** True when a name is reserved (case-insensitive). */
export function isReservedValueName(name: string): boolean {
  return RESERVED.has(name.toLowerCase());
}

/** Identity keywords every adapter must have (R36). */
export const MANDATORY_IDENTITY_KEYWORDS: readonly string[] = ['*IfType', '*MediaType', '*PhysicalMediaType'];
