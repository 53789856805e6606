/**
 * Ansible: one playbook applying the profile with ansible.windows.win_powershell, whose script is
 * the same engine the other formats run and whose data — the settings and patterns — travel as
 * the task's parameters, every string tagged !unsafe so Ansible never templates it. Check mode
 * (--check) reports what would change without changing it (the script declares
 * SupportsShouldProcess, so win_powershell runs it in check mode with $Ansible.CheckMode set);
 * `changed` is true only where a value was (or would be) set; a setting that failed fails the
 * host; values the host's driver does not offer are reported as warnings, not failures.
 *
 * Why win_powershell rather than win_dsc with NetAdapterAdvancedProperty: it needs no module on the
 * hosts (NetworkingDsc would have to be installed on each), it can select adapters by the
 * profile's ComponentId/description patterns on each host (the DSC resource needs adapter names),
 * and it can remove a value (Not Present), which the resource cannot.
 */

import { ps, psComment, psLines } from '../generate/powershell';
import { template, unsafe, yamlDocument, type YamlValue } from '../generate/yaml';
import { applyEngine, profileArguments } from './apply-engine';
import { headerLines, type DeployFile, type DeployInput } from './deploy-input';

export const ANSIBLE_FILE = 'nic-profile.playbook.yml';

/** Jinja2's opening delimiters, and control characters (tabs, line breaks: text no profile holds, as its schema refuses them). */
const NOT_AS_TEXT = /\{[{%#]|\p{Cc}/u;

/** UTF-8 bytes of `text` as base64 (no Buffer: shared code). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A profile text as a task parameter: `!unsafe` text, so Ansible never templates it. Text that
 * looks like Jinja (`{{`, `{%`, `{#`) is safe that way too, but ansible-lint does not honour
 * `!unsafe` and reports it as a broken template, and a tab fails its no-tabs rule; such text
 * travels as `{ base64: … }` (UTF-8), decoded by the task's script, so the file holds neither.
 */
function param(text: string): YamlValue {
  return NOT_AS_TEXT.test(text) ? { base64: unsafe(base64(text)) } : unsafe(text);
}

/** The task's script: engine plus the lines that hand results to Ansible. */
function taskScript(): string {
  return psLines([
    ps`[CmdletBinding(SupportsShouldProcess = $true)]`,
    ps`param([object[]] $Settings, [object[]] $ComponentIdPatterns, [object[]] $DescriptionPatterns, [bool] $Restart)`,
    ps`$ErrorActionPreference = 'Stop'`,
    ps``,
    psComment('Text that looked like a Jinja template or held control characters comes as { base64 = UTF-8 bytes }; the rest as it is.'),
    ps`function ConvertFrom-NicParameter {`,
    ps`    param($Value)`,
    ps`    if ($null -eq $Value -or $Value -is [string]) { return $Value }`,
    ps`    return [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([string]$Value.base64))`,
    ps`}`,
    ps`$Settings = @($Settings | ForEach-Object { @{ keyword = ConvertFrom-NicParameter $_.keyword; value = ConvertFrom-NicParameter $_.value } })`,
    ps`$ComponentIdPatterns = @($ComponentIdPatterns | ForEach-Object { ConvertFrom-NicParameter $_ })`,
    ps`$DescriptionPatterns = @($DescriptionPatterns | ForEach-Object { ConvertFrom-NicParameter $_ })`,
    ps``,
    applyEngine(),
    ps``,
    profileArguments(),
    ps`$checkMode = [bool]$Ansible.CheckMode`,
    ps`$results = @(Invoke-NicProfile @profileArguments -DryRun $checkMode -Restart ($Restart -and -not $checkMode))`,
    ps`foreach ($r in @($results | Where-Object { $_.Outcome -eq 'cannot-apply' })) {`,
    ps`    Write-Warning ($r.Adapter + ' ' + $r.Keyword + ': ' + $r.Reason)`,
    ps`}`,
    ps`$Ansible.Result = @($results | Select-Object -Property Adapter, Keyword, Wanted, Current, Outcome, Reason)`,
    ps`$Ansible.Changed = @($results | Where-Object { $_.Outcome -in @('changed', 'differs', 'restarted') }).Count -gt 0`,
    ps`$Ansible.Failed = @($results | Where-Object { $_.Outcome -eq 'failed' }).Count -gt 0`,
  ]).text.replace(/\r\n/g, '\n');
}

export function ansiblePlaybook(input: DeployInput): DeployFile {
  const p = input.profile;
  const play: YamlValue = {
    name: 'Apply a NIC Advanced Properties profile',
    hosts: template("nicprops_hosts | default('windows')"),
    gather_facts: false,
    tasks: [
      {
        name: 'Set the profile values on matching adapters',
        'ansible.windows.win_powershell': {
          script: unsafe(taskScript()),
          parameters: {
            Settings: p.settings.map((s) => ({ keyword: param(s.keyword), value: s.value === null ? null : param(s.value) })),
            ComponentIdPatterns: (p.match?.componentId ?? []).map(param),
            DescriptionPatterns: (p.match?.description ?? []).map(param),
            Restart: template('nicprops_restart | default(false) | bool'),
          },
        },
        register: 'nicprops_result',
      },
      {
        name: 'Show what changed, what was skipped and why',
        'ansible.builtin.debug': { var: 'nicprops_result.result' },
      },
    ],
  };
  const comments = [
    ...headerLines(input),
    "Applies the profile with ansible.windows.win_powershell and Set-NetAdapterAdvancedProperty; each host's driver validates the values.",
    `Run: ansible-playbook -i INVENTORY ${ANSIBLE_FILE} [--check] [-e nicprops_hosts=GROUP] [-e nicprops_restart=true]`,
    'nicprops_restart=true restarts each changed adapter (its connection drops for a few seconds; keep it off the one WinRM uses).',
  ];
  return { name: ANSIBLE_FILE, text: yamlDocument([play], comments), kind: 'yaml' };
}
