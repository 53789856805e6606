/** `nicprops show <adapter>` / `show --all`: every property with its metadata, stored and effective value. */

import type { AdapterDetails } from '../../../shared/model/adapter';
import { displayName } from '../../../shared/model/validate-value';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { CliError } from '../cli-error';
import { rawStored, valueWithLabel } from '../describe-value';
import { EXIT } from '../exit-codes';
import { detailsJson } from '../json-shapes';
import { adapterTitle, findAdapter } from '../open-source';
import { textTable } from '../text-table';

function metaSummary(p: AdapterDetails['properties'][number]): string {
  const parts: string[] = [p.type ?? 'no type'];
  if (p.min !== null || p.max !== null) parts.push(`${p.min ?? '?'}..${p.max ?? '?'}${p.step && p.step > 1 ? ` step ${p.step}` : ''}`);
  if (p.base === 16) parts.push('hex');
  if (p.limitText !== null) parts.push(`max ${p.limitText} chars`);
  if (p.upperCase) parts.push('upper-case');
  if (p.optional) parts.push('optional');
  return parts.join(', ');
}

/** What Characteristics says; "unknown" when the source has none (a partial export), never "not set". */
function kindText(a: AdapterDetails['adapter']): string {
  if (a.characteristics === null) return 'kind unknown (the source has no Characteristics value)';
  const flags = [a.physical && 'physical', a.virtual && 'virtual', a.hidden && 'hidden', !a.hasUi && 'no Advanced page (NCF_HAS_UI not set)'];
  return flags.filter(Boolean).join(', ') || 'no flags set in Characteristics';
}

export function detailsText(d: AdapterDetails): string {
  const a = d.adapter;
  const props = [...d.properties].sort((x, y) => displayName(x).localeCompare(displayName(y), undefined, { sensitivity: 'base' }));
  // Driver INFs: say which model and line each parameter comes from.
  const fromInf = a.infModel !== null;
  const lines = [
    `${adapterTitle(d)}  (instance ${a.id})`,
    `  ${kindText(a)}${a.componentId ? `; ${a.componentId}` : ''}`,
    ...(a.infModel
      ? [
          `  INF install section ${a.infModel.installSection}${a.infModel.decoration ? `.${a.infModel.decoration}` : ''} (models [${a.infModel.modelsSection}]): ${a.infModel.hardwareIds.join(', ')}`,
        ]
      : []),
    '',
    // The table's cells are made safe by textTable; its own line breaks are kept.
    ...textTable(
      ['PROPERTY', 'KEYWORD', 'VALUE', 'RAW', 'DEFAULT', 'TYPE', 'STATUS', ...(fromInf ? ['INF LINE'] : [])],
      props.map((p) => [
        displayName(p),
        p.keyword,
        valueWithLabel(p, p.effective) + (p.stored === null && p.effective !== null ? ' [default]' : ''),
        rawStored(p.stored),
        p.default ?? '-',
        metaSummary(p),
        p.status === 'ok' || p.status === 'not-set' ? '' : `! ${p.statusMessage ?? p.status}`,
        ...(fromInf ? [p.origin ? `${p.origin.file}:${p.origin.line}` : '-'] : []),
      ]),
    ).split('\n'),
  ];
  const problems = d.properties.flatMap((p) => p.problems.map((m) => `  ${p.keyword}: ${m.message}`));
  if (problems.length) lines.push('', 'Driver metadata problems:', ...problems);
  if (d.registryOnly.length) {
    lines.push('', 'Registry-only keywords (stored, no Ndi\\params):');
    lines.push(...d.registryOnly.map((r) => `  ${r.keyword} = ${rawStored(r)}`));
  }
  return textLines(lines);
}

export async function showCommand(ctx: CliContext, adapter: string | undefined, options: { all?: boolean }): Promise<number> {
  const all = await readAllAdapterDetails(ctx.source);
  if (options.all) {
    ctx.print(all.map(detailsJson), () => all.map(detailsText).join('\n\n'));
    return 0;
  }
  if (!adapter) throw new CliError('show needs an adapter (id, connection name or part of the description), or --all.', EXIT.usage);
  const d = findAdapter(all, adapter);
  ctx.print(detailsJson(d), () => detailsText(d));
  return 0;
}
