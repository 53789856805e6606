/**
 * A short name and help text for every finding id the rules, the metadata lint and the INF
 * reader produce, for reports that list their rules (SARIF's `tool.driver.rules`). Sub-findings
 * (`R16.a`) share their rule's text. Wording follows reference §4 and §8.
 */

export interface RuleHelp {
  /** PascalCase, as SARIF `name`. */
  readonly name: string;
  /** One sentence: what the rule checks. */
  readonly summary: string;
}

const COMBINATION: Readonly<Record<string, RuleHelp>> = {
  R2: { name: 'LsoV1NeedsTransmitChecksum', summary: 'LSOv1 needs IPv4 and TCP checksum transmit offload.' },
  R3: { name: 'LsoV2NeedsTransmitChecksum', summary: 'LSOv2 needs TCP (and for IPv4 IP) checksum transmit offload.' },
  R4: { name: 'LsoV1WithIpsecV1', summary: 'NDIS configures either IPsec offload or LSOv1, never both.' },
  R5: { name: 'LsoV2WithIpsec', summary: 'NDIS configures either IPsec offload v1 or LSOv2; IPsec v2 coexistence depends on the hardware.' },
  R6: { name: 'LsoV1IgnoredWithV2', summary: '*LsoV2IPv4 always wins over *LsoV1IPv4; only LSOv2 should be offered.' },
  R7: { name: 'GroupedAndGranularChecksum', summary: 'Grouped and granular checksum keywords overlap; their precedence is undocumented.' },
  R8: { name: 'IpsecV2AndIpv4Only', summary: '*IPsecOffloadV2IPv4 is for IPv4-only adapters and should not sit beside *IPsecOffloadV2.' },
  R9: { name: 'IpsecDeprecated', summary: 'IPsec task offload is deprecated.' },
  R10: { name: 'VmqLookaheadSplitObsolete', summary: '*VMQLookaheadSplit is obsolete since NDIS 6.30.' },
  R11: { name: 'RscNeedsReceiveChecksum', summary: 'Receive segment coalescing needs receive checksum offload.' },
  R14: { name: 'UroNeedsReceiveChecksum', summary: 'UDP receive offload (URO) needs receive checksum offload.' },
  R16: { name: 'RssVersusVmqSriov', summary: 'RSS cannot be active while SR-IOV or VMQ is; the preference keywords decide which.' },
  R17: { name: 'HiddenPreferenceKeyword', summary: '*RssOrVmqPreference and *SriovPreferred must not appear in the INF or on the Advanced page.' },
  R19: { name: 'BalancedRssProfile', summary: 'With *RSSProfile 6 the processor keywords cannot be configured.' },
  R20: { name: 'RssProcessorRange', summary: 'RSS base and maximum processor keywords must be set together and in order.' },
  R23: { name: 'RssKeywordsUnderVmq', summary: 'With VMQ enabled the driver does not read the RSS processor keywords.' },
  R24: { name: 'Vmmq', summary: 'VMMQ (*RssOnHostVPorts) uses the RSS keywords.' },
  R25: { name: 'QosPriorityTagging', summary: 'With *QOS on, priority tagging cannot be turned off.' },
  R26: { name: 'QosOff', summary: 'With *QOS off the driver reports no QoS and disables DCB.' },
  R28: { name: 'SpeedDuplexValue', summary: '*SpeedDuplex values above 10 are speeds in Mbps of at least 1000.' },
  R29: { name: 'RoceFrameSize', summary: '*NetworkDirectRoCEFrameSize must be a supported size and fit *JumboPacket.' },
  R30: { name: 'NetworkDirectTechnology', summary: '*NetworkDirectTechnology must name exactly one supported transport.' },
  R31: { name: 'SelectiveSuspendTimeouts', summary: 'Selective suspend time-outs are 1-60 s; HLK fails *SSIdleTimeoutScreenOff above 5.' },
  R33: { name: 'Timestamping', summary: 'An unsupported timestamping value disables the capability.' },
  R34: { name: 'EncapsulationOffload', summary: 'Encapsulated packet task offload only permits NVGRE/VXLAN offload.' },
  R35: { name: 'Characteristics', summary: 'NCF_VIRTUAL, NCF_SOFTWARE_ENUMERATED and NCF_PHYSICAL are exclusive; an Advanced page needs NCF_HAS_UI.' },
  R36: { name: 'ReservedName', summary: 'Reserved value names (identity and installation data) must not be Advanced parameters.' },
  R37: { name: 'ValueFitsMetadata', summary: "A value must fit its parameter's enum, Min/Max/Step or LimitText." },
  R38: { name: 'EndpointDeviceType', summary: '*NdisDeviceType=1 must not be used for VPN adapters.' },
  R41: { name: 'GlobalOffloadSwitch', summary: 'Global switches override every adapter.' },
};

const NAMED: Readonly<Record<string, RuleHelp>> = {
  'meta.missing-label': { name: 'ParamWithoutParamDesc', summary: 'A parameter has no ParamDesc, so Windows shows no label for it.' },
  'meta.missing-type': { name: 'ParamWithoutType', summary: 'A parameter has no Type.' },
  'meta.unknown-type': { name: 'UnknownParamType', summary: 'Type is not one of enum, int, long, word, dword, edit.' },
  'meta.missing-default': { name: 'RequiredParamWithoutDefault', summary: 'A required parameter has no Default.' },
  'meta.min-greater-than-max': { name: 'MinGreaterThanMax', summary: 'Min is greater than Max, so no value fits.' },
  'meta.bad-number': { name: 'MetadataNotANumber', summary: 'A numeric metadata value (Min, Max, Step, Base, LimitText) is not a number.' },
  'meta.default-not-in-enum': { name: 'DefaultNotAnOption', summary: "An enum parameter's Default is not one of its options." },
  'meta.default-out-of-range': { name: 'DefaultOutOfRange', summary: "A numeric parameter's Default does not fit Min/Max/Step." },
  'meta.enum-without-options': { name: 'EnumWithoutOptions', summary: 'An enum parameter has no options.' },
  'meta.bad-base': { name: 'BadBase', summary: 'Base is not 10 or 16.' },
  'catalog.hidden': { name: 'HiddenKeywordOnPage', summary: 'A keyword the documentation lists as hidden is on the Advanced page.' },
  'catalog.deprecated': { name: 'DeprecatedKeyword', summary: 'A deprecated or obsolete keyword is offered.' },
  'catalog.optional': { name: 'MandatoryKeywordOptional', summary: 'A keyword that must always have a value is Optional.' },
  'catalog.values': { name: 'UndocumentedValues', summary: 'A standardized enum offers values the documentation does not define.' },
  'catalog.default': { name: 'UndocumentedDefault', summary: 'A standardized keyword defaults to another value than documented.' },
  'catalog.range': { name: 'UndocumentedRange', summary: 'A standardized keyword allows a wider range than documented.' },
  'inf.unreadable': { name: 'UnreadableInf', summary: 'The file cannot be read as a driver INF.' },
  'inf.nothing-installs': { name: 'NothingInstalls', summary: 'No device model of the INF installs on the target Windows.' },
  'inf.text-before-section': { name: 'TextBeforeSection', summary: 'Text before the first [section] is ignored.' },
  'inf.unclosed-quote': { name: 'UnclosedQuote', summary: 'A quoted string is not closed on its line.' },
  'inf.undefined-string': { name: 'UndefinedString', summary: 'A %strkey% has no string in the Strings section Windows uses (InfVerif 1235).' },
  'inf.string-too-long': { name: 'StringTooLong', summary: "A field or string is longer than Windows' 4095-character limit." },
  'inf.stampinf-arch': { name: 'StampinfArch', summary: '$ARCH$ was replaced as stampinf does.' },
  'inf.stampinf-placeholder': { name: 'StampinfPlaceholder', summary: 'A stampinf placeholder is left as written.' },
  'inf.not-net-class': { name: 'NotNetClass', summary: 'The INF is not for the Net setup class.' },
  'inf.unused-file': { name: 'UnusedFile', summary: 'A file given installs nothing and is included by no other file.' },
  'inf.bad-manufacturer-line': { name: 'BadManufacturerLine', summary: 'A [Manufacturer] line names no Models section.' },
  'inf.bad-decoration': { name: 'BadDecoration', summary: 'A TargetOS decoration cannot be read.' },
  'inf.no-models-for-target': { name: 'NoModelsForTarget', summary: 'A [Manufacturer] line offers no Models section for the target Windows.' },
  'inf.missing-section': { name: 'MissingSection', summary: 'A section named by the INF (Models, install, AddReg, DelReg, Needs) does not exist.' },
  'inf.bad-model-line': { name: 'BadModelLine', summary: 'A device line names no install section.' },
  'inf.model-without-id': { name: 'ModelWithoutId', summary: 'A device line has no hardware or compatible ID.' },
  'inf.include-not-given': { name: 'IncludeNotGiven', summary: 'An included INF was not given, so what its Needs sections add is missing.' },
  'inf.needs-cycle': { name: 'NeedsCycle', summary: 'Needs sections lead back to themselves.' },
  'inf.needs-too-deep': { name: 'NeedsTooDeep', summary: 'Needs sections are nested too deep.' },
  'inf.bad-directive': { name: 'BadDirective', summary: 'An install-section directive (Characteristics, BusType, *IfType…) is not a number.' },
  'inf.other-root': { name: 'OtherRegistryRoot', summary: "An AddReg/DelReg line writes outside the adapter's key (HKLM, HKCU…)." },
  'inf.bad-root': { name: 'BadRegistryRoot', summary: 'An AddReg/DelReg line has no valid registry root.' },
  'inf.bad-subkey': { name: 'BadSubkey', summary: 'An AddReg/DelReg subkey has an empty or over-long key name.' },
  'inf.bad-flags': { name: 'BadFlags', summary: 'AddReg/DelReg flags are not a number.' },
  'inf.bad-value': { name: 'BadValue', summary: 'An AddReg value does not fit its registry type.' },
  'inf.near-miss-keyword': {
    name: 'NearMissKeyword',
    summary: 'A *keyword is a near miss of a standardized keyword, so Windows and NDIS do not recognise it.',
  },
  'inf.unknown-star-keyword': { name: 'UnknownStarKeyword', summary: 'A keyword starts with * (reserved for standardized keywords) but is not one.' },
  'inf.conflicting-definition': {
    name: 'ConflictingDefinition',
    summary: 'A parameter is defined twice in one install section with different metadata; the later line wins.',
  },
  'inf.non-string-metadata': { name: 'NonStringMetadata', summary: 'Ndi\\params metadata is written as a number type where Windows reads strings.' },
  'inf.non-string-value': { name: 'NonStringValue', summary: 'An Advanced parameter is stored as REG_DWORD; the Advanced page writes REG_SZ.' },
};

/** Help for a finding id; unknown ids get a generic text. */
export function ruleHelp(id: string): RuleHelp {
  const named = NAMED[id];
  if (named) return named;
  const base = /^R\d+/.exec(id)?.[0];
  const rule = base ? COMBINATION[base] : undefined;
  if (rule) return rule;
  return { name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')), summary: `Finding ${id}.` };
}
