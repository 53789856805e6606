/**
 * The commands generated deployment scripts may run, for the tests here and for the Windows
 * runner's check with PowerShell's own parser (scripts/windows/write-hostile-scripts.ts): one list,
 * so both hold the scripts to the same rule.
 */

/** Intune and remoting scripts: the NetAdapter cmdlets, plain pipeline and file helpers, the scripts' own functions. */
export const ENGINE_SCRIPT_COMMANDS: readonly string[] = [
  'Get-NetAdapter',
  'Get-NetAdapterAdvancedProperty',
  'Set-NetAdapterAdvancedProperty',
  'Remove-NetAdapterAdvancedProperty',
  'Restart-NetAdapter',
  'Where-Object',
  'ForEach-Object',
  'Sort-Object',
  'Select-Object',
  'Write-Output',
  'Join-Path',
  'Test-Path',
  'Add-Content',
  'Get-Date',
  'Invoke-Command',
  'Test-NicPattern',
  'ConvertTo-NicNumber',
  'ConvertTo-NicMetaNumber',
  'Get-NicSettingState',
  'New-NicResult',
  'Invoke-NicProfile',
  'Get-NicCount',
  'Format-NicResult',
  'Format-NicSummary',
  'Write-NicLog',
];

/** What the Ansible task and the DSC configuration add: warnings, CIM sessions to resolve nodes, DSC's import, their own helpers. */
export const ANSIBLE_AND_DSC_EXTRA_COMMANDS: readonly string[] = [
  'Write-Warning',
  'New-CimSession',
  'Remove-CimSession',
  'Import-DscResource',
  'Resolve-NicProfileNodes',
  'ConvertFrom-NicParameter',
];
