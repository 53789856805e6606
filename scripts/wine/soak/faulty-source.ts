/**
 * A registry source that passes everything to the real one and, when armed, fails one write: the
 * Nth registry mutation (setValue or deleteValue) of the next transaction, either before it
 * reaches the registry or after it did (the value is written but the caller hears "failed", as
 * when a process is told about an error only after the fact). Reads are never failed: the
 * rollback and the checks after it must see the registry as it is.
 */

import { RegistryWriteError, type RegistrySource } from '../../../electron/sources/registry-source';
import type { RegistryValue } from '../../../shared/model/registry-value';

export type FaultTiming = 'before' | 'after';

export class FaultySource implements RegistrySource {
  readonly kind = 'live' as const;
  readonly label: string;
  /** Mutations passed to the real source, in total. */
  mutations = 0;
  private fault: { at: number; when: FaultTiming; seen: number } | null = null;
  /** Whether the armed fault fired (it does not when the transaction makes fewer writes). */
  fired = false;

  constructor(private readonly inner: RegistrySource) {
    this.label = inner.label;
  }

  /** Fail the `at`-th mutation (1-based) from now on. */
  arm(at: number, when: FaultTiming): void {
    this.fault = { at, when, seen: 0 };
    this.fired = false;
  }

  /** Forget the armed fault and whether one fired. */
  disarm(): void {
    this.fault = null;
  }

  /** Start a step with no fault armed and none fired. */
  reset(): void {
    this.fault = null;
    this.fired = false;
  }

  listSubkeys(path: string) {
    return this.inner.listSubkeys(path);
  }
  readValues(path: string) {
    return this.inner.readValues(path);
  }
  createKey(path: string) {
    return this.inner.createKey(path);
  }
  setValue(path: string, name: string, value: RegistryValue): Promise<void> {
    return this.mutate(`set ${name}`, () => this.inner.setValue(path, name, value));
  }
  deleteValue(path: string, name: string): Promise<void> {
    return this.mutate(`delete ${name}`, () => this.inner.deleteValue(path, name));
  }

  private async mutate(what: string, write: () => Promise<void>): Promise<void> {
    const f = this.fault;
    if (f && ++f.seen === f.at) {
      this.fault = null;
      this.fired = true;
      if (f.when === 'after') {
        await write();
        this.mutations++;
      }
      throw new RegistryWriteError('failed', `injected fault: ${what} failed ${f.when} reaching the registry`);
    }
    await write();
    this.mutations++;
  }
}
