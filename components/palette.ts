/**
 * The sidebar's, badge's and send guard's colours in both themes, as CSS custom
 * properties on the shadow host. Every text colour is used only on the backgrounds listed
 * in TEXT_ON (tests/extension/palette.test.ts holds each pair to WCAG's 4.5:1).
 */
import type { Theme } from '@/lib/helpdesk/theme';

export interface Palette {
  bg: string;
  text: string;
  muted: string;
  border: string;
  /** Suggestion, alternative and pause buttons. */
  surface: string;
  surfaceHover: string;
  accent: string;
  link: string;
  quote: string;
  chipBg: string;
  chipText: string;
  countBg: string;
  countText: string;
  noticeBg: string;
  focus: string;
  error: string;
  primaryBg: string;
  primaryText: string;
  flag: string;
  disabled: string;
  backdrop: string;
  shadow: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    bg: '#ffffff',
    text: '#1f2933',
    muted: '#52606d',
    border: '#cbd2d9',
    surface: '#f8fafc',
    surfaceHover: '#e6f4f1',
    accent: '#0f766e',
    link: '#1d4ed8',
    quote: '#52606d',
    chipBg: '#fef3c7',
    chipText: '#78350f',
    countBg: '#b45309',
    countText: '#ffffff',
    noticeBg: '#eef2f6',
    focus: '#2563eb',
    error: '#b91c1c',
    primaryBg: '#0f766e',
    primaryText: '#ffffff',
    flag: '#b45309',
    disabled: '#9aa5b1',
    backdrop: 'rgba(15, 23, 42, .35)',
    shadow: 'rgba(15, 23, 42, .14)',
  },
  dark: {
    bg: '#1b2127',
    text: '#e4e7eb',
    muted: '#aab4bf',
    border: '#3e4a56',
    surface: '#242c34',
    surfaceHover: '#1e3a37',
    accent: '#5eead4',
    link: '#93c5fd',
    quote: '#aab4bf',
    chipBg: '#4a3510',
    chipText: '#fde68a',
    countBg: '#f59e0b',
    countText: '#1b2127',
    noticeBg: '#2a333c',
    focus: '#93c5fd',
    error: '#fca5a5',
    primaryBg: '#2dd4bf',
    primaryText: '#0b1f1d',
    flag: '#f59e0b',
    disabled: '#6b7785',
    backdrop: 'rgba(0, 0, 0, .55)',
    shadow: 'rgba(0, 0, 0, .5)',
  },
};

/** Which text colour sits on which background anywhere in the panel, badge or dialog. */
export const TEXT_ON: Array<[keyof Palette, keyof Palette]> = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['quote', 'bg'],
  ['link', 'bg'],
  ['accent', 'bg'],
  ['error', 'bg'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['text', 'surfaceHover'],
  ['muted', 'surfaceHover'],
  ['chipText', 'chipBg'],
  ['countText', 'countBg'],
  ['text', 'noticeBg'],
  ['link', 'noticeBg'],
  ['primaryText', 'primaryBg'],
];

const cssName = (key: string) => `--t-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function declarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([key, value]) => `${cssName(key)}: ${value};`)
    .join(' ');
}

/** The custom properties of both themes on the shadow host (light unless the host says dark). */
export const PALETTE_CSS = `
:host { ${declarations(PALETTES.light)} color-scheme: light; }
:host([data-theme="dark"]) { ${declarations(PALETTES.dark)} color-scheme: dark; }
`;
