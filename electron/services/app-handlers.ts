/**
 * The one handler table behind every IPC channel, shared by Electron main and the browser preview.
 * Handlers validate nothing themselves (dispatchRequest parses every request against its schema
 * first) and contain no logic beyond calling services and mapping errors to IpcResult.
 */

import type { Adapter } from '../../shared/model/adapter';
import type { JournalEntry } from '../../shared/model/journal';
import { REQUEST_SCHEMAS } from '../../shared/ipc/channels';
import type { AdapterSummary, ApplyItem, InvokeChannel, InvokeChannels, SourceInfo } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { parseProfile, ProfileError } from '../../shared/profiles/parse-profile';
import { evaluateRules } from '../../shared/rules/evaluate';
import { InfParseError } from '../sources/inf/inf-parse-error';
import { sourceFromInfFiles } from '../sources/inf/inf-source';
import { parseInfTarget } from '../sources/inf/target-os';
import { RegParseError } from '../sources/reg-file/reg-parse-error';
import { sourceFromRegFiles } from '../sources/reg-file-source';
import { SourceFileError } from '../sources/source-file-error';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails, readAllAdapterDetails, readGlobals } from './adapter-reader';
import { restartTouchedAdapters } from './restart-after-apply';
import { ApplyError } from './apply-error';
import { ChangeService } from './change-service';
import { compareAdapters } from './compare-service';
import { exportChangeSet } from './export-file';
import type { HandoverItem, HandoverRead } from './handover';
import { planWrites } from './change-targets';
import { exportProfile } from './profile-file';
import { exportReport } from './support-report';
import { FileJournal, MemoryJournal, type JournalFolderSecurity, type JournalStore } from './journal-store';

/** What the host (Electron main or the preview server) provides. */
export interface AppEnvironment {
  readonly runtime: 'electron' | 'browser-preview';
  /** Where the live registry's journal is kept (machine-wide, shared with the CLI). */
  readonly journalDir: string;
  /** How that folder is protected and checked before Undo trusts it (Windows); null elsewhere. */
  readonly journalSecurity: JournalFolderSecurity | null;
  readonly initialSource: RegistrySource;
  /** A fresh default source: live on Windows, demo elsewhere. */
  readonly defaultSource: () => RegistrySource;
  /** Restart an adapter after Apply; null where that is impossible (not Windows, not live). */
  readonly restartAdapter: ((adapter: Adapter) => Promise<void>) | null;
  /** Relaunch the app elevated, handing it the pending changes; null where that is impossible. */
  readonly relaunchElevated: ((items: readonly HandoverItem[]) => Promise<void>) | null;
  /** Read (once) the pending changes handed to this elevated copy; absent or null when there are none. */
  readonly takeHandover?: (() => Promise<HandoverRead | null>) | null;
  readonly isElevated: boolean | null;
}

export type HandlerTable = { [C in InvokeChannel]: InvokeChannels[C] };

/** Build the handler table over a mutable "current source" (File → Open replaces it). */
export function createAppHandlers(env: AppEnvironment): HandlerTable {
  const journalFor = (source: RegistrySource): JournalStore =>
    // Only the live registry outlives the process; in-memory data gets an in-memory journal.
    source.kind === 'live' ? new FileJournal(env.journalDir, env.journalSecurity) : new MemoryJournal();
  let service = new ChangeService(env.initialSource, journalFor(env.initialSource));
  const use = (source: RegistrySource) => {
    service = new ChangeService(source, journalFor(source));
  };

  const info = (): SourceInfo => {
    const s = service.source;
    return {
      kind: s.kind,
      label: s.label,
      notThisComputer: s.kind !== 'live',
      canApply: s.kind !== 'inf',
      infTarget: s.provenance?.infTarget ?? null,
      canRestartAdapters: s.kind === 'live' && env.restartAdapter !== null,
      canElevate: env.relaunchElevated !== null && env.isElevated === false,
      runtime: env.runtime,
    };
  };

  /** Restart what a write touched, when asked and possible (live registry on Windows), as Device Manager does. */
  const restartAfter = async (entry: JournalEntry, asked: boolean) => {
    if (!asked || !info().canRestartAdapters || !env.restartAdapter) return { restarted: [], restartProblems: [] };
    const { restarted, problems } = await restartTouchedAdapters(service.source, entry, env.restartAdapter);
    return { restarted, restartProblems: problems };
  };

  return {
    'source:info': async () => ok(info()),
    'source:use-default': async () => {
      use(env.defaultSource());
      return ok(info());
    },
    'source:load-reg-files': async ({ files }) =>
      guard(async () => {
        try {
          use(sourceFromRegFiles(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') }))));
        } catch (error) {
          if (error instanceof RegParseError || error instanceof SourceFileError) {
            return fail('bad-file', `${error.message} The previous data is still shown.`);
          }
          throw error;
        }
        return ok(info());
      }),
    'source:load-inf-files': async ({ files, target }) =>
      guard(async () => {
        const infTarget = target === undefined ? undefined : parseInfTarget(target);
        if (typeof infTarget === 'string') return fail('invalid-request', infTarget);
        try {
          use(
            sourceFromInfFiles(
              files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') })),
              infTarget,
            ).source,
          );
        } catch (error) {
          if (error instanceof InfParseError) return fail('bad-file', `${error.message} The previous data is still shown.`);
          throw error;
        }
        return ok(info());
      }),
    'adapters:list': async () =>
      guard(async () => {
        const globals = await readGlobals(service.source);
        const all = await readAllAdapterDetails(service.source);
        const list: AdapterSummary[] = all.map((details) => {
          const { findings } = evaluateRules({ details, globals });
          return {
            ...details.adapter,
            errorCount: findings.filter((f) => f.severity === 'error').length,
            warningCount: findings.filter((f) => f.severity === 'warning').length,
          };
        });
        return ok(list);
      }),
    'adapters:get': async ({ adapterId }) =>
      guard(async () => {
        const details = await readAdapterDetails(service.source, adapterId);
        return details ? ok(details) : fail('not-found', `Adapter ${adapterId} does not exist in ${service.source.label}.`);
      }),
    'globals:get': async () => guard(async () => ok(await readGlobals(service.source))),
    'changes:apply': async ({ items, restartAdapters }) =>
      guard(async () => {
        if (!info().canApply) {
          return fail(
            'invalid-request',
            'A driver package preview is not applied anywhere: save the changes as PowerShell to run after the driver is installed.',
          );
        }
        const entry = await service.apply(items);
        return ok({ entry, ...(await restartAfter(entry, restartAdapters)) });
      }),
    'changes:export': async ({ changes, format }) => guard(async () => ok(await exportChangeSet(service.source, changes, format))),
    'history:list': async () => guard(async () => ok(await service.history())),
    'history:undo': async ({ entryId, restartAdapters }) =>
      guard(async () => {
        const entry = await service.undo(entryId);
        return ok({ entry, ...(await restartAfter(entry, restartAdapters === true)) });
      }),
    'compare:adapters': async ({ adapterId, other }) =>
      guard(async () => {
        const files = other.kind === 'files' ? other.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') })) : [];
        try {
          return ok(await compareAdapters(service.source, adapterId, other.kind === 'files' ? { kind: 'files', files, adapterId: other.adapterId } : other));
        } catch (error) {
          if (error instanceof RegParseError || error instanceof InfParseError) return fail('bad-file', error.message);
          throw error;
        }
      }),
    'profiles:read': async ({ name, contentBase64 }) =>
      guard(async () => {
        try {
          return ok(parseProfile(Buffer.from(contentBase64, 'base64'), name));
        } catch (error) {
          if (error instanceof ProfileError) return fail('bad-file', error.message, error.details);
          throw error;
        }
      }),
    'profiles:save': async (request) => guard(async () => ok(await exportProfile(service.source, request))),
    'report:render': async ({ format, scope, adapterId }) =>
      guard(async () => ok(await exportReport(service.source, format, scope === 'adapter' ? { adapterId: adapterId! } : scope))),
    'app:relaunch-elevated': async ({ items }) => {
      if (!env.relaunchElevated) return fail('invalid-request', 'Relaunching as administrator is only possible in the Windows app.');
      const relaunch = env.relaunchElevated;
      return guard(async () => {
        await relaunch(items);
        return ok(undefined);
      });
    },
    'app:take-handover': async () =>
      guard(async () => {
        const read = env.takeHandover ? await env.takeHandover() : null;
        if (read === null) return ok(null);
        if (!read.ok) return ok({ items: [], rejected: [read.problem] });
        // The file is input to an elevated process: each change is planned and validated again,
        // alone, like any change; what passes only becomes a pending change for the review.
        const items: ApplyItem[] = [];
        const rejected: string[] = [];
        for (const item of read.items) {
          if (item.change.scope !== 'adapter') {
            rejected.push(`${item.change.name}: global switches are not taken over from before the relaunch.`);
            continue;
          }
          try {
            const [planned] = await planWrites(service.source, [item.change]);
            if (planned) items.push({ change: planned.change, expectedBefore: item.expectedBefore });
          } catch (error) {
            if (!(error instanceof ApplyError)) throw error;
            rejected.push(error.message);
          }
        }
        return ok({ items, rejected });
      }),
  };
}

/** Map service errors to results; anything unexpected becomes 'internal' with its message, never a stack. */
async function guard<T>(fn: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ApplyError) return fail(error.code, error.message, error.details);
    console.error(error);
    return fail('internal', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parse the raw request against the channel's schema, then call its handler. Never throws. */
export async function dispatchRequest(table: HandlerTable, channel: string, rawRequest: unknown): Promise<IpcResult<unknown>> {
  if (!Object.hasOwn(REQUEST_SCHEMAS, channel)) return fail('invalid-request', `Unknown channel "${channel}".`);
  const name = channel as InvokeChannel;
  const parsed = REQUEST_SCHEMAS[name].safeParse(rawRequest ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`);
    return fail('invalid-request', `The request to ${channel} is not valid.`, details);
  }
  const handler = table[name] as (req: unknown) => Promise<IpcResult<unknown>>;
  return guard(() => handler(parsed.data));
}
