/**
 * For the Windows runner (.github/workflows/windows-e2e.yml): write the scripts this tool generates
 * from hostile registry text into a folder, with a manifest of what each must contain, so that
 * check-generated-scripts.ps1 can parse them with PowerShell's own parser. Linux tests prove the
 * same with the project's tokenizer; this is the check against the real thing.
 *
 *   node scripts/run-ts.mjs scripts/windows/write-hostile-scripts.ts <out-dir>
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_FRAGMENTS } from '../../shared/generate/test-support/hostile-text';
import { relaunchScript } from '../../electron/main/windows/elevation';
import { renderChangeSet } from '../../electron/services/export-file';
import { ADAPTER_ID, BENIGN_FIELDS, hostileRegistry, TEXT_KEYWORD } from '../../electron/services/test-support/hostile-registry';
import { aclReportScript, secureFolderScript } from '../../electron/services/windows/journal-folder-acl';
import { deviceIdScript, restartNetAdapterScript } from '../../electron/services/windows/restart-adapter';
import { exportProfile } from '../../shared/deploy/export-profile';
import { ENGINE_SCRIPT_COMMANDS } from '../../shared/deploy/test-support/script-commands';

const out = process.argv[2] ?? '';
if (!out) throw new Error('usage: write-hostile-scripts.ts <out-dir>');
mkdirSync(out, { recursive: true });

interface ManifestItem {
  readonly file: string;
  /** Every command the script may run, in order of first appearance. */
  readonly commands: readonly string[];
  /** Strings that must appear, exactly, as string constants. */
  readonly strings: readonly string[];
}
const manifest: ManifestItem[] = [];

/** A payload per hostile fragment, wrapped so each is recognisable. */
const payloads = HOSTILE_FRAGMENTS.map((f, i) => `p${i}<${f}>`);

async function main(): Promise<void> {
  const exportCommands = [
    'Get-NetAdapter',
    'Where-Object',
    'Select-Object',
    'Set-NetAdapterAdvancedProperty',
    'New-ItemProperty',
    'Out-Null',
    'Restart-NetAdapter',
  ];
  let n = 0;
  for (const payload of payloads) {
    // Text a person could type is what reaches -RegistryValue; other fields take anything.
    const typed = payload.replace(/\p{Cc}/gu, '');
    const fields = {
      ...BENIGN_FIELDS,
      label: payload,
      description: payload,
      connectionName: payload,
      keyword: payload.replace(/\\/g, '/'),
      paramDesc: payload,
      enumValue: payload,
      enumLabel: payload,
    };
    const bytes = await renderChangeSet(
      await hostileRegistry(fields),
      [
        { scope: 'adapter', adapterId: ADAPTER_ID, keyword: fields.keyword, value: fields.enumValue },
        { scope: 'adapter', adapterId: ADAPTER_ID, keyword: TEXT_KEYWORD, value: typed },
        { scope: 'global', name: 'DisableTaskOffload', value: 1 },
      ],
      'ps1',
    );
    const file = `export-${n++}.ps1`;
    writeFileSync(join(out, file), bytes);
    manifest.push({ file, commands: exportCommands, strings: [fields.keyword, fields.enumValue, typed, `Adapter ${payload} is not on this computer.`] });
  }

  const guid = '{6C1E8C2A-3B1F-4B8E-9D7A-0F1E2D3C4B5A}';
  const one = (file: string, script: string, commands: string[], strings: string[]) => {
    writeFileSync(join(out, file), `\ufeff${script}`);
    manifest.push({ file, commands, strings });
  };
  one('device-id.ps1', deviceIdScript(guid), ['Get-NetAdapter', 'Where-Object', 'Select-Object'], [guid]);
  one('restart.ps1', restartNetAdapterScript(guid), ['Get-NetAdapter', 'Where-Object', 'Select-Object', 'Restart-NetAdapter'], [guid]);
  const dir = 'C:\\ProgramData\\x\u2019; Start-Process calc; \u2019\\journal';
  one('acl-report.ps1', aclReportScript(dir), ['Write-Output', 'Get-ChildItem', 'ForEach-Object'], [dir]);
  one('secure-folder.ps1', secureFolderScript(dir), ['New-Object', 'Set-Acl'], [dir]);
  const exe = "C:\\Users\\x'\u2018\u2019\u201a\u201b$(calc)\\NIC.exe";
  one('relaunch.ps1', relaunchScript(exe, ['C:\\a" -x "b\\', '--pending-changes=C:\\x y\\h.json']), ['Start-Process'], [exe]);

  // Deployment scripts (profile export) from profiles whose every text is a hostile payload. DSC is
  // left out here: parsing a configuration needs NetworkingDsc installed (Import-DscResource).
  payloads.forEach((payload, i) => {
    if (i % 4 !== 0) return;
    const profile = {
      formatVersion: 1 as const,
      name: payload,
      description: payload,
      match: { componentId: [`${payload}*`], description: [payload] },
      settings: [
        { keyword: `k${payload}`, value: `v${payload}` },
        { keyword: `n${payload}`, value: null },
      ],
    };
    for (const format of ['intune', 'ps-remoting'] as const) {
      for (const f of exportProfile(format, { profile, source: 'hostile.json', tool: 'write-hostile-scripts', restart: true })) {
        const file = `deploy-${i}-${f.name}`;
        writeFileSync(join(out, file), `\ufeff${f.text}`);
        manifest.push({ file, commands: ENGINE_SCRIPT_COMMANDS, strings: [payload, `${payload}*`, `k${payload}`, `v${payload}`, `n${payload}`] });
      }
    }
  });

  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  console.log(`wrote ${manifest.length} scripts to ${out}`);
}

void main();
