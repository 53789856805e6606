/** The hidden file picker behind "Open .reg…" (toolbar button and File menu). */

import { forwardRef } from 'react';
import { openRegFiles } from '../../stores/actions';

export const OpenRegInput = forwardRef<HTMLInputElement>(function OpenRegInput(_props, ref) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      accept=".reg"
      hidden
      aria-label="Choose .reg files to open"
      data-testid="open-reg-input"
      onChange={(e) => {
        const input = e.currentTarget;
        const files = Array.from(input.files ?? []);
        input.value = '';
        void openRegFiles(files);
      }}
    />
  );
});
