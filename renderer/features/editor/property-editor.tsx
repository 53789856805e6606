/** The editor for the selected property: the right control for its type, Not Present, reset, explanation, metadata. */

import { useCallback } from 'react';
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowResetRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import type { AdapterDetails, Property } from '../../../shared/model/adapter';
import type { LintFinding } from '../../../shared/rules/types';
import { isNumericType } from '../../../shared/model/param-types';
import { numericBounds, validateValue } from '../../../shared/model/validate-value';
import { formatNumericValue } from '../../../shared/model/numeric';
import { catalogInfo } from '../../model/catalog-bridge';
import { propertyLabel } from '../../model/display';
import { currentValue, defaultValueOf, pendingFor, usePendingStore } from '../../stores/pending-changes';
import { EnumEditor } from './enum-editor';
import { NumberEditor } from './number-editor';
import { TextEditor } from './text-editor';
import { MetadataFacts } from './metadata-facts';
import { MetadataProblems } from './metadata-problems';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0 },
  keyword: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  explanation: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  radios: { display: 'flex', flexDirection: 'column' },
});

export interface PropertyEditorProps {
  readonly details: AdapterDetails;
  readonly property: Property;
  readonly lint: readonly LintFinding[];
}

function hintFor(p: Property): string | undefined {
  if (p.type === 'enum') return `${p.options.length} option${p.options.length === 1 ? '' : 's'}, sorted by label.`;
  if (isNumericType(p.type)) {
    const [min, max] = numericBounds(p);
    const f = (n: number) => formatNumericValue(n, p.base);
    return `Whole number from ${f(min)} to ${f(max)}${p.step && p.step > 1 ? `, in steps of ${f(p.step)}` : ''}${p.base === 16 ? ' (hexadecimal)' : ''}.`;
  }
  const parts = [p.limitText !== null ? `At most ${p.limitText} characters` : null, p.upperCase ? 'upper case' : null].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}.` : undefined;
}

export function PropertyEditor({ details, property: p, lint }: PropertyEditorProps) {
  const styles = useStyles();
  const adapterId = details.adapter.id;
  const value = usePendingStore((s) => currentValue(s, details, p));
  const isPending = usePendingStore((s) => pendingFor(s, adapterId, p.keyword) !== undefined);
  const setValue = usePendingStore((s) => s.setValue);
  const setNotPresent = usePendingStore((s) => s.setNotPresent);
  const resetToDefault = usePendingStore((s) => s.resetToDefault);
  const revert = usePendingStore((s) => s.revert);
  const draft = useDraft(value);
  const label = propertyLabel(p);
  const info = catalogInfo(p.keyword);
  const target = defaultValueOf(p);
  const notPresent = value === null;

  const commit = useCallback(
    (text: string): string | null => {
      const r = validateValue(p, text);
      if (!r.ok) return r.message;
      if (r.value === null) setNotPresent(details, p.keyword);
      else setValue(details, p.keyword, r.value);
      return null;
    },
    [details, p, setNotPresent, setValue],
  );

  const control =
    p.type === 'enum' ? (
      <EnumEditor property={p} value={value} disabled={notPresent && p.optional} onCommit={(t) => void commit(t)} />
    ) : isNumericType(p.type) ? (
      <NumberEditor property={p} draft={draft} disabled={notPresent && p.optional} onCommit={commit} />
    ) : (
      <TextEditor property={p} draft={draft} disabled={notPresent && p.optional} onCommit={commit} />
    );

  return (
    <section className={styles.root} aria-labelledby="editor-title" data-testid="property-editor">
      <div>
        <Text as="h2" size={400} weight="semibold" id="editor-title" className={styles.title}>
          {label}
        </Text>
        <div className={styles.keyword}>{p.keyword}</div>
      </div>
      {p.optional && (
        <RadioGroup
          aria-label={`Is ${label} present?`}
          className={styles.radios}
          value={notPresent ? 'absent' : 'present'}
          onChange={(_e, d) => {
            if (d.value === 'absent') setNotPresent(details, p.keyword);
            else {
              const start = p.default ?? p.effective ?? (p.type === 'enum' ? (p.options[0]?.value ?? '') : '');
              if (start !== '') commit(start);
            }
          }}
        >
          <Radio value="present" label="Value" />
          <Radio value="absent" label="Not Present" />
        </RadioGroup>
      )}
      <Field
        label={label}
        hint={hintFor(p)}
        validationState={draft.message ? 'error' : 'none'}
        validationMessage={draft.message ?? undefined}
      >
        {control}
      </Field>
      <div className={styles.actions}>
        <Button
          icon={<ArrowResetRegular />}
          disabledFocusable={target === undefined || (value === target && !isPending)}
          onClick={() => resetToDefault(details, p.keyword)}
        >
          Reset to default
        </Button>
        {isPending && (
          <Button icon={<ArrowUndoRegular />} onClick={() => revert(adapterId, p.keyword)}>
            Keep stored value
          </Button>
        )}
      </div>
      <Text className={styles.explanation}>
        {info.explanation}
      </Text>
      <MetadataProblems property={p} lint={lint} />
      <MetadataFacts property={p} />
    </section>
  );
}
