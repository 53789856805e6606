/**
 * Profiles as files. Reading: files the tool did not write (a colleague's, a download), so read with
 * a size cap before any parsing, and validated by shared/profiles/parse-profile.ts; one small
 * function, so the bounded reader for every hostile file can take its place in one spot. Writing:
 * an adapter saved as a profile for the app to download.
 */

import { open, stat } from 'node:fs/promises';
import type { ExportedFile } from '../../shared/ipc/contract';
import { parseProfile, profileBytes, ProfileError } from '../../shared/profiles/parse-profile';
import { PROFILE_LIMITS, type Profile } from '../../shared/profiles/profile';
import { profileFromAdapter } from '../../shared/profiles/save-profile';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails } from './adapter-reader';
import { ApplyError } from './apply-error';
import { TOOL_NAME } from './tool-info';

function cannotRead(path: string, error: unknown): ProfileError {
  const code = (error as NodeJS.ErrnoException).code;
  return new ProfileError(code === 'ENOENT' ? `Cannot read ${path}: no such file.` : code === 'EACCES' || code === 'EPERM' ? `Cannot read ${path}: permission denied.` : `Cannot read ${path} (${code ?? 'error'}).`);
}

/**
 * Read at most the profile size limit (plus one byte to notice more) from a regular file. What is
 * not a regular file (a folder, a FIFO that would block, a device) is refused before it is opened.
 */
async function readCapped(path: string): Promise<Uint8Array> {
  const before = await stat(path).catch((error: unknown) => {
    throw cannotRead(path, error);
  });
  if (!before.isFile()) throw new ProfileError(`${path} is not a profile: it is ${before.isDirectory() ? 'a folder' : 'not a regular file'}.`);
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw cannotRead(path, error);
  });
  try {
    const info = await handle.stat();
    // Swapped for something else between the check and the open: refuse rather than read it.
    if (!info.isFile() || info.ino !== before.ino || info.dev !== before.dev) throw new ProfileError(`${path} changed while it was being opened; try again.`);
    if (info.size > PROFILE_LIMITS.fileBytes) throw new ProfileError(`${path} is not a profile: it is larger than ${PROFILE_LIMITS.fileBytes / 1024} KiB.`);
    const buffer = new Uint8Array(PROFILE_LIMITS.fileBytes + 1);
    let length = 0;
    // A file that grows while being read still stops at the cap.
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Read and validate a profile file. Throws ProfileError with a sentence naming the path. */
export async function readProfileFile(path: string): Promise<Profile> {
  return parseProfile(await readCapped(path), path);
}

/** What "Save as profile…" asks for. */
export interface SaveProfileRequest {
  readonly adapterId: string;
  readonly name: string;
  readonly description?: string;
  readonly nonDefault: boolean;
  readonly matchComponentId: boolean;
}

/** The adapter as a profile file for the renderer to download. Throws ApplyError when the adapter is gone. */
export async function exportProfile(source: RegistrySource, request: SaveProfileRequest, now = new Date()): Promise<ExportedFile & { readonly skipped: readonly string[] }> {
  const details = await readAdapterDetails(source, request.adapterId);
  if (!details) throw new ApplyError('not-found', `Adapter ${request.adapterId} does not exist in ${source.label}.`);
  const a = details.adapter;
  const title = [a.connectionName, a.description].filter(Boolean).join(' - ') || `adapter ${a.id}`;
  const { profile, skipped } = profileFromAdapter(details, {
    name: request.name,
    description: request.description,
    nonDefault: request.nonDefault,
    matchComponentId: request.matchComponentId && a.componentId !== null,
    adapterTitle: `${title} (${a.id}, ${source.label})`,
    savedAt: now,
    tool: TOOL_NAME,
  });
  const base = (request.name.replace(/[^A-Za-z0-9 ._-]+/g, '').trim().replace(/\s+/g, '-') || 'profile').slice(0, 60);
  return {
    suggestedName: `${base}.json`,
    mimeType: 'application/json',
    contentBase64: Buffer.from(profileBytes(profile)).toString('base64'),
    skipped: skipped.map((s) => s.reason),
  };
}
