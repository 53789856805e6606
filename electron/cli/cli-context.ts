/** What every command gets: the global options, an opened source, and an output helper. */

import type { RegistrySource } from '../sources/registry-source';
import { defaultJournalDir } from '../services/journal-location';
import { FileJournal, MemoryJournal, type JournalStore } from '../services/journal-store';
import { openSource } from './open-source';

export interface GlobalOptions {
  readonly source: string[];
  readonly json?: boolean;
  readonly journal?: string;
  readonly controlSet?: number;
}

export interface CliContext {
  readonly source: RegistrySource;
  readonly json: boolean;
  readonly journal: JournalStore;
  /** Print JSON with --json, else the text. */
  print(json: unknown, text: () => string): void;
}

export async function createContext(options: GlobalOptions, write: (s: string) => void): Promise<CliContext> {
  const source = await openSource(options.source, options.controlSet);
  const json = options.json === true;
  return {
    source,
    json,
    // Only the live registry persists, so only its changes are journaled on disk.
    journal: source.kind === 'live' ? new FileJournal(options.journal ?? defaultJournalDir()) : new MemoryJournal(),
    print(data, text) {
      write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
    },
  };
}
