/**
 * What reading and resolving a driver INF noticed without failing: a string that is not defined,
 * a section that is missing, an Include whose file was not given. `nicprops lint` reports them
 * with the file and line; the page still loads.
 */

import type { SourceLocation } from '../../../shared/model/adapter';

export type InfSeverity = 'error' | 'warning' | 'info';

export interface InfDiagnostic {
  /** Stable rule id, `inf.<name>` (listed with help text in shared/rules/rule-help.ts). */
  readonly id: string;
  readonly severity: InfSeverity;
  /** One sentence for a person. */
  readonly message: string;
  readonly at: SourceLocation;
  /** Keywords involved, when the problem is about parameters. */
  readonly keywords?: readonly string[];
}

/** Collects diagnostics, once per id, place and message (the same AddReg section is reached from many install sections). */
export class DiagnosticList {
  private readonly seen = new Set<string>();
  readonly items: InfDiagnostic[] = [];

  add(d: InfDiagnostic): void {
    const key = `${d.id}\u0000${d.at.file}\u0000${d.at.line}\u0000${d.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(d);
  }
}
