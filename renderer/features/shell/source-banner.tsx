/**
 * Where the data comes from when it is not this computer: a badge in the header ("Demo data — not
 * this computer", "Showing <file> — not this computer", "Driver package preview — <inf>"), and for a
 * driver package preview, which has no Apply, a banner above the page that says so.
 */

import { Badge, MessageBar, MessageBarBody, MessageBarTitle, Tooltip, makeStyles } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import type { SourceInfo } from '../../../shared/ipc/contract';
import { useAppStore } from '../../stores/app-store';

const useStyles = makeStyles({
  badge: { flexShrink: 1, minWidth: 0, maxWidth: '320px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

function titleOf(source: SourceInfo): string {
  if (source.kind === 'demo') return 'Demo data — not this computer';
  if (source.kind === 'inf') return `Driver package preview — ${source.label}`;
  return `Showing ${source.label} — not this computer`;
}

function detailOf(source: SourceInfo): string {
  if (source.kind === 'demo') return 'Changes are applied to built-in sample adapters only; nothing on this machine is touched.';
  if (source.kind === 'inf') return 'Nothing is installed and there is no Apply; save changes as PowerShell to run once the driver is installed.';
  return 'Changes are applied to the opened export in memory; save them as .reg or PowerShell to use them.';
}

export function SourceBadge() {
  const styles = useStyles();
  const source = useAppStore((s) => s.source);
  if (!source?.notThisComputer) return null;
  const title = titleOf(source);
  return (
    <Tooltip content={`${title}. ${detailOf(source)}`} relationship="description">
      <Badge appearance="tint" color="informative" size="large" icon={<InfoRegular />} className={styles.badge} tabIndex={0} data-testid="source-badge">
        {title}
      </Badge>
    </Tooltip>
  );
}

/** A driver package preview changes what the page can do (no Apply): said once, above the page. */
export function InfBanner() {
  const source = useAppStore((s) => s.source);
  if (source?.kind !== 'inf') return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="inf-banner">
      <MessageBarBody>
        <MessageBarTitle>Driver package preview — {source.label}</MessageBarTitle>
        The Advanced page each device model would get after installing this driver on {source.infTarget ?? 'Windows'}: nothing is installed, and there is no
        Apply. Changes can be saved as a PowerShell script to run once the driver is installed.
      </MessageBarBody>
    </MessageBar>
  );
}
