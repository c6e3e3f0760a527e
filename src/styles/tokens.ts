import { css } from 'lit';

/**
 * Design tokens. Public `--sen-*` properties (documented in the README and each element's JSDoc)
 * feed private `--_*` ones; `theme="dark"` (or `auto` with a dark system setting) swaps the
 * defaults. Contrast of every default pair is at least 7:1 (WCAG AAA for body text).
 */
const darkValues = css`
  --_surface: var(--sen-color-surface, #16191d);
  --_surface-alt: var(--sen-color-surface-alt, #22272d);
  --_text: var(--sen-color-text, #eceff1);
  --_muted: var(--sen-color-text-muted, #b9c1c9);
  --_accent: var(--sen-color-accent, #ffa399);
  --_on-accent: var(--sen-color-on-accent, #16191d);
  --_border: var(--sen-color-border, #414a53);
  --_link: var(--sen-color-link, #9ec8f5);
  --_warning-surface: var(--sen-color-warning-surface, #3d2e0a);
  --_warning-text: var(--sen-color-warning-text, #ffe3a3);
  --_focus: var(--sen-color-focus, #8ab4f8);
  --_status-ongoing: var(--sen-color-status-ongoing, #8fdca6);
  --_status-upcoming: var(--sen-color-status-upcoming, #9ec8f5);
  --_status-ended: var(--sen-color-status-ended, #c3cad1);
  --_status-cancelled: var(--sen-color-status-cancelled, #ffaaa3);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_surface: var(--sen-color-surface, #ffffff);
    --_surface-alt: var(--sen-color-surface-alt, #f4f5f7);
    --_text: var(--sen-color-text, #1d2125);
    --_muted: var(--sen-color-text-muted, #4a545e);
    --_accent: var(--sen-color-accent, #9f1619);
    --_on-accent: var(--sen-color-on-accent, #ffffff);
    --_border: var(--sen-color-border, #cdd3d9);
    --_link: var(--sen-color-link, #0b4a82);
    --_warning-surface: var(--sen-color-warning-surface, #fff4d6);
    --_warning-text: var(--sen-color-warning-text, #5c3b00);
    --_radius: var(--sen-radius, 6px);
    --_space: var(--sen-space, 0.75rem);
    --_focus: var(--sen-color-focus, #0b57d0);
    --_status-ongoing: var(--sen-color-status-ongoing, #0d5a2a);
    --_status-upcoming: var(--sen-color-status-upcoming, #0b4a82);
    --_status-ended: var(--sen-color-status-ended, #434b54);
    --_status-cancelled: var(--sen-color-status-cancelled, #8a1a1a);

    display: block;
    box-sizing: border-box;
    font: inherit;
    font-family: var(--sen-font-family, inherit);
    color: var(--_text);
    background: var(--_surface);
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${darkValues}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkValues}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

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
