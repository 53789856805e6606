/**
 * The Windows an INF is resolved for, and how Windows picks decorated sections for it
 * ("Combining Platform Extensions with Operating System Versions", "INF Manufacturer Section"):
 *
 *   NT[Architecture][.[OSMajorVersion][.[OSMinorVersion][.[ProductType][.[SuiteMask][.[BuildNumber]]]]]]
 *
 * A decoration applies when its architecture is the target's (or absent), its major.minor is at
 * most the target's, its build number is at most the target's when major.minor are equal (a
 * build only counts then), its product type is the target's, and its suite mask bits are all in
 * the target's. Among the decorations of one Manufacturer line Windows takes the one "closest"
 * to the system; the documentation does not define closest, so this ranks as ReactOS's setupapi
 * does (an architecture beats none), then by the highest version, then product type and suite
 * mask given beats absent.
 */

export type InfArchitecture = 'x86' | 'amd64' | 'arm64' | 'arm' | 'ia64';

const ARCHITECTURES: readonly InfArchitecture[] = ['x86', 'amd64', 'arm64', 'arm', 'ia64'];

/** The system an INF is resolved for. */
export interface InfTarget {
  readonly architecture: InfArchitecture;
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  /** VER_NT_WORKSTATION 1, VER_NT_DOMAIN_CONTROLLER 2, VER_NT_SERVER 3. */
  readonly productType: number;
  readonly suiteMask: number;
  /** LANGID of the Strings section to use, 0x0409 for English (United States). */
  readonly language: number;
}

/** Windows 11 24H2 on x64, a workstation, in US English. */
export const DEFAULT_INF_TARGET: InfTarget = { architecture: 'amd64', major: 10, minor: 0, build: 26100, productType: 1, suiteMask: 0, language: 0x0409 };

/** A TargetOSVersion decoration as written after the section name. */
export interface TargetOsDecoration {
  /** As written, e.g. `NTamd64.10.0...19041`. */
  readonly text: string;
  readonly architecture: string | null;
  readonly major: number | null;
  readonly minor: number | null;
  readonly productType: number | null;
  readonly suiteMask: number | null;
  readonly build: number | null;
}

/** A decimal or 0x-hex number, as INF decorations and directives write them; null for anything else. */
export function parseInfNumber(text: string): number | null {
  const t = text.trim();
  if (/^0x[0-9a-f]{1,8}$/i.test(t)) return parseInt(t.slice(2), 16);
  if (/^\d{1,10}$/.test(t)) {
    const n = Number(t);
    return n <= 0xffffffff ? n : null;
  }
  return null;
}

/** Parse `NT[arch][.major[.minor[.product[.suite[.build]]]]]`; null when it is not one. */
export function parseDecoration(text: string): TargetOsDecoration | null {
  const t = text.trim();
  if (!/^nt/i.test(t)) return null;
  const parts = t.slice(2).split('.');
  if (parts.length > 6) return null;
  const arch = parts[0]!;
  if (arch !== '' && !ARCHITECTURES.includes(arch.toLowerCase() as InfArchitecture)) return null;
  const numbers: (number | null)[] = [];
  for (const p of parts.slice(1)) {
    if (p.trim() === '') {
      numbers.push(null);
      continue;
    }
    const n = parseInfNumber(p);
    if (n === null) return null;
    numbers.push(n);
  }
  const [major = null, minor = null, productType = null, suiteMask = null, build = null] = numbers;
  return { text: t, architecture: arch === '' ? null : arch.toLowerCase(), major, minor, productType, suiteMask, build };
}

/** Whether Windows `target` may use a section with this decoration. */
export function decorationApplies(d: TargetOsDecoration, target: InfTarget): boolean {
  if (d.architecture !== null && d.architecture !== target.architecture) return false;
  if (d.major !== null) {
    const minor = d.minor ?? 0;
    if (d.major > target.major || (d.major === target.major && minor > target.minor)) return false;
    if (d.build !== null && d.major === target.major && minor === target.minor && d.build > target.build) return false;
  }
  if (d.productType !== null && d.productType !== 0 && d.productType !== target.productType) return false;
  if (d.suiteMask !== null && (d.suiteMask & ~target.suiteMask) !== 0) return false;
  return true;
}

function bits(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v >>>= 1) count += v & 1;
  return count;
}

/** Sort key: smaller is closer to the target (see the file comment). */
function rank(d: TargetOsDecoration, target: InfTarget): number[] {
  const sameVersion = d.major === target.major && (d.minor ?? 0) === target.minor;
  return [
    d.architecture === null ? 1 : 0,
    -(d.major ?? -1),
    -(d.minor ?? -1),
    -(sameVersion && d.build !== null ? d.build : -1),
    d.productType === null || d.productType === 0 ? 1 : 0,
    -bits(d.suiteMask ?? 0),
  ];
}

/** The decoration Windows would pick for `target` among those of one Manufacturer line; null when none applies. */
export function bestDecoration(decorations: readonly TargetOsDecoration[], target: InfTarget): TargetOsDecoration | null {
  let best: TargetOsDecoration | null = null;
  let bestRank: number[] = [];
  for (const d of decorations) {
    if (!decorationApplies(d, target)) continue;
    const r = rank(d, target);
    if (best === null || compare(r, bestRank) < 0) {
      best = d;
      bestRank = r;
    }
  }
  return best;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Platform extensions to try on an install section, most specific first: `.NTamd64`, `.NT`, none. */
export function platformExtensions(target: InfTarget): readonly (string | null)[] {
  return [`NT${target.architecture}`, 'NT', null];
}

/** The target as a decoration: `NTamd64.10.0.1..26100`. */
export function formatTarget(target: InfTarget): string {
  const suite = target.suiteMask === 0 ? '' : `0x${target.suiteMask.toString(16)}`;
  return `NT${target.architecture}.${target.major}.${target.minor}.${target.productType}.${suite}.${target.build}`;
}

/**
 * Read `--inf-target`: a TargetOS decoration (`NTamd64.10.0...19041`, `NTarm64`) or a Windows
 * version (`10.0.22631`, `6.1`), optionally an architecture alone (`x86`). Parts left out are
 * taken from the default target. Returns a sentence for a person when it cannot be read.
 */
export function parseInfTarget(text: string, base: InfTarget = DEFAULT_INF_TARGET): InfTarget | string {
  const t = text.trim();
  const usage = `--inf-target "${text}" is not a target: give a decoration such as NTamd64.10.0...19041 or NTarm64, or a Windows version such as 10.0.22631.`;
  const arch = t.toLowerCase();
  if (ARCHITECTURES.includes(arch as InfArchitecture)) return { ...base, architecture: arch as InfArchitecture };
  const version = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,6}))?$/.exec(t);
  if (version) {
    return { ...base, major: Number(version[1]), minor: Number(version[2]), build: version[3] === undefined ? base.build : Number(version[3]) };
  }
  const d = parseDecoration(t);
  if (d === null) return usage;
  // A decoration without a version names every version from the first: take the default's.
  const sameVersionAsBase = d.major === null;
  return {
    ...base,
    architecture: (d.architecture as InfArchitecture | null) ?? base.architecture,
    major: d.major ?? base.major,
    minor: d.major === null ? base.minor : (d.minor ?? 0),
    build: d.build ?? (sameVersionAsBase ? base.build : d.major === base.major && (d.minor ?? 0) === base.minor ? base.build : 0),
    productType: d.productType ?? base.productType,
    suiteMask: d.suiteMask ?? base.suiteMask,
  };
}
