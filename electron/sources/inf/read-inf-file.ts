/** Read a driver INF from disk through the bounded reader: a huge or endless file (a device, a pipe) is refused with a sentence. */

import { basename } from 'node:path';
import { MAX_INF_FILE_BYTES } from '../../../shared/model/input-limits';
import { readBounded } from '../bounded-read';

/** The bytes of `path`; throws FileReadError (one sentence naming the file) when it cannot be read within `limit`. */
export async function readInfFile(path: string, limit = MAX_INF_FILE_BYTES): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: basename(path), bytes: await readBounded(path, { maxBytes: limit, what: 'a driver INF' }) };
}
