import { html, nothing, type TemplateResult } from 'lit';
import { relFor, safeLinkUrl } from '../data/safe-url.js';
import { formatDate } from '../i18n/format.js';
import type { Exemplar } from './exemplar.schema.js';
import type { GalleryMessages } from './exemplar-gallery.messages.js';
import { photoFrame, type PhotoContext } from './photo.js';
import type { swipeTracker } from './swipe.js';
import { fieldText } from '../shared/field-text.js';
import { FIELD_LIMITS } from '../text/truncate.js';

export interface DialogContext extends PhotoContext {
  words: GalleryMessages;
  locale: string;
  /** 1-based place of the record in the list the dialog steps through, and that list's length. */
  position: number;
  total: number;
  step: (by: 1 | -1) => void;
  closed: () => void;
  /** Made once by the gallery, so a re-render between finger down and up loses nothing. */
  swipe: ReturnType<typeof swipeTracker>;
}

const STEP_KEYS: Record<string, 1 | -1> = { ArrowLeft: -1, ArrowRight: 1 };

/**
 * The detail view: a native modal `<dialog>` (focus kept inside, Escape closes), labelled by the
 * name, with the full record (the schema's fields only), the place in the list announced
 * ("3 / 12" and the name, politely), and previous/next by buttons, arrow keys and swipes; the
 * list wraps around. The element is always there, empty while closed; the gallery opens it.
 */
export function detailDialog(item: Exemplar | undefined, context: DialogContext): TemplateResult {
  const { words, swipe } = context;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby=${item ? 'detail-name' : nothing}
    @close=${context.closed}
    @keydown=${(event: KeyboardEvent) => {
      const by = STEP_KEYS[event.key];
      if (!by || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      context.step(by);
    }}
    @click=${(event: Event) => event.target === event.currentTarget && (event.currentTarget as HTMLDialogElement).close()}
    @pointerdown=${swipe.down}
    @pointerup=${swipe.up}
    @pointercancel=${swipe.cancel}
  >
    ${item ? detail(item, context, words) : nothing}
  </dialog>`;
}

function detail(item: Exemplar, context: DialogContext, words: GalleryMessages): TemplateResult {
  const { award } = item;
  const decision = [
    award?.decision && words.decision(award.decision),
    award?.date && words.dated(formatDate(award.date, context.locale)),
  ]
    .filter(Boolean)
    .join(' ');
  const href = safeLinkUrl(item.url, context.baseUrl);
  return html`<div class="sheet">
    <div class="bar">
      <p part="counter" class="counter" role="status">
        ${context.position} / ${context.total}<span class="visually-hidden"> ${item.name}</span>
      </p>
      <button
        part="close"
        class="close"
        type="button"
        aria-label=${words.close}
        @click=${(event: Event) => (event.currentTarget as Element).closest('dialog')!.close()}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <div class="detail">
      ${photoFrame(item.photo, item.name, context, false)}
      <div>
        <h2 id="detail-name" part="detail-name" class="detail-name">${fieldText(item.name)}</h2>
        ${item.kind ? html`<p class="kind">${words[item.kind]}</p>` : nothing}
        <dl part="facts" class="facts">
          ${fact(words.position, item.position && fieldText(item.position))}
          ${fact(words.unit, item.unit && fieldText(item.unit))}
          ${fact(words.achievement, item.achievement && fieldText(item.achievement, FIELD_LIMITS.detail))}
          ${
            award?.title || decision
              ? fact(
                  words.award,
                  html`${award?.title && fieldText(award.title)}${award?.title && decision ? html`<br />` : nothing}${decision && fieldText(decision)}`,
                )
              : nothing
          }
          ${fact(words.year, item.year)}
        </dl>
        ${href ? html`<a part="link" class="link" href=${href} rel=${relFor(href) ?? nothing}>${words.more}</a>` : nothing}
      </div>
    </div>
    ${
      context.total > 1
        ? html`<div class="nav">
            <button part="previous" type="button" @click=${() => context.step(-1)}>
              <span aria-hidden="true">‹</span> ${words.previous}
            </button>
            <button part="next" type="button" @click=${() => context.step(1)}>
              ${words.next} <span aria-hidden="true">›</span>
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

function fact(label: string, value: unknown) {
  return value === undefined || value === ''
    ? nothing
    : html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
}
