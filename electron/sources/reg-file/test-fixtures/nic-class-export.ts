/**
 * An excerpt in exactly the shape `reg export` writes for the network class key:
 * CRLF, regedit's 80-column hex wrapping, `@` default, hex(7)/hex(2)/hex(b).
 */
const LINES = String.raw`Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}]
@="Network adapters"
"Class"="Net"
"IconPath"=hex(7):25,00,73,00,79,00,73,00,74,00,65,00,6d,00,72,00,6f,00,6f,00,\
  74,00,25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,5c,00,73,\
  00,65,00,74,00,75,00,70,00,61,00,70,00,69,00,2e,00,64,00,6c,00,6c,00,2c,00,\
  2d,00,35,00,00,00,25,00,73,00,79,00,73,00,74,00,65,00,6d,00,72,00,6f,00,6f,\
  00,74,00,25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,5c,00,\
  6e,00,65,00,74,00,63,00,66,00,67,00,78,00,2e,00,64,00,6c,00,6c,00,2c,00,2d,\
  00,31,00,00,00,00,00
"Installer32"="NetCfgx.dll,NetClassInstaller"
"NoDisplayClass"="1"
"LowerFilters"=hex(7):00,00

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}\0007]
"DriverDesc"="Intel(R) Ethernet Connection (7) I219-LM"
"ProviderName"="Intel"
"DriverDateData"=hex:00,80,8c,a3,c5,94,d6,01
"DriverDate"="4-15-2021"
"DriverVersion"="12.19.1.37"
"InfPath"="oem42.inf"
"InfSection"="E15BC.10.0.1"
"IncludedInfs"=hex(7):70,00,63,00,69,00,2e,00,69,00,6e,00,66,00,00,00,6e,00,65,\
  00,74,00,72,00,6e,00,64,00,69,00,73,00,2e,00,69,00,6e,00,66,00,00,00,00,00
"MatchingDeviceId"="pci\\ven_8086&dev_15bb"
"Characteristics"=dword:00000084
"BusType"="5"
"ComponentId"="pci\\ven_8086&dev_15bb"
"NetCfgInstanceId"="{5B2C7E3A-9D41-4F0B-8A6C-1E2D3F4A5B6C}"
"NetLuidIndex"=dword:00008003
"*IfType"=dword:00000006
"*MediaType"=dword:00000000
"*PhysicalMediaType"=dword:0000000e
"InstallTimeStamp"=hex:e5,07,04,00,04,00,0f,00,0a,00,1e,00,2d,00,9a,01
"NetworkInterfaceInstallTimestamp"=hex(b):5e,4f,3c,2b,1a,d7,d7,01
"DriverPath"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,\
  00,74,00,25,00,5c,00,53,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,5c,00,\
  64,00,72,00,69,00,76,00,65,00,72,00,73,00,5c,00,65,00,31,00,64,00,36,00,38,\
  00,78,00,36,00,34,00,2e,00,73,00,79,00,73,00,00,00
"NetworkAddress"=""
"*SpeedDuplex"="0"
"*JumboPacket"="1514"
"*TCPChecksumOffloadIPv4"="3"
"*LsoV2IPv4"="1"
"*RSS"="1"

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}\0007\Ndi]
"Service"="e1dexpress"
"HelpText"="Intel(R) Ethernet Connection driver"

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}\0007\Ndi\params]

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}\0007\Ndi\params\*SpeedDuplex]
"ParamDesc"="Speed & Duplex"
"default"="0"
"type"="enum"

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}\0007\Ndi\params\*SpeedDuplex\enum]
"0"="Auto Negotiation"
"1"="10 Mbps Half Duplex"
"2"="10 Mbps Full Duplex"
"3"="100 Mbps Half Duplex"
"4"="100 Mbps Full Duplex"
"6"="1.0 Gbps Full Duplex"

[HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Class\{4D36E972-E325-11CE-BFC1-08002BE10318}\0007\Ndi\params\*JumboPacket]
"ParamDesc"="Jumbo Packet"
"default"="1514"
"type"="enum"

`;

/** The excerpt with the CRLF line ends regedit writes. */
export const NIC_CLASS_EXPORT = LINES.split('\n').join('\r\n');

/** The adapter's instance key in the excerpt. */
export const ADAPTER_0007 = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0007';
