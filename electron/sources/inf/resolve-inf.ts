/**
 * Resolve driver INFs the way Windows installs a device ("General Syntax Rules for INF Files",
 * "INF Manufacturer Section", "INF Models Section", "INF DDInstall Section"): [Version] must carry
 * a Windows signature; each [Manufacturer] line names a Models section whose TargetOS decoration
 * best fits the target; each device line there names an install section, decorated with the most
 * specific platform extension that exists (`.NTamd64`, `.NT`, none). Devices sharing an install
 * section share one Advanced page, so each install section becomes one adapter.
 *
 * Per install section the registry work is, in order: every `Needs` section (found in the INFs its
 * `Include` names, when they were given too, else in the same INF), then all `DelReg` sections,
 * then all `AddReg` sections — SetupAPI's order, in which DelReg cleans what an earlier
 * installation left before AddReg writes the new parameters. Nothing here writes anywhere: the
 * result is a list of operations with the line each came from.
 */

import type { InfModel, SourceLocation } from '../../../shared/model/adapter';
import { NET_CLASS_GUID } from '../../../shared/model/registry-paths';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { DiagnosticList, type InfDiagnostic } from './inf-diagnostic';
import { InfParseError } from './inf-parse-error';
import { InfStrings, type ExpansionBudget } from './inf-strings';
import { substituteStampinfPlaceholders } from './stampinf-placeholders';
import { addRegOp, delRegOp, type RegOp } from './registry-entries';
import { bestDecoration, formatTarget, parseDecoration, parseInfNumber, platformExtensions, type InfTarget, type TargetOsDecoration } from './target-os';
import { tokenizeInf, type InfDocument, type InfLine, type InfSection } from './tokenize-inf';

/** One INF's decoded text. */
export interface InfFileText {
  readonly name: string;
  readonly text: string;
}

/** One device line of a Models section. */
export interface InfDevice {
  readonly description: string;
  /** Hardware ID then compatible IDs, as written. */
  readonly ids: readonly string[];
  readonly at: SourceLocation;
}

/** A value the install section sets by directive (`Characteristics = 0x84`, `*IfType = 6`). */
export interface InfDirectiveValue {
  readonly name: string;
  readonly value: RegistryValue;
  readonly at: SourceLocation;
}

/** One install section reached for the target: one adapter. */
export interface ResolvedInstall {
  /** The adapter id it becomes: `0000`, `0001`, … in order of first appearance. */
  readonly id: string;
  readonly file: string;
  readonly model: InfModel;
  readonly devices: readonly InfDevice[];
  /** The install section used (decorated), or null when it is missing. */
  readonly section: { readonly name: string; readonly at: SourceLocation } | null;
  readonly directives: readonly InfDirectiveValue[];
  /**
   * Registry operations on the instance key, in the order Windows performs them, as the lists of
   * the registry sections they come from. Each list is one object however many install sections
   * use its section, so installs running the same sections are recognised by identity
   * (inf-source.ts builds what they have in common once).
   */
  readonly segments: readonly (readonly RegOp[])[];
  /** [Version] Provider and DriverVer of the INF, as written there (substituted). */
  readonly provider: string | null;
  readonly driverVersion: string | null;
}

export interface InfResolution {
  readonly target: InfTarget;
  readonly files: readonly string[];
  readonly installs: readonly ResolvedInstall[];
  readonly diagnostics: readonly InfDiagnostic[];
}

/** Limits that keep a hostile INF from taking the process down; real driver packages stay far below them. */
export const INF_LIMITS = {
  /** Nested Needs (a Needs section naming further Needs). */
  needsDepth: 8,
  /** Registry operations over all install sections. */
  operations: 2_000_000,
  /** Characters produced by string substitution over the whole resolution. */
  expandedCharacters: 64 * 1024 * 1024,
  /** Adapter ids are four digits. */
  installSections: 10_000,
} as const;

const SIGNATURES = new Set(['$windows nt$', '$chicago$', '$windows 95$']);
/** Directives of an install section that Windows' network class installer stores at the instance key. */
const NUMERIC_DIRECTIVES = new Set(['characteristics', 'numberofnetworkinterfaces']);

interface ParsedInf {
  readonly doc: InfDocument;
  readonly strings: InfStrings;
  readonly provider: string | null;
  readonly driverVersion: string | null;
}

/** Resolve every device model of `files` for `target`. Throws InfParseError for a file Windows could not read at all. */
export function resolveInf(files: readonly InfFileText[], target: InfTarget): InfResolution {
  return new InfResolver(files, target).resolve();
}

class InfResolver {
  private readonly diagnostics = new DiagnosticList();
  private readonly budget: ExpansionBudget = { remaining: INF_LIMITS.expandedCharacters };
  private readonly parsed = new Map<string, ParsedInf>();
  /** The operations of each registry section, by section and directive: built once however many install sections use it. */
  private readonly sectionOps = { AddReg: new Map<InfSection, readonly RegOp[]>(), DelReg: new Map<InfSection, readonly RegOp[]>() };
  /** Missing registry sections already reported (by directive, file and name): once, not at every install section naming them. */
  private readonly missingReported = new Set<string>();
  private operations = 0;

  constructor(
    private readonly files: readonly InfFileText[],
    private readonly target: InfTarget,
  ) {}

  resolve(): InfResolution {
    for (const f of this.files) {
      const key = f.name.toLowerCase();
      if (this.parsed.has(key)) throw new InfParseError(f.name, 0, 'is given twice.');
      this.parsed.set(key, this.parse(f));
    }
    const installs: ResolvedInstall[] = [];
    const included = new Set<string>();
    for (const [, inf] of this.parsed) {
      if (!inf.doc.sections.has('manufacturer')) continue;
      for (const group of this.deviceGroups(inf)) installs.push(this.install(inf, group, installs.length, included));
    }
    for (const [key, inf] of this.parsed) {
      if (!inf.doc.sections.has('manufacturer') && !included.has(key)) {
        this.diagnostics.add({
          id: 'inf.unused-file',
          severity: 'warning',
          message: `${inf.doc.file} has no [Manufacturer] section and no other INF given includes it, so nothing is read from it.`,
          at: { file: inf.doc.file, line: 1 },
        });
      }
    }
    return { target: this.target, files: this.files.map((f) => f.name), installs, diagnostics: this.diagnostics.items };
  }

  private parse(f: InfFileText): ParsedInf {
    const text = substituteStampinfPlaceholders(f.text, f.name, this.target.architecture, this.diagnostics);
    const doc = tokenizeInf(text, f.name);
    for (const d of doc.diagnostics) this.diagnostics.add(d);
    const version = doc.sections.get('version');
    const signature = version?.lines
      .find((l) => l.key?.toLowerCase() === 'signature')
      ?.fields[0]?.trim()
      .toLowerCase();
    if (!version || signature === undefined || !SIGNATURES.has(signature)) {
      throw new InfParseError(f.name, version?.line ?? 0, 'is not a driver INF: it has no [Version] section with Signature = "$Windows NT$".');
    }
    const strings = new InfStrings(doc, this.target.language, this.diagnostics, this.budget);
    const value = (name: string, field = 0) => {
      const line = version.lines.find((l) => l.key?.toLowerCase() === name);
      const text = line?.fields[field];
      return line && text !== undefined ? strings.substitute(text, { file: f.name, line: line.line }).trim() : null;
    };
    const classGuid = value('classguid');
    if (classGuid !== null && classGuid.toLowerCase() !== NET_CLASS_GUID.toLowerCase()) {
      this.diagnostics.add({
        id: 'inf.not-net-class',
        severity: 'warning',
        message: `ClassGUID ${classGuid} is not the Net class ${NET_CLASS_GUID}: Windows shows no network Advanced page for these devices.`,
        at: { file: f.name, line: version.lines.find((l) => l.key?.toLowerCase() === 'classguid')?.line ?? version.line },
      });
    }
    return { doc, strings, provider: value('provider'), driverVersion: value('driverver', 1) };
  }

  private at(inf: ParsedInf, line: InfLine): SourceLocation {
    return { file: inf.doc.file, line: line.line };
  }

  private sub(inf: ParsedInf, text: string, line: InfLine): string {
    return inf.strings.substitute(text, this.at(inf, line)).trim();
  }

  /** The device lines of every Models section chosen for the target, grouped by install section in order of first appearance. */
  private deviceGroups(inf: ParsedInf): { installSection: string; modelsSection: string; devices: InfDevice[] }[] {
    const groups = new Map<string, { installSection: string; modelsSection: string; devices: InfDevice[] }>();
    for (const line of inf.doc.sections.get('manufacturer')!.lines) {
      const models = this.modelsSection(inf, line);
      if (models === null) continue;
      for (const device of models.lines) {
        const at = this.at(inf, device);
        const installSection = device.key === null ? '' : this.sub(inf, device.fields[0] ?? '', device);
        if (installSection === '') {
          this.diagnostics.add({
            id: 'inf.bad-model-line',
            severity: 'error',
            message: `This line of [${models.name}] names no install section: "device-description = install-section, hardware-id".`,
            at,
          });
          continue;
        }
        const ids = device.fields
          .slice(1)
          .map((f) => this.sub(inf, f, device))
          .filter((id) => id !== '');
        if (ids.length === 0) {
          this.diagnostics.add({
            id: 'inf.model-without-id',
            severity: 'warning',
            message: `The device line for ${installSection} has no hardware or compatible ID, so it matches no device.`,
            at,
          });
        }
        const lower = installSection.toLowerCase();
        let group = groups.get(lower);
        if (!group) {
          group = { installSection, modelsSection: models.name, devices: [] };
          groups.set(lower, group);
        }
        group.devices.push({ description: this.sub(inf, device.key ?? '', device), ids, at });
      }
    }
    return [...groups.values()];
  }

  /** The Models section a Manufacturer line leads to for the target; null (reported) when none. */
  private modelsSection(inf: ParsedInf, line: InfLine): InfSection | null {
    const at = this.at(inf, line);
    const base = this.sub(inf, line.fields[0] ?? '', line);
    if (base === '') {
      this.diagnostics.add({ id: 'inf.bad-manufacturer-line', severity: 'error', message: 'This [Manufacturer] line names no Models section.', at });
      return null;
    }
    const decorations: TargetOsDecoration[] = [];
    for (const text of line.fields.slice(1)) {
      const t = this.sub(inf, text, line);
      if (t === '') continue;
      const d = parseDecoration(t);
      if (d === null) {
        this.diagnostics.add({
          id: 'inf.bad-decoration',
          severity: 'warning',
          message: `"${t}" is not a TargetOS decoration (NT[architecture][.major[.minor[.product[.suite[.build]]]]]); Windows ignores it.`,
          at,
        });
      } else {
        decorations.push(d);
      }
    }
    const best = bestDecoration(decorations, this.target);
    // Without an applicable decoration only x86 still uses the undecorated section (required decoration since Server 2003 SP1).
    const name = best ? `${base}.${best.text}` : decorations.length === 0 || this.target.architecture === 'x86' ? base : null;
    if (name === null) {
      this.diagnostics.add({
        id: 'inf.no-models-for-target',
        severity: 'warning',
        message: `The Models section ${base} is offered for ${decorations.map((d) => d.text).join(', ')}; none applies to ${formatTarget(this.target)}, so Windows installs nothing from it there.`,
        at,
      });
      return null;
    }
    const section = inf.doc.sections.get(name.toLowerCase());
    if (!section) {
      this.diagnostics.add({ id: 'inf.missing-section', severity: 'error', message: `The Models section [${name}] named here does not exist.`, at });
      return null;
    }
    return section;
  }

  private install(
    inf: ParsedInf,
    group: { installSection: string; modelsSection: string; devices: InfDevice[] },
    index: number,
    included: Set<string>,
  ): ResolvedInstall {
    if (index >= INF_LIMITS.installSections) {
      throw new InfParseError(
        inf.doc.file,
        group.devices[0]!.at.line,
        `more than ${INF_LIMITS.installSections} install sections; adapter ids have four digits.`,
      );
    }
    const id = String(index).padStart(4, '0');
    let section: InfSection | null = null;
    let decoration: string | null = null;
    for (const ext of platformExtensions(this.target)) {
      section = inf.doc.sections.get((ext === null ? group.installSection : `${group.installSection}.${ext}`).toLowerCase()) ?? null;
      if (section) {
        decoration = ext;
        break;
      }
    }
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const d of group.devices) {
      for (const hw of d.ids) {
        const lower = hw.toLowerCase();
        if (!seen.has(lower)) {
          seen.add(lower);
          ids.push(hw);
        }
      }
    }
    const model: InfModel = { installSection: group.installSection, decoration, modelsSection: group.modelsSection, hardwareIds: ids };
    const { provider, driverVersion } = inf;
    const { file } = inf.doc;
    const { devices } = group;
    if (!section) {
      this.diagnostics.add({
        id: 'inf.missing-section',
        severity: 'error',
        message: `The install section ${group.installSection} (or ${group.installSection}.NT${this.target.architecture} / .NT) does not exist; Windows cannot install these devices.`,
        at: group.devices[0]!.at,
      });
      return { id, file, model, devices, provider, driverVersion, section: null, directives: [], segments: [] };
    }
    const segments: (readonly RegOp[])[] = [];
    const directives: InfDirectiveValue[] = [];
    this.runSection(inf, section, segments, directives, 0, [], included);
    return { id, file, model, devices, provider, driverVersion, section: { name: section.name, at: { file, line: section.line } }, directives, segments };
  }

  /** The registry work of one install (or Needs) section: Needs first, then DelReg, then AddReg. */
  private runSection(
    inf: ParsedInf,
    section: InfSection,
    segments: (readonly RegOp[])[],
    directives: InfDirectiveValue[] | null,
    depth: number,
    chain: readonly string[],
    included: Set<string>,
  ): void {
    const includes: { name: string; at: SourceLocation }[] = [];
    const needs: { name: string; line: InfLine }[] = [];
    const delRegs: { name: string; line: InfLine }[] = [];
    const addRegs: { name: string; line: InfLine }[] = [];
    for (const line of section.lines) {
      const key = line.key?.trim().toLowerCase();
      if (key === undefined) continue;
      const list = () => line.fields.map((f) => this.sub(inf, f, line)).filter((n) => n !== '');
      if (key === 'include') for (const name of list()) includes.push({ name, at: this.at(inf, line) });
      else if (key === 'needs') for (const name of list()) needs.push({ name, line });
      else if (key === 'delreg') for (const name of list()) delRegs.push({ name, line });
      else if (key === 'addreg') for (const name of list()) addRegs.push({ name, line });
      else if (directives !== null && (key.startsWith('*') || NUMERIC_DIRECTIVES.has(key) || key === 'bustype')) {
        const directive = this.directive(inf, line);
        if (directive) directives.push(directive);
      }
    }
    const givenIncludes = includes.flatMap((inc) => {
      const found = this.parsed.get(inc.name.toLowerCase());
      if (found) included.add(inc.name.toLowerCase());
      return found ? [found] : [];
    });
    for (const need of needs) {
      const at = this.at(inf, need.line);
      const lower = need.name.toLowerCase();
      const owner = [...givenIncludes, inf].find((candidate) => candidate.doc.sections.has(lower));
      if (!owner) {
        const missing = includes.filter((inc) => !this.parsed.has(inc.name.toLowerCase()));
        if (missing.length > 0) {
          for (const m of missing) {
            this.diagnostics.add({
              id: 'inf.include-not-given',
              severity: 'info',
              message: `Needs=${need.name} comes from ${m.name} (Include), which was not given: registry values and parameters that section adds are missing here. Give ${m.name} as another source to include them.`,
              at: m.at,
            });
          }
        } else {
          this.diagnostics.add({
            id: 'inf.missing-section',
            severity: 'error',
            message: `The section [${need.name}] named by Needs does not exist in this INF or the INFs it includes.`,
            at,
          });
        }
        continue;
      }
      const key = `${owner.doc.file.toLowerCase()}\u0000${lower}`;
      if (chain.includes(key)) {
        this.diagnostics.add({
          id: 'inf.needs-cycle',
          severity: 'error',
          message: `Needs=${need.name} leads back to a section already being installed; the loop is not followed.`,
          at,
        });
        continue;
      }
      if (depth + 1 > INF_LIMITS.needsDepth) {
        this.diagnostics.add({
          id: 'inf.needs-too-deep',
          severity: 'error',
          message: `Needs sections are nested more than ${INF_LIMITS.needsDepth} deep; the rest is not followed.`,
          at,
        });
        continue;
      }
      this.runSection(owner, owner.doc.sections.get(lower)!, segments, null, depth + 1, [...chain, key], included);
    }
    for (const d of delRegs) this.pushOps(inf, d.name, d.line, 'DelReg', segments);
    for (const a of addRegs) this.pushOps(inf, a.name, a.line, 'AddReg', segments);
  }

  /** Append the operations of one registry section (read once, however many install sections use it). */
  private pushOps(inf: ParsedInf, name: string, from: InfLine, directive: 'AddReg' | 'DelReg', segments: (readonly RegOp[])[]): void {
    const lower = name.toLowerCase();
    const section = inf.doc.sections.get(lower);
    if (!section) {
      const key = `${directive}\u0000${inf.doc.file.toLowerCase()}\u0000${lower}`;
      if (!this.missingReported.has(key)) {
        this.missingReported.add(key);
        this.diagnostics.add({
          id: 'inf.missing-section',
          severity: 'error',
          message: `The ${directive} section [${name}] named here does not exist.`,
          at: this.at(inf, from),
        });
      }
      return;
    }
    const cache = this.sectionOps[directive];
    let list = cache.get(section);
    if (list === undefined) {
      const built: RegOp[] = [];
      for (const line of section.lines) {
        // A registry line has no key; an `=` inside it (rare) makes its first part the key, as SetupAPI reads it.
        const raw = line.key === null ? line.fields : [line.key, ...line.fields];
        const fields = raw.map((f) => inf.strings.substitute(f, this.at(inf, line)));
        const op = directive === 'AddReg' ? addRegOp(fields, this.at(inf, line), this.diagnostics) : delRegOp(fields, this.at(inf, line), this.diagnostics);
        if (op) built.push(op);
      }
      list = built;
      cache.set(section, list);
    }
    this.operations += list.length;
    if (this.operations > INF_LIMITS.operations) {
      throw new InfParseError(
        inf.doc.file,
        from.line,
        `the install sections apply more than ${INF_LIMITS.operations.toLocaleString('en-US')} registry entries; this is not a driver package the tool can preview.`,
      );
    }
    if (list.length > 0) segments.push(list);
  }

  /** `Characteristics = 0x84`, `BusType = 5`, `*IfType = 6`: what the class installer stores at the instance key. */
  private directive(inf: ParsedInf, line: InfLine): InfDirectiveValue | null {
    const name = line.key!.trim();
    const text = this.sub(inf, line.fields[0] ?? '', line);
    const at = this.at(inf, line);
    const n = parseInfNumber(text);
    if (name.toLowerCase() === 'bustype')
      return n === null ? this.badDirective(name, text, at) : { name: 'BusType', value: { type: 'REG_SZ', data: String(n) }, at };
    if (n === null) {
      return name.startsWith('*') ? { name, value: { type: 'REG_SZ', data: text }, at } : this.badDirective(name, text, at);
    }
    return { name: name.toLowerCase() === 'characteristics' ? 'Characteristics' : name, value: { type: 'REG_DWORD', data: n }, at };
  }

  private badDirective(name: string, text: string, at: SourceLocation): null {
    this.diagnostics.add({ id: 'inf.bad-directive', severity: 'error', message: `${name} = "${text}" is not a decimal or 0x-hex number.`, at });
    return null;
  }
}
