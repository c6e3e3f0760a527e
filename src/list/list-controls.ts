import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The controls the list widgets share: a search box, filter selects built from the data and a
 * result count announced to screen readers. Labels wrap their fields, so every control has a name.
 */

export interface FilterOption {
  value: string;
  label: string;
}

export function searchField(options: {
  label: string;
  value: string;
  placeholder?: string;
  onInput: (value: string) => void;
}): TemplateResult {
  return html`
    <label part="search" class="control control--search">
      <span class="control-label">${options.label}</span>
      <input
        type="search"
        autocomplete="off"
        spellcheck="false"
        .value=${options.value}
        placeholder=${options.placeholder ?? ''}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      />
    </label>
  `;
}

/** A labelled select; with `allLabel`, a first choice that filters nothing (value ''). */
export function filterSelect(options: {
  label: string;
  value: string;
  allLabel?: string;
  choices: readonly FilterOption[];
  onChange: (value: string) => void;
}): TemplateResult {
  return html`
    <label part="filter" class="control">
      <span class="control-label">${options.label}</span>
      <select @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}>
        ${
          options.allLabel === undefined
            ? nothing
            : html`<option value="" ?selected=${options.value === ''}>${options.allLabel}</option>`
        }
        ${options.choices.map(
          (choice) =>
            html`<option value=${choice.value} ?selected=${choice.value === options.value}>${choice.label}</option>`,
        )}
      </select>
    </label>
  `;
}

/** A polite live region: "12 kết quả" is read out after the list changes, without moving focus. */
export function resultCount(text: string): TemplateResult {
  return html`<p part="count" class="count" role="status" aria-live="polite">${text}</p>`;
}

export const listControlStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    align-items: flex-end;
    margin-bottom: var(--_space);
  }

  .control {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    flex: 1 1 7.5em;
    min-width: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .control--search {
    flex: 2 1 12em;
  }

  .control input,
  .control select {
    min-height: 44px;
    width: 100%;
    padding: 0.35em 0.6em;
    font: inherit;
    font-size: max(1em, 16px); /* 16 px or more: phones do not zoom into the field */
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }

  .count {
    margin: 0 0 0.5em;
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
