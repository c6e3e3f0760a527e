import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SenDataElement } from '../base/sen-data-element.js';
import { DataController, type Shown } from '../data/data-controller.js';
import { formatNumber } from '../i18n/format.js';
import type { Messages } from '../i18n/vi.js';
import { filterSelect, listControlStyles, resultCount, searchField } from '../list/list-controls.js';
import { pager, pagerStyles } from '../list/pagination.js';
import { pagerMessages } from '../list/pager.messages.js';
import { emit } from '../shared/events.js';
import { IdleWork } from '../shared/idle-work.js';
import { reserve, reserveStyles } from '../styles/reserve.js';
import { tokens, widgetFrame } from '../styles/tokens.js';
import { idFromHash, writeHash } from './deep-link.js';
import { ExemplarCatalog } from './exemplar-catalog.js';
import { exemplarsSchema, type Exemplar } from './exemplar.schema.js';
import { detailDialog } from './exemplar-dialog.js';
import { galleryMessages } from './exemplar-gallery.messages.js';
import styles from './exemplar-gallery.styles.js';
import { photoFrame, type PhotoContext } from './photo.js';
import { swipeTracker } from './swipe.js';
import { fieldText } from '../shared/field-text.js';
import { FIELD_LIMITS } from '../text/truncate.js';

/**
 * Exemplary people and collectives ("gương điển hình tiên tiến, người tốt việc tốt"): a grid of
 * portrait cards with filters for kind and year and a Vietnamese search, and a detail dialog.
 *
 * Activating a card (click, Enter, Space) fires `sen-select`; unless it is cancelled, the detail
 * dialog opens: Escape or the close button closes it and focus goes back to the card; the arrow
 * keys, the previous/next buttons and a sideways swipe step through every card of the results,
 * across pages (wrapping around; the page follows). Only the fields of the contract are ever shown
 * or sent in an event. Cards come in pages of `page-size`.
 *
 * A missing, unsafe or broken photo shows the initials of the last two words of the name
 * (`Nguyễn Văn An` → `VA`).
 *
 * @tagname sen-exemplar-gallery
 * @summary Portraits of exemplary people and collectives, searchable, with a detail view.
 *
 * @fires sen-load - Data was fetched and rendered. `detail: { data, dropped }`; `data` is the list of exemplars.
 * @fires sen-error - The data could not be had. `detail: { error: { kind, message, status? } }`.
 * @fires sen-select - A card was activated. `detail: { item }`; cancelable: `preventDefault()` keeps the dialog closed.
 *
 * @csspart base - The frame around the widget.
 * @csspart heading - The heading.
 * @csspart controls - The search box and filters.
 * @csspart search - The search field and its label.
 * @csspart filter - A filter (kind, year) and its label.
 * @csspart count - The number of exemplars listed.
 * @csspart grid - The list of cards.
 * @csspart card - One card.
 * @csspart photo - A photo's frame (card and dialog).
 * @csspart placeholder - The initials shown instead of a missing or broken photo.
 * @csspart open - The name on a card: the button that opens the dialog.
 * @csspart position - A card's position line.
 * @csspart unit - A card's unit line.
 * @csspart achievement - A card's achievement, one line.
 * @csspart award - A card's award and year.
 * @csspart no-results - The line shown when the search and filters match nothing.
 * @csspart pager - Page navigation.
 * @csspart empty - The message shown when there are no exemplars.
 * @csspart dialog - The detail dialog.
 * @csspart counter - The place in the list in the dialog ("3 / 12").
 * @csspart close - The dialog's close button.
 * @csspart detail-name - The name in the dialog.
 * @csspart facts - The record's fields in the dialog.
 * @csspart link - The "read more" link in the dialog.
 * @csspart previous - The dialog's previous button.
 * @csspart next - The dialog's next button.
 * @csspart status - The loading message.
 * @csspart error - The error message and retry button.
 * @csspart retry - The retry button.
 * @csspart stale-note - The note shown over a kept copy when the latest fetch failed.
 *
 * @cssprop --sen-font-family - Font; inherits the page's font by default.
 * @cssprop --sen-color-text - Text colour.
 * @cssprop --sen-color-text-muted - Secondary text and the placeholder's initials.
 * @cssprop --sen-color-surface - Background.
 * @cssprop --sen-color-surface-alt - Photo frame and placeholder background.
 * @cssprop --sen-color-accent - Heading, award and button colour.
 * @cssprop --sen-color-link - The "read more" link in the dialog.
 * @cssprop --sen-color-on-accent - Text on the accent colour.
 * @cssprop --sen-color-border - Borders.
 * @cssprop --sen-color-focus - Focus ring.
 * @cssprop --sen-color-warning-surface - Background of the stale note.
 * @cssprop --sen-color-warning-text - Text of the stale note.
 * @cssprop --sen-radius - Corner radius.
 * @cssprop --sen-space - Inner spacing and the gap between cards.
 * @cssprop --sen-exemplar-gallery-card-width - Narrowest a card gets before the grid has one column fewer (default 11em).
 * @cssprop --sen-exemplar-gallery-photo-ratio - Shape of the photo frames (default 3 / 4, a portrait).
 */
export class SenExemplarGallery extends SenDataElement<Exemplar[]> {
  static override styles = [tokens, widgetFrame, listControlStyles, pagerStyles, reserveStyles, styles];

  /**
   * Keeps the open record in the URL hash as `#exemplar-<id>` (replaced, so no history entry and
   * no scroll), and opens the record a page's hash names once the data is ready. One per page.
   */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** Cards per page (default 12). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 12;

  @state() private query = '';
  @state() private kind = '';
  @state() private year = '';
  @state() private page = 1;

  protected readonly dataController = new DataController<Exemplar[]>(this, {
    tag: 'sen-exemplar-gallery',
    schema: exemplarsSchema,
    isEmpty: (exemplars) => exemplars.length === 0,
    onShow: (shown) => this.catalogFor(shown?.data),
  });

  /** The record in the dialog, and the card that opened it (none when a hash did). */
  private openId?: string;
  private openerId?: string;
  /** Filters' choices and the search index for the data on screen, made when it changes. */
  private catalog?: ExemplarCatalog;
  private readonly idleWork = new IdleWork(this);
  private readonly broken = new Set<string>();
  private hashRead = false;
  /** The page's own hash before a record was opened, given back on closing. */
  private hashBefore = '';
  private readonly swipe = swipeTracker((by) => this.step(by));

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.hashChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.hashChanged);
  }

  /** Every card of the results, all pages, in order: the dialog steps through these. */
  private get results(): Exemplar[] {
    return this.catalog?.find(this.query, this.kind, this.year) ?? [];
  }

  private get pageLength(): number {
    return Math.max(1, Math.floor(this.pageSize) || 12);
  }

  protected defaultHeading(): string {
    return galleryMessages[this.i18n.lang].heading;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pageSize')) this.page = 1;
    if (this.deepLink && !this.hashRead && this.state === 'ready') {
      this.hashRead = true;
      this.openFromHash();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The dialog has content exactly when the open record is among the cards listed.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.firstElementChild) {
      if (!dialog.open && this.isConnected) {
        dialog.showModal();
        dialog.querySelector<HTMLElement>('.close')!.focus();
      }
    } else if (dialog?.open)
      dialog.close(); // the record is gone: closing returns focus as usual
    else this.openId = undefined; // nothing listed stays "open" to reappear later
  }

  /** Room for the controls and a page of cards in the grid: each a photo frame and its lines. */
  protected override renderReserve() {
    const card = html`<li class="card">
      <div class="photo"></div>
      <div class="reserve-lines"></div>
    </li>`;
    return html`${reserve([['reserve-controls', 1]])}
      <ul class="reserve grid" aria-hidden="true">
        ${Array.from({ length: this.pageLength }, () => card)}
      </ul>`;
  }

  protected override renderEmpty() {
    return html`<p part="empty" class="none">${galleryMessages[this.i18n.lang].empty}</p>`;
  }

  protected renderData({ baseUrl }: Shown<Exemplar[]>, messages: Messages) {
    const words = galleryMessages[this.i18n.lang];
    const catalog = this.catalog!;
    const { results, pageLength } = this;
    const pages = Math.max(1, Math.ceil(results.length / pageLength));
    const page = Math.min(this.page, pages);
    const visible = results.slice((page - 1) * pageLength, page * pageLength);
    const at = results.findIndex((e) => e.id === this.openId);
    const photos: PhotoContext = { baseUrl, broken: this.broken, onError: this.photoFailed };
    return html`
      <div part="controls" class="controls">
        ${searchField({ label: words.search, value: this.query, placeholder: words.searchHint, onInput: (value) => this.filter({ query: value }) })}
        ${
          catalog.kinds.length > 1
            ? filterSelect({
                label: words.kind,
                value: catalog.kindFilter(this.kind),
                allLabel: words.allKinds,
                choices: catalog.kinds.map((value) => ({ value, label: words[value] })),
                onChange: (value) => this.filter({ kind: value }),
              })
            : nothing
        }
        ${
          catalog.years.length > 1
            ? filterSelect({
                label: words.year,
                value: catalog.yearFilter(this.year),
                allLabel: words.allYears,
                choices: catalog.years.map((value) => ({ value, label: value })),
                onChange: (value) => this.filter({ year: value }),
              })
            : nothing
        }
      </div>
      ${resultCount(words.count(formatNumber(results.length, messages.locale)))}
      ${
        results.length
          ? html`<ul part="grid" class="grid" tabindex="-1">
              ${visible.map((exemplar) => this.renderCard(exemplar, photos))}
            </ul>`
          : html`<p part="no-results" class="none">${words.noResults}</p>`
      }
      ${pager(page, pages, pagerMessages[this.i18n.lang], (next) => this.goToPage(next))}
      ${detailDialog(results[at], {
        ...photos,
        words,
        locale: messages.locale,
        position: at + 1,
        total: results.length,
        step: (by) => this.step(by),
        closed: this.dialogClosed,
        swipe: this.swipe,
      })}
    `;
  }

  private renderCard(exemplar: Exemplar, photos: PhotoContext) {
    const award = exemplar.award?.title;
    return html`<li part="card" class="card">
      ${photoFrame(exemplar.photo, exemplar.name, photos)}
      <div class="name" role="heading" aria-level=${this.headingLevel + 1}>
        <button
          part="open"
          class="open"
          type="button"
          aria-haspopup="dialog"
          data-id=${exemplar.id}
          @click=${() => this.activate(exemplar)}
        >
          ${fieldText(exemplar.name)}
        </button>
      </div>
      ${exemplar.position ? html`<p part="position" class="line">${fieldText(exemplar.position)}</p>` : nothing}
      ${exemplar.unit ? html`<p part="unit" class="line">${fieldText(exemplar.unit)}</p>` : nothing}
      ${exemplar.achievement ? html`<p part="achievement" class="line achievement">${fieldText(exemplar.achievement, FIELD_LIMITS.paragraph)}</p>` : nothing}
      ${
        award || exemplar.year
          ? html`<p part="award" class="line award">
              ${award ? fieldText(award) : nothing}${award && exemplar.year ? ' · ' : nothing}${exemplar.year ?? nothing}
            </p>`
          : nothing
      }
    </li>`;
  }

  /** A card was activated: `sen-select` first; unless cancelled, the dialog. */
  private activate(exemplar: Exemplar): void {
    if (!emit(this, 'sen-select', { item: exemplar }, true)) return;
    this.openerId = exemplar.id;
    this.show(exemplar);
  }

  /** Opens `exemplar` in the dialog; the grid turns to the page that has its card. */
  private show(exemplar: Exemplar): void {
    if (this.openId === undefined) this.hashBefore = idFromHash() === undefined ? location.hash : '';
    this.openId = exemplar.id;
    const at = this.results.indexOf(exemplar);
    if (at >= 0) this.page = Math.floor(at / this.pageLength) + 1;
    if (this.deepLink) writeHash(this.openId);
    this.requestUpdate();
  }

  private step(by: 1 | -1): void {
    const { results } = this;
    const at = results.findIndex((e) => e.id === this.openId);
    if (at >= 0 && results.length > 1) this.show(results[(at + by + results.length) % results.length]);
  }

  private readonly dialogClosed = (): void => {
    const closing = this.openId;
    if (closing === undefined) return;
    this.openId = undefined;
    if (this.deepLink) writeHash(undefined, closing, this.hashBefore);
    this.requestUpdate();
    (this.cardButton(this.openerId) ?? this.cardButton(closing))?.focus();
    this.openerId = undefined;
  };

  private cardButton(id: string | undefined): HTMLElement | null {
    return id === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`.open[data-id="${CSS.escape(id)}"]`);
  }

  /** Opens the record the hash names, clearing the search and filters if they hide it. */
  private openFromHash(): void {
    const id = idFromHash();
    const exemplar = this.dataController.shown?.data.find((e) => e.id === id);
    if (!exemplar || id === this.openId) return;
    if (!this.results.includes(exemplar)) this.query = this.kind = this.year = '';
    this.openerId = undefined;
    this.show(exemplar);
  }

  /** A new search or filter starts again from the first page. */
  private filter({ query = this.query, kind = this.kind, year = this.year }): void {
    this.query = query;
    this.kind = kind;
    this.year = year;
    this.page = 1;
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    // Keyboard and screen-reader users continue from the top of the new page.
    this.renderRoot.querySelector<HTMLElement>('.grid')?.focus();
  }

  /** A catalog for new data; its search text is prepared after the first page, in idle time. */
  private catalogFor(exemplars: Exemplar[] | undefined): void {
    if (exemplars === this.catalog?.exemplars) return; // the same data, marked stale or not
    const index = (this.catalog = exemplars && new ExemplarCatalog(exemplars))?.index;
    this.idleWork.start(index && ((hasTime) => index.prepareSome(hasTime)));
  }

  private readonly hashChanged = (): void => {
    if (this.deepLink && this.state === 'ready') this.openFromHash();
  };

  private readonly photoFailed = (src: string): void => {
    this.broken.add(src);
    this.requestUpdate();
  };
}
