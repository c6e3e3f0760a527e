import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SenDataElement } from '../base/sen-data-element.js';
import { DataController, type Shown } from '../data/data-controller.js';
import { emit } from '../shared/events.js';
import { filterSelect, listControlStyles, resultCount, searchField } from '../list/list-controls.js';
import { pager, pagerStyles } from '../list/pagination.js';
import { distinctValues, indexForSearch, searchIndex, type Indexed } from '../list/search-index.js';
import { tokens, widgetFrame } from '../styles/tokens.js';
import { campaignStatus, campaignYearSpan } from './campaign-dates.js';
import { renderCampaign } from './campaign-item.js';
import { campaignListMessages } from './campaign-list.messages.js';
import styles from './campaign-list.styles.js';
import { SORTS, sortCampaigns, type Sort } from './campaign-order.js';
import { campaignListSchema, LEVELS, STATUSES, type Campaign, type Level, type Status } from './campaign.schema.js';

/** What is worked out once per data load (and sort), so a keystroke only filters strings. */
interface Prepared {
  source: Campaign[];
  sort: Sort;
  index: Indexed<Campaign>[];
  status: Map<Campaign, Status | undefined>;
  years: Map<Campaign, [number, number] | undefined>;
  /** Years offered by the year filter: those campaigns start or end in, and this year. */
  yearChoices: number[];
}

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
  static override styles = [tokens, widgetFrame, listControlStyles, pagerStyles, styles];

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
  private prepared?: Prepared;

  protected readonly dataController = new DataController<Campaign[]>(this, {
    tag: 'sen-campaign-list',
    schema: campaignListSchema,
    isEmpty: (campaigns) => campaigns.length === 0,
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
  }

  protected defaultHeading(): string {
    return campaignListMessages[this.i18n.lang].heading;
  }

  protected override renderEmpty() {
    return html`<p class="status">${campaignListMessages[this.i18n.lang].empty}</p>`;
  }

  protected renderData(shown: Shown<Campaign[]>) {
    const words = campaignListMessages[this.i18n.lang];
    const locale = this.i18n.messages.locale;
    const prepared = this.prepare(shown.data);
    const { status, level, year } = this;
    const keep = (c: Campaign) =>
      (!status || prepared.status.get(c) === status) &&
      (!level || c.level === level) &&
      (!year || isWithin(year, prepared.years.get(c)));
    const found = searchIndex(prepared.index, this.query, keep);

    const size = Math.max(1, Math.floor(this.pageSize) || 10);
    const pages = Math.max(1, Math.ceil(found.length / size));
    const page = Math.min(this.page, pages);
    const visible = found.slice((page - 1) * size, page * size);
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
        ${compact ? '' : this.renderFilters(prepared, words)}
      </div>
      ${resultCount(words.count(found.length, locale))}
      <ul part="list" class="items" tabindex="-1">
        ${visible.map((campaign) =>
          renderCampaign(campaign, {
            words,
            locale,
            baseUrl: shown.baseUrl,
            titleLevel,
            compact,
            status: prepared.status.get(campaign),
            onActivate: (item, event) => this.activate(item, event),
          }),
        )}
      </ul>
      ${pager(page, pages, words.pager, (next) => this.goToPage(next))}
    `;
  }

  private renderFilters(prepared: Prepared, words: (typeof campaignListMessages)['vi']) {
    const statuses = STATUSES.filter((s) => [...prepared.status.values()].includes(s));
    const levels = LEVELS.filter((l) => prepared.source.some((c) => c.level === l));
    return html`
      ${filterSelect({
        label: words.sort,
        value: prepared.sort,
        choices: SORTS.map((value) => ({ value, label: words.sorts[value] })),
        onChange: (value) => (this.sort = value as Sort),
      })}
      ${filterSelect({
        label: words.status,
        value: this.status ?? '',
        allLabel: words.all,
        choices: statuses.map((value) => ({ value, label: words.statuses[value] })),
        onChange: (value) => (this.status = value as Status | ''),
      })}
      ${filterSelect({
        label: words.year,
        value: this.year ? String(this.year) : '',
        allLabel: words.all,
        choices: prepared.yearChoices.map((value) => ({ value: String(value), label: String(value) })),
        onChange: (value) => (this.year = value ? Number(value) : null),
      })}
      ${filterSelect({
        label: words.level,
        value: this.level ?? '',
        allLabel: words.all,
        choices: levels.map((value) => ({ value, label: words.levels[value] })),
        onChange: (value) => (this.level = value as Level | ''),
      })}
    `;
  }

  /** Sorting, statuses, years and search text, once per data load or sort change. */
  private prepare(campaigns: Campaign[]): Prepared {
    const sort = SORTS.includes(this.sort) ? this.sort : 'newest';
    if (this.prepared?.source === campaigns && this.prepared.sort === sort) return this.prepared;
    const now = new Date();
    const sorted = sortCampaigns(campaigns, sort, now);
    this.prepared = {
      source: campaigns,
      sort,
      index: indexForSearch(sorted, (c) => [
        c.title,
        c.summary,
        c.launchedBy,
        c.document?.number,
        'text' in (c.document ?? {}) ? (c.document as { text: string }).text : undefined,
        ...(c.fields ?? []),
      ]),
      status: new Map(campaigns.map((c) => [c, campaignStatus(c, now)])),
      years: new Map(campaigns.map((c) => [c, campaignYearSpan(c, now)])),
      yearChoices: [],
    };
    const spans = [...this.prepared.years.values()].filter((span) => span !== undefined);
    const thisYear = now.getFullYear();
    const edges = spans.flat().concat(spans.some((span) => isWithin(thisYear, span)) ? [thisYear] : []);
    this.prepared.yearChoices = distinctValues(edges, (y) => y);
    return this.prepared;
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

function isWithin(year: number, span: [number, number] | undefined): boolean {
  return span !== undefined && span[0] <= year && year <= span[1];
}
