/** A row's status icon: the worst finding naming its keyword, with the findings as its tooltip. */

import { Tooltip } from '@fluentui/react-components';
import type { RowStatus } from './property-rows';
import { SEVERITY_WORD, SeverityIcon } from '../findings/severity-icon';

export function StatusIcon({ status, text }: { readonly status: RowStatus; readonly text: string }) {
  if (status === 'ok') return null;
  const label = `${SEVERITY_WORD[status]}: ${text}`;
  return (
    <Tooltip content={label} relationship="description" withArrow>
      <span data-status={status}>
        <SeverityIcon severity={status} label={label} />
      </span>
    </Tooltip>
  );
}
