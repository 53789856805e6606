/**
 * Compare…: the selected adapter (A) beside another adapter of this source or the same adapter in a
 * `.reg` export or driver INF (B). The differences use the page's column vocabulary; any of B's
 * values — one row, or every difference — can be copied into A's pending edits (checked against A's
 * own driver, like `nicprops copy`).
 */

import { useRef, useState } from 'react';
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
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CopyArrowRightRegular, FolderOpenRegular } from '@fluentui/react-icons';
import type { DiffRow, DiffSide } from '../../../shared/compare/adapter-diff';
import { matchedByText } from '../../../shared/compare/match-adapter';
import type { CompareOutcome, Comparison } from '../../../shared/ipc/contract';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { isAdapterIdentityKeyword } from '../../../shared/profiles/adapter-settings';
import type { SettingsPlan } from '../../../shared/profiles/plan-settings';
import { rawValueText } from '../../model/display';
import { useAppStore } from '../../stores/app-store';
import { compareSelected, copyFromComparison } from '../../stores/profile-actions';
import { adapterTitle } from '../adapters/adapter-item';
import { OpenRegInput } from '../shell/open-reg-input';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1100px, 95vw)', width: '95vw' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  pick: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  scroll: { maxHeight: '46vh', overflowY: 'auto' },
  raw: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  keyword: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  kind: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const KIND_TEXT: Readonly<Record<DiffRow['kind'], string>> = {
  value: 'Value differs',
  'only-a': 'Only on this adapter',
  'only-b': 'Only on the other',
  metadata: 'Driver metadata differs',
  equal: 'Equal',
};

function Side({ side }: { readonly side: DiffSide | null }) {
  const styles = useStyles();
  if (side === null) return <Text className={styles.muted}>not defined</Text>;
  return (
    <>
      <Text>
        {side.display}
        {side.stored === null && side.effective !== null ? ' (default)' : ''}
      </Text>
      <span className={styles.raw}>{rawValueText(side.stored)}</span>
    </>
  );
}

function differenceText(r: DiffRow): string {
  const meta = r.metadata.map((m) => `${m.field} ${m.a} → ${m.b}`).join('; ');
  return meta ? `${KIND_TEXT[r.kind]}${r.kind === 'metadata' ? ': ' : '; metadata: '}${meta}` : KIND_TEXT[r.kind];
}

function DiffTable({ comparison, onCopy }: { readonly comparison: Comparison; readonly onCopy: (keywords: readonly string[]) => void }) {
  const styles = useStyles();
  const rows = comparison.diff.rows.filter((r) => r.kind !== 'equal');
  if (rows.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>No keyword differs.</MessageBarBody>
      </MessageBar>
    );
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label="Differences">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Property</TableHeaderCell>
            <TableHeaderCell>Keyword</TableHeaderCell>
            <TableHeaderCell>This adapter</TableHeaderCell>
            <TableHeaderCell>Other</TableHeaderCell>
            <TableHeaderCell>Difference</TableHeaderCell>
            <TableHeaderCell>
              <span className={styles.muted}>Copy</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.keyword} data-keyword={r.keyword}>
              <TableCell>{r.label}</TableCell>
              <TableCell>
                <span className={styles.keyword}>{r.keyword}</span>
              </TableCell>
              <TableCell>
                <Side side={r.a} />
              </TableCell>
              <TableCell>
                <Side side={r.b} />
              </TableCell>
              <TableCell>
                <Text className={styles.kind}>{differenceText(r)}</Text>
              </TableCell>
              <TableCell>
                {r.b !== null && r.kind === 'value' && (
                  <Button
                    size="small"
                    icon={<CopyArrowRightRegular />}
                    aria-label={`Copy ${r.label} from the other adapter`}
                    onClick={() => onCopy([r.keyword])}
                  >
                    Copy
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Findings({ comparison }: { readonly comparison: Comparison }) {
  const styles = useStyles();
  const { onlyA, onlyB } = comparison.diff.findings;
  if (onlyA.length + onlyB.length === 0) return null;
  return (
    <div>
      {onlyA.length > 0 && (
        <>
          <Text weight="semibold">Findings only on this adapter</Text>
          <ul className={styles.list}>
            {onlyA.map((f) => (
              <li key={`a:${f.id}:${f.keywords.join()}`}>{f.message}</li>
            ))}
          </ul>
        </>
      )}
      {onlyB.length > 0 && (
        <>
          <Text weight="semibold">Findings only on the other</Text>
          <ul className={styles.list}>
            {onlyB.map((f) => (
              <li key={`b:${f.id}:${f.keywords.join()}`}>{f.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What the last copy did, said in the dialog itself. */
function copyResult(plan: SettingsPlan): { intent: 'success' | 'warning'; text: string } {
  const n = plan.changes.length;
  const skipped = plan.skipped.length;
  const text = `${n === 0 ? 'No value copied' : `${n} value${n === 1 ? '' : 's'} copied into the pending changes`}${skipped > 0 ? `; ${skipped} not copied (see the message above the page)` : ''}.`;
  return { intent: skipped > 0 ? 'warning' : 'success', text };
}

export function CompareDialog({ details, onClose }: { readonly details: AdapterDetails; readonly onClose: () => void }) {
  const styles = useStyles();
  const adapters = useAppStore((s) => s.adapters);
  const others = adapters.filter((a) => a.id !== details.adapter.id && a.hasUi !== false);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [files, setFiles] = useState<readonly File[]>([]);
  const [outcome, setOutcome] = useState<CompareOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (other: Parameters<typeof compareSelected>[0]) => {
    setBusy(true);
    setCopied(null);
    try {
      setOutcome(await compareSelected(other));
    } finally {
      setBusy(false);
    }
  };
  const comparison = outcome?.kind === 'compared' ? outcome.comparison : null;
  const copy = (keywords: readonly string[]) => {
    if (!comparison) return;
    const plan = copyFromComparison(comparison.b, comparison.otherSource, keywords);
    if (plan) setCopied(copyResult(plan));
  };
  // An adapter's own address (NetworkAddress) is copied only row by row, never with "Copy all".
  const copyable = comparison ? comparison.diff.rows.filter((r) => r.kind === 'value' && r.b !== null) : [];
  const differing = copyable.filter((r) => !isAdapterIdentityKeyword(r.keyword)).map((r) => r.keyword);
  const leftOut = copyable.filter((r) => isAdapterIdentityKeyword(r.keyword)).map((r) => r.label);

  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface} data-testid="compare-dialog">
        <DialogBody>
          <DialogTitle>Compare {adapterTitle(details.adapter)}</DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.pick}>
              <Field label="With another adapter">
                <Dropdown
                  placeholder="Choose an adapter"
                  selectedOptions={otherId ? [otherId] : []}
                  onOptionSelect={(_e, d) => {
                    if (!d.optionValue) return;
                    setOtherId(d.optionValue);
                    void run({ kind: 'adapter', adapterId: d.optionValue });
                  }}
                >
                  {others.map((a) => (
                    <Option key={a.id} value={a.id} text={adapterTitle(a)}>
                      {`${adapterTitle(a)} (${a.id})`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
                Open .reg or driver INF…
              </Button>
              <OpenRegInput
                ref={fileInput}
                label="Choose a .reg export or driver INF to compare with"
                testId="compare-file-input"
                onFiles={(chosen) => {
                  if (chosen.length === 0) return;
                  setFiles(chosen);
                  setOtherId(null);
                  void run({ kind: 'files', files: chosen });
                }}
              />
            </div>
            {busy && <Text className={styles.muted}>Comparing…</Text>}
            {outcome?.kind === 'choose' && (
              <Field label={`No adapter in ${outcome.otherSource} is this adapter; compare with`}>
                <Dropdown
                  placeholder="Choose an adapter from the file"
                  onOptionSelect={(_e, d) => d.optionValue && void run({ kind: 'files', files, adapterId: d.optionValue })}
                >
                  {outcome.candidates.map((a) => (
                    <Option key={a.id} value={a.id} text={adapterTitle(a)}>
                      {`${adapterTitle(a)} (${a.id})`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            )}
            {comparison && (
              <>
                <Text data-testid="compare-summary">
                  Other: {adapterTitle(comparison.b.adapter)} (instance {comparison.b.adapter.id}, {comparison.otherSource}
                  {comparison.matchedBy === 'named' ? '' : `; ${matchedByText(comparison.matchedBy)}`}).{' '}
                  {comparison.diff.rows.filter((r) => r.kind !== 'equal').length} of {comparison.diff.rows.length} keywords differ.
                </Text>
                {copied && (
                  <MessageBar intent={copied.intent}>
                    <MessageBarBody>{copied.text}</MessageBarBody>
                  </MessageBar>
                )}
                <DiffTable comparison={comparison} onCopy={copy} />
                {leftOut.length > 0 && (
                  <Text size={200} data-testid="copy-all-left-out">
                    {leftOut.join(', ')} {leftOut.length === 1 ? 'is' : 'are'} left out of Copy all (an adapter's own address): copy it row by row if you mean
                    it.
                  </Text>
                )}
                <Findings comparison={comparison} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            {comparison && (
              <Button appearance="primary" disabled={differing.length === 0} onClick={() => copy(differing)}>
                Copy all {differing.length} differing values
              </Button>
            )}
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
