/** Checksum / LSO combinations: R2, R3, R6, R7 (reference §4.1, §4.2). */

import type { AdapterView } from './adapter-view';
import { checksumPrerequisiteFindings, type ChecksumPrerequisite } from './checksum-prerequisite';
import { granularChecksumKeyword, groupedChecksumKeyword, parseDirection, type ChecksumProtocol, type IpVersion } from './checksum-state';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import type { RuleFinding } from './types';
import { joinLabels } from './wording';

/** Checksums each LSO keyword needs on transmit (R2, R3: IPv6 has no header checksum). */
const LSO_CONSEQUENCE = 'Windows needs transmit checksum offload for LSO, so LSO will not be used.';
const LSO_NEEDS: readonly ChecksumPrerequisite[] = [
  {
    id: 'R2',
    feature: '*LsoV1IPv4',
    needs: [
      ['tcp', 4],
      ['ip', 4],
    ],
    consequence: LSO_CONSEQUENCE,
  },
  {
    id: 'R3.a',
    feature: '*LsoV2IPv4',
    needs: [
      ['tcp', 4],
      ['ip', 4],
    ],
    consequence: LSO_CONSEQUENCE,
  },
  { id: 'R3.b', feature: '*LsoV2IPv6', needs: [['tcp', 6]], consequence: LSO_CONSEQUENCE },
];

/** R2/R3: LSO on while a checksum it needs does not transmit. */
function lsoNeedsTxChecksum(view: AdapterView, out: RuleFinding[]): void {
  // R6: LSOv1 is ignored when *LsoV2IPv4 exists, so its prerequisites do not matter.
  checksumPrerequisiteFindings(view, LSO_NEEDS, 'tx', out, (rule) => rule.feature === '*LsoV1IPv4' && view.has('*LsoV2IPv4'));
}

/** R6: *LsoV2IPv4 always wins over *LsoV1IPv4. */
function lsoV1Ignored(view: AdapterView, out: RuleFinding[]): void {
  if (!view.has('*LsoV1IPv4') || !view.has('*LsoV2IPv4')) return;
  const v1 = view.value('*LsoV1IPv4');
  const v2 = view.value('*LsoV2IPv4');
  const differ = v1 !== v2;
  const v1Label = view.label('*LsoV1IPv4');
  const v2Label = view.label('*LsoV2IPv4');
  out.push({
    id: 'R6',
    severity: differ ? 'warning' : 'info',
    keywords: [view.name('*LsoV1IPv4'), view.name('*LsoV2IPv4')],
    message: differ
      ? `${v1Label} is set to ${view.valueText('*LsoV1IPv4')}, but this adapter also has ${v2Label} (${view.valueText('*LsoV2IPv4')}), which always wins: the version 1 setting is ignored.`
      : `This adapter has both ${v1Label} and ${v2Label}; version 2 always wins, so the version 1 setting is ignored.`,
    // Only a registry-only LSOv1 value can really be removed; an Ndi\params entry comes from the driver.
    fixes: alternatives(view, view.inNdiParams('*LsoV1IPv4') ? null : [{ keyword: view.name('*LsoV1IPv4'), value: null }]),
  });
}

/** R7: grouped and granular checksum keywords for the same IP version that disagree. */
function groupedGranularConflict(view: AdapterView, out: RuleFinding[]): void {
  const versions: readonly [IpVersion, string][] = [
    [4, 'R7.a'],
    [6, 'R7.b'],
  ];
  for (const [ip, id] of versions) {
    const grouped = groupedChecksumKeyword('tcp', ip);
    if (grouped === null || !view.has(grouped)) continue;
    const groupedValue = view.int(grouped);
    if (parseDirection(groupedValue) === null) continue;
    const protocols: ChecksumProtocol[] = ip === 4 ? ['ip', 'tcp', 'udp'] : ['tcp', 'udp'];
    const disagreeing = protocols
      .map((p) => granularChecksumKeyword(p, ip))
      .filter((kw): kw is string => kw !== null && view.has(kw))
      .filter((kw) => parseDirection(view.int(kw)) !== null && view.int(kw) !== groupedValue);
    if (disagreeing.length === 0) continue;
    const detail = disagreeing.map((kw) => `${view.label(kw)} is ${view.valueText(kw)}`);
    out.push({
      id,
      severity: 'warning',
      keywords: [view.name(grouped), ...disagreeing.map((kw) => view.name(kw))],
      message:
        `${view.label(grouped)} is ${view.valueText(grouped)}, but ${joinLabels(detail)}. ` +
        'Windows does not document which one the driver follows, so set them alike.',
      fixes: alternatives(view, allOrNothing(disagreeing.map((kw) => firstAllowed(view, kw, [String(groupedValue)])))),
    });
  }
}

/** Checksum and LSO rules. */
export function checksumLsoRules(view: AdapterView, out: RuleFinding[]): void {
  lsoNeedsTxChecksum(view, out);
  lsoV1Ignored(view, out);
  groupedGranularConflict(view, out);
}
