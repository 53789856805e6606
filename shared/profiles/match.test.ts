import { describe, expect, it } from 'vitest';
import { profileMatches, wildcardMatch } from './match';

describe('wildcardMatch()', () => {
  it('matches as PowerShell -like: * any run, ? one character, case ignored, the rest literal', () => {
    expect(wildcardMatch('pci\\ven_8086*', 'PCI\\VEN_8086&DEV_1563')).toBe(true);
    expect(wildcardMatch('Intel(R) Ethernet?X*', 'intel(r) ethernet X550')).toBe(true);
    expect(wildcardMatch('Intel*', 'Contoso Intel')).toBe(false);
    expect(wildcardMatch('a.c', 'abc')).toBe(false);
    expect(wildcardMatch('[ab]', '[ab]')).toBe(true);
    expect(wildcardMatch('*', '')).toBe(true);
    expect(wildcardMatch('?', '')).toBe(false);
  });

  it('answers at once for a hostile pattern full of stars (a backtracking regular expression would not finish)', () => {
    const pattern = `${'*a'.repeat(150)}b`;
    const started = performance.now();
    expect(wildcardMatch(pattern, 'a'.repeat(300))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('profileMatches()', () => {
  const adapter = { componentId: 'pci\\ven_8086&dev_1563', description: 'Contoso X550 10GbE' };
  it('needs every list given to have a matching pattern', () => {
    expect(profileMatches(undefined, adapter)).toBe(true);
    expect(profileMatches({ componentId: ['usb\\*', 'pci\\ven_8086*'] }, adapter)).toBe(true);
    expect(profileMatches({ componentId: ['pci\\ven_8086*'], description: ['Fabrikam*'] }, adapter)).toBe(false);
    expect(profileMatches({ description: ['*X550*'] }, { componentId: null, description: 'Contoso X550 10GbE' })).toBe(true);
    expect(profileMatches({ componentId: ['*'] }, { componentId: null, description: null })).toBe(false);
  });
});
