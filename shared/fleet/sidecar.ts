/**
 * The collector's sidecar: a small JSON file next to each machine's `.reg` saying which machine it
 * is, its Windows build and when it was collected. It comes from a share anyone in the fleet can
 * write to, so it is read like every other file: size cap, strict decoding, a schema with limits,
 * and text without control characters. A sidecar that fails any of it is ignored with a note; the
 * machine is then named after its file.
 */

import { z } from 'zod';
import { oneLine } from '../generate/plain-text';

/** What the collector writes in `format`; a later layout gets a new version. */
export const SIDECAR_FORMAT = 'nicprops-collector';
export const SIDECAR_VERSION = 1;

/** Largest sidecar read; the collector writes a few hundred bytes. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]+$/u);
/** An optional field the collector may leave empty (a Windows without UBR, say). */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u)
    .optional();

const sidecarSchema = z.object({
  format: z.literal(SIDECAR_FORMAT),
  version: z.literal(SIDECAR_VERSION),
  // A NetBIOS or DNS host name is at most 255 characters.
  machine: text(255),
  osBuild: optionalText(100),
  osName: optionalText(200),
  collectedAt: optionalText(100),
});

export interface Sidecar {
  readonly machine: string;
  readonly osBuild: string | null;
  readonly collectedAt: string | null;
}

export type SidecarResult = { readonly ok: true; readonly sidecar: Sidecar } | { readonly ok: false; readonly problem: string };

function decode(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Read a sidecar's bytes; `name` is how the file is called in the problem sentence. */
export function parseSidecar(bytes: Uint8Array, name: string): SidecarResult {
  if (bytes.length > MAX_SIDECAR_BYTES)
    return { ok: false, problem: `${name} is larger than ${MAX_SIDECAR_BYTES / 1024} KiB, so it is not a collector sidecar; ignored.` };
  const textOf = decode(bytes);
  if (textOf === null) return { ok: false, problem: `${name} is not UTF-8 or UTF-16 text; ignored.` };
  let data: unknown;
  try {
    data = JSON.parse(textOf);
  } catch {
    return { ok: false, problem: `${name} is not valid JSON; ignored.` };
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : 'the file';
    return { ok: false, problem: `${name} is not a collector sidecar (${oneLine(where)}: ${oneLine(issue?.message ?? 'invalid')}); ignored.` };
  }
  const s = result.data;
  return { ok: true, sidecar: { machine: s.machine, osBuild: s.osBuild || null, collectedAt: s.collectedAt || null } };
}
