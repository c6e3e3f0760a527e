import { css } from 'lit';

export default css`
  .group + .group {
    margin-top: var(--_space);
  }

  .group-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }

  .contacts,
  .phones {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .contact {
    padding: 0.5em 0;
    border-bottom: 1px dotted var(--_border);
    overflow-wrap: anywhere;
  }

  .contact:last-child {
    border-bottom: 0;
  }

  p {
    margin: 0;
  }

  .name {
    font-weight: 700;
  }

  .muted,
  .label {
    color: var(--_muted);
  }

  .muted {
    font-size: 0.9em;
  }

  a {
    color: var(--_link);
  }

  /* Every link and button is at least 44 × 44 px: one tap on a phone reaches the right one. */
  .target {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
  }

  .call {
    font-weight: 700;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
  }

  .phone,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
  }

  .secondary {
    padding: 0.2em 0.75em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    font-size: 0.9em;
  }

  .copy-note {
    flex-basis: 100%;
    padding: 0.3em 0.5em;
    border-radius: 4px;
    background: var(--_warning-surface);
    color: var(--_warning-text);
    font-size: 0.9em;
  }

  .empty {
    color: var(--_muted);
  }

  /* layout="wide": contacts side by side, as many columns as fit. */
  :host([layout='wide']) .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sen-hotline-card-column-width, 16em)), 1fr));
    gap: var(--_space);
  }

  :host([layout='wide']) .contact {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
