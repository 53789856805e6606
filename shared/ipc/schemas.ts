/**
 * Runtime schemas for every request the renderer may send. The renderer is untrusted:
 * main (and the preview server) parse each request with these before calling a service.
 * No request carries a registry path; adapters are addressed by their 4-digit id.
 */

import { z } from 'zod';
import { base64Length, MAX_INF_FILE_BYTES, MAX_REG_FILE_BYTES } from '../model/input-limits';

const adapterId = z.string().regex(/^\d{4}$/, 'an adapter id is four digits, like 0007');
/** Keywords are value names: printable, no backslash, bounded. */
const keyword = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\\\p{Cc}]+$/u, 'not a keyword');

export const changeSchema = z.discriminatedUnion('scope', [
  z.object({
    scope: z.literal('adapter'),
    adapterId,
    keyword,
    value: z.string().max(4096).nullable(),
  }),
  z.object({
    scope: z.literal('global'),
    name: z.enum(['DisableTaskOffload', 'EnabledOffload']),
    value: z.union([z.literal(0), z.literal(1)]).nullable(),
  }),
]);

export const storedValueSchema = z.object({
  type: z.enum(['REG_NONE', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_DWORD', 'REG_MULTI_SZ', 'REG_QWORD', 'REG_UNKNOWN']),
  data: z.union([z.string(), z.number(), z.array(z.string()), z.array(z.number())]),
});

export const emptyRequest = z.object({}).strict();
export const adapterRequest = z.object({ adapterId }).strict();
/** One change and the stored value the person saw when making it (the conflict check). */
export const applyItemSchema = z.object({ change: changeSchema, expectedBefore: storedValueSchema.nullable() }).strict();
/** Most changes one request (or hand-over file) may carry. */
export const MAX_ITEMS = 2000;

export const applyRequest = z
  .object({
    items: z.array(applyItemSchema).min(1).max(MAX_ITEMS),
    restartAdapters: z.boolean(),
  })
  .strict();
export const exportRequest = z.object({ changes: z.array(changeSchema).min(1).max(2000), format: z.enum(['reg', 'ps1']) }).strict();
export const undoRequest = z.object({ entryId: z.string().min(1).max(100), restartAdapters: z.boolean().optional() }).strict();
/** Base64 text of the largest `.reg` file read (the decoded size is checked again by the source). */
export const MAX_REG_FILE_BASE64 = base64Length(MAX_REG_FILE_BYTES);

/** A TargetOS decoration or Windows version for an INF (`NTamd64.10.0...19041`, `10.0.22631`); read by the INF source. */
const infTarget = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9.]+$/, 'a target is a decoration such as NTamd64.10.0...19041 or a version such as 10.0.22631');

/** Driver INFs to open together (a driver INF and the INFs it includes). */
export const loadInfFilesRequest = z
  .object({
    files: z
      .array(
        z
          .object({
            name: z
              .string()
              .min(1)
              .max(260)
              .regex(/\.in[fx]$/i, 'an INF file name ends in .inf or .inx'),
            contentBase64: z.string().max(base64Length(MAX_INF_FILE_BYTES), `a driver INF may be at most ${MAX_INF_FILE_BYTES / 1024 / 1024} MiB`),
          })
          .strict(),
      )
      .min(1)
      .max(20)
      // A driver and the INFs it includes, read into memory together: the same cap as one .reg upload.
      .refine((files) => files.reduce((n, f) => n + f.contentBase64.length, 0) <= MAX_REG_FILE_BASE64, {
        message: `the INF files are larger than ${MAX_REG_FILE_BYTES / 1024 / 1024} MiB together, the most opened at once`,
      }),
    target: infTarget.optional(),
  })
  .strict();

/** Files opened in one go: each within the `.reg` limit, and all together too (one request, one source in memory). */
const regFiles = z
  .array(
    z
      .object({
        name: z.string().min(1).max(260),
        contentBase64: z.string().max(MAX_REG_FILE_BASE64, `a .reg file may be at most ${MAX_REG_FILE_BYTES / 1024 / 1024} MiB`),
      })
      .strict(),
  )
  .min(1)
  .max(20)
  .refine((files) => files.reduce((n, f) => n + f.contentBase64.length, 0) <= MAX_REG_FILE_BASE64, {
    message: `the files are larger than ${MAX_REG_FILE_BYTES / 1024 / 1024} MiB together, the most opened at once`,
  });
export const loadRegFilesRequest = z.object({ files: regFiles }).strict();
/** The selected adapter against another adapter of the source, or against `.reg` exports or a driver INF opened for the comparison. */
export const compareRequest = z
  .object({
    adapterId,
    other: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('adapter'), adapterId }).strict(),
      z.object({ kind: z.literal('files'), files: regFiles, adapterId: adapterId.optional() }).strict(),
    ]),
  })
  .strict();
/** "Relaunch as administrator", with the pending changes to hand to the elevated app (possibly none). */
export const relaunchRequest = z.object({ items: z.array(applyItemSchema).max(MAX_ITEMS) }).strict();
/** A profile file's bytes; base64 of the 1 MiB the profile reader accepts, and a little more so it can say "too large". */
export const profileReadRequest = z.object({ name: z.string().min(1).max(260), contentBase64: z.string().max(1_400_000) }).strict();
export const profileSaveRequest = z
  .object({ adapterId, name: z.string().min(1).max(200), description: z.string().max(2000).optional(), nonDefault: z.boolean(), matchComponentId: z.boolean() })
  .strict();
export const reportRequest = z
  .object({ format: z.enum(['md', 'html', 'json']), scope: z.enum(['adapter', 'visible', 'all']), adapterId: adapterId.optional() })
  .strict()
  .refine((r) => r.scope !== 'adapter' || r.adapterId !== undefined, { message: 'scope "adapter" needs an adapterId', path: ['adapterId'] });
