import { css, html, nothing, type TemplateResult } from 'lit';

export interface PagerWords {
  label: string;
  previous: string;
  next: string;
  /** A page button's name for screen readers: "Trang 3". */
  goTo: (page: number) => string;
  /** Announced after a change: "Trang 2 trên 20". */
  page: (page: number, pages: number) => string;
}

/**
 * The page numbers to show: the first, the last, the current one with its neighbours, and
 * `'gap'` where pages are left out ("…"). A gap never hides a single page: that page is shown.
 */
export function pageItems(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) items.push(before + 1);
    else if (before !== undefined && n - before > 2) items.push('gap');
    items.push(n);
  });
  return items;
}

/**
 * Previous and next around numbered page buttons in a labelled nav; the current page is marked
 * `aria-current="page"`, and "Trang 2 trên 20" is announced politely after a change.
 */
export function pager(
  page: number,
  pages: number,
  words: PagerWords,
  go: (page: number) => void,
): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`
    <nav part="pager" class="pager" aria-label=${words.label}>
      <button type="button" class="pager-step" ?disabled=${page <= 1} @click=${() => go(page - 1)}>
        <span aria-hidden="true">‹</span> ${words.previous}
      </button>
      <ol class="pager-pages">
        ${pageItems(page, pages).map((item) =>
          item === 'gap'
            ? html`<li class="pager-gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  type="button"
                  part="page"
                  class="pager-page"
                  aria-label=${words.goTo(item)}
                  aria-current=${item === page ? 'page' : 'false'}
                  @click=${() => item !== page && go(item)}
                >
                  ${item}
                </button>
              </li>`,
        )}
      </ol>
      <button type="button" class="pager-step" ?disabled=${page >= pages} @click=${() => go(page + 1)}>
        ${words.next} <span aria-hidden="true">›</span>
      </button>
      <p class="visually-hidden" role="status">${words.page(page, pages)}</p>
    </nav>
  `;
}

export const pagerStyles = css`
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    margin-top: var(--_space);
  }

  .pager-pages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
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
    cursor: default;
  }

  .pager button:disabled {
    color: var(--_muted);
    cursor: default;
  }

  .pager-gap {
    align-self: center;
    color: var(--_muted);
  }
`;
