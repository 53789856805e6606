/** RDMA (NetworkDirect) rules: R29, R30 (reference §4.6). */

import type { AdapterView } from './adapter-view';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import type { FixChange, RuleFinding } from './types';

/** RoCE frame sizes Windows allows (R29). */
export const ROCE_FRAME_SIZES: readonly number[] = [256, 512, 1024, 2048, 4096];
/** NDK_RDMA_TECHNOLOGY ids (R30). */
export const RDMA_TECHNOLOGIES: Readonly<Record<number, string>> = { 1: 'iWARP', 2: 'InfiniBand', 3: 'RoCE', 4: 'RoCEv2' };

const TECH = '*NetworkDirectTechnology';
const FRAME = '*NetworkDirectRoCEFrameSize';

function rdmaOff(view: AdapterView): boolean {
  return view.int('*NetworkDirect') === 0;
}

/** Frame sizes this adapter offers (its enum options), else the documented ones. */
function offeredFrameSizes(view: AdapterView): number[] {
  const options = view.slot(FRAME)?.property?.options ?? [];
  const offered = options.map((o) => Number(o.value)).filter((n) => ROCE_FRAME_SIZES.includes(n));
  return offered.length > 0 ? offered : [...ROCE_FRAME_SIZES];
}

/** The RoCE frame size the adapter really uses: the largest offered size not above *JumboPacket (R29). */
export function effectiveRoceFrameSize(view: AdapterView): number | null {
  const configured = view.int(FRAME);
  if (configured === null || !ROCE_FRAME_SIZES.includes(configured)) return null;
  const jumbo = view.int('*JumboPacket') ?? 1514;
  if (configured <= jumbo) return configured;
  const fitting = offeredFrameSizes(view).filter((n) => n <= jumbo && n <= configured);
  return fitting.length > 0 ? Math.max(...fitting) : null;
}

/** True when the RDMA transport is RoCE or RoCEv2 and RDMA is not switched off. */
export function usesRoce(view: AdapterView): boolean {
  const tech = view.int(TECH);
  return !rdmaOff(view) && (tech === 3 || tech === 4);
}

function roceFrameSize(view: AdapterView, out: RuleFinding[]): void {
  if (!usesRoce(view) || !view.has(FRAME)) return;
  const configured = view.int(FRAME);
  if (configured === null || !ROCE_FRAME_SIZES.includes(configured)) {
    out.push({
      id: 'R29.a',
      severity: 'warning',
      keywords: [view.name(FRAME), view.name(TECH)],
      message: `${view.label(FRAME)} is ${view.valueText(FRAME)}; RoCE allows only 256, 512, 1024, 2048 or 4096 bytes.`,
      fixes: alternatives(view, allOrNothing([firstAllowed(view, FRAME, ['1024'])])),
    });
    return;
  }
  const used = effectiveRoceFrameSize(view);
  if (used === configured) return;
  const jumbo = view.int('*JumboPacket') ?? 1514;
  out.push({
    id: 'R29.b',
    severity: 'warning',
    keywords: [view.name(FRAME), ...(view.has('*JumboPacket') ? [view.name('*JumboPacket')] : [])],
    message:
      `${view.label(FRAME)} is ${configured}, but ${view.label('*JumboPacket')} is ${jumbo}: the adapter silently uses ` +
      `${used === null ? 'a smaller size' : used} instead. Raise the jumbo packet size on every host and switch, or lower the RDMA size.`,
    // Lower the RDMA frame size to what is used anyway, or raise the jumbo packet so the configured size fits.
    fixes: alternatives(view, used === null ? null : allOrNothing([firstAllowed(view, FRAME, [String(used)])]), raiseJumbo(view, configured)),
  });
}

/** The smallest *JumboPacket the adapter allows that fits a RoCE frame of `frame` bytes. */
function raiseJumbo(view: AdapterView, frame: number): FixChange[] | null {
  const p = view.slot('*JumboPacket')?.property;
  if (!p) return null;
  const candidates = p.options.length > 0 ? p.options.map((o) => o.value) : [String(frame), '9014', '9000', '4088'];
  const fitting = candidates.filter((v) => Number(v) >= frame).sort((a, b) => Number(a) - Number(b));
  return allOrNothing([firstAllowed(view, '*JumboPacket', fitting, (after) => after !== null && Number(after) >= frame)]);
}

function technology(view: AdapterView, out: RuleFinding[]): void {
  if (rdmaOff(view)) return;
  const value = view.value(TECH);
  if (value === null) return;
  const n = view.int(TECH);
  if (n !== null && RDMA_TECHNOLOGIES[n] !== undefined) return;
  const valid = (view.slot(TECH)?.property?.options ?? []).filter((o) => RDMA_TECHNOLOGIES[Number(o.value)] !== undefined);
  out.push({
    id: 'R30',
    severity: 'error',
    keywords: [view.name(TECH)],
    message: `${view.label(TECH)} is "${value}", which is not an RDMA transport Windows knows (1 iWARP, 2 InfiniBand, 3 RoCE, 4 RoCEv2); exactly one supported transport must be chosen.`,
    fixes: alternatives(view, valid.length === 1 && valid[0] ? allOrNothing([firstAllowed(view, TECH, [valid[0].value])]) : null),
  });
}

/** RDMA rules. */
export function rdmaRules(view: AdapterView, out: RuleFinding[]): void {
  roceFrameSize(view, out);
  technology(view, out);
}
