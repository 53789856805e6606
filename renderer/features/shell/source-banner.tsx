/** "Demo data — not this computer" / "Showing <file> — not this computer": a badge in the header, not a banner. */

import { Badge, Tooltip, makeStyles } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { useAppStore } from '../../stores/app-store';

const useStyles = makeStyles({
  badge: { flexShrink: 1, minWidth: 0, maxWidth: '320px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export function SourceBadge() {
  const styles = useStyles();
  const source = useAppStore((s) => s.source);
  if (!source?.notThisComputer) return null;
  const title = source.kind === 'demo' ? 'Demo data — not this computer' : `Showing ${source.label} — not this computer`;
  const detail =
    source.kind === 'demo'
      ? 'Changes are applied to built-in sample adapters only; nothing on this machine is touched.'
      : 'Changes are applied to the opened export in memory; save them as .reg or PowerShell to use them.';
  return (
    <Tooltip content={`${title}. ${detail}`} relationship="description">
      <Badge appearance="tint" color="informative" size="large" icon={<InfoRegular />} className={styles.badge} tabIndex={0} data-testid="source-badge">
        {title}
      </Badge>
    </Tooltip>
  );
}
