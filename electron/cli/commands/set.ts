/** `nicprops set <adapter> KEYWORD=VALUE… [--not-present KEYWORD…]` and `nicprops reset <adapter> [KEYWORD…]`. */

import type { AdapterChange } from '../../../shared/model/change-set';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { resolveAdapter } from '../open-source';
import { runChanges, type ChangeOptions } from './change-runner';

/** Split `KEYWORD=VALUE` at the first '=' (values may contain '='). */
export function parseAssignment(text: string): { keyword: string; value: string } {
  const at = text.indexOf('=');
  if (at <= 0) throw new CliError(`"${text}" is not KEYWORD=VALUE (quote keywords that start with *, e.g. '*JumboPacket=9014').`, EXIT.usage);
  return { keyword: text.slice(0, at), value: text.slice(at + 1) };
}

export async function setCommand(
  ctx: CliContext,
  adapter: string,
  assignments: readonly string[],
  options: ChangeOptions & { notPresent?: string[] },
): Promise<number> {
  const details = await resolveAdapter(ctx.source, adapter);
  const changes: AdapterChange[] = [
    ...assignments.map((a) => ({ scope: 'adapter' as const, adapterId: details.adapter.id, ...parseAssignment(a) })),
    ...(options.notPresent ?? []).map((keyword) => ({ scope: 'adapter' as const, adapterId: details.adapter.id, keyword, value: null })),
  ];
  if (changes.length === 0) throw new CliError('set needs at least one KEYWORD=VALUE or --not-present KEYWORD.', EXIT.usage);
  return runChanges(ctx, changes, [details], options);
}

export async function resetCommand(
  ctx: CliContext,
  adapter: string,
  keywords: readonly string[],
  options: ChangeOptions,
  write: (s: string) => void,
): Promise<number> {
  const details = await resolveAdapter(ctx.source, adapter);
  const wanted = keywords.map((k) => k.toLowerCase());
  const unknown = wanted.filter((k) => !details.properties.some((p) => p.keyword.toLowerCase() === k));
  if (unknown.length) {
    throw new CliError(
      `${keywords.filter((k) => unknown.includes(k.toLowerCase())).join(', ')}: not a property of this adapter (only Ndi\\params properties have defaults).`,
      EXIT.notFound,
    );
  }
  const skipped: string[] = [];
  const changes: AdapterChange[] = [];
  for (const p of details.properties) {
    if (wanted.length && !wanted.includes(p.keyword.toLowerCase())) continue;
    // Default for required properties; Not Present for optional ones without a default (Windows' initial state).
    const target = p.default ?? (p.optional ? null : undefined);
    if (target === undefined) {
      skipped.push(`${p.keyword}: no Default in the driver's metadata; left as it is.`);
      continue;
    }
    const current = p.stored === null ? null : String(p.stored.data);
    if (current === target) continue;
    changes.push({ scope: 'adapter', adapterId: details.adapter.id, keyword: p.keyword, value: target });
  }
  if (skipped.length && !ctx.json) write(`${textLines(skipped)}\n`);
  return runChanges(ctx, changes, [details], options);
}
