/**
 * The `.ps1` and `.reg` a change set is saved as, fed with generated hostile registry text: every
 * description, connection name, GUID, keyword, label, value and file name a `.reg` can carry.
 * PowerShell output is tokenized (shared/generate/test-support) to prove where each datum lands;
 * `.reg` output is read back through the project's own parser.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../shared/generate/test-support/hostile-text';
import { codeShape, statements, stringValues, tokenize } from '../../shared/generate/test-support/powershell-tokenizer';
import type { Change } from '../../shared/model/change-set';
import { adapterKeyPath } from '../../shared/model/registry-paths';
import { MemoryRegistry } from '../sources/memory-registry';
import { decodeRegBytes } from '../sources/reg-file/decode-reg-bytes';
import { readCurrent } from './change-targets';
import { renderChangeSet } from './export-file';
import { ADAPTER_ID, BENIGN_FIELDS, hostileFields, hostileRegistry, TEXT_KEYWORD, type HostileFields } from './test-support/hostile-registry';

// A change sets the enum to its one value, so that value cannot be empty.
const fields = hostileFields().filter((f) => f.enumValue !== '');
/** Text a user could type into the edit box: no control characters (the validator refuses them). */
const typedText = hostileText().filter((t) => !/\p{Cc}/u.test(t));

function changesFor(f: HostileFields, text: string | null): Change[] {
  return [
    { scope: 'adapter', adapterId: ADAPTER_ID, keyword: f.keyword, value: f.enumValue },
    { scope: 'adapter', adapterId: ADAPTER_ID, keyword: TEXT_KEYWORD, value: text },
    { scope: 'global', name: 'DisableTaskOffload', value: 1 },
  ];
}

async function script(f: HostileFields, text: string | null): Promise<string> {
  const bytes = await renderChangeSet(await hostileRegistry(f), changesFor(f, text), 'ps1');
  return Buffer.from(bytes.subarray(3)).toString('utf8');
}

describe('a change set saved as PowerShell, from hostile registry text', () => {
  it('has exactly the intended statements, with every datum inside a string literal', async () => {
    const benignSet = codeShape(tokenize(await script(BENIGN_FIELDS, 'text')));
    const benignRemove = codeShape(tokenize(await script(BENIGN_FIELDS, null)));
    await fc.assert(
      fc.asyncProperty(fields, fc.option(typedText, { nil: null }), async (f, text) => {
        const tokens = tokenize(await script(f, text));
        const guidIsValid = f.netCfgInstanceId === BENIGN_FIELDS.netCfgInstanceId;
        fc.pre(guidIsValid); // adapters without a GUID are matched by description: covered below
        expect(codeShape(tokens)).toBe(text === null ? benignRemove : benignSet);
        // $ErrorActionPreference, find adapter, check it, two property writes, one global, one restart.
        const list = statements(tokens);
        expect(list).toHaveLength(7);
        const strings = (i: number) => stringValues(list[i]!);
        expect(strings(1)).toEqual([f.netCfgInstanceId]);
        expect(strings(2)).toEqual([`Adapter ${f.description} is not on this computer.`]);
        expect(strings(3)).toEqual([f.keyword, f.enumValue]);
        expect(strings(4)).toEqual(text === null ? [TEXT_KEYWORD] : [TEXT_KEYWORD, text]);
      }),
      { numRuns: 150 },
    );
  });

  it('matches an adapter without a valid GUID by its exact description, as a string', async () => {
    const benign = codeShape(tokenize(await script({ ...BENIGN_FIELDS, netCfgInstanceId: 'not a guid' }, 'x')));
    await fc.assert(
      fc.asyncProperty(fields, typedText, async (f, text) => {
        fc.pre(f.netCfgInstanceId !== BENIGN_FIELDS.netCfgInstanceId);
        const tokens = tokenize(await script(f, text));
        expect(codeShape(tokens)).toBe(benign);
        expect(stringValues(statements(tokens)[1]!)).toEqual([f.description]);
      }),
      { numRuns: 100 },
    );
  });

  it('reproduces the reported attacks as data only', async () => {
    const attack: HostileFields = {
      ...BENIGN_FIELDS,
      label: 'customer.reg\r\nStart-Process calc.exe',
      description: 'Intel\nStart-Process calc.exe',
      connectionName: 'Ethernet\u2028Start-Process calc.exe',
      keyword: '\u2019; Start-Process calc; \u2019',
      enumValue: "'; Start-Process calc; '",
    };
    const text = await script(attack, '\u2019; Start-Process calc; \u2019');
    const runnable = statements(tokenize(text)).map((s) => s[0]!.text);
    expect(runnable).toEqual([
      '$ErrorActionPreference',
      '$adapter0007',
      'if',
      'Set-NetAdapterAdvancedProperty',
      'Set-NetAdapterAdvancedProperty',
      'New-ItemProperty',
      'Restart-NetAdapter',
    ]);
    expect(text).not.toMatch(/^Start-Process/m);
  });

  it('refuses a keyword the adapter does not define', async () => {
    const source = await hostileRegistry(BENIGN_FIELDS);
    await expect(renderChangeSet(source, [{ scope: 'adapter', adapterId: ADAPTER_ID, keyword: 'Evil', value: '1' }], 'ps1')).rejects.toThrow(
      /not a keyword of/,
    );
  });
});

describe('a change set saved as .reg, from hostile registry text', () => {
  it('imports to exactly the intended values and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fields, fc.option(typedText, { nil: null }), async (f, text) => {
        const source = await hostileRegistry(f);
        const bytes = await renderChangeSet(source, changesFor(f, text), 'reg');
        const imported = MemoryRegistry.fromRegTexts([{ text: decodeRegBytes(bytes), name: 'changes.reg' }], 'reg-file', 'changes');
        const key = adapterKeyPath(ADAPTER_ID);
        expect(await imported.readValues(key)).toEqual(
          text === null
            ? [{ name: f.keyword, value: { type: 'REG_SZ', data: f.enumValue } }]
            : [
                { name: f.keyword, value: { type: 'REG_SZ', data: f.enumValue } },
                { name: TEXT_KEYWORD, value: { type: 'REG_SZ', data: text } },
              ],
        );
        // No other key: a value cannot open a [section] of its own.
        expect(
          imported
            .snapshot()
            ?.filter((b) => b.values.length > 0)
            .map((b) => b.path.split('\\').at(-1)),
        ).toEqual([ADAPTER_ID, 'Parameters']);
        expect(await readCurrent(source, key, f.keyword)).toBeNull(); // the source itself is untouched
      }),
      { numRuns: 150 },
    );
  });
});
