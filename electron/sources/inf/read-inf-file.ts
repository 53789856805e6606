/**
 * Read a driver INF from disk with a size limit, so a huge or endless file (a device, a pipe) is
 * refused with a sentence instead of exhausting memory. One small function, to be replaced by the
 * shared bounded reader (electron/sources/bounded-read.ts) once it is on main.
 */

import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { InfParseError } from './inf-parse-error';

/** Largest INF read: the biggest vendor INFs (all languages in one file) are a few MB. */
export const MAX_INF_BYTES = 16 * 1024 * 1024;

/** The bytes of `path`; throws InfParseError when it is larger than `limit`, and the usual errno errors when it cannot be opened. */
export async function readInfFile(path: string, limit = MAX_INF_BYTES): Promise<{ name: string; bytes: Uint8Array }> {
  const handle = await open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw new InfParseError(basename(path), 0, `is larger than ${limit / 1024 / 1024} MB; no driver INF is that big, so it is not read.`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    return { name: basename(path), bytes };
  } finally {
    await handle.close();
  }
}
