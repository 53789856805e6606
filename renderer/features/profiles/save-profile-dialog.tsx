/** Save as profile…: the selected adapter's values as a profile file (format 1, see the README). */

import { useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { saveProfile } from '../../stores/profile-actions';
import { adapterTitle } from '../adapters/adapter-item';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export function SaveProfileDialog({ details, onClose }: { readonly details: AdapterDetails; readonly onClose: () => void }) {
  const styles = useStyles();
  const [name, setName] = useState(`${adapterTitle(details.adapter)} settings`);
  const [description, setDescription] = useState('');
  const [nonDefault, setNonDefault] = useState(false);
  const [matchComponentId, setMatchComponentId] = useState(false);
  const componentId = details.adapter.componentId;
  const valid = name.trim().length > 0 && name.length <= 200;

  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : onClose())}>
      <DialogSurface data-testid="save-profile-dialog">
        <DialogBody>
          <DialogTitle>Save {adapterTitle(details.adapter)} as a profile</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Name" required validationMessage={valid ? undefined : 'Give the profile a name of at most 200 characters.'}>
              <Input value={name} onChange={(_e, d) => setName(d.value)} />
            </Field>
            <Field label="What it is for (optional)">
              <Input value={description} maxLength={2000} onChange={(_e, d) => setDescription(d.value)} />
            </Field>
            <Checkbox checked={nonDefault} onChange={(_e, d) => setNonDefault(d.checked === true)} label="Only values that differ from the driver's defaults" />
            <Checkbox
              checked={matchComponentId}
              disabled={componentId === null}
              onChange={(_e, d) => setMatchComponentId(d.checked === true)}
              label={
                componentId
                  ? `Only for adapters of this driver (ComponentId ${componentId})`
                  : 'Only for adapters of this driver (this adapter has no ComponentId)'
              }
            />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!valid}
              onClick={() =>
                void saveProfile({ name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}), nonDefault, matchComponentId }).then(
                  (saved) => {
                    if (saved) onClose();
                  },
                )
              }
            >
              Save profile
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
