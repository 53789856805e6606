/** Text box for `edit` properties (and properties whose Type is missing): LimitText and UpperCase honoured. */

import { Input } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import type { Draft } from './use-draft';

export interface TextEditorProps {
  readonly property: Property;
  readonly draft: Draft;
  readonly disabled: boolean;
  readonly onCommit: (text: string) => string | null;
}

export function TextEditor({ property, draft, disabled, onCommit }: TextEditorProps) {
  return (
    <Input
      id="property-editor-control"
      disabled={disabled}
      value={draft.text}
      maxLength={property.limitText ?? undefined}
      spellCheck={false}
      autoComplete="off"
      onChange={(_e, data) => {
        const text = property.upperCase ? data.value.toUpperCase() : data.value;
        draft.setText(text);
        draft.setMessage(onCommit(text));
      }}
    />
  );
}
