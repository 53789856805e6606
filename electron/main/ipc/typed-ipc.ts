/**
 * The only module that touches `ipcMain` (lint-enforced). Every invoke channel of the
 * contract is registered here, behind one sender check, and dispatched to the handler
 * table, which schema-checks the request before any service sees it.
 *
 * Main → renderer pushes go through `send`, typed by the contract's EventChannels.
 */

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { EventChannels } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import { dispatchRequest, type HandlerTable } from '../../services/app-handlers';
import { isAppUrl } from '../web-preferences';

const trustedContents = new Set<number>();

/** Allow IPC from `contents` (the app window) for as long as it lives. */
export function trustWebContents(contents: WebContents): void {
  const id = contents.id;
  trustedContents.add(id);
  contents.once('destroyed', () => trustedContents.delete(id));
}

/**
 * Checklist #17 (validate the sender of all IPC messages): accept only the top frame of a
 * trusted window, currently showing a page of app://renderer. Rejects sub-frames, other
 * windows and a window that was somehow navigated elsewhere.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  if (!trustedContents.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Register a handler for every channel in INVOKE_CHANNELS. `getTable` is read per request,
 * so the composition root can swap the table (e.g. a .reg opened from a second instance).
 * Returns a function that removes the handlers again.
 */
export function registerInvokeHandlers(getTable: () => HandlerTable): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) {
        console.warn(`Refused IPC "${channel}" from an untrusted sender (${event.senderFrame?.url ?? 'no frame'}).`);
        return fail('invalid-request', 'This request did not come from the app window.');
      }
      // Requests are one DTO object; extra arguments never reach a handler.
      if (args.length !== 1) {
        return fail('invalid-request', `"${channel}" takes exactly one request object.`);
      }
      try {
        return await dispatchRequest(getTable(), channel, args[0]);
      } catch (error) {
        // dispatchRequest never throws by contract; keep the boundary total anyway.
        console.error(`Handler for "${channel}" threw:`, error);
        return fail('internal', 'Something went wrong in the app. Nothing was written.');
      }
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Push an event to the renderer; a no-op (false) once the window is gone. */
export function send<K extends keyof EventChannels>(contents: WebContents, channel: K, ...args: Parameters<EventChannels[K]>): boolean {
  if (contents.isDestroyed()) return false;
  contents.send(channel, ...args);
  return true;
}
