/**
 * The hidden file picker for `.reg` exports and driver INFs: behind "Open .reg or INF…" and "Open
 * driver INF…" (toolbar button and File menu), and Compare…'s "Open .reg or driver INF…".
 */

import { forwardRef } from 'react';
import { openRegFiles } from '../../stores/actions';

export interface OpenRegInputProps {
  readonly label?: string;
  readonly testId?: string;
  /** The files chosen (none when the picker was cancelled); the input is cleared first, so the same file can be chosen again. */
  readonly onFiles?: (files: File[]) => void;
}

export const OpenRegInput = forwardRef<HTMLInputElement, OpenRegInputProps>(function OpenRegInput(
  { label = 'Choose .reg exports or driver INF files to open', testId = 'open-reg-input', onFiles = (files) => void openRegFiles(files) },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      accept=".reg,.inf,.inx"
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const input = e.currentTarget;
        const files = Array.from(input.files ?? []);
        input.value = '';
        onFiles(files);
      }}
    />
  );
});
