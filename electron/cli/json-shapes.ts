/** The `--json` shapes of nicprops, documented in the README. Kept explicit so they never drift by accident. */

import type { Adapter, AdapterDetails, Globals, Property } from '../../shared/model/adapter';
import type { Finding, RuleReport } from '../../shared/rules/types';

export function adapterJson(a: Adapter) {
  return {
    id: a.id,
    description: a.description,
    connectionName: a.connectionName,
    netCfgInstanceId: a.netCfgInstanceId,
    componentId: a.componentId,
    characteristics: a.characteristics,
    physical: a.physical,
    virtual: a.virtual,
    hidden: a.hidden,
    propertyCount: a.propertyCount,
    infModel: a.infModel
      ? {
          installSection: a.infModel.installSection,
          decoration: a.infModel.decoration,
          modelsSection: a.infModel.modelsSection,
          hardwareIds: [...a.infModel.hardwareIds],
        }
      : null,
  };
}

export function propertyJson(p: Property) {
  return {
    keyword: p.keyword,
    label: p.label,
    type: p.type,
    default: p.default,
    optional: p.optional,
    min: p.min,
    max: p.max,
    step: p.step,
    base: p.base,
    limitText: p.limitText,
    upperCase: p.upperCase,
    options: p.options.map((o) => ({ value: o.value, label: o.label })),
    stored: p.stored ? { type: p.stored.type, data: p.stored.data } : null,
    effective: p.effective,
    status: p.status,
    origin: p.origin ? { file: p.origin.file, line: p.origin.line } : null,
  };
}

export function detailsJson(d: AdapterDetails) {
  return {
    adapter: adapterJson(d.adapter),
    properties: d.properties.map(propertyJson),
    registryOnly: d.registryOnly.map((r) => ({ keyword: r.keyword, type: r.type, data: r.data })),
  };
}

export function globalsJson(g: Globals) {
  return { disableTaskOffload: g.disableTaskOffload, ipsecEnabledOffload: g.ipsecEnabledOffload };
}

/** One rule finding; `fixes` are alternatives (pick one), best first. */
export function findingJson(f: Finding) {
  return {
    id: f.id,
    severity: f.severity,
    keywords: [...f.keywords],
    message: f.message,
    details: { source: f.details.source, confidence: f.details.confidence },
    fixes: f.fixes.map((alt) => ({ label: alt.label, changes: alt.changes.map((c) => ({ keyword: c.keyword, value: c.value })) })),
  };
}

export function checkJson(d: AdapterDetails, report: RuleReport) {
  return {
    adapter: adapterJson(d.adapter),
    findings: report.findings.map(findingJson),
    effective: report.effective.map((e) => ({ feature: e.feature, requested: e.requested, effective: e.effective, reason: e.reason })),
    lint: report.lint.map((l) => ({ id: l.id, severity: l.severity, keywords: [...l.keywords], message: l.message })),
  };
}
