/** `nicprops history` and `nicprops undo [ENTRY]`. */

import type { JournalEntry } from '../../../shared/model/journal';
import { undoneEntryIds } from '../../../shared/model/journal-undo';
import { registryValueAsText } from '../../../shared/model/registry-value';
import { ChangeService } from '../../services/change-service';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { restartAfter, restartText } from './change-runner';

function describeEntry(e: JournalEntry, undone: boolean): string {
  if (e.state === 'unreadable') return textLines([`${e.id}  UNREADABLE: the file ${e.problem ?? 'is not a valid entry'}; it is never undone.`]);
  const head = `${e.id}  ${e.appliedAt}${e.undoOf ? `  (undo of ${e.undoOf})` : ''}${e.state === 'interrupted' ? '  INTERRUPTED' : ''}${undone ? '  [undone]' : ''}`;
  const lines = e.writes.map((w) => {
    const target = w.change.scope === 'adapter' ? `${w.change.adapterId} ${w.change.keyword}` : w.change.name;
    const show = (v: JournalEntry['writes'][number]['before']) => (v === null ? 'Not Present' : `"${registryValueAsText(v) ?? v.type}"`);
    return `    ${target}: ${show(w.before)} -> ${show(w.after)}`;
  });
  return textLines([head, ...lines]);
}

export async function historyCommand(ctx: CliContext): Promise<number> {
  const entries = await (await ctx.journal()).list();
  const undone = undoneEntryIds(entries);
  ctx.print(entries, () =>
    entries.length === 0
      ? `No changes recorded${ctx.source.kind === 'live' ? '' : ` (only changes to the live registry are journaled; the source is ${ctx.source.label})`}.`
      : entries.map((e) => describeEntry(e, undone.has(e.id))).join('\n'),
  );
  return EXIT.ok;
}

export async function undoCommand(ctx: CliContext, entryId: string | undefined, options: { restart?: boolean } = {}): Promise<number> {
  if (ctx.source.kind !== 'live') throw new CliError(`Undo works on the live registry; the source is ${ctx.source.label}.`, EXIT.usage);
  const journal = await ctx.journal();
  const entries = await journal.list();
  const undone = undoneEntryIds(entries);
  const target = entryId ?? entries.find((e) => !e.undoOf && !undone.has(e.id) && e.state !== 'unreadable')?.id;
  if (!target) throw new CliError('Nothing to undo: the history has no change set that is not undone yet.', EXIT.notFound);
  const entry = await new ChangeService(ctx.source, journal).undo(target);
  const restart = options.restart ? await restartAfter(ctx, entry) : null;
  ctx.print(
    { undone: target, journalEntry: entry.id, writes: entry.writes, restarted: restart?.restarted ?? [], restartProblems: restart?.problems ?? [] },
    () => `Undid ${target}:\n${describeEntry(entry, false)}\n${restartText(restart)}`,
  );
  return restart?.problems.length ? EXIT.restartFailed : EXIT.ok;
}
