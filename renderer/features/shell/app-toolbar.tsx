/**
 * The toolbar: what the Electron File and View menus do, for the browser preview and for mouse users.
 * It never wraps: buttons that do not fit go into a "More" menu, the least used first.
 */

import { useState, type ReactElement } from 'react';
import {
  Menu,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Toolbar,
  ToolbarButton,
  ToolbarToggleButton,
  Tooltip,
  makeStyles,
  tokens,
  Text,
  useIsOverflowItemVisible,
  useOverflowMenu,
  type MenuProps,
  type ToolbarProps,
} from '@fluentui/react-components';
import {
  ArrowResetRegular,
  DocumentTextRegular,
  CodeRegular,
  DocumentArrowDownRegular,
  FolderOpenRegular,
  HistoryRegular,
  KeyRegular,
  MoreHorizontalRegular,
  WindowConsoleRegular,
} from '@fluentui/react-icons';
import { useViewStore, type ViewToggle } from '../../stores/view-options';
import { saveChanges, switchToDefaultSource } from '../../stores/actions';
import { useAppStore } from '../../stores/app-store';
import { usePendingStore } from '../../stores/pending-changes';
import { useUiStore } from '../../stores/ui-state';
import { OpenRegInput } from './open-reg-input';
import { SourceBadge } from './source-banner';
import { useMenuCommands } from './use-menu-commands';
import { copyReport, saveReport } from '../../stores/profile-commands';
import { MenuEntries, type MenuEntry } from './menu-entries';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  title: { whiteSpace: 'nowrap' },
  toolbar: { flex: '1 1 auto', minWidth: 0, flexWrap: 'nowrap', overflow: 'hidden' },
  menuHolder: { display: 'inline-flex' },
});

const TOGGLES: readonly ViewToggle[] = ['showRegistryOnly', 'showRaw'];

/** One toolbar command, shown as a button (or a menu, with `items`) or, when it does not fit, as a menu item. */
interface Command {
  readonly id: string;
  readonly label: string;
  readonly icon: ReactElement;
  readonly priority: number;
  readonly disabled?: boolean;
  readonly hint?: string;
  readonly run: () => void;
  readonly items?: readonly MenuEntry[];
}

/** Where the Back button goes. */
function backLabel(runtime: string | undefined): string {
  return `Back to ${runtime === 'electron' ? 'this computer' : 'demo data'}`;
}

export function AppToolbar() {
  const styles = useStyles();
  // The hidden file input, held in state (not a ref) because commands built during render click it.
  const [fileInput, setFileInput] = useState<HTMLInputElement | null>(null);
  const view = useViewStore();
  const source = useAppStore((s) => s.source);
  const pendingCount = usePendingStore((s) => Object.keys(s.edits).length);
  const revealSection = useUiStore((s) => s.revealSection);
  const openFiles = () => fileInput?.click();
  useMenuCommands(openFiles);
  const noAdapter = useAppStore((s) => s.selectedAdapterId === null);

  const nothingToSave = pendingCount === 0;
  const commands: Command[] = [
    { id: 'open', label: 'Open .reg or INF…', icon: <FolderOpenRegular />, priority: 9, run: openFiles },
    ...(source && source.kind === 'reg-file'
      ? [{ id: 'back', label: backLabel(source.runtime), icon: <ArrowResetRegular />, priority: 6, run: () => void switchToDefaultSource() }]
      : []),
    {
      id: 'save-reg',
      label: 'Save as .reg',
      icon: <DocumentArrowDownRegular />,
      priority: 8,
      disabled: nothingToSave,
      hint: nothingToSave ? 'Make a change first' : 'Save the pending changes as a .reg file',
      run: () => void saveChanges('reg'),
    },
    {
      id: 'save-ps1',
      label: 'Save as PowerShell',
      icon: <WindowConsoleRegular />,
      priority: 7,
      disabled: nothingToSave,
      hint: nothingToSave ? 'Make a change first' : 'Save the pending changes as a PowerShell script',
      run: () => void saveChanges('ps1'),
    },
    { id: 'history', label: 'History', icon: <HistoryRegular />, priority: 5, hint: 'Applied changes, with Undo', run: () => revealSection('history') },
    {
      id: 'report',
      label: 'Report',
      icon: <DocumentTextRegular />,
      priority: 4,
      hint: 'A report for a support ticket',
      run: () => undefined,
      items: [
        {
          id: 'copy-report-adapter',
          label: 'Copy report of this adapter',
          description: 'Markdown, to paste into a ticket.',
          disabled: noAdapter,
          run: () => void copyReport('adapter'),
        },
        {
          id: 'copy-report-all',
          label: 'Copy report of all adapters',
          description: 'Markdown, to paste into a ticket.',
          run: () => void copyReport('visible'),
        },
        {
          id: 'save-report-html',
          label: 'Save report…',
          description: 'One self-contained HTML page, readable printed.',
          dividerBefore: true,
          run: () => void saveReport('html'),
        },
        { id: 'save-report-md', label: 'Save report as Markdown…', run: () => void saveReport('md') },
      ],
    },
  ];
  const toggles: { id: ViewToggle; label: string; icon: ReactElement }[] = [
    { id: 'showRegistryOnly', label: 'Registry-only', icon: <KeyRegular /> },
    { id: 'showRaw', label: 'Raw values', icon: <CodeRegular /> },
  ];

  const checked = { view: TOGGLES.filter((t) => view[t]) };
  const setToggles = (items: readonly string[]) => {
    for (const t of TOGGLES) view.set(t, items.includes(t));
  };
  const onChecked: ToolbarProps['onCheckedValueChange'] = (_e, data) => setToggles(data.checkedItems);

  return (
    <header className={styles.bar}>
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        NIC Advanced Properties
      </Text>
      <SourceBadge />
      <Overflow padding={48}>
        <Toolbar aria-label="Main" className={styles.toolbar} checkedValues={checked} onCheckedValueChange={onChecked}>
          {commands.map((c) => (
            <OverflowItem key={c.id} id={c.id} priority={c.priority}>
              {c.items ? (
                <div className={styles.menuHolder}>
                  <ToolbarMenu command={c} />
                </div>
              ) : c.hint ? (
                <Tooltip content={c.hint} relationship="description">
                  <ToolbarButton icon={c.icon} disabledFocusable={c.disabled} onClick={c.run}>
                    {c.label}
                  </ToolbarButton>
                </Tooltip>
              ) : (
                <ToolbarButton icon={c.icon} disabledFocusable={c.disabled} onClick={c.run}>
                  {c.label}
                </ToolbarButton>
              )}
            </OverflowItem>
          ))}
          {toggles.map((t, i) => (
            <OverflowItem key={t.id} id={t.id} priority={2 - i}>
              <ToolbarToggleButton name="view" value={t.id} icon={t.icon}>
                {t.label}
              </ToolbarToggleButton>
            </OverflowItem>
          ))}
          <MoreMenu commands={commands} toggles={toggles} checked={checked} onChecked={setToggles} />
        </Toolbar>
      </Overflow>
      <OpenRegInput ref={setFileInput} />
    </header>
  );
}

interface MoreMenuProps {
  readonly commands: readonly Command[];
  readonly toggles: readonly { id: ViewToggle; label: string; icon: ReactElement }[];
  readonly checked: Record<string, string[]>;
  readonly onChecked: (items: readonly string[]) => void;
}

/** The "More" button: the commands that did not fit, as menu items. */
function MoreMenu({ commands, toggles, checked, onChecked }: MoreMenuProps) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const onMenuChecked: MenuProps['onCheckedValueChange'] = (_e, data) => onChecked(data.checkedItems);
  if (!isOverflowing) return null;
  return (
    <Menu checkedValues={checked} onCheckedValueChange={onMenuChecked}>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton ref={ref} icon={<MoreHorizontalRegular />} aria-label={`More commands (${overflowCount})`}>
          More
        </ToolbarButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {commands.map((c) => (
            <OverflowMenuItem key={c.id} command={c} />
          ))}
          {toggles.map((t) => (
            <OverflowToggleItem key={t.id} id={t.id} label={t.label} icon={t.icon} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A toolbar button that opens a menu (Report). */
function ToolbarMenu({ command: c }: { readonly command: Command }) {
  const items = c.items ?? [];
  const button = (
    <ToolbarButton icon={c.icon} disabledFocusable={c.disabled} aria-haspopup="menu">
      {c.label}
    </ToolbarButton>
  );
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {c.hint ? (
          <Tooltip content={c.hint} relationship="description">
            {button}
          </Tooltip>
        ) : (
          button
        )}
      </MenuTrigger>
      <MenuPopover>
        <MenuEntries items={items} />
      </MenuPopover>
    </Menu>
  );
}

function OverflowMenuItem({ command: c }: { readonly command: Command }) {
  const visible = useIsOverflowItemVisible(c.id);
  if (visible) return null;
  if (c.items) {
    return (
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuItem icon={c.icon} disabled={c.disabled}>
            {c.label}
          </MenuItem>
        </MenuTrigger>
        <MenuPopover>
          <MenuEntries items={c.items} />
        </MenuPopover>
      </Menu>
    );
  }
  return (
    <MenuItem icon={c.icon} disabled={c.disabled} onClick={c.run}>
      {c.label}
    </MenuItem>
  );
}

function OverflowToggleItem({ id, label, icon }: { readonly id: ViewToggle; readonly label: string; readonly icon: ReactElement }) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return (
    <MenuItemCheckbox name="view" value={id} icon={icon}>
      {label}
    </MenuItemCheckbox>
  );
}
