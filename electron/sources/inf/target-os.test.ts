import { describe, expect, it } from 'vitest';
import { bestDecoration, DEFAULT_INF_TARGET, decorationApplies, formatTarget, parseDecoration, parseInfTarget, type InfTarget } from './target-os';

const d = (text: string) => parseDecoration(text)!;
const pick = (texts: string[], target: InfTarget = DEFAULT_INF_TARGET) => bestDecoration(texts.map(d), target)?.text ?? null;
const target = (text: string) => parseInfTarget(text) as InfTarget;

describe('TargetOS decorations', () => {
  it('parses every field, with empty fields left out', () => {
    expect(d('NTamd64.10.0...19041')).toEqual({
      text: 'NTamd64.10.0...19041',
      architecture: 'amd64',
      major: 10,
      minor: 0,
      productType: null,
      suiteMask: null,
      build: 19041,
    });
    expect(d('NTx86....0x80')).toMatchObject({ architecture: 'x86', major: null, suiteMask: 0x80 });
    expect(parseDecoration('NT$ARCH$')).toBeNull();
    expect(parseDecoration('Win7')).toBeNull();
  });

  it('applies a decoration up to the target version; a build counts only for the same major.minor', () => {
    expect(decorationApplies(d('NTamd64.10.0...22000'), DEFAULT_INF_TARGET)).toBe(true);
    expect(decorationApplies(d('NTamd64.10.0...26200'), DEFAULT_INF_TARGET)).toBe(false);
    expect(decorationApplies(d('NTamd64.6.1...99999'), DEFAULT_INF_TARGET)).toBe(true);
    expect(decorationApplies(d('NTamd64.11.0'), DEFAULT_INF_TARGET)).toBe(false);
    expect(decorationApplies(d('NTarm64'), DEFAULT_INF_TARGET)).toBe(false);
    expect(decorationApplies(d('NT.6.0'), DEFAULT_INF_TARGET)).toBe(true);
  });

  it('matches a product type exactly and needs every suite bit', () => {
    expect(decorationApplies(d('NTamd64.10.0.3..17763'), DEFAULT_INF_TARGET)).toBe(false);
    expect(decorationApplies(d('NTamd64.10.0.3..17763'), target('NTamd64.10.0.3..20348'))).toBe(true);
    expect(decorationApplies(d('NTx86....0x80'), target('NTx86.10.0.3.0x80.20348'))).toBe(true);
    expect(decorationApplies(d('NTx86....0x80'), target('x86'))).toBe(false);
  });

  it('picks the closest: an architecture over none, then the highest version and build', () => {
    expect(pick(['NTamd64.10.0...17763', 'NTamd64.10.0...19041', 'NTamd64.10.0...22000'])).toBe('NTamd64.10.0...22000');
    expect(pick(['NTamd64.10.0...17763', 'NTamd64.10.0...19041'], target('10.0.18362'))).toBe('NTamd64.10.0...17763');
    expect(pick(['NTamd64.6.1', 'NTamd64.10.0'])).toBe('NTamd64.10.0');
    expect(pick(['NT.10.0', 'NTamd64.6.1'])).toBe('NTamd64.6.1');
    expect(pick(['NTamd64.10.0...17763', 'NTamd64.10.0.1..17763'])).toBe('NTamd64.10.0.1..17763');
    expect(pick(['NTx86', 'NTarm64'])).toBeNull();
  });
});

describe('parseInfTarget()', () => {
  it('defaults to Windows 11 24H2 x64 workstation', () => {
    expect(formatTarget(DEFAULT_INF_TARGET)).toBe('NTamd64.10.0.1..26100');
  });

  it('reads a decoration, a Windows version, or an architecture', () => {
    expect(formatTarget(target('NTamd64.10.0...19041'))).toBe('NTamd64.10.0.1..19041');
    expect(formatTarget(target('NTarm64'))).toBe('NTarm64.10.0.1..26100');
    expect(formatTarget(target('10.0.22631'))).toBe('NTamd64.10.0.1..22631');
    expect(formatTarget(target('x86'))).toBe('NTx86.10.0.1..26100');
    expect(formatTarget(target('NTamd64.6.1'))).toBe('NTamd64.6.1.1..0');
  });

  it('says what to give when the text is not a target', () => {
    expect(parseInfTarget('windows11')).toMatch(/--inf-target "windows11" is not a target: give a decoration such as NTamd64\.10\.0\.\.\.19041/);
  });
});
