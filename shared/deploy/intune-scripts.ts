/**
 * Intune remediation scripts (Devices > Scripts and remediations): a detection script Intune runs
 * on a schedule, and the remediation it runs when detection exits 1. Both run as SYSTEM, take no
 * parameters, and Intune keeps only the last line of their output, so each prints exactly one
 * summary line and nothing else; the remediation also logs every setting it touched.
 *
 * - detect: exits 1 when any setting of the profile differs on a matching adapter, cannot be
 *   applied as-is, or could not be read; 0 otherwise (also when no adapter matches). Changes nothing.
 * - remediate: sets what differs with Set-/Remove-NetAdapterAdvancedProperty -NoRestart, restarts
 *   each changed adapter only when generated with --restart, logs to Intune's own log folder
 *   (writable only by administrators, so SYSTEM never follows a link a user planted), exits 1
 *   when a setting failed.
 */

import { ps, psBool, psComment, psScript, type PsCode } from '../generate/powershell';
import { applyEngine, profileArguments, profileData } from './apply-engine';
import { headerLines, type DeployFile, type DeployInput } from './deploy-input';

export const INTUNE_DETECT_FILE = 'nic-profile-detect.ps1';
export const INTUNE_REMEDIATE_FILE = 'nic-profile-remediate.ps1';

/** The log the remediation appends to, in the Intune Management Extension's log folder. */
export const INTUNE_LOG_FILE = 'NicAdvancedProperties-remediation.log';

const ONE_LINE_ERROR = ps`($_.Exception.Message -replace '[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]', ' ')`;

function detectScript(input: DeployInput): string {
  const lines: (PsCode | null)[] = [
    ...headerLines(input).map(psComment),
    psComment('Intune remediation, detection script: exits 1 when a setting of the profile differs on this computer, 0 otherwise.'),
    psComment('Prints one line. Changes nothing. Run as SYSTEM in 64-bit PowerShell ("Run script in 64-bit PowerShell": Yes).'),
    ps`$ErrorActionPreference = 'Stop'`,
    profileData(input.profile),
    profileArguments(),
    ps``,
    applyEngine(),
    ps``,
    ps`try {`,
    ps`    $results = @(Invoke-NicProfile @profileArguments -DryRun $true -Restart $false)`,
    ps`} catch {`,
    ps`    $where = 'NIC profile ' + $NicProfileName + ' on ' + $env:COMPUTERNAME`,
    ps`    Write-Output ($where + ': the adapters could not be read: ' + ${ONE_LINE_ERROR})`,
    ps`    exit 1`,
    ps`}`,
    ps`Write-Output (Format-NicSummary -Results $results -Name $NicProfileName -DryRun $true)`,
    ps`if (@($results | Where-Object { $_.Outcome -in @('differs', 'cannot-apply', 'failed') }).Count -gt 0) { exit 1 }`,
    ps`exit 0`,
  ];
  return psScript(lines);
}

function remediateScript(input: DeployInput): string {
  const lines: (PsCode | null)[] = [
    ...headerLines(input).map(psComment),
    psComment("Intune remediation, remediation script: sets the profile's values where they differ, restarts each changed adapter"),
    psComment(
      input.restart
        ? 'when done (generated with --restart: the connection drops for a few seconds), logs what it did and prints one line.'
        : 'only if generated with --restart (this one does not restart), logs what it did and prints one line.',
    ),
    psComment(`Log: %ProgramData%\\Microsoft\\IntuneManagementExtension\\Logs\\${INTUNE_LOG_FILE}. Exits 1 when a setting could not be set.`),
    ps`$ErrorActionPreference = 'Stop'`,
    ps`$RestartAdapters = ${psBool(input.restart)}`,
    profileData(input.profile),
    profileArguments(),
    ps``,
    applyEngine(),
    ps``,
    ps`function Write-NicLog {`,
    ps`    param([string[]] $Lines)`,
    ps`    try {`,
    ps`        $folder = Join-Path $env:ProgramData 'Microsoft\\IntuneManagementExtension\\Logs'`,
    ps`        if (Test-Path -LiteralPath $folder -PathType Container) {`,
    ps`            $stamp = (Get-Date).ToString('s')`,
    ps`            $log = Join-Path $folder ${INTUNE_LOG_FILE}`,
    ps`            Add-Content -LiteralPath $log -Value @($Lines | ForEach-Object { $stamp + ' ' + $_ }) -Encoding UTF8`,
    ps`        }`,
    ps`    } catch {`,
    psComment('A log that cannot be written must not turn a successful remediation into a failed one.'),
    ps`    }`,
    ps`}`,
    ps``,
    ps`try {`,
    ps`    $results = @(Invoke-NicProfile @profileArguments -DryRun $false -Restart $RestartAdapters)`,
    ps`} catch {`,
    ps`    $where = 'NIC profile ' + $NicProfileName + ' on ' + $env:COMPUTERNAME`,
    ps`    $line = $where + ': the adapters could not be read: ' + ${ONE_LINE_ERROR}`,
    ps`    Write-NicLog @($line)`,
    ps`    Write-Output $line`,
    ps`    exit 1`,
    ps`}`,
    ps`$summary = Format-NicSummary -Results $results -Name $NicProfileName -DryRun $false`,
    ps`$logLines = @($results | ForEach-Object {`,
    ps`    '  ' + $_.Adapter + ' ' + $_.Keyword + ': ' + $_.Outcome + ', was ' + $_.Current + ', wanted ' + $_.Wanted + ' ' + $_.Reason`,
    ps`})`,
    ps`Write-NicLog (@($summary) + $logLines)`,
    ps`Write-Output $summary`,
    ps`if (@($results | Where-Object { $_.Outcome -eq 'failed' }).Count -gt 0) { exit 1 }`,
    ps`exit 0`,
  ];
  return psScript(lines);
}

export function intuneScripts(input: DeployInput): DeployFile[] {
  return [
    { name: INTUNE_DETECT_FILE, text: detectScript(input), kind: 'powershell' },
    { name: INTUNE_REMEDIATE_FILE, text: remediateScript(input), kind: 'powershell' },
  ];
}
