import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../generate/test-support/hostile-text';
import { codeShape, statements, stringValues, tokenize, type Token } from '../generate/test-support/powershell-tokenizer';
import { ANSIBLE_YAML_SCHEMA, AnsibleUnsafe } from '../generate/yaml';
import type { Profile } from '../profiles/profile';
import { ANSIBLE_FILE } from './ansible-playbook';
import { DEPLOY_FORMATS, type DeployFile, type DeployInput } from './deploy-input';
import { DSC_FILE } from './dsc-export';
import { exportProfile } from './export-profile';
import { INTUNE_DETECT_FILE, INTUNE_REMEDIATE_FILE } from './intune-scripts';
import { REMOTING_FILE } from './remoting-script';
import { decodeParameters } from './test-support/ansible-parameters';
import { ANSIBLE_AND_DSC_EXTRA_COMMANDS, ENGINE_SCRIPT_COMMANDS } from './test-support/script-commands';

const RUNS = { numRuns: 150 };

const QA_PROFILE: Profile = {
  formatVersion: 1,
  name: 'QA: offloads off',
  description: 'Packet captures on Intel test hosts',
  match: { componentId: ['pci\\ven_8086*'], description: ['Intel(R) Ethernet*'] },
  settings: [
    { keyword: '*LsoV2IPv4', value: '0' },
    { keyword: '*RscIPv4', value: null },
    { keyword: '*JumboPacket', value: '9014' },
  ],
};

function input(profile: Profile, restart = false): DeployInput {
  return { profile, source: 'qa.json', tool: 'NIC Advanced Properties 0.1.0', restart };
}

function files(profile: Profile): DeployFile[] {
  return DEPLOY_FORMATS.flatMap((format) => exportProfile(format, input(profile)));
}

function file(all: readonly DeployFile[], name: string): DeployFile {
  const found = all.find((f) => f.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

/** The Ansible task of a generated playbook, read back with the tags Ansible sees. */
function ansibleTask(text: string): { script: string; parameters: Record<string, unknown> } {
  const doc = yaml.load(text, { schema: ANSIBLE_YAML_SCHEMA }) as [
    { tasks: [{ 'ansible.windows.win_powershell': { script: AnsibleUnsafe; parameters: Record<string, unknown> } }] },
  ];
  const task = doc[0].tasks[0]['ansible.windows.win_powershell'];
  return { script: task.script.text, parameters: task.parameters };
}

/** Every PowerShell script a profile turns into, by name (the Ansible task's script included). */
function scripts(all: readonly DeployFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of all) out.set(f.name, f.kind === 'yaml' ? ansibleTask(f.text).script : f.text);
  return out;
}

/** Commands a script runs (first word of each statement and each pipeline element). */
function commands(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  let expectCommand = true;
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (t.kind === 'separator' || (t.kind === 'punct' && ['|', '{', '(', '@(', '$('].includes(t.text))) {
      expectCommand = true;
      continue;
    }
    if (expectCommand && t.kind === 'word' && /^[A-Z][a-z]+-[A-Za-z]+$/.test(t.text)) names.add(t.text);
    expectCommand = false;
  }
  return names;
}

/** Hostile text that is still Unicode: profiles holding half a surrogate pair are refused before export (check-profile.ts). */
const text = (options: { minLength?: number } = {}) =>
  hostileText(options).map((t) =>
    t.replace(/[\ud800-\udfff]/g, (c, i: number, all: string) =>
      /[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(i - 1, i + 1)) || /[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(i, i + 2)) ? c : '\ufffd',
    ),
  );

const profileArbitrary = fc.record({
  name: text({ minLength: 1 }),
  description: text(),
  componentId: text({ minLength: 1 }),
  descriptionPattern: text({ minLength: 1 }),
  settings: fc.array(fc.record({ keyword: text({ minLength: 1 }), value: fc.option(text(), { nil: null }) }), { minLength: 1, maxLength: 3 }),
});

type ProfileParts = typeof profileArbitrary extends fc.Arbitrary<infer T> ? T : never;

function profileOf(parts: {
  name: string;
  description: string;
  componentId: string;
  descriptionPattern: string;
  settings: { keyword: string; value: string | null }[];
}): Profile {
  return {
    formatVersion: 1,
    name: parts.name,
    description: parts.description,
    match: { componentId: [parts.componentId], description: [parts.descriptionPattern] },
    settings: parts.settings,
  };
}

describe('exportProfile(): data never becomes code', () => {
  it('gives every PowerShell script the same code whatever the profile holds, each value one exact string', () => {
    fc.assert(
      fc.property(profileArbitrary, (parts: ProfileParts) => {
        const hostile = profileOf(parts);
        // The same structure with harmless text: what the code must look like.
        const benign = profileOf({
          name: 'n',
          // An empty description writes no header line.
          description: parts.description === '' ? '' : 'd',
          componentId: 'c',
          descriptionPattern: 'p',
          settings: parts.settings.map((s, i) => ({ keyword: `k${i}`, value: s.value === null ? null : 'v' })),
        });
        const expected = scripts(files(benign));
        for (const [name, script] of scripts(files(hostile))) {
          const tokens = tokenize(script);
          expect(codeShape(tokens), name).toBe(codeShape(tokenize(expected.get(name)!)));
          expect(
            tokens.filter((t) => t.kind === 'expandable-string' || t.kind === 'here-string'),
            name,
          ).toEqual([]);
          if (name === ANSIBLE_FILE) continue; // its data travels as task parameters, checked below
          const values = stringValues(tokens);
          for (const s of parts.settings) {
            // DSC can only set values: Not Present settings are listed in a comment instead.
            if (name === DSC_FILE && s.value === null) continue;
            expect(values, name).toContain(name === DSC_FILE ? ` ${s.keyword}` : s.keyword);
            if (s.value !== null) expect(values, name).toContain(s.value);
          }
          expect(values, name).toContain(parts.componentId);
        }
      }),
      RUNS,
    );
  });

  it('hands the Ansible task its data as !unsafe parameters, exactly, with nothing Jinja-looking and no tab in the file', () => {
    fc.assert(
      fc.property(profileArbitrary, (parts: ProfileParts) => {
        const playbook = file(files(profileOf(parts)), ANSIBLE_FILE);
        const { parameters } = ansibleTask(playbook.text);
        const plain = JSON.parse(JSON.stringify(parameters, (_k, v: unknown) => (v instanceof AnsibleUnsafe ? { unsafe: v.text } : v))) as Record<
          string,
          unknown
        >;
        const texts: string[] = [];
        JSON.stringify(parameters, (_k, v: unknown) => (v instanceof AnsibleUnsafe ? (texts.push(v.text), null) : v));
        for (const t of texts) expect(t).not.toMatch(/\{[{%#]|\t/);
        expect(decodeParameters(plain)).toEqual({
          Settings: parts.settings.map((s) => ({ keyword: s.keyword, value: s.value })),
          ComponentIdPatterns: [parts.componentId],
          DescriptionPatterns: [parts.descriptionPattern],
          Restart: '{{ nicprops_restart | default(false) | bool }}',
        });
      }),
      RUNS,
    );
  });
});

describe('exportProfile(): what each engine gets', () => {
  const all = files(QA_PROFILE);

  it('runs only the NetAdapter cmdlets and plain helpers, nothing that downloads or starts programs', () => {
    const allowed = new Set([...ENGINE_SCRIPT_COMMANDS, ...ANSIBLE_AND_DSC_EXTRA_COMMANDS]);
    for (const [name, script] of scripts(all)) {
      const used = [...commands(tokenize(script))].filter((c) => !allowed.has(c));
      expect(used, name).toEqual([]);
    }
  });

  it('detection changes nothing and exits 1 only when a setting differs, cannot be applied or could not be read', () => {
    const detect = file(all, INTUNE_DETECT_FILE).text;
    const tokens = tokenize(detect);
    expect(commands(tokens).has('Set-NetAdapterAdvancedProperty')).toBe(true); // defined in the engine…
    expect(detect).toContain('Invoke-NicProfile @profileArguments -DryRun $true -Restart $false'); // …but only ever run dry
    expect(detect).not.toMatch(/-DryRun \$false|-Restart \$true/);
    const exits = statements(tokens)
      .filter((s) => s.some((t) => t.text === 'exit'))
      .map((s) => s.map((t) => t.text).join(' '));
    expect(exits).toEqual([
      'exit 1',
      "if ( @( $results | Where-Object { $_ . Outcome -in @( 'differs' , 'cannot-apply' , 'failed' ) } ) . Count -gt 0 ) { exit 1 }",
      'exit 0',
    ]);
    // Intune keeps the last line of output: one Write-Output per way out, nothing else writes.
    expect(detect.match(/Write-Output/g)).toHaveLength(2);
    expect(detect).not.toMatch(/Write-Host|Write-Warning|Write-Error|Write-Verbose/);
  });

  it('remediation restarts adapters only when generated with restart, and logs what it did', () => {
    const without = file(exportProfile('intune', input(QA_PROFILE, false)), INTUNE_REMEDIATE_FILE).text;
    const withRestart = file(exportProfile('intune', input(QA_PROFILE, true)), INTUNE_REMEDIATE_FILE).text;
    expect(without).toContain('$RestartAdapters = $false');
    expect(withRestart).toContain('$RestartAdapters = $true');
    expect(without).toContain('-DryRun $false -Restart $RestartAdapters');
    expect(without).toContain("Join-Path $env:ProgramData 'Microsoft\\IntuneManagementExtension\\Logs'");
    expect(without).toMatch(/Write-NicLog \(@\(\$summary\) \+ \$logLines\)\r\nWrite-Output \$summary\r\n/);
  });

  it('remoting takes -ComputerName, throttles, supports -WhatIf and reports every machine', () => {
    const remoting = file(all, REMOTING_FILE).text;
    expect(remoting).toContain('[Parameter(Mandatory = $true)] [string[]] $ComputerName');
    expect(remoting).toContain('[CmdletBinding(SupportsShouldProcess = $true)]');
    expect(remoting).toContain('ThrottleLimit = $ThrottleLimit');
    expect(remoting).toContain("ErrorAction = 'SilentlyContinue'");
    expect(remoting).toMatch(/foreach \(\$computer in \$ComputerName\)/);
    for (const field of ['Changed', 'SkippedNotOffered', 'SkippedNotDefined', 'Failed']) expect(remoting).toContain(`        ${field} = `);
  });

  it('DSC declares NetworkingDsc, one resource per keyword, and lists what it cannot express', () => {
    const dsc = file(all, DSC_FILE).text;
    expect(dsc).toContain('#Requires -Modules NetworkingDsc');
    expect(dsc).toContain('Import-DscResource -ModuleName NetworkingDsc');
    expect(dsc.match(/NetAdapterAdvancedProperty \(\$adapterName \+ '/g)).toHaveLength(2);
    expect(dsc).toContain("RegistryKeyword = '*JumboPacket'\r\n                RegistryValue = '9014'");
    expect(dsc).toMatch(/# Left out, because NetAdapterAdvancedProperty can only set a value, not remove one \(Not Present\): \*RscIPv4\./);
    expect(dsc).not.toContain("RegistryKeyword = '*RscIPv4'");
  });

  it("writes Windows line ends in scripts and keeps every playbook line within ansible-lint's 160 columns", () => {
    for (const f of all) {
      if (f.kind === 'powershell') expect(f.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      else expect(f.text.split('\n').filter((l) => l.length > 160)).toEqual([]);
    }
  });
});
