/**
 * Pending changes handed from the app to its elevated relaunch ("Relaunch as administrator").
 *
 * The elevated copy may run as another account (UAC asking for an administrator's credentials),
 * so the changes cannot wait in per-user storage: they go into one file in a machine-wide folder,
 * named on the new process's command line, and are removed once read.
 *
 * That file is input to an elevated process, and other users can create files in that folder, so
 * it is hostile: only a file name (never a path) is taken from the command line and only in the
 * expected shape; the file must be a plain file (no link) of bounded size; its content must match
 * the schema; and what it holds only ever becomes pending changes, planned and validated again
 * like any change and shown in the review before anything is written.
 */

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { applyItemSchema, MAX_ITEMS } from '../../shared/ipc/schemas';

/** What the file carries: the changes and the stored values the person saw. */
export type HandoverItem = z.infer<typeof applyItemSchema>;

/** Largest hand-over file read (2000 changes of ordinary size fit in a fraction of it). */
export const MAX_HANDOVER_BYTES = 1024 * 1024;

/** The command-line switch that names the file, e.g. `--nicprops-handover=handover-0123….json`. */
export const HANDOVER_SWITCH = '--nicprops-handover=';

/** The only file names accepted: made by writeHandover, 128 random bits. */
const FILE_NAME = /^handover-[0-9a-f]{32}\.json$/;

const fileSchema = z
  .object({
    format: z.literal('nicprops-handover'),
    version: z.literal(1),
    items: z.array(applyItemSchema).max(MAX_ITEMS),
  })
  .strict();

/** Write the pending changes for the elevated copy; returns the file's name (its folder is `dir`). */
export async function writeHandover(dir: string, items: readonly HandoverItem[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = `handover-${randomBytes(16).toString('hex')}.json`;
  const text = JSON.stringify({ format: 'nicprops-handover', version: 1, items });
  if (Buffer.byteLength(text) > MAX_HANDOVER_BYTES) throw new Error('There are too many pending changes to hand over; apply or save some of them first.');
  // 'wx': never write through a file (or link) that is already there.
  await writeFile(join(dir, name), text, { flag: 'wx', mode: 0o600 });
  return name;
}

/** The file name given with HANDOVER_SWITCH, when it has the expected shape; anything else is ignored. */
export function handoverNameFromArgv(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith(HANDOVER_SWITCH));
  const name = arg?.slice(HANDOVER_SWITCH.length) ?? null;
  return name !== null && FILE_NAME.test(name) ? name : null;
}

/** The pending changes read back, or why the file was not used (one sentence). */
export type HandoverRead = { readonly ok: true; readonly items: readonly HandoverItem[] } | { readonly ok: false; readonly problem: string };

/** Read the bytes of a plain file of at most `limit` bytes; null when it is larger. */
async function readBounded(path: string, limit: number): Promise<Buffer | null> {
  // O_NOFOLLOW where the platform has it: a link swapped in after lstat is not followed.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length <= limit) {
      const { bytesRead } = await handle.read(buffer, length, limit + 1 - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return length > limit ? null : buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Read and remove the hand-over file `name` from `dir`. Never throws: a missing, oversized,
 * linked or malformed file gives a problem sentence, and the file is removed whatever it held.
 */
export async function takeHandover(dir: string, name: string): Promise<HandoverRead> {
  if (!FILE_NAME.test(name))
    return { ok: false, problem: 'The pending changes from before the relaunch were not named as this app names them, so they were not used.' };
  const path = join(dir, name);
  try {
    const info = await lstat(path);
    if (!info.isFile()) return { ok: false, problem: 'The pending changes from before the relaunch were not in a plain file, so they were not used.' };
    if (info.size > MAX_HANDOVER_BYTES)
      return { ok: false, problem: 'The file of pending changes from before the relaunch is larger than any this app writes, so it was not used.' };
    const bytes = await readBounded(path, MAX_HANDOVER_BYTES);
    if (bytes === null)
      return { ok: false, problem: 'The file of pending changes from before the relaunch is larger than any this app writes, so it was not used.' };
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, problem: 'The file of pending changes from before the relaunch could not be read, so it was not used.' };
    }
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) return { ok: false, problem: 'The file of pending changes from before the relaunch is not one this app wrote, so it was not used.' };
    return { ok: true, items: parsed.data.items };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'The pending changes from before the relaunch were not found (already used, or removed).' };
    return { ok: false, problem: 'The pending changes from before the relaunch could not be read, so they were not used.' };
  } finally {
    // Used once, whatever it held.
    await rm(path, { force: true }).catch(() => undefined);
  }
}
