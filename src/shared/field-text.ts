import { html, type TemplateResult } from 'lit';
import { FIELD_LIMITS, truncate } from '../text/truncate.js';

/**
 * A text field from the data as it is shown: isolated for bidi (`<bdi>`: right-to-left marks or
 * overrides inside it cannot reorder the text around it) and capped at a length no real record
 * reaches (see FIELD_LIMITS). Lit sets it as text, never as markup.
 */
export function fieldText(value: string, limit: number = FIELD_LIMITS.line): TemplateResult {
  return html`<bdi>${truncate(value, limit)}</bdi>`;
}
