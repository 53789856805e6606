/**
 * Profiles on disk: files the tool did not write (a colleague's, a download), so read with a size
 * cap before any parsing, and validated by shared/profiles/parse-profile.ts. One small function,
 * so the bounded reader for every hostile file can take its place in one spot.
 */

import { open, stat } from 'node:fs/promises';
import { parseProfile, ProfileError } from '../../shared/profiles/parse-profile';
import { PROFILE_LIMITS, type Profile } from '../../shared/profiles/profile';

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
