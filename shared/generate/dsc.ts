/**
 * PowerShell DSC configuration syntax, written through ps`` like every other script: the
 * configuration and resource names are the generator's own words, every value (keyword, raw
 * registry value) is a quoted literal, and a resource's name is an expression built from them at
 * compile time — never code made of data.
 *
 * The resource is NetworkingDsc's NetAdapterAdvancedProperty (keys NetworkAdapterName and
 * RegistryKeyword, required RegistryValue), which sets the value with Set-NetAdapterAdvancedProperty
 * and so is validated by the driver's own metadata on the node.
 */

import { ps, psLines, type PsCode } from './powershell';

/** The name of the generated configuration (a function once the script is dot-sourced). */
export const DSC_CONFIGURATION_NAME = 'NicAdvancedProperties';

export interface DscSetting {
  readonly keyword: string;
  readonly value: string;
}

/**
 * One NetAdapterAdvancedProperty resource for the adapter whose name is in `$adapterName` (the
 * loop variable of `dscConfiguration`). The resource's name, unique per node, is "adapter keyword".
 */
function resourceBlock(setting: DscSetting): PsCode {
  return psLines([
    ps`NetAdapterAdvancedProperty ($adapterName + ${` ${setting.keyword}`}) {`,
    ps`    NetworkAdapterName = $adapterName`,
    ps`    RegistryKeyword = ${setting.keyword}`,
    ps`    RegistryValue = ${setting.value}`,
    ps`}`,
  ]);
}

/**
 * `Configuration NicAdvancedProperties { … }` for configuration data of the form
 * `@{ AllNodes = @(@{ NodeName = 'host'; NetworkAdapterName = @('Ethernet', …) }) }`: every
 * setting on every named adapter of every node.
 */
export function dscConfiguration(settings: readonly DscSetting[]): PsCode {
  return psLines([
    ps`Configuration NicAdvancedProperties {`,
    ps`    Import-DscResource -ModuleName PSDesiredStateConfiguration`,
    ps`    Import-DscResource -ModuleName NetworkingDsc`,
    ps`    Node $AllNodes.NodeName {`,
    ps`        foreach ($adapterName in $Node.NetworkAdapterName) {`,
    psLines(settings.map(resourceBlock), '            '),
    ps`        }`,
    ps`    }`,
    ps`}`,
  ]);
}
