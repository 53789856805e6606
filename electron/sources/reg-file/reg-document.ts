/**
 * A parsed `.reg` file: what regedit would do when importing it, in file order.
 *
 * Paths are normalised to full hive names (`HKEY_LOCAL_MACHINE\…`) with the
 * rest of the path spelled as in the file.
 */

import type { RegistryValue } from '../../../shared/model/registry-value';

/** `Windows Registry Editor Version 5.00` (Unicode) or `REGEDIT4` (ANSI). */
export type RegFormat = 'regedit5' | 'regedit4';

/** One step of an import; `line` is the 1-based line where it starts. */
export type RegOperation =
  | { readonly op: 'open-key'; readonly line: number; readonly path: string }
  | { readonly op: 'delete-key'; readonly line: number; readonly path: string }
  | {
      readonly op: 'set-value';
      readonly line: number;
      readonly path: string;
      readonly name: string;
      readonly value: RegistryValue;
    }
  | { readonly op: 'delete-value'; readonly line: number; readonly path: string; readonly name: string };

/** Everything one `.reg` file says, in order. */
export interface RegDocument {
  readonly fileName: string;
  readonly format: RegFormat;
  readonly operations: readonly RegOperation[];
}
