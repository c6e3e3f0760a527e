/**
 * The documented `--sen-*` colours a webmaster can set in the studio, with each theme's default
 * (README "Theming"; src/styles/tokens.ts). test/studio/theme-colours.test.ts checks these
 * defaults against what a rendered widget really uses, so they cannot drift apart.
 */
export const THEME_COLOURS = [
  { name: '--sen-color-accent', light: '#9f1619', dark: '#ffa399', private: '--_accent' },
  { name: '--sen-color-on-accent', light: '#ffffff', dark: '#16191d', private: '--_on-accent' },
  { name: '--sen-color-text', light: '#1d2125', dark: '#eceff1', private: '--_text' },
  { name: '--sen-color-text-muted', light: '#4a545e', dark: '#b9c1c9', private: '--_muted' },
  { name: '--sen-color-surface', light: '#ffffff', dark: '#16191d', private: '--_surface' },
  { name: '--sen-color-surface-alt', light: '#f4f5f7', dark: '#22272d', private: '--_surface-alt' },
  { name: '--sen-color-link', light: '#0b4a82', dark: '#9ec8f5', private: '--_link' },
  { name: '--sen-color-border', light: '#cdd3d9', dark: '#414a53', private: '--_border' },
  { name: '--sen-color-focus', light: '#0b57d0', dark: '#8ab4f8', private: '--_focus' },
] as const;

export type ColourName = (typeof THEME_COLOURS)[number]['name'];

/** Text/background pairs whose contrast the studio watches as colours change. */
export const CONTRAST_PAIRS: [text: ColourName, background: ColourName][] = [
  ['--sen-color-text', '--sen-color-surface'],
  ['--sen-color-text-muted', '--sen-color-surface'],
  ['--sen-color-link', '--sen-color-surface'],
  ['--sen-color-on-accent', '--sen-color-accent'],
];

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
