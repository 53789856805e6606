/**
 * Drop-down for an enum: options sorted by label, mapped by VALUE (never by index). Typing while it
 * is closed picks the matching option at once ("9" → "9014 Bytes"), as Windows' lists do.
 */

import { useRef, useState, type KeyboardEvent } from 'react';
import { Dropdown, Option } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import { sortedOptions, valueDisplay } from '../../model/display';
import { EMPTY_TYPE_AHEAD, isTypeAheadKey, typeAhead } from './type-ahead';

export interface EnumEditorProps {
  readonly property: Property;
  readonly value: string | null;
  readonly disabled: boolean;
  /** Shown when no option is chosen (Not Present, or a value stored in a type that cannot be read). */
  readonly placeholder: string;
  readonly onCommit: (text: string) => void;
}

export function EnumEditor({ property, value, disabled, placeholder, onCommit }: EnumEditorProps) {
  const options = sortedOptions(property);
  const known = value !== null && options.some((o) => o.value === value);
  const [open, setOpen] = useState(false);
  const typed = useRef(EMPTY_TYPE_AHEAD);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (open || !isTypeAheadKey(e)) return;
    const current = options.findIndex((o) => o.value === value);
    const { index, state } = typeAhead(
      options.map((o) => o.label),
      current,
      typed.current,
      e.key,
      e.timeStamp,
    );
    typed.current = state;
    const option = options[index];
    if (option && option.value !== value) onCommit(option.value);
  };

  return (
    <Dropdown
      id="property-editor-control"
      disabled={disabled}
      open={open}
      onOpenChange={(e, data) => {
        // Typing on the closed list chooses (onKeyDown above) instead of opening it.
        if (data.open && e.type === 'keydown' && isTypeAheadKey(e as KeyboardEvent)) return;
        setOpen(data.open);
      }}
      onKeyDown={onKeyDown}
      value={value === null ? '' : valueDisplay(property, value)}
      selectedOptions={known && value !== null ? [value] : []}
      placeholder={value === null ? placeholder : undefined}
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
