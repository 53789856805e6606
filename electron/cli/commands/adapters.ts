/** `nicprops adapters`: the list, like Device Manager's Network adapters node (hidden ones marked). */

import { readAdapters } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { adapterJson } from '../json-shapes';
import { textTable } from '../text-table';

export async function adaptersCommand(ctx: CliContext): Promise<number> {
  const all = await readAdapters(ctx.source);
  ctx.print(all.map(adapterJson), () =>
    textLines([
      ...textTable(
      ['ID', 'CONNECTION', 'DESCRIPTION', 'KIND', 'PROPS'],
      all.map((a) => [
        a.id,
        a.connectionName ?? '-',
        a.description ?? '(no DriverDesc)',
        [a.physical ? 'physical' : a.virtual ? 'virtual' : '', a.hidden ? 'hidden' : ''].filter(Boolean).join(', ') || '-',
        String(a.propertyCount),
      ]),
      ).split('\n'),
      '',
      `Source: ${ctx.source.label}`,
    ]),
  );
  return 0;
}
