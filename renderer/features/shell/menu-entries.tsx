/** Menu entries with a second line under the label, for the Report and Profiles menus. */

import { Fragment } from 'react';
import { MenuDivider, MenuItem, MenuList, makeStyles, tokens } from '@fluentui/react-components';

/** One entry; `description` is a second line under the label. */
export interface MenuEntry {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly disabled?: boolean;
  readonly run: () => void;
  /** A divider goes before this entry. */
  readonly dividerBefore?: boolean;
}

const useStyles = makeStyles({
  entry: { display: 'flex', flexDirection: 'column', maxWidth: '420px', whiteSpace: 'normal' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function MenuEntries({ items }: { readonly items: readonly MenuEntry[] }) {
  const styles = useStyles();
  return (
    <MenuList>
      {items.map((item) => (
        <Fragment key={item.id}>
          {item.dividerBefore && <MenuDivider />}
          <MenuItem disabled={item.disabled} onClick={item.run} data-testid={`menu-${item.id}`}>
            <span className={styles.entry}>
              <span>{item.label}</span>
              {item.description && <span className={styles.note}>{item.description}</span>}
            </span>
          </MenuItem>
        </Fragment>
      ))}
    </MenuList>
  );
}
