import { css } from 'lit';

export default css`
  .figures {
    display: grid;
    gap: 0.35em;
    margin: 0;
  }

  .figure {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding: 0.35em 0;
    border-bottom: 1px dotted var(--_border);
  }

  .figure:last-child {
    border-bottom: 0;
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
    white-space: nowrap; /* a number never breaks; the label wraps instead */
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--sen-visit-counter-value-color, var(--_text));
  }

  .updated {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }

  /* layout="inline": one line for a footer, wrapping when narrow. */
  :host([layout='inline']) .frame {
    border: 0;
    padding: 0;
  }

  :host([layout='inline']) .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }

  :host([layout='inline']) .figure {
    border: 0;
    padding: 0;
    gap: 0.35em;
  }

  :host([layout='inline']) dt::after {
    content: ':';
  }

  :host([layout='inline']) .updated {
    margin-top: 0.25em;
  }

  :host([layout='inline']) .heading {
    margin-bottom: 0.35em;
  }
`;
