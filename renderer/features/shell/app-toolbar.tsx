/** The toolbar: what the Electron File and View menus do, for the browser preview and for mouse users. */

import { useRef } from 'react';
import {
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  ToolbarToggleButton,
  Tooltip,
  makeStyles,
  tokens,
  Text,
  type ToolbarProps,
} from '@fluentui/react-components';
import {
  ArrowResetRegular,
  DocumentArrowDownRegular,
  EyeRegular,
  FolderOpenRegular,
  CodeRegular,
  KeyRegular,
  WindowConsoleRegular,
} from '@fluentui/react-icons';
import { useViewStore, type ViewToggle } from '../../stores/view-options';
import { saveChanges, switchToDefaultSource } from '../../stores/actions';
import { useAppStore } from '../../stores/app-store';
import { usePendingStore } from '../../stores/pending-changes';
import { OpenRegInput } from './open-reg-input';
import { useMenuCommands } from './use-menu-commands';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { whiteSpace: 'nowrap' },
  toolbar: { flexWrap: 'wrap' },
});

const TOGGLES: readonly ViewToggle[] = ['showHidden', 'showRegistryOnly', 'showRaw'];

export function AppToolbar() {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const view = useViewStore();
  const source = useAppStore((s) => s.source);
  const pendingCount = usePendingStore((s) => Object.keys(s.edits).length);
  const openFiles = () => fileInput.current?.click();
  useMenuCommands(openFiles);

  const checked = { view: TOGGLES.filter((t) => view[t]) };
  const onChecked: ToolbarProps['onCheckedValueChange'] = (_e, data) => {
    for (const t of TOGGLES) view.set(t, data.checkedItems.includes(t));
  };
  const nothingToSave = pendingCount === 0;

  return (
    <header className={styles.bar}>
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        NIC Advanced Properties
      </Text>
      <Toolbar aria-label="Main" className={styles.toolbar} checkedValues={checked} onCheckedValueChange={onChecked}>
        <ToolbarButton icon={<FolderOpenRegular />} onClick={openFiles}>
          Open .reg…
        </ToolbarButton>
        {source && source.kind === 'reg-file' && (
          <ToolbarButton icon={<ArrowResetRegular />} onClick={() => void switchToDefaultSource()}>
            Back to {source.runtime === 'electron' ? 'this computer' : 'demo data'}
          </ToolbarButton>
        )}
        <Tooltip content={nothingToSave ? 'Make a change first' : 'Save the pending changes as a .reg file'} relationship="description">
          <ToolbarButton icon={<DocumentArrowDownRegular />} disabledFocusable={nothingToSave} onClick={() => void saveChanges('reg')}>
            Save changes as .reg
          </ToolbarButton>
        </Tooltip>
        <Tooltip content={nothingToSave ? 'Make a change first' : 'Save the pending changes as a PowerShell script'} relationship="description">
          <ToolbarButton icon={<WindowConsoleRegular />} disabledFocusable={nothingToSave} onClick={() => void saveChanges('ps1')}>
            Save as PowerShell
          </ToolbarButton>
        </Tooltip>
        <ToolbarDivider />
        <ToolbarToggleButton name="view" value="showHidden" icon={<EyeRegular />}>
          Hidden adapters
        </ToolbarToggleButton>
        <ToolbarToggleButton name="view" value="showRegistryOnly" icon={<KeyRegular />}>
          Registry-only
        </ToolbarToggleButton>
        <ToolbarToggleButton name="view" value="showRaw" icon={<CodeRegular />}>
          Raw values
        </ToolbarToggleButton>
      </Toolbar>
      <OpenRegInput ref={fileInput} />
    </header>
  );
}
