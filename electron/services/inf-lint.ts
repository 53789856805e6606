/**
 * `nicprops lint` for driver INFs: every finding about a driver package, each on the INF line it
 * comes from — what reading and resolving the INF noticed, the metadata lint and the combination
 * rules on every model's defaults (the page right after installation), and checks only the INF
 * can answer: near misses of standardized keywords, a parameter defined twice with different
 * metadata, numbers stored where Windows reads strings.
 */

import { distance } from 'fastest-levenshtein';
import { CATALOG, catalogEntry } from '../../shared/catalog/catalog';
import type { AdapterDetails, SourceLocation } from '../../shared/model/adapter';
import { registryValuesEqual, type RegistryValue } from '../../shared/model/registry-value';
import { evaluateRules } from '../../shared/rules/evaluate';
import type { Severity } from '../../shared/rules/types';
import { InfParseError } from '../sources/inf/inf-parse-error';
import { resolveInfFiles, sourceFromResolution, type InfFileInput } from '../sources/inf/inf-source';
import type { RegOp } from '../sources/inf/registry-entries';
import type { InfResolution, ResolvedInstall } from '../sources/inf/resolve-inf';
import { formatTarget, type InfTarget } from '../sources/inf/target-os';
import { readAllAdapterDetails, readGlobals } from './adapter-reader';

/** One finding of the lint, on a line of an INF. */
export interface InfLintResult {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  /** 1-based; 0 when the finding is about the whole file. */
  readonly line: number;
  /** Install sections the finding applies to (empty for file-level findings). */
  readonly installSections: readonly string[];
}

export interface InfLintReport {
  readonly target: string;
  readonly files: readonly string[];
  readonly results: readonly InfLintResult[];
  /** True when a file could not be read at all (the report then holds that one error). */
  readonly unreadable: boolean;
}

/** Lint severities that differ from the page's: what the reference calls an error is one here (R17), a missing label is a real defect of a driver. */
const SEVERITY_OVERRIDES: Readonly<Record<string, Severity>> = {
  R17: 'error',
  'meta.missing-label': 'warning',
};

/** Which metadata value a lint finding is about, to point at its line rather than the parameter's first. */
const VALUE_OF_FINDING: Readonly<Record<string, string>> = {
  'meta.default-not-in-enum': 'default',
  'meta.default-out-of-range': 'default',
  'catalog.default': 'default',
  'meta.min-greater-than-max': 'min',
  'catalog.range': 'max',
  'meta.bad-base': 'base',
  'catalog.optional': 'optional',
  'meta.missing-default': 'type',
};

const METADATA_VALUES = new Set(['paramdesc', 'type', 'default', 'optional', 'min', 'max', 'step', 'base', 'limittext', 'uppercase']);
const PARAMS_PREFIX = 'ndi\\params\\';
const STANDARD_KEYWORDS = CATALOG.map((e) => e.keyword);

/** Lint INF files for a target. Never throws for a bad INF: an unreadable file becomes an `inf.unreadable` error. */
export async function lintInfFiles(files: readonly InfFileInput[], target: InfTarget): Promise<InfLintReport> {
  const base = { target: formatTarget(target), files: files.map((f) => f.name) };
  let resolution: InfResolution;
  try {
    resolution = resolveInfFiles(files, target);
  } catch (error) {
    if (!(error instanceof InfParseError)) throw error;
    return {
      ...base,
      unreadable: true,
      results: [{ ruleId: 'inf.unreadable', severity: 'error', message: `${error.problem}`, file: error.file, line: error.line, installSections: [] }],
    };
  }
  const out = new ResultList();
  for (const d of resolution.diagnostics)
    out.add({ ruleId: d.id, severity: d.severity, message: d.message, file: d.at.file, line: d.at.line, installSections: [] });
  if (resolution.installs.length === 0) {
    out.add({
      ruleId: 'inf.nothing-installs',
      severity: 'error',
      message: `No device model installs on ${base.target}; try another --inf-target.`,
      file: files[0]?.name ?? '',
      line: 0,
      installSections: [],
    });
    return { ...base, unreadable: false, results: out.sorted() };
  }
  const source = sourceFromResolution(resolution);
  const all = await readAllAdapterDetails(source);
  const globals = await readGlobals(source);
  for (const install of resolution.installs) {
    const details = all.find((d) => d.adapter.id === install.id);
    if (!details) continue;
    const where = (keywords: readonly string[], id: string) => locate(install, details, keywords[0] ?? null, id);
    const report = evaluateRules({ details, globals });
    for (const f of report.findings)
      out.add({
        ruleId: f.id,
        severity: SEVERITY_OVERRIDES[f.id] ?? f.severity,
        message: f.message,
        ...where(f.keywords, f.id),
        installSections: [installName(install)],
      });
    for (const l of report.lint) {
      // The model's own metadata problems do not name their parameter; the report must.
      const keyword = l.keywords[0];
      const message = keyword && !l.message.includes(keyword) && !/^[^:]+: /.test(l.message) ? `${keyword}: ${l.message}` : l.message;
      out.add({ ruleId: l.id, severity: SEVERITY_OVERRIDES[l.id] ?? l.severity, message, ...where(l.keywords, l.id), installSections: [installName(install)] });
    }
    for (const r of infChecks(install, details)) out.add({ ...r, installSections: [installName(install)] });
  }
  return { ...base, unreadable: false, results: out.sorted() };
}

function installName(install: ResolvedInstall): string {
  return install.section?.name ?? install.model.installSection;
}

/** The line a finding about `keyword` belongs on: the metadata value it is about, else the parameter's ParamDesc, else the install section. */
function locate(install: ResolvedInstall, details: AdapterDetails, keyword: string | null, id: string): { file: string; line: number } {
  const fallback = install.section?.at ?? install.devices[0]?.at ?? { file: install.file, line: 0 };
  if (keyword === null) return fallback;
  const lower = keyword.toLowerCase();
  const valueName = VALUE_OF_FINDING[id];
  if (valueName) {
    const at = lastSet(install.segments, `${PARAMS_PREFIX}${lower}`, valueName);
    if (at) return at;
  }
  const property = details.properties.find((p) => p.keyword.toLowerCase() === lower);
  if (property?.origin) return property.origin;
  // A registry-only keyword or a directive: the line that wrote it at the instance key.
  return lastSet(install.segments, '', lower) ?? install.directives.find((d) => d.name.toLowerCase() === lower)?.at ?? fallback;
}

function lastSet(segments: readonly (readonly RegOp[])[], subkeyLower: string, nameLower: string): SourceLocation | null {
  for (let s = segments.length - 1; s >= 0; s--) {
    const ops = segments[s]!;
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i]!;
      if (op.op === 'set' && op.subkeyLower === subkeyLower && op.name.toLowerCase() === nameLower) return op.at;
    }
  }
  return null;
}

type CheckResult = Omit<InfLintResult, 'installSections'>;

/** The checks only the INF can answer, for one install section. */
function infChecks(install: ResolvedInstall, details: AdapterDetails): CheckResult[] {
  const out: CheckResult[] = [];
  const keywords = new Set(details.properties.map((p) => p.keyword.toLowerCase()));
  const seen = new Map<string, { value: RegistryValue; at: SourceLocation }>();
  for (const op of install.segments.flat()) {
    const subkey = op.subkeyLower;
    if (op.op === 'delete-key') {
      for (const key of [...seen.keys()])
        if (subkey === '' || key === subkey || key.startsWith(`${subkey}\\`) || key.startsWith(`${subkey}\u0000`)) seen.delete(key);
      continue;
    }
    if (op.op !== 'set') continue;
    const name = op.name.toLowerCase();
    if (op.param !== null) {
      const keyword = op.param;
      const isEnum = subkey.endsWith('\\enum');
      const key = `${subkey}\u0000${name}`;
      const earlier = seen.get(key);
      if (earlier && !registryValuesEqual(earlier.value, op.value)) {
        out.push({
          ruleId: 'inf.conflicting-definition',
          severity: 'warning',
          message: `${spell(details, keyword)} ${isEnum ? `option "${op.name}"` : op.name} is defined again with another value (${show(earlier.value)} at ${earlier.at.file} line ${earlier.at.line}, now ${show(op.value)}); Windows keeps the later one.`,
          file: op.at.file,
          line: op.at.line,
        });
      }
      seen.set(key, { value: op.value, at: op.at });
      if ((isEnum || (subkey === `${PARAMS_PREFIX}${keyword}` && METADATA_VALUES.has(name))) && op.value.type !== 'REG_SZ') {
        out.push({
          ruleId: 'inf.non-string-metadata',
          severity: 'warning',
          message: `${spell(details, keyword)} ${isEnum ? `option "${op.name}"` : op.name} is written as ${op.value.type}; the Advanced page reads Ndi\\params values as strings (flags 0, not 0x00010001).`,
          file: op.at.file,
          line: op.at.line,
        });
      }
    } else if (subkey === '' && keywords.has(name) && op.value.type === 'REG_DWORD') {
      out.push({
        ruleId: 'inf.non-string-value',
        severity: 'warning',
        message: `${op.name} is stored as REG_DWORD; the Advanced page and NetAdapterCx drivers read parameter values as REG_SZ text.`,
        file: op.at.file,
        line: op.at.line,
      });
    }
  }
  for (const p of details.properties) {
    if (!p.keyword.startsWith('*') || catalogEntry(p.keyword)) continue;
    const at = p.origin ?? { file: install.file, line: 0 };
    const near = nearestStandardKeyword(p.keyword);
    out.push(
      near
        ? {
            ruleId: 'inf.near-miss-keyword',
            severity: 'warning',
            message: `${p.keyword} is not a standardized keyword; did you mean ${near}? NDIS and Windows only know the documented spelling.`,
            ...at,
          }
        : {
            ruleId: 'inf.unknown-star-keyword',
            severity: 'info',
            message: `${p.keyword} starts with "*", which marks standardized keywords, but the reference does not list it.`,
            ...at,
          },
    );
  }
  return out;
}

/**
 * The standardized keyword a `*` keyword most likely means: within two edits (casing aside), or
 * sharing its first six characters and within half its length (`*JumboFrame` for `*JumboPacket`).
 */
export function nearestStandardKeyword(keyword: string): string | null {
  const lower = keyword.toLowerCase();
  let best: { keyword: string; score: number } | null = null;
  for (const candidate of STANDARD_KEYWORDS) {
    const c = candidate.toLowerCase();
    const d = distance(lower, c);
    let prefix = 0;
    while (prefix < lower.length && prefix < c.length && lower[prefix] === c[prefix]) prefix++;
    const near = d <= 2 || (prefix >= 6 && d <= Math.ceil(Math.max(lower.length, c.length) / 2));
    if (near && (best === null || d < best.score)) best = { keyword: candidate, score: d };
  }
  return best?.keyword ?? null;
}

function spell(details: AdapterDetails, keywordLower: string): string {
  return details.properties.find((p) => p.keyword.toLowerCase() === keywordLower)?.keyword ?? keywordLower;
}

function show(value: RegistryValue): string {
  return value.type === 'REG_SZ' ? `"${value.data}"` : `${value.type} ${Array.isArray(value.data) ? value.data.join(',') : String(value.data)}`;
}

/**
 * Results merged by rule, place and message (shared AddReg sections yield the same finding for
 * many install sections). A combination rule found by both the rules and the metadata lint on
 * one line (R17, R36) is reported once, as the first (the rules' wording and severity).
 */
class ResultList {
  private readonly byKey = new Map<string, { result: InfLintResult; sections: string[] }>();

  add(r: InfLintResult): void {
    const key = `${r.ruleId}\u0000${r.file}\u0000${r.line}\u0000${/^R\d/.test(r.ruleId) ? '' : r.message}`;
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, { result: r, sections: [...r.installSections] });
      return;
    }
    for (const s of r.installSections) if (!existing.sections.includes(s)) existing.sections.push(s);
  }

  sorted(): InfLintResult[] {
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.byKey.values()]
      .map(({ result, sections }) => ({ ...result, installSections: sections }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || rank[a.severity] - rank[b.severity] || a.ruleId.localeCompare(b.ruleId));
  }
}
