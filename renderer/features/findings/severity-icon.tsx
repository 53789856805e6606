/** The one icon and colour per severity, used by rows, findings, the review and the counts. */

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Severity } from '../../../shared/rules/types';

export const SEVERITY_WORD: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };

export const useSeverityStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export function SeverityIcon({
  severity,
  className,
  label,
  size = 18,
}: {
  readonly severity: Severity;
  readonly className?: string;
  readonly label?: string;
  readonly size?: number;
}) {
  const styles = useSeverityStyles();
  const Icon = severity === 'error' ? ErrorCircleFilled : severity === 'warning' ? WarningFilled : InfoFilled;
  return <Icon className={mergeClasses(styles[severity], className)} role="img" aria-label={label ?? SEVERITY_WORD[severity]} fontSize={size} />;
}
