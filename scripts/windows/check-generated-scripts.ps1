# For the Windows runner: parse every script write-hostile-scripts.ts generated with PowerShell's
# own parser and check that (1) it parses without errors, (2) it runs only the commands its
# manifest allows, (3) every hostile payload arrived as one exact string constant. Exits 1 on any
# failure, listing each.
param([Parameter(Mandatory = $true)][string] $Folder)
$ErrorActionPreference = 'Stop'
$manifest = Get-Content -LiteralPath (Join-Path $Folder 'manifest.json') -Raw -Encoding UTF8 | ConvertFrom-Json
$failures = New-Object System.Collections.Generic.List[string]
foreach ($item in $manifest) {
  $path = Join-Path $Folder $item.file
  $tokens = $null; $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($path, [ref] $tokens, [ref] $errors)
  if ($errors.Count -gt 0) { $failures.Add("$($item.file): parse errors: $($errors[0].Message)"); continue }
  $commands = $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() } | Select-Object -Unique
  foreach ($c in $commands) { if ($item.commands -notcontains $c) { $failures.Add("$($item.file): runs a command it must not: $c") } }
  $constants = $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true) | ForEach-Object { $_.Value }
  $expandable = $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.ExpandableStringExpressionAst] }, $true)
  if (@($expandable).Count -gt 0) { $failures.Add("$($item.file): has an expandable (double-quoted) string") }
  # Values passed as base64 are checked by decoding the FromBase64String arguments.
  $decoded = $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.InvokeMemberExpressionAst] -and $n.Member.Value -eq 'FromBase64String' }, $true) |
    ForEach-Object { [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($_.Arguments[0].Value)) }
  $all = @($constants) + @($decoded)
  foreach ($s in $item.strings) { if ($all -cnotcontains $s) { $failures.Add("$($item.file): the string $(ConvertTo-Json $s) did not arrive as one constant") } }
}
if ($failures.Count -gt 0) { $failures | ForEach-Object { Write-Output "FAIL $_" }; exit 1 }
Write-Output "ok: $(@($manifest).Count) generated scripts parse as intended"
