/**
 * The PowerShell that applies (or only checks) a profile on one machine, shared by every
 * deployment format that runs a script: Intune detection and remediation, the remoting script and
 * the Ansible task. It is the generator's own code — constant text with no data in it; the
 * profile reaches it as data (`profileData`, or Ansible's task parameters).
 *
 * On the machine it does what `nicprops profile apply` does here, against that machine's own
 * driver metadata as Get-NetAdapterAdvancedProperty reports it:
 * - adapters: the visible ones (Get-NetAdapter) whose ComponentID and driver description fit the
 *   profile's patterns (`*` and `?` only, ignoring case, as the profile format defines them);
 * - per setting: not defined by the driver (ignored, not drift); already holds (compared as the
 *   driver reads it: enum names ignore case, numbers compare as numbers in the property's base,
 *   text exactly); cannot be applied (an enum value the driver does not offer, a number out of
 *   range or off step, Not Present where the driver requires a value); or differs;
 * - unless only checking: Set- or Remove-NetAdapterAdvancedProperty -NoRestart for what differs,
 *   then Restart-NetAdapter once per changed adapter only when asked;
 * - one result object per adapter and setting (Computer, Adapter, Keyword, Wanted, Current,
 *   Outcome, Reason), never a stop at the first failure.
 */

import { ps, psArray, psHashtable, psLines, type PsCode } from '../generate/powershell';
import type { Profile } from '../profiles/profile';

const PS_NULL = ps`$null`;

/**
 * `$NicProfileName`, `$ComponentIdPatterns`, `$DescriptionPatterns` and (unless left out, as the
 * DSC configuration does, which writes its settings as resources) `$Settings`: the profile as
 * PowerShell literals.
 */
export function profileData(profile: Profile, options: { readonly settings?: boolean } = {}): PsCode {
  const settings = profile.settings.map((s) =>
    psHashtable([
      ['keyword', s.keyword],
      ['value', s.value === null ? PS_NULL : s.value],
    ]),
  );
  return psLines([
    ps`$NicProfileName = ${profile.name}`,
    ps`$ComponentIdPatterns = ${psArray(profile.match?.componentId ?? [])}`,
    ps`$DescriptionPatterns = ${psArray(profile.match?.description ?? [])}`,
    options.settings === false ? null : settings.length === 0 ? ps`$Settings = @()` : psLines([ps`$Settings = @(`, psLines(settings, '    '), ps`)`]),
  ]);
}

/** `$profileArguments`: the profile as Invoke-NicProfile's parameters, for splatting. */
export function profileArguments(): PsCode {
  return ps`$profileArguments = @{
    Settings = $Settings
    ComponentIdPatterns = $ComponentIdPatterns
    DescriptionPatterns = $DescriptionPatterns
}`;
}

/** Test-NicPattern: does a profile pattern fit the text? (Also used by the DSC resolver.) */
export const TEST_PATTERN_FUNCTION = ps`function Test-NicPattern {
    param([string] $Text, [object[]] $Patterns)
    if ($null -eq $Patterns -or @($Patterns).Count -eq 0) { return $true }
    if ([string]::IsNullOrEmpty($Text)) { return $false }
    foreach ($pattern in $Patterns) {
        # A profile pattern knows * and ? only: [ ] and the backtick are literal there, so escape them for -like.
        if ($Text -like ([string]$pattern -replace '([\\[\\]\`])', '\`$1')) { return $true }
    }
    return $false
}`;

/** Numbers as the driver reads them: decimal, or hexadecimal without (or with) 0x where its base is 16. */
const NUMBERS = ps`function ConvertTo-NicNumber {
    param($Text, [int] $Base)
    if ($null -eq $Text) { return $null }
    $t = ([string]$Text).Trim()
    if ($Base -eq 16) {
        $t = $t -replace '^0[xX]', ''
        if ($t -notmatch '^[0-9A-Fa-f]{1,15}$') { return $null }
        return [Convert]::ToInt64($t, 16)
    }
    $n = 0L
    if ($t -match '^[+-]?[0-9]{1,18}$' -and [long]::TryParse($t, [ref] $n)) { return $n }
    return $null
}
function ConvertTo-NicMetaNumber {
    param($Text)
    if ($null -eq $Text) { return $null }
    $t = ([string]$Text).Trim()
    if ($t -match '^0[xX][0-9A-Fa-f]{1,15}$') { return [Convert]::ToInt64($t.Substring(2), 16) }
    return ConvertTo-NicNumber $t 10
}`;

/** What one setting means for one adapter property: Outcome unchanged / differs / cannot-apply, and the value to write. */
const SETTING_STATE = ps`function Get-NicSettingState {
    param($Property, $Wanted)
    $stored = $null
    $raw = @($Property.RegistryValue)
    if ($raw.Count -gt 0 -and $null -ne $raw[0]) { $stored = [string]$raw[0] }
    $current = $stored
    $default = [string]$Property.DefaultRegistryValue
    if ($null -eq $current -and $default -ne '') { $current = $default }
    $valid = @($Property.ValidRegistryValues | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_ })
    $base = 10
    if ([string]$Property.NumericParameterBaseValue -eq '16') { $base = 16 }
    $numeric = $valid.Count -eq 0 -and -not [string]::IsNullOrEmpty([string]$Property.NumericParameterMaxValue)
    $state = [ordered]@{ Outcome = 'differs'; Current = $current; Value = $Wanted; Reason = '' }
    if ($null -eq $Wanted) {
        if ($null -eq $stored) { $state.Outcome = 'unchanged' }
        elseif ($Property.DisplayName -and -not $Property.Optional) {
            $state.Outcome = 'cannot-apply'
            $state.Reason = 'The driver requires a value; Not Present is not allowed.'
        }
        return $state
    }
    if ($valid.Count -gt 0) {
        $offered = @($valid | Where-Object { $_ -eq $Wanted })
        if ($null -ne $current -and $current -eq $Wanted) { $state.Outcome = 'unchanged' }
        elseif ($offered.Count -eq 0) {
            $state.Outcome = 'cannot-apply'
            $state.Reason = 'The driver offers ' + ($valid -join ', ') + '; not ' + $Wanted + '.'
        } else { $state.Value = $offered[0] }
        return $state
    }
    if ($numeric) {
        $n = ConvertTo-NicNumber $Wanted $base
        $now = ConvertTo-NicNumber $current $base
        if ($null -ne $n -and $null -ne $now -and $n -eq $now) { $state.Outcome = 'unchanged'; return $state }
        $min = ConvertTo-NicMetaNumber $Property.NumericParameterMinValue
        $max = ConvertTo-NicMetaNumber $Property.NumericParameterMaxValue
        $step = ConvertTo-NicMetaNumber $Property.NumericParameterStepValue
        if ($null -eq $n) {
            $state.Outcome = 'cannot-apply'
            $state.Reason = $Wanted + ' is not a whole number in base ' + $base + '.'
        }
        elseif (($null -ne $min -and $n -lt $min) -or ($null -ne $max -and $n -gt $max)) {
            $state.Outcome = 'cannot-apply'
            $range = [string]$Property.NumericParameterMinValue + ' to ' + [string]$Property.NumericParameterMaxValue
            $state.Reason = 'The driver accepts ' + $range + '; not ' + $Wanted + '.'
        } elseif ($null -ne $step -and $step -gt 1 -and (($n - [long]$min) % $step) -ne 0) {
            $state.Outcome = 'cannot-apply'
            $state.Reason = 'The driver accepts steps of ' + $step + ' from ' + $min + '; not ' + $Wanted + '.'
        } elseif ($base -eq 16) { $state.Value = $n.ToString('X') }
        else { $state.Value = $n.ToString([Globalization.CultureInfo]::InvariantCulture) }
        return $state
    }
    if ($null -ne $current -and $current -ceq $Wanted) { $state.Outcome = 'unchanged' }
    return $state
}`;

const APPLY = ps`function New-NicResult {
    param($Adapter, $Keyword, $Wanted, $Current, [string] $Outcome, [string] $Reason)
    [pscustomobject]@{
        Computer = $env:COMPUTERNAME; Adapter = $Adapter; Keyword = $Keyword
        Wanted = $Wanted; Current = $Current; Outcome = $Outcome; Reason = $Reason
    }
}
function Invoke-NicProfile {
    param([object[]] $Settings, [object[]] $ComponentIdPatterns, [object[]] $DescriptionPatterns, [bool] $DryRun, [bool] $Restart)
    $adapters = @(Get-NetAdapter | Where-Object {
        $description = $_.DriverDescription
        if ([string]::IsNullOrEmpty($description)) { $description = $_.InterfaceDescription }
        (Test-NicPattern $_.ComponentID $ComponentIdPatterns) -and (Test-NicPattern $description $DescriptionPatterns)
    } | Sort-Object -Property Name)
    if ($adapters.Count -eq 0) {
        New-NicResult '' '' $null $null 'no-adapter' 'No network adapter here is one the profile is meant for.'
        return
    }
    foreach ($adapter in $adapters) {
        # -Name takes a wildcard pattern: escape the name so "Ethernet [2]" means only itself.
        $name = [WildcardPattern]::Escape($adapter.Name)
        $byKeyword = @{}
        try {
            $properties = @(Get-NetAdapterAdvancedProperty -Name $name -AllProperties -ErrorAction Stop)
            foreach ($p in $properties) { $byKeyword[[string]$p.RegistryKeyword] = $p }
        } catch {
            New-NicResult $adapter.Name '' $null $null 'failed' $_.Exception.Message
            continue
        }
        $changed = $false
        foreach ($setting in $Settings) {
            $keyword = [string]$setting.keyword
            $wanted = $null
            if ($null -ne $setting.value) { $wanted = [string]$setting.value }
            $property = $byKeyword[$keyword]
            if ($null -eq $property) {
                New-NicResult $adapter.Name $keyword $wanted $null 'not-defined' 'The driver does not define this keyword.'
                continue
            }
            $state = Get-NicSettingState $property $wanted
            if ($state.Outcome -eq 'differs' -and -not $DryRun) {
                $target = @{ Name = $name; RegistryKeyword = $keyword; NoRestart = $true; ErrorAction = 'Stop' }
                try {
                    if ($null -eq $wanted) { Remove-NetAdapterAdvancedProperty @target }
                    else { Set-NetAdapterAdvancedProperty @target -RegistryValue $state.Value }
                    $state.Outcome = 'changed'
                    $changed = $true
                } catch {
                    $state.Outcome = 'failed'
                    $state.Reason = $_.Exception.Message
                }
            }
            New-NicResult $adapter.Name $keyword $wanted $state.Current $state.Outcome $state.Reason
        }
        if ($changed -and $Restart) {
            try {
                Restart-NetAdapter -Name $name -Confirm:$false -ErrorAction Stop
                New-NicResult $adapter.Name '' $null $null 'restarted' ''
            } catch {
                New-NicResult $adapter.Name '' $null $null 'failed' ('Restarting the adapter failed: ' + $_.Exception.Message)
            }
        }
    }
}`;

/** One line summing up results: counts, then what differs or failed, cut to fit Intune's 2048 characters. */
/** Get-NicCount and Format-NicResult: results in words (also used outside the remote script block). */
const RESULT_WORDS = ps`function Get-NicCount {
    param([object[]] $Results, [string] $Outcome)
    @($Results | Where-Object { $_.Outcome -eq $Outcome }).Count
}
function Format-NicResult {
    param($Result)
    $current = $Result.Current
    if ($null -eq $current) { $current = 'Not Present' }
    $wanted = $Result.Wanted
    if ($null -eq $wanted) { $wanted = 'Not Present' }
    $text = $Result.Adapter + ' ' + $Result.Keyword
    if ($Result.Keyword) { $text += ' is ' + $current + ', wanted ' + $wanted }
    if ($Result.Reason) { $text += ' (' + $Result.Reason + ')' }
    $text
}`;

const SUMMARY = ps`function Format-NicSummary {
    param([object[]] $Results, [string] $Name, [bool] $DryRun)
    $adapters = @($Results | Where-Object { $_.Adapter } | ForEach-Object { $_.Adapter } | Sort-Object -Unique).Count
    $parts = @()
    if ($DryRun) { $parts += [string](Get-NicCount $Results 'differs') + ' differ' }
    else { $parts += [string](Get-NicCount $Results 'changed') + ' changed' }
    $parts += [string](Get-NicCount $Results 'cannot-apply') + ' cannot be applied as-is'
    $parts += [string](Get-NicCount $Results 'unchanged') + ' already set'
    $parts += [string](Get-NicCount $Results 'failed') + ' failed'
    $where = 'NIC profile ' + $Name + ' on ' + $env:COMPUTERNAME
    $line = $where + ', ' + $adapters + ' adapter(s): ' + ($parts -join ', ')
    if ((Get-NicCount $Results 'no-adapter') -gt 0) { $line = $where + ': no adapter here is one the profile is meant for' }
    $details = @($Results | Where-Object { $_.Outcome -in @('differs', 'cannot-apply', 'failed') } | ForEach-Object { Format-NicResult $_ })
    if ($details.Count -gt 0) { $line += ': ' + ($details -join '; ') }
    # One line whatever an adapter is called: no control or line-breaking characters.
    $line = $line -replace '[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]', ' '
    if ($line.Length -gt 2000) { $line = $line.Substring(0, 1997) + '...' }
    return $line
}`;

/** Every function the deployment scripts need, in order. */
export function applyEngine(): PsCode {
  return psLines([TEST_PATTERN_FUNCTION, ps``, NUMBERS, ps``, SETTING_STATE, ps``, APPLY, ps``, RESULT_WORDS, ps``, SUMMARY]);
}

/** Get-NicCount and Format-NicResult alone, for a script that reads results (the remoting script, locally). */
export function resultWords(): PsCode {
  return RESULT_WORDS;
}

/** The outcomes that mean the machine differs from the profile. */
export const DRIFT_OUTCOMES = ['differs', 'cannot-apply'] as const;
