import { css } from 'lit';

export default css`
  .items {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .items:focus {
    outline: none;
  }

  .item {
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .item:last-child {
    border-bottom: 0;
  }

  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }

  .item-title {
    flex: 1 1 12em;
    font-weight: 700;
    line-height: 1.35;
  }

  .item-title a,
  .title-button {
    display: inline-block;
    min-height: 24px;
    padding: 0;
    font: inherit;
    text-align: start;
    color: var(--_link);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .summary,
  .item-period {
    margin: 0.35em 0 0;
  }

  .item-period {
    font-size: 0.9em;
    color: var(--_muted);
  }

  .meta {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    gap: 0.15em 0.5em;
    margin: 0.5em 0 0;
    font-size: 0.92em;
  }

  .meta-row {
    display: contents;
  }

  .meta dt {
    color: var(--_muted);
  }

  .meta dd {
    margin: 0;
  }

  .meta a {
    color: var(--_link);
  }

  .badge {
    padding: 0.05em 0.55em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 700;
    white-space: nowrap;
  }

  .badge--ongoing {
    color: var(--_status-ongoing);
  }
  .badge--upcoming {
    color: var(--_status-upcoming);
  }
  .badge--ended {
    color: var(--_status-ended);
  }
  .badge--cancelled {
    color: var(--_status-cancelled);
    text-decoration: line-through;
  }
`;
