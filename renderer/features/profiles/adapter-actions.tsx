/**
 * What can be done to the selected adapter as a whole, beside Reset all: the Profiles menu (the
 * presets, a profile file, Save as profile…, Copy settings to… another adapter) and Compare….
 * Everything ends in pending changes, shown in the review.
 */

import { useRef, useState } from 'react';
import { Button, Menu, MenuPopover, MenuTrigger, Tooltip } from '@fluentui/react-components';
import { BranchCompareRegular, DocumentBulletListRegular } from '@fluentui/react-icons';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { PRESETS } from '../../../shared/profiles/presets';
import { applyPreset, applyProfileFile } from '../../stores/profile-commands';
import { MenuEntries } from '../shell/menu-entries';
import { onDemandView } from '../shell/on-demand-view';

// Each dialog's code loads when it is first opened (the page does not need it to start).
const CompareDialog = onDemandView('the Compare dialog', async () => (await import('../compare/compare-dialog')).CompareDialog);
const CopyToDialog = onDemandView('the Copy settings dialog', async () => (await import('../compare/copy-to-dialog')).CopyToDialog);
const SaveProfileDialog = onDemandView('the Save as profile dialog', async () => (await import('./save-profile-dialog')).SaveProfileDialog);

export function AdapterActions({ details }: { readonly details: AdapterDetails }) {
  const [dialog, setDialog] = useState<'compare' | 'copy-to' | 'save-profile' | null>(null);
  const profileInput = useRef<HTMLInputElement>(null);
  const close = () => setDialog(null);
  const items = [
    ...PRESETS.map((p) => ({ id: `preset-${p.id}`, label: p.name, description: p.sentence, run: () => void applyPreset(p.id) })),
    {
      id: 'apply-profile',
      label: 'Apply profile file…',
      description: 'A profile saved here or with nicprops profile save.',
      dividerBefore: true,
      run: () => profileInput.current?.click(),
    },
    { id: 'save-profile', label: 'Save as profile…', description: "This adapter's values as a profile file.", run: () => setDialog('save-profile') },
    {
      id: 'copy-to',
      label: 'Copy settings to…',
      description: 'Make another adapter like this one, where its driver allows.',
      dividerBefore: true,
      run: () => setDialog('copy-to'),
    },
  ];
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Tooltip
            content="Presets, profile files, and copying these settings to another adapter: the result is pending changes, shown in the review"
            relationship="description"
          >
            <Button icon={<DocumentBulletListRegular />} aria-haspopup="menu">
              Profiles
            </Button>
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuEntries items={items} />
        </MenuPopover>
      </Menu>
      <Tooltip content="Compare with another adapter, a .reg export or a driver INF" relationship="description">
        <Button icon={<BranchCompareRegular />} onClick={() => setDialog('compare')}>
          Compare…
        </Button>
      </Tooltip>
      <input
        ref={profileInput}
        type="file"
        accept=".json"
        hidden
        aria-label="Choose a profile file to apply"
        data-testid="profile-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void applyProfileFile(file);
        }}
      />
      {dialog === 'compare' && <CompareDialog details={details} onClose={close} onLoadFailed={close} />}
      {dialog === 'copy-to' && <CopyToDialog details={details} onClose={close} onLoadFailed={close} />}
      {dialog === 'save-profile' && <SaveProfileDialog details={details} onClose={close} onLoadFailed={close} />}
    </>
  );
}
