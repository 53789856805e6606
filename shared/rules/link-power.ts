/** Speed/duplex and selective-suspend rules: R28, R31 (reference §4.5, §4.6). */

import { catalogEntry } from '../catalog/catalog';
import type { AdapterView } from './adapter-view';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import type { RuleFinding } from './types';

/** R28: *SpeedDuplex values outside 0–10 are valid only as a speed in Mbps of 1000 or more (and only if the driver lists them). */
export function isValidSpeedDuplex(value: string): boolean {
  if (!/^\d+$/.test(value.trim())) return false;
  const n = Number(value.trim());
  return n <= 10 || n >= 1000;
}

function speedDuplex(view: AdapterView, out: RuleFinding[]): void {
  const kw = '*SpeedDuplex';
  const value = view.value(kw);
  if (value === null) return;
  const options = view.slot(kw)?.property?.options ?? [];
  const unlisted = options.length > 0 && !options.some((o) => o.value === value);
  if (isValidSpeedDuplex(value) && !unlisted) return;
  out.push({
    id: 'R28',
    severity: 'error',
    keywords: [view.name(kw)],
    message: isValidSpeedDuplex(value)
      ? `${view.label(kw)} is set to "${value}", which this driver does not list: the driver lists only the speed and duplex settings it supports, so it will not use this one.`
      : `${view.label(kw)} is set to "${value}", which Windows does not accept: values above 10 must be a speed in Mbps of 1000 or more ` +
        '(1000, 10000, 25000 ...). The driver will not use it.',
    fixes: alternatives(view, allOrNothing([firstAllowed(view, kw, ['0'])])),
  });
}

/** R31: selective suspend timeouts are 1–60 s, and above 5 s with the screen off fails Windows certification. */
function selectiveSuspend(view: AdapterView, out: RuleFinding[]): void {
  if (view.has('*SelectiveSuspend') && view.int('*SelectiveSuspend') === 0) return; // no capability advertised: timeouts irrelevant
  const screenOff = view.int('*SSIdleTimeoutScreenOff');
  if (screenOff !== null && screenOff > 5 && screenOff <= 60) {
    out.push({
      id: 'R31.a',
      severity: 'warning',
      keywords: [view.name('*SSIdleTimeoutScreenOff')],
      message: `The screen-off selective suspend timeout (${view.label('*SSIdleTimeoutScreenOff')}) is ${screenOff} seconds; Windows certification requires 5 or less.`,
      fixes: alternatives(view, allOrNothing([firstAllowed(view, '*SSIdleTimeoutScreenOff', ['3', '5', '4', '2', '1'])])),
    });
  }
  for (const kw of ['*SSIdleTimeout', '*SSIdleTimeoutScreenOff']) {
    const n = view.int(kw);
    if (n === null || (n >= 1 && n <= 60)) continue;
    const documented = catalogEntry(kw)?.defaultValue ?? '5';
    out.push({
      id: 'R31.b',
      severity: 'warning',
      keywords: [view.name(kw)],
      message: `${view.label(kw)} is ${n} seconds; selective suspend timeouts must be between 1 and 60 seconds.`,
      fixes: alternatives(view, allOrNothing([firstAllowed(view, kw, [documented, '5', '3'])])),
    });
  }
}

/** Link and power rules. */
export function linkPowerRules(view: AdapterView, out: RuleFinding[]): void {
  speedDuplex(view, out);
  selectiveSuspend(view, out);
}
