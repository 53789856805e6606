/** Metadata lint for driver QA: the driver's Ndi\params against the catalog (info / warning only, never blocks). */

import { catalogEntry } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/types';
import { RESERVED_VALUE_NAMES, isReservedValueName } from '../model/reserved-names';
import type { Property } from '../model/adapter';
import type { AdapterView } from './adapter-view';
import { isValidSpeedDuplex } from './link-power';
import type { LintFinding } from './types';
import { checkValue } from './value-check';

const PROBLEM_SEVERITY: Readonly<Record<string, LintFinding['severity']>> = {
  'min-greater-than-max': 'warning',
  'default-not-in-enum': 'warning',
  'default-out-of-range': 'warning',
  'enum-without-options': 'warning',
  'missing-type': 'warning',
  'unknown-type': 'warning',
};

const NO_CODES: ReadonlySet<string> = new Set();

// Documented value sets, built once per catalog entry rather than once per property.
const documentedValues = new Map<CatalogEntry, ReadonlySet<string>>();
function documentedSet(entry: CatalogEntry): ReadonlySet<string> {
  let set = documentedValues.get(entry);
  if (!set) {
    set = new Set(entry.values.map((v) => v.value));
    documentedValues.set(entry, set);
  }
  return set;
}

/** The model's own metadata problems, plus Min > Max and a bad default when the model did not report them. */
function schemaLint(p: Property, out: LintFinding[]): void {
  const codes: ReadonlySet<string> = p.problems.length === 0 ? NO_CODES : new Set(p.problems.map((x) => x.code));
  for (const problem of p.problems) {
    out.push({ id: `meta.${problem.code}`, severity: PROBLEM_SEVERITY[problem.code] ?? 'info', keywords: [p.keyword], message: problem.message });
  }
  const who = p.label ?? p.keyword;
  if (!codes.has('min-greater-than-max') && p.min !== null && p.max !== null && p.min > p.max) {
    out.push({
      id: 'meta.min-greater-than-max',
      severity: 'warning',
      keywords: [p.keyword],
      message: `${who}: Min (${p.min}) is greater than Max (${p.max}), so no value is valid.`,
    });
  }
  if (p.default !== null && !codes.has('default-not-in-enum') && !codes.has('default-out-of-range')) {
    const check = checkValue(p, p.default);
    if (check.status === 'not-in-enum') {
      out.push({
        id: 'meta.default-not-in-enum',
        severity: 'warning',
        keywords: [p.keyword],
        message: `${who}: the Default "${p.default}" is not one of the enum choices.`,
      });
    } else if (check.status === 'out-of-range' || check.status === 'off-step' || check.status === 'not-a-number') {
      out.push({
        id: 'meta.default-out-of-range',
        severity: 'warning',
        keywords: [p.keyword],
        message: `${who}: the Default "${p.default}" does not fit Min/Max/Step.`,
      });
    }
  }
}

/** A standardized keyword's metadata against the documentation. */
function catalogLint(p: Property, out: LintFinding[]): void {
  const entry = catalogEntry(p.keyword);
  if (!entry) return;
  const who = `${p.keyword}${p.label ? ` ("${p.label}")` : ''}`;
  if (entry.keyword === '*RssOrVmqPreference' || entry.keyword === '*SriovPreferred') {
    out.push({
      id: 'R17',
      severity: 'warning',
      keywords: [p.keyword],
      message: `${p.keyword} is in Ndi\\params, but it is a hidden keyword that must not appear in the INF or on the Advanced page.`,
    });
    return;
  }
  if (entry.hidden && !isReservedValueName(p.keyword)) {
    out.push({
      id: 'catalog.hidden',
      severity: 'warning',
      keywords: [p.keyword],
      message: `${p.keyword} is a hidden keyword (not for the Advanced page) but is defined in Ndi\\params.`,
    });
  }
  if (entry.deprecated) {
    out.push({ id: 'catalog.deprecated', severity: 'info', keywords: [p.keyword], message: `${who} is deprecated or obsolete; the driver still offers it.` });
  }
  if (entry.mustBePresent && p.optional) {
    out.push({
      id: 'catalog.optional',
      severity: 'warning',
      keywords: [p.keyword],
      message: `${who} is Optional=1 (it can be Not Present), but it must always have a value.`,
    });
  }
  if (entry.values.length > 0 && p.type === 'enum') {
    const documented = documentedSet(entry);
    const speed = entry.keyword === '*SpeedDuplex';
    const extra = p.options.filter((o) => !documented.has(o.value) && !(speed && isValidSpeedDuplex(o.value)));
    if (extra.length > 0) {
      out.push({
        id: 'catalog.values',
        severity: 'warning',
        keywords: [p.keyword],
        message: `${who} offers values the documentation does not define: ${extra.map((o) => `"${o.value}" (${o.label})`).join(', ')}. Documented: ${entry.values.map((v) => v.value).join(', ')}.`,
      });
    }
    if (entry.keyword === '*NetworkDirectRoCEFrameSize' && !p.options.some((o) => o.value === '1024')) {
      out.push({ id: 'R29', severity: 'warning', keywords: [p.keyword], message: `${who} does not offer 1024, which every RoCE adapter must support.` });
    }
  }
  const documentedDefaults = entry.defaultValue === null ? [] : [entry.defaultValue, ...entry.alternateDefaults];
  if (p.default !== null && documentedDefaults.length > 0 && !documentedDefaults.includes(p.default.trim())) {
    out.push({
      id: 'catalog.default',
      severity: 'info',
      keywords: [p.keyword],
      message: `${who} defaults to "${p.default}"; the documented default is ${documentedDefaults.map((d) => `"${d}"`).join(' or ')}.`,
    });
  }
  if (entry.range && p.type !== null && p.type !== 'enum' && p.type !== 'edit') {
    const { min, max } = entry.range;
    if ((min !== null && p.min !== null && p.min < min) || (max !== null && p.max !== null && p.max > max)) {
      out.push({
        id: 'catalog.range',
        severity: 'info',
        keywords: [p.keyword],
        message: `${who} allows ${p.min ?? '…'} to ${p.max ?? '…'}; the documented range is ${min ?? '…'} to ${max ?? '…'}.`,
      });
    }
  }
  if (entry.keyword === '*SSIdleTimeoutScreenOff' && ((p.max !== null && p.max > 5) || (p.default !== null && Number(p.default) > 5))) {
    out.push({
      id: 'R31',
      severity: 'warning',
      keywords: [p.keyword],
      message: `${who} allows or defaults to more than 5 seconds; Windows certification (HLK) fails drivers above 5.`,
    });
  }
}

// Property objects are immutable, and their lint depends on nothing else: compute it once per object, so
// re-evaluating an adapter (live feedback, dry runs) only lints the properties that changed.
const lintCache = new WeakMap<Property, readonly LintFinding[]>();

/** Metadata lint of one property (memoized per Property object). */
function propertyLint(p: Property): readonly LintFinding[] {
  let found = lintCache.get(p);
  if (!found) {
    const out: LintFinding[] = [];
    schemaLint(p, out);
    catalogLint(p, out);
    found = out;
    lintCache.set(p, found);
  }
  return found;
}

/** Pairs of keywords that should not both be in Ndi\params. */
const OVERLAPS: readonly [string, readonly string[], readonly string[], string][] = [
  [
    'R7',
    ['*TCPUDPChecksumOffloadIPv4'],
    ['*IPChecksumOffloadIPv4', '*TCPChecksumOffloadIPv4', '*UDPChecksumOffloadIPv4'],
    'grouped and granular IPv4 checksum keywords are both exposed; their precedence is undocumented and NetAdapterCx does not support grouped keywords.',
  ],
  [
    'R7',
    ['*TCPUDPChecksumOffloadIPv6'],
    ['*TCPChecksumOffloadIPv6', '*UDPChecksumOffloadIPv6'],
    'grouped and granular IPv6 checksum keywords are both exposed; their precedence is undocumented and NetAdapterCx does not support grouped keywords.',
  ],
  ['R6', ['*LsoV2IPv4'], ['*LsoV1IPv4'], 'both LSO versions are exposed for IPv4; only *LsoV2IPv4 should be, because it always wins.'],
  ['R8', ['*IPsecOffloadV2'], ['*IPsecOffloadV2IPv4'], '*IPsecOffloadV2IPv4 is for IPv4-only adapters and should not be offered next to *IPsecOffloadV2.'],
];

function overlapLint(view: AdapterView, out: LintFinding[]): void {
  for (const [id, a, b, text] of OVERLAPS) {
    const left = a.filter((k) => view.inNdiParams(k));
    const right = b.filter((k) => view.inNdiParams(k));
    if (left.length === 0 || right.length === 0) continue;
    out.push({
      id,
      severity: id === 'R7' ? 'warning' : 'info',
      keywords: [...left, ...right].map((k) => view.name(k)),
      message: `The driver's Advanced page: ${text}`,
    });
  }
}

/** R35: Characteristics flags that contradict each other, or an Advanced page without NCF_HAS_UI. */
function characteristicsLint(view: AdapterView, out: LintFinding[]): void {
  const c = view.details.adapter.characteristics;
  if (c === null) return;
  const kinds = [0x1, 0x2, 0x4].filter((bit) => (c & bit) !== 0);
  const hex = `0x${c.toString(16)}`;
  if (kinds.length > 1) {
    out.push({
      id: 'R35',
      severity: 'warning',
      keywords: ['Characteristics'],
      message: `Characteristics ${hex} combines NCF_VIRTUAL, NCF_SOFTWARE_ENUMERATED and/or NCF_PHYSICAL, which are mutually exclusive.`,
    });
  }
  if ((c & 0x10) !== 0 && kinds.length > 0) {
    out.push({
      id: 'R35',
      severity: 'warning',
      keywords: ['Characteristics'],
      message: `Characteristics ${hex} sets NCF_NO_SERVICE together with NCF_VIRTUAL, NCF_SOFTWARE_ENUMERATED or NCF_PHYSICAL.`,
    });
  }
  if ((c & 0x80) === 0 && view.details.properties.length > 0) {
    out.push({
      id: 'R35',
      severity: 'info',
      keywords: ['Characteristics'],
      message: `Characteristics ${hex} lacks NCF_HAS_UI (0x80), so Windows shows no Advanced page for these ${view.details.properties.length} parameters.`,
    });
  }
}

/** R36: reserved names used as parameters. */
function reservedLint(view: AdapterView, out: LintFinding[]): void {
  for (const name of RESERVED_VALUE_NAMES) {
    const p = view.slot(name)?.property;
    if (p)
      out.push({
        id: 'R36',
        severity: 'warning',
        keywords: [p.keyword],
        message: `${p.keyword} is a reserved value name and must not be an Ndi\\params parameter.`,
      });
  }
  // The mandatory *IfType / *MediaType / *PhysicalMediaType (R36) are not judged here: the model keeps identity
  // values out of registryOnly, so their absence cannot be seen in AdapterDetails.
}

/** All metadata lint for one adapter. */
export function lintMetadata(view: AdapterView): LintFinding[] {
  const out: LintFinding[] = [];
  for (const p of view.details.properties) {
    for (const l of propertyLint(p)) out.push(l);
  }
  overlapLint(view, out);
  characteristicsLint(view, out);
  reservedLint(view, out);
  return out;
}
