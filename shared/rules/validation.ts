/** Generic value validation: R37, and R33 (unsupported timestamping values) (reference §4.6). */

import { catalogEntry } from '../catalog/catalog';
import type { Property } from '../model/adapter';
import type { AdapterView } from './adapter-view';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import type { RuleFinding } from './types';

// Keywords whose bad value a more specific rule already explains (R28, R30, R33): no second finding.
const EXPLAINED_ELSEWHERE: Readonly<Record<string, string>> = {
  '*speedduplex': 'R28',
  '*networkdirecttechnology': 'R30',
  '*ptphardwaretimestamp': 'R33',
  '*softwaretimestamp': 'R33',
};

function explained(p: Property, out: readonly RuleFinding[]): boolean {
  const rule = EXPLAINED_ELSEWHERE[p.keyword.toLowerCase()];
  return rule !== undefined && out.some((f) => f.id === rule && f.keywords.includes(p.keyword));
}

/** The model's status message, plus what it means when the message does not already say it. */
function statusSentence(p: Property, who: string): string {
  const message = p.statusMessage ?? `${who} has a value that does not fit what the driver allows (${p.status}).`;
  // Say which property, when the model's sentence does not ("Stored as REG_BINARY; …").
  const base = message.includes(who) ? message : `${who}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  return /ignore/i.test(base) ? base : `${base} The driver may ignore it and use its own default.`;
}

/** R37: stored values that do not fit the metadata, required values missing, *JumboPacket below 1514. */
function genericValidation(view: AdapterView, out: RuleFinding[]): void {
  for (const p of view.details.properties) {
    const who = p.label ?? p.keyword;
    if (p.status !== 'ok' && p.status !== 'not-set') {
      if (explained(p, out)) continue;
      out.push({
        id: 'R37.a',
        severity: 'warning',
        keywords: [p.keyword],
        message: statusSentence(p, who),
        fixes: alternatives(view, allOrNothing([firstAllowed(view, p.keyword, p.default !== null ? [p.default, null] : [null])])),
      });
      continue;
    }
    if (!p.optional && p.effective === null) {
      out.push({
        id: 'R37.b',
        severity: 'warning',
        keywords: [p.keyword],
        message: `${who} must have a value, but none is stored and the driver gives no default.`,
        fixes: [],
      });
    }
  }
  // R37 also asks for *JumboPacket >= 1514 even when the driver's Min allows less.
  const jumbo = view.slot('*JumboPacket')?.property;
  const n = view.int('*JumboPacket');
  if (jumbo && (jumbo.status === 'ok' || jumbo.status === 'not-set') && n !== null && n < 1514) {
    out.push({
      id: 'R37.c',
      severity: 'warning',
      keywords: [jumbo.keyword],
      message: `${jumbo.label ?? jumbo.keyword} is ${n}, below the standard Ethernet frame of 1514 bytes.`,
      fixes: alternatives(view, allOrNothing([firstAllowed(view, jumbo.keyword, ['1514'])])),
    });
  }
}

/** R33: an unsupported timestamping value makes the driver turn that timestamping off entirely. */
function timestamping(view: AdapterView, out: RuleFinding[]): void {
  for (const kw of ['*PtpHardwareTimestamp', '*SoftwareTimestamp']) {
    const slot = view.slot(kw);
    if (!slot || slot.value === null) continue;
    const options = slot.property?.options ?? [];
    const allowed = options.length > 0 ? options.map((o) => o.value) : (catalogEntry(kw)?.values ?? []).map((v) => v.value);
    if (allowed.includes(slot.value)) continue;
    out.push({
      id: 'R33',
      severity: 'info',
      keywords: [slot.keyword],
      message: `${view.label(kw)} is "${slot.value}", which this driver does not support, so the driver turns this timestamping off entirely.`,
      fixes: alternatives(view, allOrNothing([firstAllowed(view, kw, ['0'])])),
    });
  }
}

/** Validation rules; run last so more specific rules can take precedence. */
export function validationRules(view: AdapterView, out: RuleFinding[]): void {
  timestamping(view, out);
  genericValidation(view, out);
}
