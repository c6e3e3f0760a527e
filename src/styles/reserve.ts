import { css, html, type TemplateResult } from 'lit';

/**
 * Room kept while a widget loads, for what its data will show, so the page below does not move
 * when the data arrives (Cumulative Layout Shift). Each widget renders empty blocks from its
 * attributes (`page-size`, `layout`) with `reserve()`, or its own blocks (cards in a grid); the
 * heights are those of typical content,
 * measured at sidebar and content widths. The README says how a host page keeps the same room
 * before the script has run.
 */
export function reserve(blocks: ReadonlyArray<readonly [kind: string, count: number]>): TemplateResult {
  return html`<div class="reserve" aria-hidden="true">
    ${blocks.flatMap(([kind, count]) => Array.from({ length: count }, () => html`<div class=${kind}></div>`))}
  </div>`;
}

export const reserveStyles = css`
  .reserve {
    display: grid;
    gap: var(--_space);
    visibility: hidden;
  }

  /* Search and filters, the count */
  .reserve-controls {
    height: 5.5em;
  }

  /* Campaign list: an item with its summary and details; in the compact layout, title and period */
  .reserve-item {
    height: 11em;
  }

  .reserve-item-compact {
    height: 6em;
  }

  .reserve-pager {
    height: 2.75em;
  }

  /* The lines of text below a photo */
  .reserve-lines {
    height: 10em;
  }

  /* Hotline card: a contact with a number or two */
  .reserve-contact {
    height: 10em;
  }

  /* Visit counter: a figure */
  .reserve-figure {
    height: 1.6em;
  }
`;
