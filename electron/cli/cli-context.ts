/** What every command gets: the global options, an opened source, and an output helper. */

import type { RegistrySource } from '../sources/registry-source';
import type { JournalStore } from '../services/journal-store';
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
  /** The journal of applied change sets, opened when a command first asks (only those that apply, undo or list changes do). */
  journal(): Promise<JournalStore>;
  /** Print JSON with --json, else the text. */
  print(json: unknown, text: () => string): void;
}

export async function createContext(options: GlobalOptions, write: (s: string) => void): Promise<CliContext> {
  const source = await openSource(options.source, infTargetOption(options.infTarget), options.controlSet);
  const json = options.json === true;
  let journal: Promise<JournalStore> | undefined;
  return {
    source,
    inputFiles: (options.source ?? []).filter((s) => s !== 'live' && s !== 'demo'),
    json,
    journal: () => (journal ??= openJournal(source, options.journal)),
    print(data, text) {
      write(json ? `${jsonText(data)}\n` : `${terminalText(text())}\n`);
    },
  };
}

/** Only the live registry persists, so only its changes are journaled on disk. */
async function openJournal(source: RegistrySource, dir: string | undefined): Promise<JournalStore> {
  const { FileJournal, MemoryJournal } = await import('../services/journal-store');
  if (source.kind !== 'live') return new MemoryJournal();
  const [{ defaultJournalDir }, { windowsJournalSecurity }] = await Promise.all([
    import('../services/journal-location'),
    import('../services/windows/journal-folder-acl'),
  ]);
  return new FileJournal(
    dir ?? defaultJournalDir(),
    // A folder named with --journal is the person's choice: trusted when Windows cannot say who can write it.
    process.platform === 'win32' ? windowsJournalSecurity({ trustUnverified: dir !== undefined }) : null,
  );
}
