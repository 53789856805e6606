/** The hidden file picker behind "Open .reg or INF…" and "Open driver INF…" (toolbar button and File menu). */

import { forwardRef } from 'react';
import { openRegFiles } from '../../stores/actions';

export const OpenRegInput = forwardRef<HTMLInputElement>(function OpenRegInput(_props, ref) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      accept=".reg,.inf,.inx"
      hidden
      aria-label="Choose .reg exports or driver INF files to open"
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
