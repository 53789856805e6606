import { describe, expect, it } from 'vitest';
import type { RuleReport } from '../../shared/rules/types';
import { adapterCounts, countFindings, countsText, findingsByKeyword, worstSeverity } from './finding-counts';

const f = (severity: 'error' | 'warning' | 'info', keywords: string[] = ['*RSS']) => ({
  id: 'R0',
  severity,
  keywords,
  message: '',
  details: { source: '', confidence: 'documented' as const },
  fixes: [],
});

describe('finding counts', () => {
  it('counts errors and warnings; notes are listed but not counted as problems', () => {
    const c = countFindings([f('error'), f('warning'), f('warning'), f('info')]);
    expect(c).toEqual({ errors: 1, warnings: 2, notes: 1 });
    expect(countsText(c)).toBe('1 error, 2 warnings');
    expect(countsText({ errors: 0, warnings: 0, notes: 3 })).toBe('');
  });

  it('takes the live report when the details are loaded, else the list counts', () => {
    const report: RuleReport = { findings: [f('warning')], effective: [], lint: [] };
    expect(adapterCounts({ errorCount: 3, warningCount: 0 }, report)).toEqual({ errors: 0, warnings: 1, notes: 0 });
    expect(adapterCounts({ errorCount: 3, warningCount: 1 }, null)).toEqual({ errors: 3, warnings: 1, notes: 0 });
  });

  it('gives each keyword its findings, case-insensitively, and the worst severity', () => {
    const report: RuleReport = { findings: [f('info', ['*LsoV2IPv4']), f('warning', ['*lsov2ipv4', '*TCPChecksumOffloadIPv4'])], effective: [], lint: [] };
    const byKeyword = findingsByKeyword(report);
    expect(byKeyword.get('*lsov2ipv4')).toHaveLength(2);
    expect(worstSeverity(byKeyword.get('*lsov2ipv4') ?? [])).toBe('warning');
    expect(worstSeverity([])).toBeNull();
  });
});
