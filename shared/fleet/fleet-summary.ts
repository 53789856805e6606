/**
 * The fleet report, built one machine at a time: each machine's entry is kept (it is small), its
 * values are counted into the summary and dropped. Counts are per machine (how many machines have
 * a finding, a drifted keyword, a value) and per adapter.
 */

import type { Profile } from '../profiles/profile';
import type { Severity } from '../rules/types';
import type { AnalysedMachine, FleetScope } from './analyse-machine';
import type { FleetCount, FleetMachine, FleetReport, FleetSummaryKeyword } from './fleet-model';
import { Interner } from './intern';

/** A count being built: machines as indexes into the report's machine list, each once. */
class Tally {
  readonly machineIndexes: number[] = [];
  adapters = 0;
  add(machineIndex: number): void {
    this.adapters++;
    if (this.machineIndexes[this.machineIndexes.length - 1] !== machineIndex) this.machineIndexes.push(machineIndex);
  }
  count(names: readonly string[]): FleetCount {
    return { machines: this.machineIndexes.length, adapters: this.adapters, machineNames: this.machineIndexes.map((i) => names[i]!) };
  }
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface FleetReportOptions {
  readonly profile: { readonly file: string; readonly profile: Profile } | null;
  readonly scope: FleetScope;
  readonly keywords: readonly string[];
  readonly tool: string;
  readonly generatedAt: Date;
}

export class FleetReportBuilder {
  private readonly machines: FleetMachine[] = [];
  private readonly findings = new Map<string, { severity: Severity; message: string; tally: Tally }>();
  private readonly differences = new Map<string, { keyword: string; label: string; tally: Tally; cannotApply: number }>();
  private readonly values = new Map<
    string,
    { keyword: string; label: string; defined: Tally; values: Map<string, { value: string | null; display: string; tally: Tally }>; signatures: Set<string> }
  >();
  private readonly drivers = new Map<string, { componentId: string | null; driverVersion: string | null; description: string | null; tally: Tally }>();
  private readonly asked: ReadonlySet<string>;
  private readonly kept = new Interner();

  constructor(private readonly options: FleetReportOptions) {
    this.asked = new Set(options.keywords.map((k) => k.toLowerCase()));
  }

  /** A machine whose export was read. */
  addMachine(analysed: AnalysedMachine): void {
    const index = this.machines.push(this.keep(analysed.machine)) - 1;
    // Per keyword, the values this machine's adapters hold: its "signature" for that keyword.
    const held = new Map<string, string[]>();
    this.machines[index]!.adapters.forEach((adapter, a) => {
      for (const f of adapter.findings) {
        let entry = this.findings.get(f.id);
        if (!entry)
          this.findings.set(f.id, (entry = { severity: f.severity, message: this.kept.string(analysed.messages.get(f.id) ?? ''), tally: new Tally() }));
        entry.tally.add(index);
      }
      for (const d of adapter.differences) {
        const lower = d.keyword.toLowerCase();
        let entry = this.differences.get(lower);
        if (!entry) this.differences.set(this.kept.string(lower), (entry = { keyword: d.keyword, label: d.label, tally: new Tally(), cannotApply: 0 }));
        entry.tally.add(index);
        if (d.kind === 'cannot-apply') entry.cannotApply++;
      }
      const driverKey = `${adapter.componentId ?? ''}\u0000${adapter.driverVersion ?? ''}`;
      let driver = this.drivers.get(driverKey);
      if (!driver)
        this.drivers.set(
          driverKey,
          (driver = { componentId: adapter.componentId, driverVersion: adapter.driverVersion, description: adapter.description, tally: new Tally() }),
        );
      driver.tally.add(index);
      for (const v of analysed.observed[a] ?? []) {
        const lower = v.keyword.toLowerCase();
        let keyword = this.values.get(lower);
        if (!keyword)
          this.values.set(
            this.kept.string(lower),
            (keyword = {
              keyword: this.kept.string(v.keyword),
              label: this.kept.string(v.label),
              defined: new Tally(),
              values: new Map(),
              signatures: new Set(),
            }),
          );
        keyword.defined.add(index);
        const keys = held.get(lower);
        if (keys) keys.push(v.key);
        else held.set(lower, [v.key]);
        let value = keyword.values.get(v.key);
        if (!value)
          keyword.values.set(this.kept.string(v.key), (value = { value: this.kept.string(v.value), display: this.kept.string(v.display), tally: new Tally() }));
        value.tally.add(index);
      }
    });
    for (const [lower, keys] of held) this.values.get(lower)!.signatures.add(keys.sort().join('\u0001'));
  }

  /** A machine whose export could not be read (its entry says why). */
  addUnreadable(machine: FleetMachine): void {
    this.machines.push(this.keep(machine));
  }

  /** The entry as the report keeps it: one copy of each string and record (intern.ts), its own object. */
  private keep(m: FleetMachine): FleetMachine {
    const s = <T extends string | null>(text: T) => this.kept.string(text);
    return {
      ...m,
      machine: s(m.machine),
      file: s(m.file),
      osBuild: s(m.osBuild),
      collectedAt: s(m.collectedAt),
      error: s(m.error),
      notes: this.kept.value(m.notes),
      globals: this.kept.value(m.globals),
      adapters: this.kept.value(m.adapters),
    };
  }

  build(): FleetReport {
    const machines = this.withDuplicateNotes();
    const names = machines.map((m) => m.machine);
    const read = machines.filter((m) => m.error === null);
    const profile = this.options.profile;
    const severities = (m: FleetMachine, s: Severity) => m.adapters.some((a) => a.findings.some((f) => f.severity === s));
    // A keyword is worth listing when machines differ in it: not every machine that defines it holds
    // the same values on its adapters. Values that differ only between the adapters of every machine
    // alike (one NIC's defaults against another's) say nothing about the fleet.
    const values: FleetSummaryKeyword[] = [...this.values.values()]
      .filter((k) => k.signatures.size > 1 || this.asked.has(k.keyword.toLowerCase()))
      .map((k) => ({
        keyword: k.keyword,
        label: k.label,
        machines: k.defined.machineIndexes.length,
        adapters: k.defined.adapters,
        values: [...k.values.values()].map((v) => ({ value: v.value, display: v.display, ...v.tally.count(names) })).sort((x, y) => y.adapters - x.adapters),
      }))
      .sort((x, y) => x.label.localeCompare(y.label, undefined, { sensitivity: 'base', numeric: true }));
    return {
      title: profile ? `Fleet report: ${profile.profile.name}` : 'Fleet report',
      generatedAt: this.options.generatedAt.toISOString(),
      tool: this.options.tool,
      profile: profile ? { file: profile.file, name: profile.profile.name, settings: profile.profile.settings.length } : null,
      scope: this.options.scope,
      totals: {
        files: machines.length,
        machines: read.length,
        unreadable: machines.length - read.length,
        adapters: read.reduce((n, m) => n + m.adapters.length, 0),
        drifted: read.filter((m) => m.drift).length,
        noMatchingAdapter: profile ? read.filter((m) => !m.adapters.some((a) => a.profile === 'matches')).length : 0,
        machinesWithErrors: read.filter((m) => severities(m, 'error')).length,
        machinesWithWarnings: read.filter((m) => severities(m, 'warning')).length,
      },
      machines,
      summary: {
        findings: [...this.findings.entries()]
          .map(([id, f]) => ({ id, severity: f.severity, message: f.message, ...f.tally.count(names) }))
          .sort((x, y) => y.machines - x.machines || SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || x.id.localeCompare(y.id)),
        differences: [...this.differences.values()]
          .map((d) => ({ keyword: d.keyword, label: d.label, cannotApply: d.cannotApply, ...d.tally.count(names) }))
          .sort((x, y) => y.machines - x.machines || x.label.localeCompare(y.label)),
        values,
        drivers: [...this.drivers.values()]
          .map((d) => ({ componentId: d.componentId, driverVersion: d.driverVersion, description: d.description, ...d.tally.count(names) }))
          .sort((x, y) => y.machines - x.machines || (x.componentId ?? '').localeCompare(y.componentId ?? '')),
      },
      keywords: this.options.keywords,
    };
  }

  /** Two exports naming the same machine are both reported, each saying so. */
  private withDuplicateNotes(): FleetMachine[] {
    const byName = new Map<string, FleetMachine[]>();
    for (const m of this.machines) {
      const key = m.machine.toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), m]);
    }
    return this.machines.map((m) => {
      const same = byName.get(m.machine.toLowerCase())!;
      if (same.length < 2) return m;
      const others = same.filter((o) => o !== m).map((o) => o.file);
      return { ...m, notes: [...m.notes, `${m.machine} is also in ${others.join(', ')}; which export is current is not known.`] };
    });
  }
}
