/**
 * Soak: load held, faults survived, nothing lost. Runs under Wine (scripts/wine/run-tests.sh
 * --suite soak, `npm run test:soak`) on a prefix seeded from demo.reg (eight adapters).
 *
 * SOAK_STEPS random steps (default 200) against the live registry, each one of:
 * - a change set (enums, numbers, free text, Not Present, globals, now and then a whole-adapter
 *   reset or a value the driver refuses), applied by ChangeService over LiveRegistry with a file
 *   journal, exactly as `nicprops set/reset/globals` and the app do;
 * - every few steps an undo of the newest change set not yet undone, as `nicprops undo` does;
 * - in about a quarter of them, a fault injected at one of the writes (before or after it reaches
 *   the registry), which must leave registry and journal as they were.
 * The same successful steps go to an in-memory mirror (the demo source), and after every step the
 * adapter keys and globals read back from the live registry must equal the mirror's; every 25
 * steps the whole class key is also compared through `reg export` (reg.exe: an independent reader).
 * At the end everything is undone and `reg export` must be byte for byte what it was after
 * seeding (under Wine values list sorted by name, so order cannot differ), with no interrupted
 * journal entry left.
 *
 * SOAK_SEED=<n> replays a run (every failure prints it); SOAK_STEPS=<n> changes its length.
 */

import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';

import { readAllAdapterDetails } from '../../../electron/services/adapter-reader';
import { ApplyError } from '../../../electron/services/apply-error';
import { ChangeService } from '../../../electron/services/change-service';
import { FileJournal, MemoryJournal } from '../../../electron/services/journal-store';
import { LiveRegistry } from '../../../electron/sources/live-registry';
import { createDemoSource } from '../../../electron/sources/reg-file-source';
import type { RegistrySource } from '../../../electron/sources/registry-source';
import type { Change } from '../../../shared/model/change-set';
import { adapterKeyPath, IPSEC_KEY, NET_CLASS_KEY, TCPIP_PARAMETERS_KEY } from '../../../shared/model/registry-paths';
import { makeTempDir, regExportBytes, regExportTree, treeAsSets, valueSet } from '../tests/support/wine';
import { FaultySource } from './faulty-source';
import { createRandom, isAccepted, randomChangeSet } from './random-changes';

const SEED = process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) : randomInt(1, 2 ** 31);
const STEPS = Number(process.env.SOAK_STEPS ?? 200);
const EVERY_EXPORT = 25;
const REPLAY = `replay with SOAK_SEED=${SEED} npm run test:soak`;

/** Everything a change set may write, as exported by reg.exe. */
const WRITTEN_KEYS = [NET_CLASS_KEY, TCPIP_PARAMETERS_KEY, IPSEC_KEY];

const journalDir = makeTempDir('nicprops-soak-journal');
after(() => rmSync(journalDir, { recursive: true, force: true }));

const live = new FaultySource(new LiveRegistry());
const liveService = new ChangeService(live, new FileJournal(journalDir));
const mirror = createDemoSource();
const mirrorService = new ChangeService(mirror, new MemoryJournal());

const counts = { steps: 0, changeSets: 0, applied: 0, resets: 0, refused: 0, undos: 0, faults: 0, rolledBack: 0, exportChecks: 0 };
/** Applied change sets not yet undone, oldest first: the ids on both sides. */
const stack: { live: string; mirror: string }[] = [];

function exportAll(): Buffer {
  return Buffer.concat(WRITTEN_KEYS.map(regExportBytes));
}

/** Keys a change set can touch (adapter roots and the globals): live read back equals the mirror. */
async function assertSameAsMirror(ids: readonly string[], when: string): Promise<void> {
  for (const key of [...ids.map(adapterKeyPath), TCPIP_PARAMETERS_KEY, IPSEC_KEY]) {
    const [l, m] = await Promise.all([live.readValues(key), mirror.readValues(key)]);
    assert.deepEqual(valueSet(l ?? []), valueSet(m ?? []), `${when}: ${key} differs between the live registry and the mirror`);
  }
}

/** The whole class key and the globals through reg.exe (independent of LiveRegistry's reading). */
async function assertExportMatchesMirror(when: string): Promise<void> {
  counts.exportChecks++;
  for (const key of WRITTEN_KEYS) {
    const exported = treeAsSets(regExportTree(key));
    const mirrored: Record<string, ReturnType<typeof valueSet>> = {};
    await collect(mirror, key, mirrored);
    assert.deepEqual(exported, mirrored, `${when}: reg export of ${key} differs from the mirror`);
  }
}

async function collect(source: RegistrySource, key: string, into: Record<string, ReturnType<typeof valueSet>>): Promise<void> {
  into[key.toLowerCase()] = valueSet((await source.readValues(key)) ?? []);
  for (const sub of (await source.listSubkeys(key)) ?? []) await collect(source, `${key}\\${sub}`, into);
}

function summary(ms: number): string {
  const c = counts;
  return (
    `soak: seed ${SEED}, ${c.steps} steps in ${(ms / 1000).toFixed(1)} s: ${c.changeSets} change sets (${c.applied} applied, ${c.resets} of them resets, ` +
    `${c.refused} refused as invalid), ${c.undos} undos, ${live.mutations} registry writes; ${c.faults} faults injected, ${c.rolledBack} rolled back; ` +
    `${c.exportChecks} reg export comparisons`
  );
}

/** One step: undo (sometimes with a fault) or a change set (sometimes with a fault). */
async function step(r: ReturnType<typeof createRandom>, n: number): Promise<void> {
  live.reset();
  const fault = r.chance(0.25);
  if (stack.length > 0 && r.chance(0.2)) {
    const top = stack[stack.length - 1]!;
    if (fault) {
      live.arm(r.int(1, 4), r.pick(['before', 'after'] as const));
      const error = await liveService.undo(top.live).then(
        () => null,
        (e: unknown) => e,
      );
      live.disarm();
      if (live.fired) {
        counts.faults++;
        assert.ok(error instanceof ApplyError && error.code === 'write-failed', `step ${n}: an undo with a fault ended in ${String(error)}`);
        assert.match(error.message, /rolled back; the registry is as it was/, `step ${n}`);
        counts.rolledBack++;
        return;
      }
      assert.equal(error, null, `step ${n}: undo failed: ${String(error)}`);
    } else {
      await liveService.undo(top.live).catch((e: unknown) => assert.fail(`step ${n}: undo of ${top.live} failed: ${explain(e)}`));
    }
    await mirrorService.undo(top.mirror);
    stack.pop();
    counts.undos++;
    return;
  }

  const details = await readAllAdapterDetails(mirror);
  const { kind, changes } = randomChangeSet(r, details);
  counts.changeSets++;
  const accepted = changes.every((c) => isAccepted(details, c));
  if (fault && accepted) live.arm(r.int(1, changes.length), r.pick(['before', 'after'] as const));
  const result = await liveService.apply(changes.map((change) => ({ change }))).then(
    (entry) => entry,
    (e: unknown) => e,
  );
  live.disarm();
  if (result instanceof Error) {
    if (!accepted) {
      assert.ok(result instanceof ApplyError && result.code === 'validation', `step ${n}: an invalid change set ended in ${explain(result)}`);
      counts.refused++;
      return;
    }
    if (live.fired && result instanceof ApplyError && result.code === 'write-failed') {
      counts.faults++;
      assert.match(result.message, /rolled back; the registry is as it was/, `step ${n}: ${result.message}`);
      counts.rolledBack++;
      return;
    }
    assert.fail(`step ${n}: ${kind} of ${show(changes)} failed: ${explain(result)}`);
  }
  assert.ok(accepted, `step ${n}: an invalid change set was applied: ${show(changes)}`);
  assert.ok(!live.fired, `step ${n}: a write failed but the change set was reported applied`);
  const mirrored = await mirrorService.apply(changes.map((change) => ({ change })));
  stack.push({ live: (result as { id: string }).id, mirror: mirrored.id });
  counts.applied++;
  if (kind === 'reset') counts.resets++;
}

function show(changes: readonly Change[]): string {
  return changes
    .map((c) => (c.scope === 'global' ? `${c.name}=${c.value}` : `${c.adapterId}/${c.keyword}=${c.value === null ? 'Not Present' : JSON.stringify(c.value)}`))
    .join(', ');
}

function explain(e: unknown): string {
  if (e instanceof ApplyError) return `${e.code}: ${e.message} ${e.details.join(' | ')}`;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

describe(`soak (seed ${SEED}, ${STEPS} steps)`, () => {
  let seeded: Buffer;
  let ids: string[];

  it('the seeded registry reads the same live and from demo.reg', async () => {
    seeded = exportAll();
    ids = (await readAllAdapterDetails(mirror)).map((d) => d.adapter.id);
    assert.equal(ids.length, 8);
    await assertSameAsMirror(ids, 'after seeding');
    await assertExportMatchesMirror('after seeding');
  });

  it(`${STEPS} random change sets, undos and injected faults: every read-back matches the mirror`, async (t) => {
    const r = createRandom(SEED);
    const started = performance.now();
    try {
      for (let n = 1; n <= STEPS; n++) {
        counts.steps = n;
        await step(r, n);
        await assertSameAsMirror(ids, `step ${n}`);
        if (n % EVERY_EXPORT === 0) await assertExportMatchesMirror(`step ${n}`);
      }
    } catch (error) {
      t.diagnostic(`${summary(performance.now() - started)}; FAILED at step ${counts.steps}; ${REPLAY}`);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n  ${REPLAY}`, { cause: error });
    }
    t.diagnostic(summary(performance.now() - started));
    assert.ok(counts.applied > STEPS / 3 && counts.undos > STEPS / 20 && counts.faults > STEPS / 20, `too little happened: ${summary(0)}`);
  });

  it('undoing everything leaves reg export byte for byte as seeded, with no interrupted journal entry', async (t) => {
    try {
      while (stack.length > 0) {
        const top = stack.pop()!;
        await liveService.undo(top.live).catch((e: unknown) => assert.fail(`undo of ${top.live} failed: ${explain(e)}`));
        counts.undos++;
      }
      assert.ok(exportAll().equals(seeded), 'reg export differs from the seeded registry after undoing everything');
      assert.deepEqual(
        readdirSync(journalDir).filter((f) => f.endsWith('.pending.json')),
        [],
        'pending journal files',
      );
      const entries = await liveService.history();
      assert.deepEqual(
        entries.filter((e) => e.state !== 'applied').map((e) => e.id),
        [],
        'interrupted journal entries',
      );
      const undone = new Set(entries.map((e) => e.undoOf).filter((id) => id !== null));
      assert.deepEqual(
        entries.filter((e) => e.undoOf === null && !undone.has(e.id)).map((e) => e.id),
        [],
        'change sets left not undone',
      );
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n  ${REPLAY}`, { cause: error });
    }
    t.diagnostic(`everything undone (${counts.undos} undos in all); reg export identical to the seeded registry`);
  });
});
