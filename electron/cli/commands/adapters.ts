/** `nicprops adapters`: the list, like Device Manager's Network adapters node (hidden ones marked). */

import type { Adapter } from '../../../shared/model/adapter';
import { readAdapters } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { adapterJson } from '../json-shapes';
import { textTable } from '../text-table';

/** physical / virtual, hidden; "unknown" when the source has no Characteristics (a partial export). */
function kindText(a: Adapter): string {
  if (a.characteristics === null) return 'unknown';
  return [a.physical ? 'physical' : a.virtual ? 'virtual' : '', a.hidden ? 'hidden' : ''].filter(Boolean).join(', ') || '-';
}

export async function adaptersCommand(ctx: CliContext): Promise<number> {
  const all = await readAdapters(ctx.source);
  // A driver INF has models, not connections: show the install section each adapter stands for.
  const inf = ctx.source.kind === 'inf';
  ctx.print(all.map(adapterJson), () =>
    textLines([
      ...textTable(
        ['ID', inf ? 'INSTALL SECTION' : 'CONNECTION', 'DESCRIPTION', 'KIND', 'PROPS'],
        all.map((a) => [
          a.id,
          (inf ? a.infModel?.installSection : a.connectionName) ?? '-',
          a.description ?? '(no DriverDesc)',
          kindText(a),
          String(a.propertyCount),
        ]),
      ).split('\n'),
      '',
      `Source: ${ctx.source.label}${ctx.source.provenance ? ` (driver package preview for ${ctx.source.provenance.infTarget})` : ''}`,
    ]),
  );
  return 0;
}
