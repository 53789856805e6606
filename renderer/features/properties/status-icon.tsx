/** The status icon of a row: invalid stored value, or the worst rule finding touching the keyword. */

import { ErrorCircleFilled, WarningFilled, InfoFilled } from '@fluentui/react-icons';
import type { RowStatus } from './property-rows';

export function StatusIcon({ status, text, className }: { status: RowStatus; text: string; className: string }) {
  if (status === 'ok') return null;
  const label = status === 'invalid' ? text : `${status === 'error' ? 'Error' : status === 'warning' ? 'Warning' : 'Note'}: ${text}`;
  const Icon = status === 'error' || status === 'invalid' ? ErrorCircleFilled : status === 'warning' ? WarningFilled : InfoFilled;
  return <Icon className={className} role="img" aria-label={label} title={label} fontSize={16} />;
}

