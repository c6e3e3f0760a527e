import { css, html, nothing, type TemplateResult } from 'lit';

export type PageSlot = number | 'gap';

/** Page buttons to show: always the first and last, the current one and its neighbours. */
export function pageWindow(current: number, pages: number): PageSlot[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((p) => p >= 1 && p <= pages));
  const slots: PageSlot[] = [];
  let previous = 0;
  for (const page of [...wanted].sort((a, b) => a - b)) {
    if (page - previous === 2) slots.push(page - 1);
    else if (page - previous > 2) slots.push('gap');
    slots.push(page);
    previous = page;
  }
  return slots;
}

export interface PagerWords {
  label: string;
  previous: string;
  next: string;
  page: (page: number, pages: number) => string;
}

/** Previous/next and numbered page buttons in a labelled nav; the current page has aria-current. */
export function pager(page: number, pages: number, words: PagerWords, go: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`
    <nav part="pager" class="pager" aria-label=${words.label}>
      <button type="button" class="pager-step" ?disabled=${page <= 1} @click=${() => go(page - 1)}>
        <span aria-hidden="true">‹</span> ${words.previous}
      </button>
      ${pageWindow(page, pages).map((slot) =>
        slot === 'gap'
          ? html`<span class="pager-gap" aria-hidden="true">…</span>`
          : html`<button
              type="button"
              class="pager-page"
              aria-label=${words.page(slot, pages)}
              aria-current=${slot === page ? 'page' : 'false'}
              @click=${() => go(slot)}
            >
              ${slot}
            </button>`,
      )}
      <button type="button" class="pager-step" ?disabled=${page >= pages} @click=${() => go(page + 1)}>
        ${words.next} <span aria-hidden="true">›</span>
      </button>
    </nav>
  `;
}

export const pagerStyles = css`
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
    margin-top: var(--_space);
  }

  .pager button {
    padding: 0.3em 0.6em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_border);
  }

  .pager button[aria-current='page'] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 700;
  }

  .pager button:disabled {
    color: var(--_muted);
    cursor: default;
  }

  .pager-gap {
    color: var(--_muted);
  }
`;
