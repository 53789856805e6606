/** Well-known registry locations. Kept in one place so nothing else spells them out. */

/** The Net setup class GUID (`reference §1.1`). */
export const NET_CLASS_GUID = '{4D36E972-E325-11CE-BFC1-08002BE10318}';

/** The SYSTEM hive as a running Windows shows it. */
export const SYSTEM_HIVE_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM';

/** The control set Windows booted with; every path below is spelled under it. */
export const CURRENT_CONTROL_SET = 'CurrentControlSet';
export const CURRENT_CONTROL_SET_KEY = `${SYSTEM_HIVE_KEY}\\${CURRENT_CONTROL_SET}`;

/** The Net class key relative to a control set (`ControlSet001\…` in an offline hive). */
export const NET_CLASS_SUBKEY = `Control\\Class\\${NET_CLASS_GUID}`;

/** Class key holding one numbered subkey per network adapter. */
export const NET_CLASS_KEY = `${CURRENT_CONTROL_SET_KEY}\\${NET_CLASS_SUBKEY}`;

/** Key whose `{NetCfgInstanceId}\Connection\Name` holds an adapter's connection name. */
export const NETWORK_CONNECTIONS_KEY = `${CURRENT_CONTROL_SET_KEY}\\Control\\Network\\${NET_CLASS_GUID}`;

/** Holds the global `DisableTaskOffload` switch. */
export const TCPIP_PARAMETERS_KEY = `${CURRENT_CONTROL_SET_KEY}\\Services\\Tcpip\\Parameters`;

/** Holds the global IPsec `EnabledOffload` switch. */
export const IPSEC_KEY = `${CURRENT_CONTROL_SET_KEY}\\Services\\Ipsec`;

/**
 * Where a SYSTEM hive's data can sit in an export: under HKLM\SYSTEM on the machine itself, or
 * under any name in HKLM or HKU when a copied hive was loaded for reading (`reg load HKLM\CUSTOMER
 * system`), and there in numbered control sets, since CurrentControlSet exists only on a running system.
 */
export const HIVE_PARENT_KEYS = ['HKEY_LOCAL_MACHINE', 'HKEY_USERS'] as const;

/** A numbered control set's key name: `ControlSet001`, with its number. */
export const CONTROL_SET_PATTERN = /^ControlSet(\d{3})$/i;

export function controlSetName(n: number): string {
  return `ControlSet${String(n).padStart(3, '0')}`;
}

/** `Select\Current` in a SYSTEM hive: the number of the control set the system runs on (what CurrentControlSet points to). */
export const SELECT_KEY_NAME = 'Select';
export const SELECT_CURRENT_VALUE = 'Current';

/** An adapter id is the 4-digit instance subkey name, `0007`. */
export const ADAPTER_ID_PATTERN = /^\d{4}$/;

/** Full path of an adapter's instance key. */
export function adapterKeyPath(adapterId: string): string {
  return `${NET_CLASS_KEY}\\${adapterId}`;
}

/** Full path of an adapter's `Ndi\params` key. */
export function adapterParamsKeyPath(adapterId: string): string {
  return `${adapterKeyPath(adapterId)}\\Ndi\\params`;
}
