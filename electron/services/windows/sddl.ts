/**
 * Who can change a file or folder, from its security descriptor in SDDL form (what
 * `(Get-Acl).Sddl` prints, the same in every Windows language). Used to decide whether the
 * journal folder — whose entries Undo writes back to the registry — can be trusted.
 */

/** SIDs that may own or write the journal: Administrators, SYSTEM, TrustedInstaller. */
const TRUSTED = new Map<string, string>([
  ['BA', 'Administrators'],
  ['S-1-5-32-544', 'Administrators'],
  ['SY', 'SYSTEM'],
  ['S-1-5-18', 'SYSTEM'],
  ['S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464', 'TrustedInstaller'],
]);

/** Names for the SDDL aliases people are likely to meet in a finding. */
const ALIASES: Readonly<Record<string, string>> = {
  BU: 'Users',
  AU: 'Authenticated Users',
  WD: 'Everyone',
  IU: 'Interactive users',
  CO: 'Creator Owner',
  OW: 'Owner Rights',
  PU: 'Power Users',
  AN: 'Anonymous',
  NU: 'Network users',
  RD: 'Remote Desktop Users',
  BG: 'Guests',
  LS: 'Local Service',
  NS: 'Network Service',
};

/** Access-mask bits of the two-letter rights codes that matter for files and folders. */
const RIGHTS: Readonly<Record<string, number>> = {
  GA: 0x10000000,
  GR: 0x80000000,
  GW: 0x40000000,
  GX: 0x20000000,
  RC: 0x20000,
  SD: 0x10000,
  WD: 0x40000,
  WO: 0x80000,
  RP: 0x10,
  WP: 0x20,
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  LO: 0x80,
  DT: 0x40,
  CR: 0x100,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
};

/**
 * Bits that let someone change content, add or delete entries, or change who may: write/append
 * data (add file/subfolder), write extended attributes/attributes, delete child, delete, write
 * DACL, write owner, generic all/write.
 */
const WRITE_BITS = 0x2 | 0x4 | 0x10 | 0x40 | 0x100 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000;

export interface AccessEntry {
  readonly type: string;
  readonly flags: string;
  readonly mask: number;
  readonly sid: string;
}

export interface SecurityDescriptor {
  readonly owner: string | null;
  readonly dacl: readonly AccessEntry[];
}

function rightsMask(rights: string): number {
  if (/^0x[0-9a-f]+$/i.test(rights)) return Number.parseInt(rights.slice(2), 16);
  let mask = 0;
  for (let i = 0; i < rights.length; i += 2) mask |= RIGHTS[rights.slice(i, i + 2).toUpperCase()] ?? 0;
  return mask;
}

/** Parse the owner and DACL of an SDDL string; throws on text that is not SDDL. */
export function parseSddl(sddl: string): SecurityDescriptor {
  const text = sddl.trim();
  if (!/^(O:|G:|D:|S:)/.test(text)) throw new Error('not an SDDL security descriptor');
  const owner = /O:([A-Z]{2}|S-[0-9-]+)/.exec(text)?.[1] ?? null;
  const daclStart = text.indexOf('D:');
  const daclText = daclStart < 0 ? '' : text.slice(daclStart + 2).split(/S:(?=[A-Z]*\()/)[0]!;
  const dacl = [...daclText.matchAll(/\(([^)]*)\)/g)].map((m) => {
    const [type = '', flags = '', rights = '', , , sid = ''] = m[1]!.split(';');
    return { type, flags, mask: rightsMask(rights), sid };
  });
  return { owner, dacl };
}

function nameOf(sid: string): string {
  return TRUSTED.get(sid) ?? ALIASES[sid] ?? sid;
}

/**
 * Sentences naming who, besides Administrators, SYSTEM and TrustedInstaller, owns the object or
 * may write to it. Empty when only they can. Deny entries only take rights away and are ignored;
 * inherit-only entries do not apply to the object itself.
 */
export function untrustedWriters(sddl: string): string[] {
  const sd = parseSddl(sddl);
  const problems: string[] = [];
  if (sd.owner === null || !TRUSTED.has(sd.owner)) problems.push(`it is owned by ${sd.owner === null ? 'nobody known' : nameOf(sd.owner)}`);
  const writers = new Set<string>();
  for (const ace of sd.dacl) {
    const allows = ace.type === 'A' || ace.type === 'XA';
    const inheritOnly = ace.flags.toUpperCase().includes('IO');
    if (allows && !inheritOnly && (ace.mask & WRITE_BITS) !== 0 && !TRUSTED.has(ace.sid)) writers.add(nameOf(ace.sid));
  }
  if (writers.size > 0) problems.push(`${[...writers].join(', ')} can write to it`);
  return problems;
}

/**
 * The descriptor the journal folder gets: owned by Administrators, not inheriting from
 * %ProgramData% (whose Users may create files), full control for Administrators and SYSTEM,
 * read for Users (History works without elevation), for the folder and everything in it.
 */
export const JOURNAL_FOLDER_SDDL = 'O:BAG:SYD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)';
