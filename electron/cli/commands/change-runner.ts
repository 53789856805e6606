/**
 * The common tail of `set`, `reset` and `globals`: validate the change set, then either show what
 * it would do (--dry-run), save it as a file (--out), or apply it as a transaction.
 */

import { extname } from 'node:path';
import type { AdapterDetails, Globals } from '../../../shared/model/adapter';
import type { Change } from '../../../shared/model/change-set';
import type { JournalEntry } from '../../../shared/model/journal';
import { findingsImpact } from '../../../shared/rules/change-impact';
import { readGlobals } from '../../services/adapter-reader';
import { planWrites, type PlannedWrite } from '../../services/change-targets';
import { ChangeService } from '../../services/change-service';
import { renderChangeSet } from '../../services/export-file';
import { restartTouchedAdapters, type RestartOutcome } from '../../services/restart-after-apply';
import { restartAdapter } from '../../services/windows/restart-adapter';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { findingLines } from '../finding-text';
import { findingJson } from '../json-shapes';
import { writeOutputFile } from '../output-file';

export interface ChangeOptions {
  readonly dryRun?: boolean;
  readonly out?: string;
  readonly format?: string;
  /** Replace an existing --out file. */
  readonly force?: boolean;
  /** Restart the touched adapters after a live write, as Device Manager does. */
  readonly restart?: boolean;
}

function fmt(value: unknown): string {
  return value === null || value === undefined ? 'Not Present' : `"${String(value)}"`;
}

/**
 * What a command that plans its changes (copy, profile apply, check --fix) says before them: its own
 * JSON fields (merged into the result) and text lines (printed first).
 */
export interface ChangePreface {
  readonly json: Readonly<Record<string, unknown>>;
  readonly lines: readonly string[];
}

const NO_PREFACE: ChangePreface = { json: {}, lines: [] };

/** Run a change set per the options; `adapters` are the adapters whose findings to compare. */
export async function runChanges(
  ctx: CliContext,
  changes: readonly Change[],
  adapters: readonly AdapterDetails[],
  options: ChangeOptions,
  preface: ChangePreface = NO_PREFACE,
): Promise<number> {
  const print = (json: Record<string, unknown>, text: () => string) =>
    ctx.print({ ...preface.json, ...json }, () => (preface.lines.length > 0 ? `${textLines(preface.lines)}\n${text()}` : text()));
  if (changes.length === 0) {
    print({ changes: [], applied: false }, () => 'Nothing to change: every value is already as asked.');
    return EXIT.ok;
  }
  const planned = await planWrites(ctx.source, changes);
  const globals = await readGlobals(ctx.source);
  const deltas = findingsImpact(
    adapters,
    globals,
    planned.map((p) => p.change),
  );
  const summary = () => {
    const lines = planned.map((p) => {
      const old = adapterValue(adapters, p) ?? globalValue(globals, p);
      return `  ${p.description}: ${fmt(old)} -> ${fmt(p.change.value)}`;
    });
    for (const d of deltas) {
      for (const f of d.added) lines.push(...findingLines(f, `  + ${f.severity} `));
      lines.push(...d.cleared.map((f) => `  - cleared: ${f.message}`));
    }
    return textLines(lines);
  };
  const changeJson = planned.map((p) => p.change);
  const findingsJson = deltas.map((d) => ({ adapter: d.adapterId, added: d.added.map(findingJson), cleared: d.cleared.map(findingJson) }));

  if (options.dryRun) {
    print({ changes: changeJson, findings: findingsJson, applied: false }, () => `Would change (dry run, nothing written):\n${summary()}`);
    return EXIT.ok;
  }
  if (options.out) {
    const format = options.format ?? (extname(options.out).toLowerCase() === '.ps1' ? 'ps1' : 'reg');
    if (format !== 'reg' && format !== 'ps1') throw new CliError(`--format ${format}: use reg or ps1.`, EXIT.usage);
    await writeOutputFile(options.out, await renderChangeSet(ctx.source, changes, format), { force: options.force, readingFrom: ctx.inputFiles });
    print(
      { changes: changeJson, findings: findingsJson, applied: false, file: options.out, format },
      () => `Saved to ${options.out} (${format}); nothing written to ${ctx.source.label}:\n${summary()}`,
    );
    return EXIT.ok;
  }
  if (ctx.source.kind !== 'live') {
    throw new CliError(
      `The source is ${ctx.source.label}, which is never modified: add --out FILE to save the change as .reg or .ps1, or --dry-run to check it.`,
      EXIT.usage,
    );
  }
  const entry: JournalEntry = await new ChangeService(ctx.source, await ctx.journal()).apply(changes.map((change) => ({ change })));
  const restart = options.restart ? await restartAfter(ctx, entry) : null;
  print(
    {
      changes: changeJson,
      findings: findingsJson,
      applied: true,
      journalEntry: entry.id,
      restarted: restart?.restarted ?? [],
      restartProblems: restart?.problems ?? [],
    },
    () => `Applied (history entry ${entry.id}; undo with "nicprops undo ${entry.id}"):\n${summary()}\n` + restartText(restart),
  );
  return restart?.problems.length ? EXIT.restartFailed : EXIT.ok;
}

function adapterValue(adapters: readonly AdapterDetails[], p: PlannedWrite): string | null | undefined {
  if (p.change.scope !== 'adapter') return undefined;
  const change = p.change;
  const d = adapters.find((a) => a.adapter.id === change.adapterId);
  const lower = change.keyword.toLowerCase();
  const prop = d?.properties.find((x) => x.keyword.toLowerCase() === lower);
  if (prop) return prop.stored === null ? null : String(prop.stored.data);
  const reg = d?.registryOnly.find((x) => x.keyword.toLowerCase() === lower);
  return reg ? String(reg.data) : null;
}

function globalValue(globals: Globals, p: PlannedWrite): number | null | undefined {
  if (p.change.scope !== 'global') return undefined;
  return p.change.name === 'DisableTaskOffload' ? globals.disableTaskOffload : globals.ipsecEnabledOffload;
}

/** Restart what `entry` touched; the CLI's own restart runs the same service as the app. */
export async function restartAfter(ctx: CliContext, entry: JournalEntry): Promise<RestartOutcome> {
  return restartTouchedAdapters(ctx.source, entry, (adapter) => restartAdapter(adapter));
}

/** The closing sentence about restarts after a live write. */
export function restartText(restart: RestartOutcome | null): string {
  if (restart === null)
    return 'Drivers read these values when they start: restart the adapter (--restart, Device Manager, Restart-NetAdapter or pnputil /restart-device).';
  return (
    [...restart.restarted.map((id) => `Restarted adapter ${id}.`), ...restart.problems].join('\n') ||
    'No adapter to restart (only global switches changed; they apply at the next adapter or computer restart).'
  );
}
