/** Spin box for int/long/word/dword: Min/Max/Step from the driver, a clear message for input that does not fit. */

import { SpinButton } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import { formatNumericValue, parseNumericValue } from '../../../shared/model/numeric';
import { numericBounds } from '../../../shared/model/validate-value';
import type { Draft } from './use-draft';

export interface NumberEditorProps {
  readonly property: Property;
  readonly draft: Draft;
  readonly disabled: boolean;
  /** Validates and commits; returns the message when the text does not fit. */
  readonly onCommit: (text: string) => string | null;
}

export function NumberEditor({ property, draft, disabled, onCommit }: NumberEditorProps) {
  const [min, max] = numericBounds(property);
  const parsed = parseNumericValue(draft.text, property.base);
  const commit = (text: string) => {
    draft.setText(text);
    draft.setMessage(onCommit(text));
  };
  return (
    <SpinButton
      id="property-editor-control"
      disabled={disabled}
      min={min}
      max={max}
      step={property.step ?? 1}
      value={draft.message === null ? parsed : null}
      displayValue={draft.text}
      onChange={(_e, data) => {
        if (typeof data.value === 'number') commit(formatNumericValue(data.value, property.base));
        else if (data.displayValue !== undefined) commit(data.displayValue.trim());
      }}
    />
  );
}
