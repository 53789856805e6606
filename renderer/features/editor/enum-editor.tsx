/** Drop-down for an enum: options sorted by label, mapped by VALUE (never by index). */

import { Dropdown, Option } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import { sortedOptions, valueDisplay } from '../../model/display';

export interface EnumEditorProps {
  readonly property: Property;
  readonly value: string | null;
  readonly disabled: boolean;
  readonly onCommit: (text: string) => void;
}

export function EnumEditor({ property, value, disabled, onCommit }: EnumEditorProps) {
  const options = sortedOptions(property);
  const known = value !== null && options.some((o) => o.value === value);
  return (
    <Dropdown
      id="property-editor-control"
      disabled={disabled}
      value={value === null ? '' : valueDisplay(property, value)}
      selectedOptions={known && value !== null ? [value] : []}
      placeholder={value === null ? 'Not Present' : undefined}
      onOptionSelect={(_e, data) => {
        if (data.optionValue !== undefined) onCommit(data.optionValue);
      }}
    >
      {options.map((o) => (
        <Option key={o.value} value={o.value} text={o.label}>
          {o.label}
        </Option>
      ))}
    </Dropdown>
  );
}
