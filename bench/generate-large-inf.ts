/**
 * A large driver INF for the bench, generated deterministically in the shape of the biggest vendor
 * INFs (Intel's): a dozen TargetOS decorations, many install sections sharing AddReg sections,
 * a DelReg of Ndi\params, 60 parameters, and Strings for many languages (most of the size).
 */

import { CATALOG } from '../shared/catalog/catalog';

const LANGUAGES = [
  '',
  '0407',
  '040c',
  '0410',
  '0c0a',
  '0416',
  '0411',
  '0412',
  '0804',
  '0404',
  '0419',
  '0415',
  '0405',
  '040e',
  '041d',
  '0406',
  '0414',
  '040b',
  '0413',
  '041f',
];

/** The INF text (CRLF); encode with encodeInf for the UTF-16LE file vendors ship. */
export function generateLargeInf(installSections = 24, devicesPerSection = 8, params = 60): string {
  const keywords = CATALOG.filter((e) => !e.hidden && e.values.length >= 2).slice(0, params);
  const lines: string[] = [
    '; generated for npm run bench: the shape of a large vendor INF',
    '[Version]',
    'Signature   = "$WINDOWS NT$"',
    'Class       = Net',
    'ClassGUID   = {4d36e972-e325-11ce-bfc1-08002be10318}',
    'Provider    = %Vendor%',
    'DriverVer   = 07/29/2024,12.19.2.60',
    '',
    '[Manufacturer]',
    '%Vendor% = Vendor, NTamd64.10.0.1..17763, NTamd64.10.0...19041, NTamd64.10.0.3..17763, NTamd64.10.0.3..20348, NTamd64.10.0...22000, NTarm64.10.0...22000',
    '',
  ];
  for (const decoration of [
    'NTamd64.10.0.1..17763',
    'NTamd64.10.0...19041',
    'NTamd64.10.0.3..17763',
    'NTamd64.10.0.3..20348',
    'NTamd64.10.0...22000',
    'NTarm64.10.0...22000',
  ]) {
    lines.push(`[Vendor.${decoration}]`);
    for (let s = 0; s < installSections; s++) {
      for (let d = 0; d < devicesPerSection; d++) {
        lines.push(
          `%Dev${s}.DeviceDesc% = Dev${s}.${decoration.replace(/^NT\w+?\./, '')}, PCI\\VEN_8086&DEV_${(0x1500 + s).toString(16).toUpperCase()}&SUBSYS_${(d * 0x1111).toString(16).padStart(4, '0').toUpperCase()}8086`,
        );
      }
    }
    lines.push('');
  }
  for (const version of ['10.0.1..17763', '10.0...19041', '10.0.3..17763', '10.0.3..20348', '10.0...22000']) {
    for (let s = 0; s < installSections; s++) {
      lines.push(
        `[Dev${s}.${version}]`,
        'Characteristics = 0x84',
        'BusType = 5',
        'DelReg = Params.DelReg',
        `AddReg = Base.reg, ${Array.from({ length: 6 }, (_, g) => `Group${g}.reg`).join(', ')}, Dev${s}.reg`,
        '*IfType = 6',
        '*MediaType = 0',
        '*PhysicalMediaType = 14',
        '',
      );
    }
  }
  lines.push(
    '[Params.DelReg]',
    'HKR, Ndi\\params',
    '',
    '[Base.reg]',
    'HKR, Ndi, Service, 0, "e1express"',
    'HKR, Ndi\\Interfaces, UpperRange, 0, "ndis5"',
    'HKR, Ndi\\Interfaces, LowerRange, 0, "ethernet"',
    '',
  );
  keywords.forEach((entry, i) => {
    if (i % 10 === 0) lines.push(`[Group${i / 10}.reg]`);
    const k = `HKR, Ndi\\Params\\${entry.keyword}`;
    lines.push(`${k}, ParamDesc, 0, %P${i}%`, `${k}, default, 0, "${entry.defaultValue ?? entry.values[0]!.value}"`, `${k}, type, 0, "enum"`);
    entry.values.forEach((v, j) => lines.push(`${k}\\Enum, "${v.value}", 0, %P${i}V${j}%`));
  });
  lines.push('');
  for (let s = 0; s < installSections; s++) lines.push(`[Dev${s}.reg]`, `HKR, Ndi\\Params\\*ReceiveBuffers, default, 0, "${256 + s * 8}"`, '');
  for (const language of LANGUAGES) {
    lines.push(language === '' ? '[Strings]' : `[Strings.${language}]`, `Vendor = "Vendor ${language}"`);
    for (let s = 0; s < installSections; s++) lines.push(`Dev${s}.DeviceDesc = "Vendor(R) Ethernet Controller ${1500 + s} (${language || 'en'})"`);
    keywords.forEach((entry, i) => {
      lines.push(`P${i} = "${entry.keyword.slice(1)} ${language}"`);
      entry.values.forEach((v, j) => lines.push(`P${i}V${j} = "${v.meaning.slice(0, 40)} ${language}"`));
    });
    lines.push('');
  }
  return lines.join('\r\n');
}

/** UTF-16LE with BOM, as vendors ship INFs. */
export function encodeInf(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + i * 2] = c & 0xff;
    bytes[3 + i * 2] = c >>> 8;
  }
  return bytes;
}
