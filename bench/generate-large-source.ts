/**
 * A large, realistic Net class key as `.reg` text, for benchmarks: `adapters` adapters with
 * `properties` Ndi\params each (a mix of enum, int, word, dword, edit, like real drivers),
 * a stored value for most, connection names, and the globals. The adapters are ports of one
 * driver, as on a big server, so their Ndi\params are identical; with `distinct`, every
 * adapter's params differ (a label per adapter on every param and enum), the worst case for a reader
 * that shares what repeats.
 */

import { NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY } from '../shared/model/registry-paths';

const ENUM_KEYWORDS = [
  '*IPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv6',
  '*UDPChecksumOffloadIPv4',
  '*UDPChecksumOffloadIPv6',
  '*LsoV2IPv4',
  '*LsoV2IPv6',
  '*RSS',
  '*FlowControl',
  '*InterruptModeration',
  '*PriorityVLANTag',
  '*JumboPacket',
  '*SpeedDuplex',
  '*RscIPv4',
  '*RscIPv6',
  '*VMQ',
  '*SRIOV',
  '*QOS',
  '*WakeOnMagicPacket',
  '*WakeOnPattern',
  '*EncapsulatedPacketTaskOffload',
  '*UsoIPv4',
  '*UsoIPv6',
];

function guid(i: number): string {
  const h = i.toString(16).padStart(8, '0').toUpperCase();
  return `{${h}-1234-4ABC-8DEF-${h}0000}`;
}

/** Build the text. Deterministic, so runs compare. */
export function generateLargeSource(adapters = 64, properties = 60, { distinct = false } = {}): string {
  const out: string[] = ['Windows Registry Editor Version 5.00', '', `[${NET_CLASS_KEY}]`, '"Class"="Net"', ''];
  for (let a = 0; a < adapters; a++) {
    const id = String(a).padStart(4, '0');
    const key = `${NET_CLASS_KEY}\\${id}`;
    const root: string[] = [
      `[${key}]`,
      `"DriverDesc"="Contoso 25GbE Server Adapter #${a + 1}"`,
      `"NetCfgInstanceId"="${guid(a)}"`,
      '"ComponentId"="pci\\\\ven_8086&dev_1593"',
      '"Characteristics"=dword:00000084',
      '"*IfType"=dword:00000006',
      '"MatchingDeviceId"="pci\\\\ven_8086&dev_1593"',
      '"DriverVersion"="1.14.201.0"',
    ];
    const params: string[] = [];
    for (let p = 0; p < properties; p++) {
      const enumKw = ENUM_KEYWORDS[p];
      const keyword = enumKw ?? `VendorSetting${p}`;
      const pkey = `${key}\\Ndi\\params\\${keyword}`;
      const kind = enumKw ? 'enum' : (['int', 'word', 'dword', 'edit', 'enum'] as const)[p % 5]!;
      const label = `${enumKw ? keyword.replace('*', '') : `Vendor Setting ${p}`}${distinct ? ` (port ${a + 1})` : ''}`;
      params.push('', `[${pkey}]`, `"ParamDesc"="${label}"`, `"Type"="${kind}"`);
      if (kind === 'enum') {
        const on = distinct ? `Enabled on port ${a + 1}` : 'Enabled';
        params.push('"Default"="1"', '"Optional"="0"', '', `[${pkey}\\enum]`, '"0"="Disabled"', `"1"="${on}"`, '"2"="Rx Enabled"', '"3"="Rx & Tx Enabled"');
        if (p % 4 !== 3) root.push(`"${keyword}"="${(a + p) % 4}"`);
      } else if (kind === 'edit') {
        params.push('"Default"=""', '"Optional"="1"', '"LimitText"="12"', '"UpperCase"="1"');
        if (p % 3 === 0) root.push(`"${keyword}"="00AABBCC${String(p).padStart(4, '0')}"`);
      } else {
        params.push('"Default"="512"', '"Min"="64"', '"Max"="4096"', '"Step"="8"');
        root.push(`"${keyword}"="${64 + 8 * ((a * p) % 500)}"`);
      }
    }
    out.push(...root, '', `[${key}\\Ndi]`, '"Service"="ixgbe"', '', `[${key}\\Ndi\\params]`, ...params, '');
    out.push(`[${NETWORK_CONNECTIONS_KEY}\\${guid(a)}\\Connection]`, `"Name"="Ethernet ${a + 1}"`, '');
  }
  out.push('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]', '"DisableTaskOffload"=dword:00000000', '');
  out.push('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Ipsec]', '"EnabledOffload"=dword:00000001', '');
  return out.join('\r\n');
}
