// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_APP, useAppStore } from './app-store';
import { onDemand } from './on-demand';
import { DEMO_SOURCE } from '../test-support/render';

const notices = () => useAppStore.getState().notices.map((n) => `${n.intent}: ${n.title} — ${n.message}`);

/** An importer that fails `failures` times (as a dropped connection does), then gives the module. */
function flakyImporter<M>(module: M, failures: number) {
  let calls = 0;
  const importer = () => {
    calls++;
    return calls <= failures ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(module);
  };
  return { importer, calls: () => calls };
}

describe('onDemand', () => {
  beforeEach(() => useAppStore.setState({ ...INITIAL_APP, source: DEMO_SOURCE }, true));

  it('loads the module once, however many commands ask for it at the same time', async () => {
    const { importer, calls } = flakyImporter({ answer: 42 }, 0);
    const code = onDemand(importer);
    const seen: number[] = [];
    await Promise.all([code.run('Fix all', (m) => seen.push(m.answer)), code.run('Fix all', (m) => seen.push(m.answer))]);
    expect(seen).toEqual([42, 42]);
    expect(calls()).toBe(1);
    expect(notices()).toEqual([]);
  });

  it('a failed load is one notice naming the command, the command does not run, and the next use loads again', async () => {
    const { importer, calls } = flakyImporter({ answer: 42 }, 1);
    const code = onDemand(importer);
    const seen: number[] = [];
    await code.run('Fix all', (m) => seen.push(m.answer));
    expect(seen).toEqual([]);
    expect(notices()).toEqual(['error: Could not load Fix all — Its code could not be fetched from the preview server; reload the page and try again.']);

    await code.run('Fix all', (m) => seen.push(m.answer));
    expect(seen).toEqual([42]);
    expect(calls()).toBe(2);
    expect(notices()).toHaveLength(1);
  });

  it('in the app, the notice asks for a restart (there is no page to reload)', async () => {
    useAppStore.setState({ source: { ...DEMO_SOURCE, runtime: 'electron' } });
    await onDemand(flakyImporter({}, 1).importer).run('the report', () => undefined);
    expect(notices()).toEqual(["error: Could not load the report — Its code could not be read from the app's files; restart the app and try again."]);
  });

  it('an error of the command itself is not reported as a failed load', async () => {
    const code = onDemand(flakyImporter({}, 0).importer);
    await expect(
      code.run('Fix all', () => {
        throw new RangeError('a bug in Fix all');
      }),
    ).rejects.toThrow('a bug in Fix all');
    expect(notices()).toEqual([]);
  });
});
