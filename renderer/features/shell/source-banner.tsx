/** "Demo data — not this computer" / "Showing <file> — not this computer" / "Driver package preview". */

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useAppStore } from '../../stores/app-store';

export function SourceBanner() {
  const source = useAppStore((s) => s.source);
  if (!source?.notThisComputer) return null;
  if (source.kind === 'inf') {
    return (
      <MessageBar intent="info" layout="multiline" aria-live="polite" data-testid="inf-banner">
        <MessageBarBody>
          <MessageBarTitle>Driver package preview — {source.label}</MessageBarTitle>
          The Advanced page each device model would get after installing this driver on {source.infTarget ?? 'Windows'}: nothing is installed, and
          there is no Apply. Changes can be saved as a PowerShell script to run once the driver is installed.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const title = source.kind === 'demo' ? 'Demo data — not this computer' : `Showing ${source.label} — not this computer`;
  return (
    <MessageBar intent="info" layout="singleline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {source.kind === 'demo'
          ? 'Changes are applied to built-in sample adapters only; nothing on this machine is touched.'
          : 'Changes are applied to the opened export in memory; save them as .reg or PowerShell to use them.'}
      </MessageBarBody>
    </MessageBar>
  );
}
