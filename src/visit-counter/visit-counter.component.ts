import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SenDataElement } from '../base/sen-data-element.js';
import { DataController, type Shown } from '../data/data-controller.js';
import { parseJson, type FetchedDocument } from '../data/fetch-document.js';
import { LoadError } from '../data/load-error.js';
import { validateDocument } from '../data/schema.js';
import { requestShared, untilAborted } from '../data/shared-request.js';
import { formatLocalDateTime, formatNumber } from '../i18n/format.js';
import type { Messages } from '../i18n/vi.js';
import { reserve, reserveStyles } from '../styles/reserve.js';
import { tokens, widgetFrame } from '../styles/tokens.js';
import type { CountUp } from './count-up.js';
import { countVisitOnce, lastHitAnswer } from './session-hit.js';
import { visitCounterMessages } from './visit-counter.messages.js';
import styles from './visit-counter.styles.js';
import { FIGURES, visitStatsSchema, type Figure, type VisitStats } from './visit-stats.schema.js';

/**
 * Visit statistics ("Thống kê truy cập"): total, today, yesterday, this month and online now,
 * refreshed every 60 s by default, announced politely to screen readers when they change, with
 * when they were updated. With `hit`, the visit is counted once per browser session.
 *
 * @tagname sen-visit-counter
 * @summary Visit statistics from a JSON endpoint, live.
 *
 * @fires sen-load - Data was fetched and rendered. `detail: { data, dropped }`.
 * @fires sen-error - The data could not be had. `detail: { error: { kind, message, status? } }`.
 *
 * @csspart base - The frame around the widget.
 * @csspart heading - The heading.
 * @csspart figures - The list of figures (a `<dl>`).
 * @csspart figure - One figure: its label and value.
 * @csspart label - A figure's label.
 * @csspart value - A figure's number.
 * @csspart updated - When the figures were updated (with `updatedAt` in the data).
 * @csspart status - The loading message.
 * @csspart error - The error message and retry button.
 * @csspart retry - The retry button.
 * @csspart stale-note - The note shown over a kept copy when the latest fetch failed.
 *
 * @cssprop --sen-font-family - Font; inherits the page's font by default.
 * @cssprop --sen-color-text - Text colour.
 * @cssprop --sen-color-text-muted - Labels and secondary text.
 * @cssprop --sen-color-surface - Background.
 * @cssprop --sen-color-surface-alt - Secondary background.
 * @cssprop --sen-color-accent - Heading and button colour.
 * @cssprop --sen-color-on-accent - Text on the accent colour.
 * @cssprop --sen-color-border - Borders and separators.
 * @cssprop --sen-color-focus - Focus ring.
 * @cssprop --sen-color-warning-surface - Background of the stale note.
 * @cssprop --sen-color-warning-text - Text of the stale note.
 * @cssprop --sen-radius - Corner radius.
 * @cssprop --sen-space - Inner spacing.
 * @cssprop --sen-visit-counter-value-color - Colour of the numbers.
 */
export class SenVisitCounter extends SenDataElement<VisitStats> {
  static override styles = [tokens, widgetFrame, styles, reserveStyles];

  /** URL to POST to once per browser session to count the visit; an answer of statistics is shown. */
  @property() hit?: string | null;

  /** `stacked` (default) for a sidebar, or `inline` for a footer line. */
  @property({ reflect: true }) layout: 'stacked' | 'inline' = 'stacked';

  /** Seconds between re-fetches; 60 when absent, `0` fetches once. */
  @property({ type: Number }) override refresh: number | null = 60;

  /**
   * The `animate` attribute: changed figures count up from the previous ones (never on first paint,
   * never with reduced motion). Named apart from the attribute: `animate()` is every element's
   * Web Animations method.
   */
  @property({ type: Boolean, attribute: 'animate' }) animateFigures = false;

  /** The `animate` count-up, loaded only by counters that ask for it (see countUpFigures). */
  private countUp?: CountUp<Figure>;
  private countUpLoading = false;
  /** Whether this page's POST answer was shown: it is the freshest figure, but only once. */
  private hitShown = false;

  protected readonly dataController = new DataController<VisitStats>(this, {
    tag: 'sen-visit-counter',
    schema: visitStatsSchema,
    isEmpty: () => false, // a document with no figure is a schema error, never "empty"
    sourceUrl: () => this.src || this.hit,
    fetch: (url, fresh, signal) => this.fetchStats(url, fresh, signal),
    onShow: (shown) => shown && this.countUpFigures(shown.data),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.countVisit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hit') && this.isConnected) this.countVisit();
  }

  protected defaultHeading(): string {
    return visitCounterMessages[this.i18n.lang].heading;
  }

  protected override renderReserve() {
    return reserve([['reserve-figure', this.layout === 'inline' ? 1 : FIGURES.length]]);
  }

  protected renderData({ data }: Shown<VisitStats>, messages: Messages) {
    const words = visitCounterMessages[this.i18n.lang];
    return html`
      <dl part="figures" class="figures" aria-live="polite">
        ${FIGURES.filter((key) => data[key] !== undefined).map(
          (key) => html`
            <div part="figure" class="figure" data-figure=${key}>
              <dt part="label">${words[key]}</dt>
              <dd part="value">${this.renderValue(key, data[key]!, messages.locale)}</dd>
            </div>
          `,
        )}
      </dl>
      ${
        data.updatedAt
          ? html`<p part="updated" class="updated">
              <time datetime=${data.updatedAt}
                >${words.updatedAt(formatLocalDateTime(data.updatedAt, words.timeLocale))}</time
              >
            </p>`
          : nothing
      }
    `;
  }

  /** A figure; while it counts up, screen readers get the final number and never the frames. */
  private renderValue(key: Figure, value: number, locale: string) {
    const drawn = this.countUp?.drawn(key);
    if (drawn === undefined) return formatNumber(value, locale);
    return html`<span aria-hidden="true">${formatNumber(drawn, locale)}</span
      ><span class="visually-hidden">${formatNumber(value, locale)}</span>`;
  }

  /**
   * Hands new figures to the count-up. The count-up is opt-in, so its code is fetched only when
   * `animate` is set; the first figures are never animated, so it is there by the next change.
   */
  private countUpFigures(figures: VisitStats): void {
    if (this.countUp) return this.countUp.show(figures, this.animateFigures);
    if (!this.animateFigures || this.countUpLoading) return;
    this.countUpLoading = true;
    void import('./count-up.js').then(({ CountUp }) => {
      this.countUp = new CountUp<Figure>(this);
      this.countUp.show(this.dataController.shown?.data ?? figures, false);
    });
  }

  /** Sends the session's one POST (whatever the data source and `loading`); see session-hit.ts. */
  private countVisit(): void {
    if (this.hit) countVisitOnce(this.hit).catch(() => {});
  }

  /**
   * The figures to show: this page's POST answer the first time, when it is statistics (any other
   * 2xx just means "counted"); then `src`. Without `src`, the answer kept for the session.
   */
  private async fetchStats(url: string, fresh: boolean, signal: AbortSignal): Promise<FetchedDocument> {
    if (this.hit) {
      const counted = await untilAborted(
        countVisitOnce(this.hit).then(
          (answer) => ({ answer }),
          (failure: unknown) => ({ answer: null, failure }),
        ),
        signal,
      );
      if (counted.answer && !fresh && !this.hitShown && isStats(counted.answer)) {
        this.hitShown = true;
        return counted.answer;
      }
      if (!this.src) {
        const kept = lastHitAnswer(this.hit);
        if (kept && isStats(kept)) return kept;
        if ('failure' in counted) throw counted.failure;
        throw new LoadError('config', `${this.hit} answers without statistics; set src to show the figures`);
      }
    }
    return requestShared(url, { maxAge: fresh ? 0 : Infinity, signal });
  }
}

/** Whether an answer holds visit statistics (a `hit` endpoint may answer just `{"ok":true}`). */
function isStats(answer: FetchedDocument): boolean {
  try {
    return validateDocument(visitStatsSchema, parseJson(answer.text, answer.url)).ok;
  } catch {
    return false;
  }
}
