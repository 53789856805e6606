/** Build registries for service tests from `.reg` text, through the real parser. */

import { MemoryRegistry } from '../../sources/memory-registry';
import { parseReg } from '../../sources/reg-file/parse-reg';
import fixtureText from './fixture.reg';

/** A fresh copy of the service-test fixture (electron/services/test-support/fixture.reg). */
export function fixtureRegistry(kind: 'reg-file' | 'live' | 'demo' = 'reg-file'): MemoryRegistry {
  return MemoryRegistry.fromDocuments([fixtureDocument()], kind, 'fixture.reg');
}

/** The fixture parsed, for registries that load it themselves. */
export function fixtureDocument() {
  return parseReg(fixtureText, 'fixture.reg');
}

export const ADAPTER_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001';
