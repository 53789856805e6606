/**
 * PowerShell DSC: a configuration for NetworkingDsc's NetAdapterAdvancedProperty resource, one
 * resource per adapter and keyword (DSC tests and sets each with Get-/Set-NetAdapterAdvancedProperty,
 * so every node's driver validates the value).
 *
 * How adapters are chosen: the resource is keyed on the adapter's *name* ("Ethernet 2"), which
 * differs from machine to machine, and DSC resolves nothing when it applies a compiled MOF. So the
 * names are settled when the configuration is compiled: the configuration takes DSC's usual
 * configuration data (per node, its NetworkAdapterName list), and `Resolve-NicProfileNodes` builds
 * that data by asking each node over CIM (WinRM) for its adapters whose ComponentID and driver
 * description fit the profile's patterns. Reviewing that data before compiling is the point where
 * an administrator sees which adapters on which nodes will be configured.
 *
 * Not Present cannot be expressed: the resource only sets values. Such settings are left out and
 * listed in the file's header.
 */

import { dscConfiguration, DSC_CONFIGURATION_NAME } from '../generate/dsc';
import { ps, psComment, psScript, type PsCode } from '../generate/powershell';
import { profileData, TEST_PATTERN_FUNCTION } from './apply-engine';
import { headerLines, type DeployFile, type DeployInput } from './deploy-input';

export const DSC_FILE = 'nic-profile.dsc.ps1';

/** Settings the resource cannot express (Not Present). */
export function dscLeftOut(input: DeployInput): string[] {
  return input.profile.settings.filter((s) => s.value === null).map((s) => s.keyword);
}

export function dscScript(input: DeployInput): DeployFile {
  const settings = input.profile.settings.flatMap((s) => (s.value === null ? [] : [{ keyword: s.keyword, value: s.value }]));
  const leftOut = dscLeftOut(input);
  const lines: (PsCode | null)[] = [
    ...headerLines(input).map(psComment),
    psComment(`DSC configuration ${DSC_CONFIGURATION_NAME} for NetworkingDsc's NetAdapterAdvancedProperty resource (one per adapter and keyword).`),
    psComment('The resource is keyed on adapter names, which differ per machine, so they are resolved when compiling:'),
    psComment('Resolve-NicProfileNodes asks each node over CIM (WinRM) for the adapters the profile is meant for.'),
    psComment(`  . .\\${DSC_FILE}`),
    psComment('  $data = Resolve-NicProfileNodes -ComputerName host1, host2      # review $data.AllNodes before compiling'),
    psComment(`  ${DSC_CONFIGURATION_NAME} -ConfigurationData $data -OutputPath .\\${DSC_CONFIGURATION_NAME}`),
    psComment(`  Start-DscConfiguration -Path .\\${DSC_CONFIGURATION_NAME} -Wait -Verbose`),
    psComment("Or write the configuration data yourself: @{ AllNodes = @(@{ NodeName = 'host1'; NetworkAdapterName = @('Ethernet') }) }"),
    psComment('Set-NetAdapterAdvancedProperty restarts an adapter when it changes a value (the connection drops for a few seconds).'),
    ...(leftOut.length > 0
      ? [psComment(`Left out, because NetAdapterAdvancedProperty can only set a value, not remove one (Not Present): ${leftOut.join(', ')}.`)]
      : []),
    ps`#Requires -Modules NetworkingDsc`,
    ps``,
    profileData(input.profile, { settings: false }),
    ps``,
    TEST_PATTERN_FUNCTION,
    ps``,
    ps`function Resolve-NicProfileNodes {`,
    ps`    param([Parameter(Mandatory = $true)] [string[]] $ComputerName, [pscredential] $Credential)`,
    ps`    $nodes = foreach ($computer in $ComputerName) {`,
    ps`        $cim = @{ ComputerName = $computer; ErrorAction = 'Stop' }`,
    ps`        if ($Credential) { $cim.Credential = $Credential }`,
    ps`        $session = New-CimSession @cim`,
    ps`        try {`,
    ps`            $names = @(Get-NetAdapter -CimSession $session | Where-Object {`,
    ps`                $description = $_.DriverDescription`,
    ps`                if ([string]::IsNullOrEmpty($description)) { $description = $_.InterfaceDescription }`,
    ps`                (Test-NicPattern $_.ComponentID $ComponentIdPatterns) -and (Test-NicPattern $description $DescriptionPatterns)`,
    ps`            } | Sort-Object -Property Name | ForEach-Object { $_.Name })`,
    ps`        } finally {`,
    ps`            Remove-CimSession -CimSession $session`,
    ps`        }`,
    ps`        if ($names.Count -eq 0) { Write-Warning ('No adapter on ' + $computer + ' is one the profile is meant for; the node is left out.') }`,
    ps`        else { @{ NodeName = $computer; NetworkAdapterName = $names } }`,
    ps`    }`,
    ps`    @{ AllNodes = @($nodes) }`,
    ps`}`,
    ps``,
    dscConfiguration(settings),
  ];
  return { name: DSC_FILE, text: psScript(lines), kind: 'powershell' };
}
