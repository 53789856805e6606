import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));
const { buildMenuTemplate } = await import('./menu');

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function setup() {
  const sent: MenuCommand[] = [];
  const themes: string[] = [];
  const template = buildMenuTemplate(
    { sendCommand: (c) => sent.push(c), setTheme: (t) => themes.push(t), showAbout: vi.fn(), openDocumentation: vi.fn() },
    { defaultSourceLabel: 'Use demo data', theme: 'dark', development: false },
  );
  const byLabel = (label: string) => {
    const item = items(template).find((i) => i.label === label);
    if (!item) throw new Error(`no menu item ${label}`);
    return item;
  };
  const click = (label: string) => (byLabel(label).click as () => void)();
  return { template, sent, themes, byLabel, click };
}

describe('buildMenuTemplate()', () => {
  it('has File, View and Help', () => {
    const labels = setup().template.map((m) => m.label ?? m.role);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&View', '&Help']));
  });

  it('sends every menu command of the contract to the renderer', () => {
    const { sent, click } = setup();
    for (const label of [
      '&Open .reg export(s)…',
      'Save changes as .&reg…',
      'Save changes as &PowerShell…',
      'Use demo data',
      'Show &hidden adapters',
      '&Registry-only keywords',
      'Ra&w values',
    ]) {
      click(label);
    }
    const all: MenuCommand[] = [
      'open-reg-files',
      'save-changes-reg',
      'save-changes-ps1',
      'use-default-source',
      'toggle-hidden-adapters',
      'toggle-registry-only',
      'toggle-raw-values',
    ];
    expect(sent).toEqual(all);
  });

  it('switches the theme and shows the current one checked', () => {
    const { themes, click, byLabel } = setup();
    expect(byLabel('&Dark').checked).toBe(true);
    expect(byLabel('&System').checked).toBe(false);
    click('&Light');
    expect(themes).toEqual(['light']);
  });

  it('has no DevTools or Reload in the packaged app', () => {
    const roles = items(setup().template).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });
});
