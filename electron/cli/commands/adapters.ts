/** `nicprops adapters`: the list, like Device Manager's Network adapters node (hidden ones marked). */

import type { Adapter } from '../../../shared/model/adapter';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { adapterJson } from '../json-shapes';
import { textTable } from '../text-table';

/** physical / virtual, hidden; "unknown" when the source has no Characteristics (a partial export). */
function kindText(a: Adapter): string {
  if (a.characteristics === null) return 'unknown';
  return [a.physical ? 'physical' : a.virtual ? 'virtual' : '', a.hidden ? 'hidden' : ''].filter(Boolean).join(', ') || '-';
}

export async function adaptersCommand(ctx: CliContext): Promise<number> {
  const all = await readAllAdapterDetails(ctx.source);
  ctx.print(all.map((d) => adapterJson(d.adapter)), () =>
    textTable(
      ['ID', 'CONNECTION', 'DESCRIPTION', 'KIND', 'PROPS'],
      all.map(({ adapter: a }) => [
        a.id,
        a.connectionName ?? '-',
        a.description ?? '(no DriverDesc)',
        kindText(a),
        String(a.propertyCount),
      ]),
    ) + `\n\nSource: ${ctx.source.label}`,
  );
  return 0;
}
