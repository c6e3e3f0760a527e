import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataController, DataState, DataView, Shown } from '../data/data-controller.js';
import type { LoadError } from '../data/load-error.js';
import { formatDateTime } from '../i18n/format.js';
import { LangController } from '../i18n/lang.js';
import type { Messages } from '../i18n/vi.js';
import { VERSION } from '../shared/version.js';
import { fieldText } from '../shared/field-text.js';

/**
 * The attributes every data widget has (contract: "Attributes and properties every data widget
 * has") and the frame around its content: heading, loading, error with retry, stale note.
 * All data work is in DataController; a widget supplies its controller and `renderData`.
 */
export abstract class SenDataElement<T> extends LitElement {
  static readonly version = VERSION;

  /** URL of the JSON endpoint; relative URLs resolve against the page. */
  @property() src?: string | null;

  /** The data object itself; when set, nothing is fetched. Assign a new object to update. */
  @property({ attribute: false }) data?: unknown;

  /** Seconds between re-fetches; absent or `0`: fetch once (the visit counter defaults to 60). */
  @property({ type: Number }) refresh?: number | null;

  /** `eager` (default) or `lazy`: with `lazy`, nothing is fetched until the element nears the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Replaces the default heading; `heading=""` shows none. */
  @property() heading?: string | null;

  /** The heading's level for assistive technology (2 by default), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Language of the widget (`vi` or `en`); without it, the nearest ancestor's `lang`, else Vietnamese. */
  @property({ reflect: true }) override lang!: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  protected readonly i18n = new LangController(this);
  protected abstract readonly dataController: DataController<T>;

  /** `loading`, `ready`, `empty` or `error`; reflected as the `state` attribute. Read-only. */
  get state(): DataState {
    return this.dataController.view.state;
  }

  /** True while the data shown is a kept copy because the latest fetch failed; reflected as `stale`. */
  get stale(): boolean {
    const view = this.dataController.view;
    return 'shown' in view && view.shown.stale;
  }

  /** Fetches again now, as the retry button does. */
  reload(): void {
    this.dataController.reload();
  }

  protected abstract defaultHeading(messages: Messages): string;
  protected abstract renderData(shown: Shown<T>, messages: Messages): TemplateResult;

  /** Room kept while loading for what the data will show, from the attributes (see src/styles/reserve.ts). */
  protected renderReserve(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** What the `empty` state shows; widgets whose data can be empty override it. */
  protected renderEmpty(_messages: Messages): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override render(): TemplateResult {
    const messages = this.i18n.messages;
    const view = this.dataController.view;
    return html`
      <div part="base" class="frame" aria-busy=${view.state === 'loading' ? 'true' : 'false'}>
        ${this.renderHeading(messages)} ${this.renderBody(view, messages)}
      </div>
    `;
  }

  private renderHeading(messages: Messages) {
    const text = this.heading ?? this.defaultHeading(messages);
    if (!text) return nothing;
    const heading = fieldText(text);
    return html`<div part="heading" class="heading" role="heading" aria-level=${this.headingLevel}>${heading}</div>`;
  }

  private renderBody(view: DataView<T>, messages: Messages) {
    if (view.state === 'loading') return this.renderLoading(messages);
    if (view.state === 'error') return this.renderError(view.error, messages);
    const { shown } = view;
    const note = shown.stale
      ? html`<p part="stale-note" class="stale-note">
          ${messages.staleNote(formatDateTime(shown.savedAt ?? Date.now(), messages.locale))}
        </p>`
      : nothing;
    return html`${note}${view.state === 'empty' ? this.renderEmpty(messages) : this.renderData(shown, messages)}`;
  }

  private renderLoading(messages: Messages) {
    return html`<p part="status" class="status">${messages.loading}</p>
      ${this.renderReserve()}`;
  }

  private renderError(error: LoadError, messages: Messages) {
    const { kind } = error;
    return html`
      <div part="error" class="error">
        <p class="error-message">${messages.errors[kind]}</p>
        ${
          kind === 'config'
            ? nothing
            : html`<button part="retry" type="button" @click=${() => this.reload()}>${messages.retry}</button>`
        }
      </div>
    `;
  }
}
