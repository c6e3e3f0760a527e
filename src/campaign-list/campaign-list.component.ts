import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SenDataElement } from '../base/sen-data-element.js';
import { DataController, type Shown } from '../data/data-controller.js';
import { emit } from '../shared/events.js';
import { filterSelect, listControlStyles, resultCount, searchField } from '../list/list-controls.js';
import { pager, pagerStyles } from '../list/pagination.js';
import { pagerMessages } from '../list/pager.messages.js';
import { IdleWork } from '../shared/idle-work.js';
import { reserve, reserveStyles } from '../styles/reserve.js';
import { tokens, widgetFrame } from '../styles/tokens.js';
import { CampaignCatalog, type FilterChoices } from './campaign-catalog.js';
import { renderCampaign } from './campaign-item.js';
import { campaignListMessages } from './campaign-list.messages.js';
import styles from './campaign-list.styles.js';
import { SORTS, type Sort } from './campaign-order.js';
import { campaignListSchema, type Campaign, type Level, type Status } from './campaign.schema.js';

/**
 * Emulation campaigns ("phong trào thi đua"), searchable the way Vietnamese people type: with or
 * without diacritics, in any Unicode form and either tone-mark placement. Filters for status, year
 * and level are built from the data; only the current page is in the DOM.
 *
 * @tagname sen-campaign-list
 * @summary Emulation campaigns with Vietnamese search, filters and pages.
 *
 * @fires sen-load - Data was fetched and rendered. `detail: { data, dropped }`.
 * @fires sen-error - The data could not be had. `detail: { error: { kind, message, status? } }`.
 * @fires sen-select - A person activated a campaign. `detail: { item }`; cancel it to stop the link's navigation.
 *
 * @csspart base - The frame around the widget.
 * @csspart heading - The heading.
 * @csspart controls - The search box and filters.
 * @csspart search - The search field's label and input.
 * @csspart filter - A filter's label and select.
 * @csspart count - The number of results (announced to screen readers).
 * @csspart list - The list of campaigns.
 * @csspart item - One campaign.
 * @csspart item-link - A campaign's title link (or button when it has no URL).
 * @csspart badge - The status badge.
 * @csspart summary - A campaign's summary.
 * @csspart meta - Period, authority, level, targets, fields and document.
 * @csspart document-link - The link to the grounding document.
 * @csspart pager - Page navigation.
 * @csspart status - The loading message.
 * @csspart error - The error message and retry button.
 * @csspart retry - The retry button.
 * @csspart stale-note - The note over a kept copy when the latest fetch failed.
 *
 * @cssprop --sen-color-link - Links.
 * @cssprop --sen-color-status-ongoing - The "Đang diễn ra" badge.
 * @cssprop --sen-color-status-upcoming - The "Sắp diễn ra" badge.
 * @cssprop --sen-color-status-ended - The "Đã kết thúc" badge.
 * @cssprop --sen-color-status-cancelled - The "Đã hủy" badge.
 * @cssprop --sen-color-accent - Heading and current page.
 * @cssprop --sen-color-text - Text colour.
 * @cssprop --sen-color-text-muted - Labels and secondary text.
 * @cssprop --sen-color-surface - Background.
 * @cssprop --sen-color-border - Borders and separators.
 * @cssprop --sen-color-focus - Focus ring.
 * @cssprop --sen-font-family - Font; inherits the page's font by default.
 * @cssprop --sen-radius - Corner radius.
 * @cssprop --sen-space - Inner spacing.
 */
export class SenCampaignList extends SenDataElement<Campaign[]> {
  static override styles = [tokens, widgetFrame, listControlStyles, pagerStyles, styles, reserveStyles];

  /** Campaigns per page (default 10). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** `newest` (default), `ending-soon` or `title`. */
  @property({ reflect: true }) sort: 'newest' | 'ending-soon' | 'title' = 'newest'; // written out (not `Sort`) for the editors' tag data

  /** Preset status filter: `upcoming`, `ongoing`, `ended` or `cancelled`; the visitor can change it. */
  @property() status?: 'upcoming' | 'ongoing' | 'ended' | 'cancelled' | '';

  /** Preset level filter: `national`, `provincial` or `local`. */
  @property() level?: 'national' | 'provincial' | 'local' | '';

  /** Preset year filter: campaigns running in that year. */
  @property({ type: Number }) year?: number | null;

  /** `full` (default) for a page, or `compact` for a sidebar (title, badge and period; search only). */
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';

  @state() private query = '';
  @state() private page = 1;
  /** What is worked out from the data on screen (order, statuses, search index), made when it changes. */
  private catalog?: CampaignCatalog;
  private readonly idleWork = new IdleWork(this);

  protected readonly dataController = new DataController<Campaign[]>(this, {
    tag: 'sen-campaign-list',
    schema: campaignListSchema,
    isEmpty: (campaigns) => campaigns.length === 0,
    onShow: (shown) => this.catalogFor(shown?.data),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new search or filter starts again from the first page.
    if (
      changed.has('status') ||
      changed.has('level') ||
      changed.has('year') ||
      changed.has('sort') ||
      changed.has('pageSize')
    ) {
      this.page = 1;
    }
    if (changed.has('sort')) this.prepareWhenIdle(); // the new order, for the pages and searches to come
  }

  protected defaultHeading(): string {
    return campaignListMessages[this.i18n.lang].heading;
  }

  protected override renderEmpty() {
    return html`<p class="status">${campaignListMessages[this.i18n.lang].empty}</p>`;
  }

  protected override renderReserve() {
    const compact = this.layout === 'compact';
    return reserve([
      ['reserve-controls', 1],
      [compact ? 'reserve-item-compact' : 'reserve-item', this.pageLength],
      ['reserve-pager', 1],
    ]);
  }

  protected renderData(shown: Shown<Campaign[]>) {
    const words = campaignListMessages[this.i18n.lang];
    const locale = this.i18n.messages.locale;
    const catalog = this.catalog!;
    const sort = this.validSort;
    const found = catalog.find({ text: this.query, sort, status: this.status, level: this.level, year: this.year });

    const size = this.pageLength;
    const pages = Math.max(1, Math.ceil(found.count / size));
    const page = Math.min(this.page, pages);
    const visible = found.page(page, size);
    const compact = this.layout === 'compact';
    const titleLevel = Math.min(6, this.headingLevel + 1);

    return html`
      <div part="controls" class="controls">
        ${searchField({
          label: words.search,
          value: this.query,
          placeholder: words.searchHint,
          onInput: (value) => {
            this.query = value;
            this.page = 1;
          },
        })}
        ${compact ? '' : this.renderFilters(catalog.choices, sort, words)}
      </div>
      ${resultCount(words.count(found.count, locale))}
      <ul part="list" class="items" tabindex="-1">
        ${visible.map((campaign) =>
          renderCampaign(campaign, {
            words,
            locale,
            baseUrl: shown.baseUrl,
            titleLevel,
            compact,
            status: catalog.status(campaign),
            onActivate: (item, event) => this.activate(item, event),
          }),
        )}
      </ul>
      ${pager(page, pages, pagerMessages[this.i18n.lang], (next) => this.goToPage(next))}
    `;
  }

  private renderFilters(choices: FilterChoices, sort: Sort, words: (typeof campaignListMessages)['vi']) {
    return html`
      ${filterSelect({
        label: words.sort,
        value: sort,
        choices: SORTS.map((value) => ({ value, label: words.sorts[value] })),
        onChange: (value) => (this.sort = value as Sort),
      })}
      ${filterSelect({
        label: words.status,
        value: this.status ?? '',
        allLabel: words.all,
        choices: choices.statuses.map((value) => ({ value, label: words.statuses[value] })),
        onChange: (value) => (this.status = value as Status | ''),
      })}
      ${filterSelect({
        label: words.year,
        value: this.year ? String(this.year) : '',
        allLabel: words.all,
        choices: choices.years.map((value) => ({ value: String(value), label: String(value) })),
        onChange: (value) => (this.year = value ? Number(value) : null),
      })}
      ${filterSelect({
        label: words.level,
        value: this.level ?? '',
        allLabel: words.all,
        choices: choices.levels.map((value) => ({ value, label: words.levels[value] })),
        onChange: (value) => (this.level = value as Level | ''),
      })}
    `;
  }

  /** A catalog for new data; its search index and order are made after the first page, in idle time. */
  private catalogFor(campaigns: Campaign[] | undefined): void {
    if (campaigns === this.catalog?.campaigns) return; // the same data, marked stale or not
    this.catalog = campaigns && new CampaignCatalog(campaigns);
    this.prepareWhenIdle();
  }

  private prepareWhenIdle(): void {
    const catalog = this.catalog;
    this.idleWork.start(catalog && ((hasTime) => catalog.prepareSome(hasTime, this.validSort)));
  }

  /** `page-size`, or the default when it is not a number ≥ 1. */
  private get pageLength(): number {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  /** The `sort` attribute, or the default when it names no order. */
  private get validSort(): Sort {
    return SORTS.includes(this.sort) ? this.sort : 'newest';
  }

  private activate(campaign: Campaign, event: Event): void {
    const proceed = emit(this, 'sen-select', { item: campaign }, true);
    if (!proceed) event.preventDefault();
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    // Keyboard and screen-reader users continue from the top of the new page.
    this.renderRoot.querySelector<HTMLElement>('.items')?.focus();
  }
}
