/**
 * PowerShell remoting: one script an administrator runs from their own machine with
 * `-ComputerName`, applying the profile on every machine through Invoke-Command (throttled, in
 * parallel, WinRM). It never stops at the first failing machine: each machine gets one result
 * object saying what changed, what was skipped because that machine's driver does not offer the
 * value (or does not define the keyword), and what failed — including machines that could not be
 * reached. -WhatIf reports what would change and changes nothing. Exits 1 when any machine failed.
 */

import { ps, psComment, psLines, psScript, type PsCode } from '../generate/powershell';
import { applyEngine, profileArguments, profileData, resultWords } from './apply-engine';
import { headerLines, type DeployFile, type DeployInput } from './deploy-input';

export const REMOTING_FILE = 'apply-nic-profile.ps1';

/** Invoke-Command's own default; the README ("Fleets") says when to raise it. */
export const DEFAULT_THROTTLE_LIMIT = 32;

export function remotingScript(input: DeployInput): DeployFile {
  const lines: (PsCode | null)[] = [
    ...headerLines(input).map(psComment),
    psComment('Applies the profile on many machines with Invoke-Command; one result per machine: changed, skipped (the driver'),
    psComment('does not offer the value or does not define the keyword) and failed. Machines that fail do not stop the others.'),
    psComment(`  .\\${REMOTING_FILE} -ComputerName (Get-Content hosts.txt) [-Credential (Get-Credential)] [-ThrottleLimit 64] [-Restart] [-WhatIf]`),
    psComment('-Restart restarts each changed adapter (its connection drops for a few seconds; not the one WinRM uses, ideally).'),
    ps`#Requires -Version 5.1`,
    ps`[CmdletBinding(SupportsShouldProcess = $true)]`,
    ps`param(`,
    ps`    [Parameter(Mandatory = $true)] [string[]] $ComputerName,`,
    ps`    [pscredential] $Credential,`,
    ps`    [int] $ThrottleLimit = ${DEFAULT_THROTTLE_LIMIT},`,
    ps`    [switch] $Restart`,
    ps`)`,
    ps`$ErrorActionPreference = 'Stop'`,
    profileData(input.profile),
    ps``,
    psComment('What runs on each machine: the functions, then the profile applied to its adapters.'),
    ps`$remote = {`,
    ps`    param($Settings, $ComponentIdPatterns, $DescriptionPatterns, $DryRun, $Restart)`,
    ps`    $ErrorActionPreference = 'Stop'`,
    psLines([applyEngine(), profileArguments()], '    '),
    ps`    Invoke-NicProfile @profileArguments -DryRun $DryRun -Restart $Restart`,
    ps`}`,
    ps``,
    ps`$dryRun = [bool]$WhatIfPreference`,
    ps`$invoke = @{`,
    ps`    ComputerName = $ComputerName`,
    ps`    ScriptBlock = $remote`,
    ps`    ArgumentList = @($Settings, $ComponentIdPatterns, $DescriptionPatterns, $dryRun, ([bool]$Restart -and -not $dryRun))`,
    ps`    ThrottleLimit = $ThrottleLimit`,
    ps`    ErrorAction = 'SilentlyContinue'`,
    ps`    ErrorVariable = 'remoteErrors'`,
    ps`}`,
    ps`if ($Credential) { $invoke.Credential = $Credential }`,
    ps`$remoteErrors = @()`,
    ps`$results = @(Invoke-Command @invoke)`,
    ps``,
    resultWords(),
    ps``,
    psComment('One result per machine, in the order given; a machine that could not be reached is a failure with the reason.'),
    ps`$failedMachines = 0`,
    ps`foreach ($computer in $ComputerName) {`,
    ps`    $mine = @($results | Where-Object { $_.PSComputerName -eq $computer })`,
    ps`    $errors = @($remoteErrors | Where-Object {`,
    ps`        ($_.OriginInfo -and $_.OriginInfo.PSComputerName -eq $computer) -or ([string]$_.TargetObject -eq $computer)`,
    ps`    })`,
    ps`    $changedOutcome = 'changed'`,
    ps`    if ($dryRun) { $changedOutcome = 'differs' }`,
    ps`    $failed = @($mine | Where-Object { $_.Outcome -eq 'failed' } | ForEach-Object { $_.Adapter + ' ' + $_.Keyword + ': ' + $_.Reason })`,
    ps`    $failed += @($errors | ForEach-Object { $_.Exception.Message })`,
    ps`    $status = 'ok'`,
    ps`    if ($failed.Count -gt 0) { $status = 'failed'; $failedMachines++ }`,
    ps`    elseif (@($mine | Where-Object { $_.Outcome -eq 'no-adapter' }).Count -gt 0) { $status = 'no matching adapter' }`,
    ps`    [pscustomobject]@{`,
    ps`        ComputerName = $computer`,
    ps`        Status = $status`,
    ps`        Changed = @($mine | Where-Object { $_.Outcome -eq $changedOutcome } | ForEach-Object { Format-NicResult $_ })`,
    ps`        AlreadySet = @($mine | Where-Object { $_.Outcome -eq 'unchanged' }).Count`,
    ps`        SkippedNotOffered = @($mine | Where-Object { $_.Outcome -eq 'cannot-apply' } | ForEach-Object { Format-NicResult $_ })`,
    ps`        SkippedNotDefined = @($mine | Where-Object { $_.Outcome -eq 'not-defined' } | ForEach-Object { $_.Adapter + ' ' + $_.Keyword })`,
    ps`        Restarted = @($mine | Where-Object { $_.Outcome -eq 'restarted' } | ForEach-Object { $_.Adapter })`,
    ps`        Failed = $failed`,
    ps`        WhatIf = $dryRun`,
    ps`    }`,
    ps`}`,
    ps`if ($failedMachines -gt 0) { exit 1 }`,
  ];
  return { name: REMOTING_FILE, text: psScript(lines), kind: 'powershell' };
}
