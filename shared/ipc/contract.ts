/**
 * The IPC contract: every request/response channel, one map for all domains.
 *
 * Sent by the renderer (through `window.api` in Electron, or HTTP in the browser preview);
 * handled by electron/main/ipc handlers and the preview server, which share one handler table.
 * Return signatures must be promises of an IpcResult.
 */

import type { z } from 'zod';
import type { AdapterDiff } from '../compare/adapter-diff';
import type { MatchedBy } from '../compare/match-adapter';
import type { Adapter, AdapterDetails, Globals } from '../model/adapter';
import type { Profile } from '../profiles/profile';
import type { JournalEntry } from '../model/journal';
import type { IpcResult } from './result';
import type * as schemas from './schemas';

/** What the window is showing data from, and what it can do with it. */
export interface SourceInfo {
  readonly kind: 'live' | 'reg-file' | 'demo' | 'inf';
  readonly label: string;
  /** True for demo / `.reg` / INF sources: the banner "not this computer" is shown. */
  readonly notThisComputer: boolean;
  /**
   * Whether Apply is offered. False for a driver INF: it previews what a driver package would
   * create; pending changes can only be saved as a PowerShell script.
   */
  readonly canApply: boolean;
  /** For an INF source: the target it was resolved for (`NTamd64.10.0.1..26100`); null otherwise. */
  readonly infTarget: string | null;
  /** Whether Apply can restart adapters (live Windows registry only). */
  readonly canRestartAdapters: boolean;
  /** Whether the app can offer "relaunch as administrator" (Windows, not elevated). */
  readonly canElevate: boolean;
  readonly runtime: 'electron' | 'browser-preview' | 'cli';
}

/** An adapter in the list, with counts of its rule findings. */
export interface AdapterSummary extends Adapter {
  readonly errorCount: number;
  readonly warningCount: number;
}

export interface ApplyResult {
  readonly entry: JournalEntry;
  /** Adapters restarted after the write. */
  readonly restarted: readonly string[];
  /** Sentences for adapters that could not be restarted (the values are written all the same). */
  readonly restartProblems: readonly string[];
}

export interface ExportedFile {
  readonly suggestedName: string;
  readonly mimeType: string;
  /** Bytes of the file: a `.reg` is UTF-16LE with BOM, as regedit writes it. */
  readonly contentBase64: string;
}

/** The selected adapter (A) against another (B): B's details come along so its values can be copied into pending changes. */
export interface Comparison {
  readonly a: AdapterDetails;
  readonly b: AdapterDetails;
  /** Where B was read from: the window's source, or the files opened for the comparison. */
  readonly otherSource: string;
  readonly matchedBy: MatchedBy;
  readonly diff: AdapterDiff;
}

/** A comparison, or — when no adapter in the opened files is the same adapter — the ones to choose from. */
export type CompareOutcome =
  | { readonly kind: 'compared'; readonly comparison: Comparison }
  | { readonly kind: 'choose'; readonly otherSource: string; readonly candidates: readonly Adapter[] };

/** A saved profile, with what it left out (sentences). */
export interface ProfileFile extends ExportedFile {
  readonly skipped: readonly string[];
}

type Req<S extends z.ZodType> = z.infer<S>;

/** One change with the stored value the person saw (the conflict check), as Apply takes it. */
export type ApplyItem = z.infer<typeof schemas.applyItemSchema>;

/** Pending changes handed over from before "Relaunch as administrator", checked again here. */
export interface HandoverResult {
  /** The changes that passed validation against this adapter's metadata: they become pending changes. */
  readonly items: readonly ApplyItem[];
  /** One sentence per change (or per file) that was not taken. */
  readonly rejected: readonly string[];
}

export type InvokeChannels = {
  'source:info': (req: Req<typeof schemas.emptyRequest>) => Promise<IpcResult<SourceInfo>>;
  'source:load-reg-files': (req: Req<typeof schemas.loadRegFilesRequest>) => Promise<IpcResult<SourceInfo>>;
  /** Open driver INFs as a driver package preview (one adapter per install section). */
  'source:load-inf-files': (req: Req<typeof schemas.loadInfFilesRequest>) => Promise<IpcResult<SourceInfo>>;
  'source:use-default': (req: Req<typeof schemas.emptyRequest>) => Promise<IpcResult<SourceInfo>>;
  'adapters:list': (req: Req<typeof schemas.emptyRequest>) => Promise<IpcResult<readonly AdapterSummary[]>>;
  'adapters:get': (req: Req<typeof schemas.adapterRequest>) => Promise<IpcResult<AdapterDetails>>;
  'globals:get': (req: Req<typeof schemas.emptyRequest>) => Promise<IpcResult<Globals>>;
  'changes:apply': (req: Req<typeof schemas.applyRequest>) => Promise<IpcResult<ApplyResult>>;
  'changes:export': (req: Req<typeof schemas.exportRequest>) => Promise<IpcResult<ExportedFile>>;
  'history:list': (req: Req<typeof schemas.emptyRequest>) => Promise<IpcResult<readonly JournalEntry[]>>;
  'history:undo': (req: Req<typeof schemas.undoRequest>) => Promise<IpcResult<ApplyResult>>;
  'app:relaunch-elevated': (req: Req<typeof schemas.relaunchRequest>) => Promise<IpcResult<void>>;
  /** The pending changes handed to this (elevated) copy, once; null when none were. */
  'app:take-handover': (req: Req<typeof schemas.emptyRequest>) => Promise<IpcResult<HandoverResult | null>>;
  'compare:adapters': (req: Req<typeof schemas.compareRequest>) => Promise<IpcResult<CompareOutcome>>;
  'profiles:read': (req: Req<typeof schemas.profileReadRequest>) => Promise<IpcResult<Profile>>;
  'profiles:save': (req: Req<typeof schemas.profileSaveRequest>) => Promise<IpcResult<ProfileFile>>;
  'report:render': (req: Req<typeof schemas.reportRequest>) => Promise<IpcResult<ExportedFile>>;
};

export type InvokeChannel = keyof InvokeChannels;
export type RequestOf<C extends InvokeChannel> = Parameters<InvokeChannels[C]>[0];
export type ResponseOf<C extends InvokeChannel> = Awaited<ReturnType<InvokeChannels[C]>>;

/** Main → renderer pushes. */
export type MenuCommand =
  | 'open-reg-files'
  | 'open-inf-files'
  | 'save-changes-reg'
  | 'save-changes-ps1'
  | 'toggle-hidden-adapters'
  | 'toggle-registry-only'
  | 'toggle-raw-values'
  | 'use-default-source';

export type EventChannels = {
  'menu:command': (command: MenuCommand) => void;
};
