import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Public `--sen-color-*` properties (documented in the README and each element's
 * JSDoc) feed private `--_*` ones; `theme="dark"` (or `auto` with a dark system setting) swaps the
 * defaults. Contrast of every default pair is at least 7:1 (WCAG AAA for body text).
 *
 * The colours are one table, light and dark side by side, so the dark palette is written once and
 * applied under two conditions (a plain CSS rule cannot say "dark attribute, or auto and a dark
 * system" without repeating every value).
 */
const colors: [publicName: string, privateName: string, light: string, dark: string][] = [
  ['surface', 'surface', '#ffffff', '#16191d'],
  ['surface-alt', 'surface-alt', '#f4f5f7', '#22272d'],
  ['text', 'text', '#1d2125', '#eceff1'],
  ['text-muted', 'muted', '#4a545e', '#b9c1c9'],
  ['accent', 'accent', '#9f1619', '#ffa399'],
  ['on-accent', 'on-accent', '#ffffff', '#16191d'],
  ['border', 'border', '#cdd3d9', '#414a53'],
  ['link', 'link', '#0b4a82', '#9ec8f5'],
  ['warning-surface', 'warning-surface', '#fff4d6', '#3d2e0a'],
  ['warning-text', 'warning-text', '#5c3b00', '#ffe3a3'],
  ['focus', 'focus', '#0b57d0', '#8ab4f8'],
  ['status-ongoing', 'status-ongoing', '#0d5a2a', '#8fdca6'],
  ['status-upcoming', 'status-upcoming', '#0b4a82', '#9ec8f5'],
  ['status-ended', 'status-ended', '#434b54', '#c3cad1'],
  ['status-cancelled', 'status-cancelled', '#8a1a1a', '#ffaaa3'],
];

/** One rule setting every colour token to its light or dark default. */
function paletteRule(selector: string, scheme: 'light' | 'dark'): string {
  const column = scheme === 'light' ? 2 : 3;
  const declarations = colors.map((row) => `--_${row[1]}: var(--sen-color-${row[0]}, ${row[column]});`);
  return `${selector} { ${declarations.join(' ')} color-scheme: ${scheme}; }`;
}

// Static text from the table above, never data: unsafeCSS only marks it as a style sheet.
const palettes = unsafeCSS(
  paletteRule(':host', 'light') +
    paletteRule(":host([theme='dark'])", 'dark') +
    `@media (prefers-color-scheme: dark) { ${paletteRule(":host([theme='auto'])", 'dark')} }`,
);

/**
 * Insulation from the host page. Its selectors never reach inside the shadow root, but it can
 * style the element itself (`* { … !important }`, `all: unset`) and every inherited property flows
 * in. So only the font and the page's `--sen-*` properties are taken from outside: the frame sets
 * every other inherited text property back, and sizes inside are in `em` (the widget's own font
 * size), never `rem` (the page's root size).
 */
const base = css`
  :host {
    --_radius: var(--sen-radius, 6px);
    --_space: var(--sen-space, 0.75em);

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    font: inherit;
    font-family: var(--sen-font-family, inherit);
    color: var(--_text);
    background: var(--_surface);
  }

  :host([hidden]) {
    display: none;
  }

  .frame {
    color: var(--_text);
    background: var(--_surface);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere; /* a 200,000-character word wraps instead of widening the page */
    direction: ltr;
    unicode-bidi: isolate;
    visibility: visible;
    cursor: auto;
    list-style: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Read by screen readers, not drawn. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Every widget's tokens and base rules. */
export const tokens = [palettes, base];

/** The frame every data widget shares: heading, loading, error, stale note, buttons. */
export const widgetFrame = css`
  .frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--_accent);
  }

  .status {
    margin: 0;
    color: var(--_muted);
  }

  .error-message {
    margin: 0 0 0.5em;
  }

  .stale-note {
    margin: 0 0 var(--_space);
    padding: 0.4em 0.6em;
    border-radius: 4px;
    background: var(--_warning-surface);
    color: var(--_warning-text);
    font-size: 0.9em;
  }

  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1em;
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
`;
