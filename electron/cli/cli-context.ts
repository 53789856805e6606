/** What every command gets: the global options, an opened source, and an output helper. */

import type { RegistrySource } from '../sources/registry-source';
import { defaultJournalDir } from '../services/journal-location';
import { FileJournal, MemoryJournal, type JournalStore } from '../services/journal-store';
import { windowsJournalSecurity } from '../services/windows/journal-folder-acl';
import { infTargetOption, openSource } from './open-source';
import { jsonText, terminalText } from './terminal-text';

export interface GlobalOptions {
  readonly source: string[];
  readonly infTarget?: string;
  readonly json?: boolean;
  readonly journal?: string;
  readonly controlSet?: number;
}

export interface CliContext {
  readonly source: RegistrySource;
  /** The files named with --source: what --out must never overwrite. */
  readonly inputFiles: readonly string[];
  readonly json: boolean;
  readonly journal: JournalStore;
  /** Print JSON with --json, else the text. */
  print(json: unknown, text: () => string): void;
}

export async function createContext(options: GlobalOptions, write: (s: string) => void): Promise<CliContext> {
  const source = await openSource(options.source, infTargetOption(options.infTarget), options.controlSet);
  const json = options.json === true;
  return {
    source,
    inputFiles: (options.source ?? []).filter((s) => s !== 'live' && s !== 'demo'),
    json,
    // Only the live registry persists, so only its changes are journaled on disk.
    journal:
      source.kind === 'live'
        ? new FileJournal(
            options.journal ?? defaultJournalDir(),
            // A folder named with --journal is the person's choice: trusted when Windows cannot say who can write it.
            process.platform === 'win32' ? windowsJournalSecurity({ trustUnverified: options.journal !== undefined }) : null,
          )
        : new MemoryJournal(),
    print(data, text) {
      write(json ? `${jsonText(data)}\n` : `${terminalText(text())}\n`);
    },
  };
}
