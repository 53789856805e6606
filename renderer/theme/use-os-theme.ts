/** Follow the OS: light, dark, or high contrast (forced colors). */

import { useSyncExternalStore } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

const DARK = '(prefers-color-scheme: dark)';
const FORCED = '(forced-colors: active)';

function query(q: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(q) : null;
}

function subscribe(onChange: () => void): () => void {
  const lists = [query(DARK), query(FORCED)].filter((x): x is MediaQueryList => x !== null);
  for (const l of lists) l.addEventListener('change', onChange);
  return () => {
    for (const l of lists) l.removeEventListener('change', onChange);
  };
}

/** Which theme the OS asks for right now. */
export function currentThemeKind(): ThemeKind {
  if (query(FORCED)?.matches) return 'high-contrast';
  return query(DARK)?.matches ? 'dark' : 'light';
}

export const THEMES: Readonly<Record<ThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

/** The theme kind, re-rendering when the OS setting changes. */
export function useOsTheme(): ThemeKind {
  return useSyncExternalStore(subscribe, currentThemeKind, () => 'light');
}
