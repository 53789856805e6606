/**
 * The editor for the selected property: its findings first (with their fixes, so a problem caused by
 * the last edit shows right where the edit was made), then the right control for its type, Not
 * Present, reset, explanation and driver metadata. Escape drops the property's pending edit.
 */

import { useCallback, useState, type KeyboardEvent } from 'react';
import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import type { AdapterDetails, Property } from '../../../shared/model/adapter';
import type { Finding, FixAlternative, RuleReport } from '../../../shared/rules/types';
import { isNumericType } from '../../../shared/model/param-types';
import { numericBounds, validateValue } from '../../../shared/model/validate-value';
import { formatNumericValue } from '../../../shared/model/numeric';
import { catalogInfo } from '../../model/catalog-bridge';
import { propertyLabel, rawValueText, storedText } from '../../model/display';
import { currentValue, defaultValueOf, pendingFor, usePendingStore } from '../../stores/pending-changes';
import { FindingItem } from '../findings/finding-item';
import { EnumEditor } from './enum-editor';
import { NumberEditor } from './number-editor';
import { TextEditor } from './text-editor';
import { MetadataFacts } from './metadata-facts';
import { MetadataProblems } from './metadata-problems';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0, overflowWrap: 'anywhere' },
  keyword: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  explanation: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  radios: { display: 'flex', flexDirection: 'column' },
  findings: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface PropertyEditorProps {
  readonly details: AdapterDetails;
  readonly property: Property;
  readonly report: RuleReport;
}

function hintFor(p: Property): string | undefined {
  if (p.type === 'enum') return `${p.options.length} option${p.options.length === 1 ? '' : 's'}, sorted by label; type to pick one.`;
  if (isNumericType(p.type)) {
    const [min, max] = numericBounds(p);
    const f = (n: number) => formatNumericValue(n, p.base);
    return `Whole number from ${f(min)} to ${f(max)}${p.step && p.step > 1 ? `, in steps of ${f(p.step)}` : ''}${p.base === 16 ? ' (hexadecimal)' : ''}.`;
  }
  const parts = [
    p.limitText !== null ? `At most ${p.limitText} characters` : null,
    p.upperCase ? 'upper case' : null,
    p.optional ? 'empty means Not Present' : null,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}.` : undefined;
}

/** Findings that name this property (case-insensitive). */
function findingsOf(report: RuleReport, keyword: string): Finding[] {
  const k = keyword.toLowerCase();
  return report.findings.filter((f) => f.keywords.some((x) => x.toLowerCase() === k));
}

export function PropertyEditor({ details, property: p, report }: PropertyEditorProps) {
  const styles = useStyles();
  const adapterId = details.adapter.id;
  const value = usePendingStore((s) => currentValue(s, details, p));
  const isPending = usePendingStore((s) => pendingFor(s, adapterId, p.keyword) !== undefined);
  const setValue = usePendingStore((s) => s.setValue);
  const setNotPresent = usePendingStore((s) => s.setNotPresent);
  const resetToDefault = usePendingStore((s) => s.resetToDefault);
  const revert = usePendingStore((s) => s.revert);
  const applyFix = usePendingStore((s) => s.applyFix);
  const draft = useDraft(value);
  // "Value" chosen for an optional property that is Not Present: the control opens for typing a first
  // value (a text property without Default has nothing to start from).
  const [wantValue, setWantValue] = useState(false);
  const label = propertyLabel(p);
  const info = catalogInfo(p.keyword);
  const target = defaultValueOf(p);
  const notPresent = value === null;
  const unreadable = p.stored !== null && storedText(p.stored) === null && !isPending;
  const own = findingsOf(report, p.keyword);

  const commit = useCallback(
    (text: string): string | null => {
      // An optional text property left empty has no value: Not Present.
      if (text === '' && p.optional && !isNumericType(p.type) && p.type !== 'enum') {
        setNotPresent(details, p.keyword);
        return null;
      }
      const r = validateValue(p, text);
      if (!r.ok) return r.message;
      if (r.value === null) setNotPresent(details, p.keyword);
      else setValue(details, p.keyword, r.value);
      return null;
    },
    [details, p, setNotPresent, setValue],
  );
  const onFix = useCallback((_f: Finding, fix: FixAlternative) => applyFix(details, fix.changes), [applyFix, details]);

  const disabled = notPresent && p.optional && !wantValue;
  const control =
    p.type === 'enum' ? (
      <EnumEditor
        property={p}
        value={value}
        disabled={disabled}
        placeholder={unreadable && p.stored ? `Stored as ${rawValueText(p.stored)}` : 'Not Present'}
        onCommit={(t) => void commit(t)}
      />
    ) : isNumericType(p.type) ? (
      <NumberEditor property={p} draft={draft} disabled={disabled} onCommit={commit} />
    ) : (
      <TextEditor property={p} draft={draft} disabled={disabled} onCommit={commit} />
    );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // Escape on an open drop-down only closes it.
    if ((e.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    if (!isPending && draft.message === null) return;
    e.preventDefault();
    revert(adapterId, p.keyword);
    draft.setText(storedText(p.stored) ?? '');
    draft.setMessage(null);
    setWantValue(false);
  };

  return (
    <section className={styles.root} aria-labelledby="editor-title" data-testid="property-editor" onKeyDown={onKeyDown}>
      <div>
        <Text as="h2" size={400} weight="semibold" id="editor-title" className={styles.title}>
          {label}
        </Text>
        <div className={styles.keyword}>{p.keyword}</div>
      </div>
      {own.length > 0 && (
        <ul className={styles.findings} aria-label={`Findings about ${label}`} data-testid="editor-findings">
          {own.map((f) => (
            <FindingItem key={`${f.id}:${f.keywords.join(',')}`} finding={f} onFix={onFix} compact />
          ))}
        </ul>
      )}
      {p.optional && (
        <RadioGroup
          aria-label={`Is ${label} present?`}
          className={styles.radios}
          value={notPresent && !wantValue ? 'absent' : 'present'}
          onChange={(_e, d) => {
            if (d.value === 'absent') {
              setWantValue(false);
              setNotPresent(details, p.keyword);
              return;
            }
            setWantValue(true);
            const start = p.default ?? p.effective ?? (p.type === 'enum' ? (p.options[0]?.value ?? null) : null);
            if (start !== null && start !== '') commit(start);
            else requestAnimationFrame(() => document.getElementById('property-editor-control')?.focus());
          }}
        >
          <Radio value="present" label="Value" />
          <Radio value="absent" label="Not Present" />
        </RadioGroup>
      )}
      <Field label={label} hint={hintFor(p)} validationState={draft.message ? 'error' : 'none'} validationMessage={draft.message ?? undefined}>
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
          <Button icon={<ArrowUndoRegular />} onClick={() => revert(adapterId, p.keyword)} aria-keyshortcuts="Escape">
            Keep stored value
          </Button>
        )}
      </div>
      <Text className={styles.explanation}>{info.explanation}</Text>
      <MetadataProblems property={p} lint={report.lint} />
      <MetadataFacts property={p} />
    </section>
  );
}
