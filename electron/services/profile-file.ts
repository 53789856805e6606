/**
 * Profiles as files. Reading: files the tool did not write (a colleague's, a download), so read
 * through the bounded reader before any parsing, and validated by shared/profiles/parse-profile.ts.
 * Writing: an adapter saved as a profile for the app to download.
 */

import type { ExportedFile } from '../../shared/ipc/contract';
import { parseProfile, profileBytes, ProfileError } from '../../shared/profiles/parse-profile';
import { PROFILE_LIMITS, type Profile } from '../../shared/profiles/profile';
import { profileFromAdapter } from '../../shared/profiles/save-profile';
import { FileReadError, readBounded } from '../sources/bounded-read';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails } from './adapter-reader';
import { ApplyError } from './apply-error';
import { TOOL_NAME } from './tool-info';

/**
 * Read and validate a profile file. Throws ProfileError with a sentence naming the path. The bytes
 * come through the bounded reader every hostile file goes through: at most the profile limit,
 * folders and devices refused before they are opened, a pipe given up when it stalls.
 */
export async function readProfileFile(path: string): Promise<Profile> {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(path, { maxBytes: PROFILE_LIMITS.fileBytes, what: 'a profile' });
  } catch (error) {
    if (error instanceof FileReadError) throw new ProfileError(error.message);
    throw error;
  }
  return parseProfile(bytes, path);
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
export async function exportProfile(
  source: RegistrySource,
  request: SaveProfileRequest,
  now = new Date(),
): Promise<ExportedFile & { readonly skipped: readonly string[] }> {
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
  const base = (
    request.name
      .replace(/[^A-Za-z0-9 ._-]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'profile'
  ).slice(0, 60);
  return {
    suggestedName: `${base}.json`,
    mimeType: 'application/json',
    contentBase64: Buffer.from(profileBytes(profile)).toString('base64'),
    skipped: skipped.map((s) => s.reason),
  };
}
