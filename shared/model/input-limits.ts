/**
 * How much the tool reads from files it did not write. Every file is hostile input (design.md,
 * "Security model"): these caps keep a huge or endless input from exhausting the machine, and
 * are shared by the CLI, the preview server and the IPC schemas so all three refuse the same.
 */

const MIB = 1024 * 1024;

/**
 * Largest `.reg` file read (bytes on disk, before decoding). An export of a whole Net class key
 * with 64 adapters x 60 properties is under 3 MB; even a whole SYSTEM hive export of a busy
 * server stays well under this.
 */
export const MAX_REG_FILE_BYTES = 64 * MIB;

/** Largest driver INF read: the biggest vendor INFs (every language in one file) are a few MB. */
export const MAX_INF_FILE_BYTES = 16 * MIB;

/**
 * Largest data of one registry value in a `.reg` file (bytes as the registry stores them:
 * UTF-16 for strings). The registry's own limit for a value in the standard hive format is
 * 1 MB, and Microsoft advises storing anything over 2 KB in a file instead; the values under a
 * Net class key are at most a few KB. So no real export comes near it, while a hostile file
 * cannot make one value take most of the memory.
 */
export const MAX_REG_VALUE_BYTES = 1 * MIB;

/** Windows' own limits (Registry element size limits): a key name, a value name, levels of keys. */
export const MAX_KEY_NAME_CHARS = 255;
export const MAX_VALUE_NAME_CHARS = 16_383;
export const MAX_KEY_DEPTH = 512;

/** How long a pipe may stay silent, and how long a whole read may take, before it is given up. */
export const READ_IDLE_MS = 10_000;
export const READ_TOTAL_MS = 60_000;

/** Length of the base64 text carrying `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** A byte count for people: `64 MiB`, `1.5 MiB`, `900 KiB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${trimZero(bytes / MIB)} MiB`;
  if (bytes >= 1024) return `${trimZero(bytes / 1024)} KiB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** A size over `limit`, said so that it never reads as equal to it once rounded: `70 MiB`, `more than 64 MiB`. */
export function formatSizeOver(size: number, limit: number): string {
  return formatBytes(size) === formatBytes(limit) ? `more than ${formatBytes(limit)}` : formatBytes(size);
}

function trimZero(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
