/** Well-known registry locations. Kept in one place so nothing else spells them out. */

/** The Net setup class GUID (`reference §1.1`). */
export const NET_CLASS_GUID = '{4D36E972-E325-11CE-BFC1-08002BE10318}';

/** Class key holding one numbered subkey per network adapter. */
export const NET_CLASS_KEY = `HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\${NET_CLASS_GUID}`;

/** Key whose `{NetCfgInstanceId}\Connection\Name` holds an adapter's connection name. */
export const NETWORK_CONNECTIONS_KEY = `HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Network\\${NET_CLASS_GUID}`;

/** Holds the global `DisableTaskOffload` switch. */
export const TCPIP_PARAMETERS_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters';

/** Holds the global IPsec `EnabledOffload` switch. */
export const IPSEC_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Ipsec';

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
