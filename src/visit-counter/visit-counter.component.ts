import { html, type PropertyDeclarations } from 'lit';
import { SenDataElement } from '../base/sen-data-element.js';
import { DataController, type Shown } from '../data/data-controller.js';
import { LoadError } from '../data/load-error.js';
import { requestShared, untilAborted } from '../data/shared-request.js';
import { formatNumber } from '../i18n/format.js';
import type { Messages } from '../i18n/vi.js';
import { tokens, widgetFrame } from '../styles/tokens.js';
import { countVisitOnce, lastHitAnswer } from './session-hit.js';
import { visitCounterMessages } from './visit-counter.messages.js';
import styles from './visit-counter.styles.js';
import { FIGURES, visitStatsSchema, type VisitStats } from './visit-stats.schema.js';

/**
 * Visit statistics ("Thống kê truy cập"): total, today, yesterday, this month and online now,
 * refreshed every 60 s by default, announced politely to screen readers when they change.
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
  static override styles = [tokens, widgetFrame, styles];

  // Reactive properties (Lit's own form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    hit: {},
    layout: { reflect: true },
    refresh: { type: Number },
  };

  /** URL to POST to once per browser session to count the visit; a JSON answer is shown as the data. */
  hit?: string | null;

  /** `stacked` (default) for a sidebar, or `inline` for a footer line. */
  layout: 'stacked' | 'inline' = 'stacked';

  /** Seconds between re-fetches; 60 when absent, `0` fetches once. */
  override refresh: number | null = 60;

  protected readonly dataController = new DataController<VisitStats>(this, {
    tag: 'sen-visit-counter',
    schema: visitStatsSchema,
    isEmpty: () => false, // a document with no figure is a schema error, never "empty"
    sourceUrl: () => this.src || this.hit,
    fetch: (url, fresh, signal) => this.fetchStats(url, fresh, signal),
  });

  protected defaultHeading(): string {
    return visitCounterMessages[this.i18n.lang].heading;
  }

  protected renderData({ data }: Shown<VisitStats>, messages: Messages) {
    const labels = visitCounterMessages[this.i18n.lang];
    return html`
      <dl part="figures" class="figures" aria-live="polite">
        ${FIGURES.filter((key) => data[key] !== undefined).map(
          (key) => html`
            <div part="figure" class="figure" data-figure=${key}>
              <dt part="label">${labels[key]}</dt>
              <dd part="value">${formatNumber(data[key]!, messages.locale)}</dd>
            </div>
          `,
        )}
      </dl>
    `;
  }

  /** The first load of a session with `hit` shows the POST's answer; every other load GETs `src`. */
  private async fetchStats(url: string, fresh: boolean, signal: AbortSignal) {
    if (this.hit) {
      let failure: unknown;
      const answer = await untilAborted(countVisitOnce(this.hit), signal).catch((error: unknown) => {
        if (signal.aborted) throw error;
        failure = error;
        return null;
      });
      if (answer?.text.trim()) return answer;
      if (!this.src) {
        const kept = lastHitAnswer(this.hit);
        if (kept?.text.trim()) return kept;
        throw failure ?? new LoadError('parse', `${this.hit} answered without statistics; set src as well`);
      }
      if (failure) console.warn(`sen-visit-counter: the visit could not be counted at ${this.hit}`);
    }
    return requestShared(url, { maxAge: fresh ? 0 : Infinity, signal });
  }
}
