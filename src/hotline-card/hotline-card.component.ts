import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SenDataElement } from '../base/sen-data-element.js';
import { DataController, type Shown } from '../data/data-controller.js';
import { relFor, safeLinkUrl } from '../data/safe-url.js';
import { reserve, reserveStyles } from '../styles/reserve.js';
import { tokens, widgetFrame } from '../styles/tokens.js';
import { parsePhone, zaloLink, type Phone } from '../text/phone.js';
import { copyText, selectText } from './clipboard.js';
import { downloadFile } from './download.js';
import { hotlineCardMessages } from './hotline-card.messages.js';
import { hasNoContacts, hotlineSchema, type HotlineContact, type HotlineDirectory } from './hotline-card.schema.js';
import styles from './hotline-card.styles.js';
import { buildVCard, isEmailAddress, vcardFileName } from './vcard.js';
import { fieldText } from '../shared/field-text.js';

type Words = (typeof hotlineCardMessages)['vi'];

/** How long the "copied" state stays on a button. */
const COPIED_FOR_MS = 4000;

/**
 * Contacts and hotlines ("Đường dây nóng"): groups of people and offices with their positions,
 * hours, phone numbers, e-mail and Zalo. Every number is shown as written and dials in one tap
 * (`tel:` in E.164); each has a copy button, and each contact can be saved as a vCard.
 *
 * @tagname sen-hotline-card
 * @summary Hotline and contact card: call, copy or save each contact.
 *
 * @fires sen-load - Data was fetched and rendered. `detail: { data, dropped }`.
 * @fires sen-error - The data could not be had. `detail: { error: { kind, message, status? } }`.
 *
 * @csspart base - The frame around the widget.
 * @csspart heading - The heading (the document's `title`, else "Đường dây nóng").
 * @csspart group - One group of contacts.
 * @csspart group-title - A group's heading.
 * @csspart contact - One contact.
 * @csspart name - A contact's name.
 * @csspart position - A contact's position.
 * @csspart unit - A contact's unit.
 * @csspart hours - When to call.
 * @csspart phone - One number: its call link and copy button.
 * @csspart call - The link that dials a number.
 * @csspart copy - The button that copies a number.
 * @csspart email - The e-mail line.
 * @csspart zalo - The Zalo link.
 * @csspart vcard - The button that saves the contact as a vCard.
 * @csspart empty - The message shown when there is no contact.
 * @csspart status - The loading message.
 * @csspart error - The error message and retry button.
 * @csspart retry - The retry button.
 * @csspart stale-note - The note shown over a kept copy when the latest fetch failed.
 *
 * @cssprop --sen-font-family - Font; inherits the page's font by default.
 * @cssprop --sen-color-text - Text colour.
 * @cssprop --sen-color-text-muted - Positions, units, hours.
 * @cssprop --sen-color-surface - Background.
 * @cssprop --sen-color-surface-alt - Secondary background.
 * @cssprop --sen-color-accent - Heading and buttons.
 * @cssprop --sen-color-link - Call, e-mail and Zalo links.
 * @cssprop --sen-color-on-accent - Text on the accent colour.
 * @cssprop --sen-color-border - Borders and separators.
 * @cssprop --sen-color-focus - Focus ring.
 * @cssprop --sen-color-warning-surface - Background of the stale note and the "not copied" note.
 * @cssprop --sen-color-warning-text - Text of the stale note and the "not copied" note.
 * @cssprop --sen-radius - Corner radius.
 * @cssprop --sen-space - Inner spacing.
 * @cssprop --sen-hotline-card-column-width - Narrowest column of `layout="wide"` (default 16em).
 */
export class SenHotlineCard extends SenDataElement<HotlineDirectory> {
  static override styles = [tokens, widgetFrame, styles, reserveStyles];

  /** `narrow` (default) for a sidebar, or `wide` for a page: contacts in a grid. */
  @property({ reflect: true }) layout: 'narrow' | 'wide' = 'narrow';

  /** The number whose copy button shows its outcome (`group.contact.phone` indexes). */
  @state() private copied?: { key: string; ok: boolean };

  /** What the live region says: "Đã sao chép số …". */
  @state() private announcement = '';

  private copiedTimer?: ReturnType<typeof setTimeout>;

  protected readonly dataController = new DataController<HotlineDirectory>(this, {
    tag: 'sen-hotline-card',
    schema: hotlineSchema,
    isEmpty: hasNoContacts,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  protected defaultHeading(): string {
    return this.dataController.shown?.data.title?.trim() || this.words.heading;
  }

  /** Nothing says how many contacts will come: room for two, a typical card. */
  protected override renderReserve() {
    return reserve([['reserve-contact', 2]]);
  }

  protected override renderEmpty() {
    return html`<p part="empty" class="empty">${this.words.empty}</p>`;
  }

  protected renderData({ data, baseUrl }: Shown<HotlineDirectory>) {
    const words = this.words;
    const level = Math.min(6, this.headingLevel + 1);
    return html`
      ${data.groups.map((group, g) =>
        group.contacts.length
          ? html`
              <section part="group" class="group">
                ${
                  group.title
                    ? html`<div part="group-title" class="group-title" role="heading" aria-level=${level}>
                        ${fieldText(group.title)}
                      </div>`
                    : nothing
                }
                <ul class="contacts" role="list">
                  ${group.contacts.map((contact, c) => this.renderContact(contact, `${g}.${c}`, baseUrl, words))}
                </ul>
              </section>
            `
          : nothing,
      )}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private renderContact(contact: HotlineContact, key: string, baseUrl: string, words: Words) {
    const { email, zalo } = contact;
    const mailto = email && isEmailAddress(email) ? safeLinkUrl('mailto:' + email.trim(), baseUrl) : null;
    const zaloUrl = zalo ? safeLinkUrl(zaloLink(zalo), baseUrl) : null;
    return html`
      <li part="contact" class="contact">
        <p part="name" class="name">${fieldText(contact.name)}</p>
        ${line('position', contact.position)} ${line('unit', contact.unit)} ${line('hours', contact.hours, words.hours)}
        ${
          contact.phones?.length
            ? html`<ul class="phones" role="list">
                ${contact.phones.map((written, p) => this.renderPhone(parsePhone(written), `${key}.${p}`, words))}
              </ul>`
            : nothing
        }
        ${
          email
            ? html`<p part="email">
                <span class="label">Email:</span>
                ${mailto ? html`<a class="target" href=${mailto}>${fieldText(email)}</a>` : fieldText(email)}
              </p>`
            : nothing
        }
        <p class="actions">
          ${
            zaloUrl
              ? html`<a
                  part="zalo"
                  class="target"
                  href=${zaloUrl}
                  rel=${relFor(zaloUrl) ?? nothing}
                  aria-label=${'Zalo: ' + contact.name}
                  >Zalo</a
                >`
              : zalo
                ? html`<span part="zalo">Zalo: ${fieldText(zalo)}</span>`
                : nothing
          }
          <button
            part="vcard"
            class="secondary"
            type="button"
            aria-label=${words.save + ' ' + contact.name}
            @click=${() => this.save(contact)}
          >
            ${words.save}
          </button>
        </p>
      </li>
    `;
  }

  /**
   * One number: its label as written stays text (`ĐT: `, ` (Zalo)`); the number itself is the call
   * link and what the copy button copies. A fax is shown and copied, never offered as a call.
   */
  private renderPhone({ display, number, before, after, tel, fax }: Phone, key: string, words: Words) {
    if (!tel && !fax) return html`<li class="phone">${display}</li>`;
    const ok = this.copied?.key === key ? this.copied.ok : undefined;
    return html`
      <li part="phone" class="phone">
        <span class="number"
          >${before}${
            tel
              ? html`<a part="call" class="target call" href=${tel} aria-label=${words.call + ' ' + number}
                  >${number}</a
                >`
              : html`<span class="fax">${number}</span>`
          }${after}</span
        >
        <button
          part="copy"
          class="secondary"
          type="button"
          aria-label=${copyLabel(ok ? words.copied : words.copy, number, words)}
          @click=${(event: Event) => this.copy(number, key, event.currentTarget as HTMLElement)}
        >
          ${ok ? words.copied : words.copy}
        </button>
        ${ok === false ? html`<span class="copy-note">${words.notCopied(number)}</span>` : nothing}
      </li>
    `;
  }

  private get words(): Words {
    return hotlineCardMessages[this.i18n.lang];
  }

  private async copy(number: string, key: string, button: HTMLElement): Promise<void> {
    const ok = await copyText(number, this.shadowRoot!);
    // Nothing could copy: the number itself (not its label) is selected, so the person can copy it by hand.
    const shown = button.parentElement?.querySelector('.call, .fax');
    if (!ok && shown) selectText(shown);
    this.copied = { key, ok };
    this.announcement = ok ? copyLabel(this.words.copied, number, this.words) : this.words.notCopied(number);
    clearTimeout(this.copiedTimer);
    if (ok) {
      this.copiedTimer = setTimeout(() => {
        this.copied = undefined;
        this.announcement = '';
      }, COPIED_FOR_MS);
    }
  }

  private save(contact: HotlineContact): void {
    downloadFile(this.renderRoot, buildVCard(contact), vcardFileName(contact.name), 'text/vcard;charset=utf-8');
  }
}

/** "Sao chép số 0983.570.009", "Đã sao chép số …", "Copy number …". */
const copyLabel = (verb: string, number: string, words: Words) => `${verb} ${words.numberWord} ${number}`;

/** A line of free text (position, unit, hours), shown only when there is some. */
function line(part: string, value: string | undefined, label?: string) {
  if (!value) return nothing;
  return html`<p part=${part} class="muted">
    ${label ? html`<span class="label">${label}:</span> ` : nothing}${fieldText(value)}
  </p>`;
}
