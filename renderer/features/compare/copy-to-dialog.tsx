/**
 * Copy settings to…: the selected adapter's values onto another adapter of this source, previewed
 * first (what changes, what is not copied and why: checked against the target's own driver), then
 * added to the target's pending edits.
 */

import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { SettingsPlan } from '../../../shared/profiles/plan-settings';
import { useAppStore } from '../../stores/app-store';
import { copySettingsTo, planCopyTo } from '../../stores/profile-actions';
import { adapterTitle } from '../adapters/adapter-item';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(800px, 95vw)', width: '95vw' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  scroll: { maxHeight: '40vh', overflowY: 'auto' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function CopyToDialog({ details, onClose }: { readonly details: AdapterDetails; readonly onClose: () => void }) {
  const styles = useStyles();
  const adapters = useAppStore((s) => s.adapters);
  const targets = adapters.filter((a) => a.id !== details.adapter.id && a.hasUi !== false);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [plan, setPlan] = useState<SettingsPlan | null>(null);

  const choose = async (id: string) => {
    setTargetId(id);
    setPlan(null);
    const planned = await planCopyTo(id);
    setPlan(planned?.plan ?? null);
  };
  const count = plan?.changes.length ?? 0;

  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface} data-testid="copy-to-dialog">
        <DialogBody>
          <DialogTitle>Copy the settings of {adapterTitle(details.adapter)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="To adapter">
              <Dropdown
                placeholder="Choose an adapter"
                selectedOptions={targetId ? [targetId] : []}
                onOptionSelect={(_e, d) => d.optionValue && void choose(d.optionValue)}
              >
                {targets.map((a) => (
                  <Option key={a.id} value={a.id} text={adapterTitle(a)}>
                    {`${adapterTitle(a)} (${a.id})`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {plan && (
              <div className={styles.scroll} data-testid="copy-plan">
                <Text weight="semibold">
                  {count === 0
                    ? 'Nothing to change: the values that can be copied are already the same.'
                    : `${count} value${count === 1 ? '' : 's'} will change`}
                </Text>
                {count > 0 && (
                  <ul className={styles.list}>
                    {plan.changes.map((c) => (
                      <li key={c.keyword}>
                        {c.label}: {c.fromDisplay} → {c.toDisplay}
                      </li>
                    ))}
                  </ul>
                )}
                {plan.skipped.length > 0 && (
                  <>
                    <Text weight="semibold">Not copied ({plan.skipped.length})</Text>
                    <ul className={styles.list}>
                      {plan.skipped.map((s) => (
                        <li key={s.keyword}>{s.reason}</li>
                      ))}
                    </ul>
                  </>
                )}
                <Text className={styles.muted}>The values become pending changes of the other adapter; nothing is applied before the review.</Text>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!targetId || count === 0}
              onClick={() => {
                if (!targetId) return;
                void copySettingsTo(targetId).then(onClose);
              }}
            >
              {count > 0 ? `Add ${count} pending change${count === 1 ? '' : 's'}` : 'Add pending changes'}
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
