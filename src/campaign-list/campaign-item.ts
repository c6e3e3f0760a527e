import { html, nothing, type TemplateResult } from 'lit';
import { relFor, safeLinkUrl } from '../data/safe-url.js';
import { formatDate } from '../i18n/format.js';
import { documentParts, type DocumentParts } from './campaign-document.js';
import type { Campaign, Status } from './campaign.schema.js';
import type { CampaignListWords } from './campaign-list.messages.js';
import { fieldText } from '../shared/field-text.js';
import { FIELD_LIMITS } from '../text/truncate.js';

export interface ItemContext {
  words: CampaignListWords;
  locale: string;
  /** Relative links in the data resolve against the JSON document's URL. */
  baseUrl: string;
  titleLevel: number;
  compact: boolean;
  status: Status | undefined;
  onActivate: (campaign: Campaign, event: Event) => void;
}

/** One campaign: title (a link when it has a safe URL), status badge, period, and in full layout the rest. */
export function renderCampaign(campaign: Campaign, context: ItemContext): TemplateResult {
  const { words, compact, status } = context;
  const href = safeLinkUrl(campaign.url, context.baseUrl);
  const activate = (event: Event) => context.onActivate(campaign, event);
  const title = href
    ? html`<a part="item-link" href=${href} rel=${relFor(href) ?? nothing} @click=${activate}
        >${fieldText(campaign.title)}</a
      >`
    : html`<button part="item-link" type="button" class="title-button" @click=${activate}>
        ${fieldText(campaign.title)}
      </button>`;
  const period = formatPeriod(campaign, context);
  const document = documentParts(campaign);

  return html`
    <li part="item" class="item">
      <div class="item-head">
        <div class="item-title" role="heading" aria-level=${context.titleLevel}>${title}</div>
        ${status ? html`<span part="badge" class="badge badge--${status}">${words.statuses[status]}</span>` : nothing}
      </div>
      ${
        compact
          ? period && html`<p class="item-period">${period}</p>`
          : html`
              ${campaign.summary ? html`<p part="summary" class="summary">${fieldText(campaign.summary, FIELD_LIMITS.paragraph)}</p>` : nothing}
              <dl part="meta" class="meta">
                ${row(words.period, period)}
                ${row(words.launchedBy, campaign.launchedBy && fieldText(campaign.launchedBy))}
                ${row(words.level, campaign.level && words.levels[campaign.level])}
                ${row(words.targetLabel, campaign.targets?.map((t) => words.targets[t]).join(', '))}
                ${row(words.fields, campaign.fields && fieldText(campaign.fields.join(', ')))}
                ${document ? row(words.documentLabel, renderDocument(document, context)) : nothing}
              </dl>
            `
      }
    </li>
  `;
}

function row(label: string, value: unknown) {
  if (value === undefined || value === '' || value === null) return nothing;
  return html`<div class="meta-row">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

function formatPeriod(campaign: Campaign, { words, locale }: ItemContext): string | undefined {
  const start = campaign.startDate && formatDate(campaign.startDate, locale);
  const end = campaign.endDate && formatDate(campaign.endDate, locale);
  if (start && end) return `${start} – ${end}`;
  if (start) return words.from(start);
  if (end) return words.until(end);
  return undefined;
}

/** "Kế hoạch số 16/KH-UBND ngày 10/01/2023", linked when the document has a safe URL. */
function renderDocument(document: DocumentParts, context: ItemContext): unknown {
  const { words, locale } = context;
  const date = document.date && formatDate(document.date, locale);
  // Each part from the data in its own isolate: bidi marks in a number cannot move the date after it.
  const shown = document.number
    ? words.documentCitation(fieldText(document.type ?? words.documentType), fieldText(document.number), date)
    : fieldText(document.text ?? document.title ?? '');
  const href = safeLinkUrl(document.url, context.baseUrl);
  return href ? html`<a part="document-link" href=${href} rel=${relFor(href) ?? nothing}>${shown}</a>` : shown;
}
