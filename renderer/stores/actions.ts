/** Async flows: call the client, then apply pure transitions to the stores. */

import type { IpcError } from '../../shared/ipc/result';
import type { ApplyResult, ExportedFile } from '../../shared/ipc/contract';
import type { JournalEntry } from '../../shared/model/journal';
import { client as defaultClient, type Client } from '../ipc/client';
import { addNotice, chooseAdapter, selectAdapter, updateApp, useAppStore, withDetails, type NoticeAction } from './app-store';
import { discard, fromHandover, toApplyRequest, toChangeSet, usePendingStore } from './pending-changes';
import { valueDisplay, propertyLabel, storedText } from '../model/display';
import { useUiStore } from './ui-state';

let api: Client = defaultClient;

/** Swap the client (tests). */
export function setClient(c: Client): void {
  api = c;
}

/** The client in use (the real one, or a test's). */
export function currentClient(): Client {
  return api;
}

export function errorNotice(title: string, error: IpcError, actions?: readonly NoticeAction[]): void {
  updateApp((s) =>
    addNotice(s, {
      intent: 'error',
      title,
      message: error.message,
      ...(error.details && error.details.length > 0 ? { details: error.details } : {}),
      ...(actions ? { actions } : {}),
    }),
  );
}

/** Fetch one adapter's details into the cache. */
export async function loadAdapter(adapterId: string): Promise<void> {
  const r = await api.getAdapter(adapterId);
  if (r.ok) updateApp((s) => withDetails(s, r.value));
  else errorNotice(`Could not read adapter ${adapterId}`, r.error);
}

/** Select an adapter, fetching its details when they are not cached yet. */
export async function selectAdapterAndLoad(adapterId: string): Promise<void> {
  updateApp((s) => selectAdapter(s, adapterId));
  if (!useAppStore.getState().details[adapterId]) await loadAdapter(adapterId);
}

/** (Re)load everything: source info, adapters, globals, history; keeps the selection when it still exists. */
export async function reloadAll(): Promise<void> {
  updateApp((s) => ({ ...s, loading: true }));
  const [source, adapters, globals, history] = await Promise.all([api.sourceInfo(), api.listAdapters(), api.getGlobals(), api.listHistory()]);
  if (!source.ok) errorNotice('Could not read the source', source.error);
  if (!adapters.ok) errorNotice('Could not list adapters', adapters.error);
  if (!globals.ok) errorNotice('Could not read the global offload switches', globals.error);
  if (!history.ok) errorNotice('Could not read the history', history.error);
  const list = adapters.ok ? adapters.value : [];
  const selected = chooseAdapter(useAppStore.getState().selectedAdapterId, list);
  updateApp((s) => ({
    ...s,
    source: source.ok ? source.value : s.source,
    adapters: list,
    globals: globals.ok ? globals.value : s.globals,
    history: history.ok ? history.value : s.history,
    details: {},
    selectedAdapterId: selected,
    selectedKeyword: selected === s.selectedAdapterId ? s.selectedKeyword : null,
    generation: s.generation + 1,
  }));
  if (selected !== null) await loadAdapter(selected);
  updateApp((s) => ({ ...s, loading: false }));
  void prefetchAdapters(useAppStore.getState().generation);
}

/** Read the other adapters in the background, two at a time, so switching shows them at once. */
async function prefetchAdapters(generation: number): Promise<void> {
  const queue = useAppStore.getState().adapters.map((a) => a.id);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const state = useAppStore.getState();
      if (state.generation !== generation) return;
      if (state.details[id]) continue;
      const r = await api.getAdapter(id);
      if (r.ok && useAppStore.getState().generation === generation) updateApp((s) => withDetails(s, r.value));
    }
  };
  await Promise.all([worker(), worker()]);
}

/**
 * After Apply or Undo: read again only what the write touched (its adapters, the globals if it
 * changed one) and the history. The other adapters did not change, so they are not read twice.
 */
async function refreshAfterWrite(entry: JournalEntry): Promise<void> {
  const adapterIds = [...new Set(entry.writes.flatMap((w) => (w.change.scope === 'adapter' ? [w.change.adapterId] : [])))];
  const touchesGlobals = entry.writes.some((w) => w.change.scope === 'global');
  const [history, globals, ...details] = await Promise.all([
    api.listHistory(),
    touchesGlobals ? api.getGlobals() : Promise.resolve(null),
    ...adapterIds.map((id) => api.getAdapter(id)),
  ]);
  if (!history.ok) errorNotice('Could not read the history', history.error);
  if (globals && !globals.ok) errorNotice('Could not read the global offload switches', globals.error);
  updateApp((s) => {
    let next: typeof s = { ...s, history: history.ok ? history.value : s.history, globals: globals?.ok ? globals.value : s.globals };
    for (const d of details) if (d.ok) next = withDetails(next, d.value);
    return next;
  });
  for (const [i, d] of details.entries()) if (!d.ok) errorNotice(`Could not read adapter ${adapterIds[i]}`, d.error);
}

/**
 * First load. In a copy started by "Relaunch as administrator", the pending changes handed over
 * (checked again by the back end) come back as pending changes and the review opens on them:
 * nothing is applied without the person.
 */
export async function start(): Promise<void> {
  const handover = await api.takeHandover();
  await reloadAll();
  if (!handover.ok) {
    errorNotice('Could not take over the pending changes', handover.error);
    return;
  }
  if (handover.value === null) return;
  const { items, rejected } = handover.value;
  if (items.length > 0) usePendingStore.getState().replace(fromHandover(items));
  updateApp((s) =>
    addNotice(s, {
      intent: rejected.length > 0 ? 'warning' : 'info',
      title: 'Pending changes from before the relaunch',
      message:
        items.length > 0
          ? `${items.length} pending change${items.length === 1 ? '' : 's'} from before the relaunch ${items.length === 1 ? 'is' : 'are'} waiting for your review; nothing has been applied.`
          : 'None of the pending changes from before the relaunch could be taken over.',
      ...(rejected.length > 0 ? { details: rejected } : {}),
    }),
  );
  if (items.length > 0) reviewPending();
}

/** What a write did, as read back: one line per value. */
export function describeWrites(result: ApplyResult): string[] {
  const state = useAppStore.getState();
  return result.entry.writes.map((w) => {
    if (w.change.scope === 'global') return `${w.change.name}: ${w.after === null ? 'absent' : String(storedText(w.after))}`;
    const keyword = w.change.keyword;
    const p = state.details[w.change.adapterId]?.properties.find((x) => x.keyword === keyword);
    const text = storedText(w.after);
    const shown = p ? valueDisplay(p, text) : (text ?? 'Not Present');
    return `${p ? propertyLabel(p) : keyword} (${keyword}) is now ${shown}${text !== null && p?.type === 'enum' ? ` [${text}]` : ''}`;
  });
}

async function afterWrite(title: string, result: ApplyResult, actions: readonly NoticeAction[]): Promise<void> {
  await refreshAfterWrite(result.entry);
  const lines = describeWrites(result);
  const extra = [...result.restartProblems];
  if (result.restarted.length > 0) extra.unshift(`Restarted adapter(s): ${result.restarted.join(', ')}.`);
  updateApp((s) =>
    addNotice(s, {
      intent: result.restartProblems.length > 0 ? 'warning' : 'success',
      title,
      message: `${lines.length} value${lines.length === 1 ? '' : 's'} written and read back.`,
      details: [...lines, ...extra],
      actions,
    }),
  );
}

/** Open the review of the pending changes (the only way to Apply). */
export function reviewPending(): void {
  if (Object.keys(usePendingStore.getState().edits).length === 0) return;
  // A driver package preview has nothing to apply to.
  if (useAppStore.getState().source?.canApply === false) return;
  useUiStore.getState().openReview({ kind: 'apply' });
}

/** Open the review of undoing one history entry. */
export function reviewUndo(entryId: string): void {
  useUiStore.getState().openReview({ kind: 'undo', entryId });
}

/** Apply every pending edit. Keeps them on error; on success clears them and shows the values read back, with Undo. */
export async function applyPending(restartAdapters: boolean): Promise<boolean> {
  const pending = usePendingStore.getState();
  if (Object.keys(pending.edits).length === 0) return false;
  updateApp((s) => ({ ...s, busy: true }));
  try {
    const r = await api.applyChanges(toApplyRequest(pending, restartAdapters));
    if (!r.ok) {
      const canElevate = useAppStore.getState().source?.canElevate ?? false;
      const actions: NoticeAction[] =
        r.error.code === 'conflict' ? [{ kind: 'reload' }] : r.error.code === 'access-denied' && canElevate ? [{ kind: 'relaunch-elevated' }] : [];
      errorNotice('Nothing was applied', r.error, actions);
      return false;
    }
    usePendingStore.getState().replace(discard(usePendingStore.getState()));
    await afterWrite('Changes applied', r.value, [{ kind: 'undo', entryId: r.value.entry.id }]);
    return true;
  } finally {
    updateApp((s) => ({ ...s, busy: false }));
  }
}

/** After a conflict: re-read, keep the edits, and take the fresh stored values as their baseline. */
export async function reloadKeepingEdits(): Promise<void> {
  await reloadAll();
  const ids = new Set(Object.values(usePendingStore.getState().edits).map((e) => e.adapterId));
  for (const id of ids) {
    if (!useAppStore.getState().details[id]) await loadAdapter(id);
    const d = useAppStore.getState().details[id];
    if (d) usePendingStore.getState().rebase(d);
  }
}

/** Relaunch elevated, handing the pending edits to the new copy (a file it reads once, not per-user storage). */
export async function relaunchElevated(): Promise<void> {
  const pending = usePendingStore.getState();
  const items = Object.keys(pending.edits).length > 0 ? toApplyRequest(pending, false).items : [];
  const r = await api.relaunchElevated(items);
  if (!r.ok) errorNotice('Could not relaunch as administrator', r.error);
}

/** Undo one journal entry (after its review), restarting the adapters it touched when asked. */
export async function undoEntry(entryId: string, restartAdapters: boolean): Promise<boolean> {
  updateApp((s) => ({ ...s, busy: true }));
  try {
    const r = await api.undo(entryId, restartAdapters);
    if (!r.ok) {
      errorNotice('Undo failed; nothing was changed', r.error, r.error.code === 'conflict' ? [{ kind: 'reload' }] : []);
      return false;
    }
    await afterWrite('Undone', r.value, []);
    return true;
  } finally {
    updateApp((s) => ({ ...s, busy: false }));
  }
}

/** Read `.reg` files chosen by the person and make them the source. The previous source stays on error. */
export async function openRegFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  updateApp((s) => ({ ...s, busy: true }));
  try {
    const payload = await Promise.all(files.map(async (f) => ({ name: f.name, contentBase64: toBase64(await f.arrayBuffer()) })));
    // Driver INFs (with the INFs they include) open as a driver package preview; anything else as .reg exports.
    const r = payload.every((f) => /\.in[fx]$/i.test(f.name)) ? await api.loadInfFiles(payload) : await api.loadRegFiles(payload);
    if (!r.ok) {
      errorNotice('Could not open the file', r.error);
      return;
    }
    usePendingStore.getState().replace(discard(usePendingStore.getState()));
    updateApp((s) => ({ ...s, selectedAdapterId: null, selectedKeyword: null }));
    await reloadAll();
    updateApp((s) => addNotice(s, { intent: 'success', title: 'Source opened', message: `Showing ${r.value.label}.` }));
  } finally {
    updateApp((s) => ({ ...s, busy: false }));
  }
}

/** Go back to the default source (live registry on Windows, demo elsewhere). */
export async function switchToDefaultSource(): Promise<void> {
  const r = await api.useDefaultSource();
  if (!r.ok) {
    errorNotice('Could not switch source', r.error);
    return;
  }
  usePendingStore.getState().replace(discard(usePendingStore.getState()));
  await reloadAll();
}

/** Names of the adapters a change set touches: "Ethernet, Wi-Fi". */
function adapterNames(adapterIds: readonly string[]): string {
  const adapters = useAppStore.getState().adapters;
  return adapterIds.map((id) => adapters.find((a) => a.id === id)?.connectionName ?? `adapter ${id}`).join(', ');
}

/** Export pending edits, hand the file to the browser as a download, and say what was saved. */
export async function saveChanges(format: 'reg' | 'ps1'): Promise<void> {
  const changes = toChangeSet(usePendingStore.getState());
  if (changes.length === 0) {
    updateApp((s) => addNotice(s, { intent: 'info', title: 'Nothing to save', message: 'There are no pending changes to save yet.' }));
    return;
  }
  const r = await api.exportChanges({ changes, format });
  if (!r.ok) {
    errorNotice('Could not save the changes', r.error);
    return;
  }
  downloadFile(r.value);
  const ids = [...new Set(changes.map((c) => c.adapterId))];
  const where = whereSaved();
  updateApp((s) =>
    addNotice(s, {
      intent: 'success',
      title: `Saved ${r.value.suggestedName}`,
      message: `${changes.length} change${changes.length === 1 ? '' : 's'} for ${adapterNames(ids)}, as ${format === 'reg' ? 'a .reg file' : 'a PowerShell script'}. ${where} Nothing was applied here; the changes are still pending.`,
    }),
  );
}

/** Hand a file from the back end to the browser (Electron: its Save dialog) as a download. */
export function downloadFile(file: ExportedFile): void {
  const blob = new Blob([fromBase64(file.contentBase64)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.suggestedName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Where a downloaded file went, for the notice. */
export function whereSaved(): string {
  return useAppStore.getState().source?.runtime === 'electron'
    ? 'Choose where to keep it in the Save dialog.'
    : 'Your browser saved it to its downloads folder.';
}

/** Base64 of bytes without spreading a huge array into arguments. */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}
