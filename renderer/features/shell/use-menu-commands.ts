/** Electron menu commands: the same actions as the toolbar. */

import { useEffect, useRef } from 'react';
import { client } from '../../ipc/client';
import { saveChanges, switchToDefaultSource } from '../../stores/actions';
import { toggleForMenu, useViewStore } from '../../stores/view-options';

export function useMenuCommands(openFiles: () => void): void {
  const open = useRef(openFiles);
  useEffect(() => {
    open.current = openFiles;
  }, [openFiles]);
  useEffect(
    () =>
      client.onMenuCommand((cmd) => {
        const toggle = toggleForMenu(cmd);
        if (toggle) {
          useViewStore.getState().toggle(toggle);
          return;
        }
        // One picker takes both; the file names decide (INFs open as a driver package preview).
        if (cmd === 'open-reg-files' || cmd === 'open-inf-files') open.current();
        else if (cmd === 'save-changes-reg') void saveChanges('reg');
        else if (cmd === 'save-changes-ps1') void saveChanges('ps1');
        else if (cmd === 'use-default-source') void switchToDefaultSource();
      }),
    [],
  );
}
