/**
 * The journal as input, on the Windows code path: the CLI journals to the machine-wide folder by
 * default, refuses to Undo from it while Windows cannot say who may write it (Wine's icacls and
 * powershell.exe are stand-ins that report nothing — a real Windows answers, see the Windows
 * runner job), lists a planted file as unreadable, and never lets a planted entry write the registry.
 */

import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

import { adapterKeyPath, NET_CLASS_KEY } from '../../../shared/model/registry-paths';
import { cliJson, regExportBytes, regQuery, runCli } from './support/wine';

const A1 = adapterKeyPath('0001');
const defaultJournal = path.win32.join(process.env.ProgramData ?? 'C:\\ProgramData', 'NicAdvancedProperties', 'journal');
let applied = '';

describe('the default, machine-wide journal folder', () => {
  it('is where a live write is journaled', () => {
    const r = cliJson<{ journalEntry: string }>(['set', '0001', '*JumboPacket=9014', '--source', 'live']);
    applied = r.journalEntry;
    assert.deepEqual(readdirSync(defaultJournal), [`${applied}.json`]);
    assert.deepEqual(regQuery(A1, '*JumboPacket'), { type: 'REG_SZ', data: '9014' });
  });

  it('is not trusted for Undo while Windows cannot say who may write it; nothing is written', () => {
    const r = runCli(['undo', '--source', 'live']);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /Windows did not say who can write the journal folder/);
    assert.match(r.stderr, /Undo trusts only a journal folder that Administrators and SYSTEM alone can write/);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one sentence, one line');
    assert.deepEqual(regQuery(A1, '*JumboPacket'), { type: 'REG_SZ', data: '9014' });
  });
});

describe('a file planted in the journal folder', () => {
  const planted = '2030-01-01T00-00-00-000Z-plant1';

  it('is listed as unreadable and never undone, even from a folder the person named', () => {
    // Aimed at the class key itself, with a value of a type this tool never writes.
    writeFileSync(
      path.win32.join(defaultJournal, `${planted}.json`),
      JSON.stringify({
        id: planted,
        appliedAt: '2030-01-01T00:00:00.000Z',
        source: 'x',
        undoOf: null,
        state: 'applied',
        writes: [
          {
            change: { scope: 'adapter', adapterId: '', keyword: 'Class', value: null },
            before: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\evil' },
            after: null,
          },
        ],
      }),
    );
    const history = cliJson<{ id: string; state: string; problem?: string }[]>(['history', '--source', 'live', '--journal', defaultJournal]);
    assert.deepEqual(
      history.map((e) => [e.id, e.state]),
      [
        [planted, 'unreadable'],
        [applied, 'applied'],
      ],
    );
    const before = regExportBytes(NET_CLASS_KEY);
    const r = runCli(['undo', planted, '--source', 'live', '--journal', defaultJournal]);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /cannot be undone: the file is not a journal entry this tool wrote/);
    assert.deepEqual(regExportBytes(NET_CLASS_KEY), before);
  });

  it('leaves the real entry undoable from a folder the person named', () => {
    cliJson(['undo', applied, '--source', 'live', '--journal', defaultJournal]);
    assert.deepEqual(regQuery(A1, '*JumboPacket'), { type: 'REG_SZ', data: '1514' });
  });
});
