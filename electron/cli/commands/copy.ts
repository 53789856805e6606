/**
 * `nicprops copy <from> <to> [KEYWORD…] [--from-source S]`: make <to> match <from> for every keyword
 * both define (or the ones named) where <to>'s driver accepts the value; the rest is listed with the
 * reason. The changes then run like `set` (--dry-run, --out, --restart, journal).
 */

import { planCopy } from '../../../shared/compare/copy-settings';
import { planChanges } from '../../../shared/profiles/plan-settings';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { adapterJson } from '../json-shapes';
import { adapterTitle, findAdapter, openSource } from '../open-source';
import { runChanges, type ChangeOptions } from './change-runner';
import { planJson, planLines } from './settings-plan-text';

export async function copyCommand(
  ctx: CliContext,
  from: string,
  to: string,
  keywords: readonly string[],
  options: ChangeOptions & { fromSource?: readonly string[] },
): Promise<number> {
  const all = await readAllAdapterDetails(ctx.source);
  const fromOther = options.fromSource && options.fromSource.length > 0 ? await openSource(options.fromSource) : null;
  const fromDetails = findAdapter(fromOther ? await readAllAdapterDetails(fromOther) : all, from);
  const toDetails = findAdapter(all, to);
  if (!fromOther && fromDetails.adapter.id === toDetails.adapter.id) {
    throw new CliError(`copy needs two different adapters; both name ${adapterTitle(toDetails)} (${toDetails.adapter.id}).`, EXIT.usage);
  }
  const fromName = `${adapterTitle(fromDetails)} (${fromDetails.adapter.id}${fromOther ? `, ${fromOther.label}` : ''})`;
  const plan = planCopy(fromDetails, toDetails, { from: fromName, to: `${adapterTitle(toDetails)} (${toDetails.adapter.id})` }, keywords);
  const lines = [`Copying from ${fromName}`, ...planLines(toDetails, plan), ''];
  return runChanges(ctx, planChanges(toDetails.adapter.id, plan), [toDetails], options, {
    json: { from: adapterJson(fromDetails.adapter), fromSource: fromOther?.label ?? ctx.source.label, plan: planJson(toDetails, plan) },
    lines,
  });
}
