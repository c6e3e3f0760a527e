import { css, html, nothing, type TemplateResult } from 'lit';

export interface PagerWords {
  label: string;
  previous: string;
  next: string;
  page: (page: number, pages: number) => string;
}

/** Previous and next buttons around "Trang 2 trên 20", in a labelled nav (the list's count is announced). */
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
      <span class="pager-at">${words.page(page, pages)}</span>
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

  .pager button:disabled {
    color: var(--_muted);
    cursor: default;
  }

  .pager-at {
    color: var(--_muted);
  }
`;
