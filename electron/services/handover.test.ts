import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../shared/generate/test-support/hostile-text';
import { HANDOVER_SWITCH, MAX_HANDOVER_BYTES, handoverNameFromArgv, takeHandover, writeHandover, type HandoverItem } from './handover';

const item: HandoverItem = {
  change: { scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' },
  expectedBefore: { type: 'REG_SZ', data: '1514' },
};
const dir = () => mkdtempSync(join(tmpdir(), 'nicprops-handover-'));
const NAME = `handover-${'ab'.repeat(16)}.json`;

describe('hand-over to the elevated relaunch', () => {
  it('gives back exactly the changes written, once: the file is removed after reading', async () => {
    const d = dir();
    const name = await writeHandover(d, [
      item,
      { change: { scope: 'adapter', adapterId: '0008', keyword: 'NetworkAddress', value: null }, expectedBefore: null },
    ]);
    expect(name).toMatch(/^handover-[0-9a-f]{32}\.json$/);
    const read = await takeHandover(d, name);
    expect(read).toEqual({
      ok: true,
      items: [item, { change: { scope: 'adapter', adapterId: '0008', keyword: 'NetworkAddress', value: null }, expectedBefore: null }],
    });
    expect(readdirSync(d)).toEqual([]);
    expect(await takeHandover(d, name)).toMatchObject({ ok: false, problem: expect.stringMatching(/not found/) });
  });

  it('takes only a file name of the expected shape from the command line, never a path', () => {
    expect(handoverNameFromArgv(['app.exe', `${HANDOVER_SWITCH}${NAME}`])).toBe(NAME);
    for (const bad of ['..\\..\\Windows\\win.ini', 'C:\\x\\handover-00.json', `../${NAME}`, `${NAME}\\..\\x`, 'handover-xyz.json', `${NAME}.exe`]) {
      expect(handoverNameFromArgv(['app.exe', `${HANDOVER_SWITCH}${bad}`])).toBeNull();
    }
    expect(handoverNameFromArgv(['app.exe'])).toBeNull();
  });

  it('refuses a name it did not make, a link, a folder and an oversized file, in a sentence', async () => {
    const d = dir();
    expect(await takeHandover(d, '../secrets.json')).toMatchObject({ ok: false, problem: expect.stringMatching(/not named as this app names them/) });
    const target = join(d, 'elsewhere.json');
    writeFileSync(target, JSON.stringify({ format: 'nicprops-handover', version: 1, items: [item] }));
    symlinkSync(target, join(d, NAME));
    expect(await takeHandover(d, NAME)).toMatchObject({ ok: false, problem: expect.stringMatching(/not in a plain file/) });
    expect(readdirSync(d)).toEqual(['elsewhere.json']); // the link is gone, what it pointed at is untouched
    writeFileSync(join(d, NAME), 'x'.repeat(MAX_HANDOVER_BYTES + 1));
    expect(await takeHandover(d, NAME)).toMatchObject({ ok: false, problem: expect.stringMatching(/larger than any this app writes/) });
    expect(readdirSync(d)).toEqual(['elsewhere.json']);
  });

  it('never throws on hostile content: it either gives valid changes or one sentence, and removes the file', async () => {
    const d = dir();
    const hostileJson = fc.oneof(
      hostileText(),
      fc.json(),
      fc
        .record({ format: fc.constant('nicprops-handover'), version: fc.constant(1), items: fc.array(fc.anything(), { maxLength: 3 }) })
        .map((x) => JSON.stringify(x)),
      fc
        .record({
          adapterId: fc.oneof(fc.constant('0007'), hostileText()),
          keyword: hostileText({ minLength: 1 }),
          value: fc.oneof(hostileText(), fc.constant(null)),
        })
        .map((c) => JSON.stringify({ format: 'nicprops-handover', version: 1, items: [{ change: { scope: 'adapter', ...c }, expectedBefore: null }] })),
    );
    await fc.assert(
      fc.asyncProperty(hostileJson, async (content) => {
        writeFileSync(join(d, NAME), content);
        const read = await takeHandover(d, NAME);
        if (read.ok) {
          for (const i of read.items) {
            if (i.change.scope !== 'adapter') continue;
            expect(i.change.adapterId).toMatch(/^\d{4}$/);
            expect(i.change.keyword).not.toMatch(/[\\\p{Cc}]/u);
          }
        } else {
          expect(read.problem).not.toMatch(/\n/);
        }
        expect(readdirSync(d)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses more changes than any request may carry', async () => {
    const d = dir();
    writeFileSync(join(d, NAME), JSON.stringify({ format: 'nicprops-handover', version: 1, items: Array.from({ length: 2001 }, () => item) }));
    expect(await takeHandover(d, NAME)).toMatchObject({ ok: false, problem: expect.stringMatching(/not one this app wrote/) });
  });
});
