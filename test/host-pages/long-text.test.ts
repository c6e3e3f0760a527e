// Data no real record looks like: 200,000-character words, bidi controls. The widgets wrap every
// field, show at most a capped length in lists and cards (the detail view shows more), and keep a
// field's bidi controls from reordering the text around it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { FIELD_LIMITS } from '../../src/text/truncate.js';
import { waitForState } from '../support/helpers.js';

const GIANT = 'Nông'.repeat(50_000); // 200,000 characters, no space to break at
const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE: reverses what follows until a pop or an isolate ends

async function inSidebar(template: ReturnType<typeof html>) {
  const aside = await fixture<HTMLElement>(html`<aside style="display: block; width: 300px">${template}</aside>`);
  const widget = aside.firstElementChild as HTMLElement;
  await waitForState(widget, 'ready');
  return { aside, widget };
}

const widthOf = (element: Element) => element.getBoundingClientRect().width;

describe('giant and hostile strings', () => {
  it('campaign list: a 200,000-character title and summary wrap inside the sidebar, capped for display', async () => {
    const campaigns = [{ id: 1, title: GIANT, summary: GIANT, launchedBy: GIANT, fields: [GIANT] }];
    const { aside, widget } = await inSidebar(html`<sen-campaign-list .data=${campaigns}></sen-campaign-list>`);
    const title = widget.shadowRoot!.querySelector('[part="item-link"]')!;
    expect(title.textContent!.trim().length).to.equal(FIELD_LIMITS.line + 1); // the cap and "…"
    expect(title.textContent!.trim().endsWith('…')).to.equal(true);
    const summary = widget.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent!.trim().length).to.equal(FIELD_LIMITS.paragraph + 1);
    for (const element of widget.shadowRoot!.querySelectorAll('[part="item"] *')) {
      expect(widthOf(element), element.localName).to.be.at.most(widthOf(aside));
    }
  });

  it('hotline card: a giant name, position and e-mail wrap inside the sidebar', async () => {
    const data = { contacts: [{ name: GIANT, position: GIANT, email: GIANT, phones: ['0983.570.009'] }] };
    const { aside, widget } = await inSidebar(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
    expect(widget.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim().length).to.equal(
      FIELD_LIMITS.line + 1,
    );
    for (const element of widget.shadowRoot!.querySelectorAll('[part="contact"] *')) {
      expect(widthOf(element), element.localName).to.be.at.most(widthOf(aside));
    }
  });

  it('gallery: a giant name on the card is capped; the dialog shows the achievement up to its larger cap', async () => {
    const achievement = 'Thành tích xuất sắc. '.repeat(2_000); // 42,000 characters
    const data = [{ id: 'a', name: GIANT, achievement }];
    const { aside, widget } = await inSidebar(html`<sen-exemplar-gallery .data=${data}></sen-exemplar-gallery>`);
    const open = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!;
    expect(open.textContent!.trim().length).to.equal(FIELD_LIMITS.line + 1);
    expect(widthOf(widget.shadowRoot!.querySelector('[part="card"]')!)).to.be.at.most(widthOf(aside));
    open.click();
    const dialog = widget.shadowRoot!.querySelector('dialog')!;
    await waitForState(widget, 'ready');
    await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(dialog.open).to.equal(true);
    const facts = dialog.querySelector('[part="facts"]')!.textContent!;
    expect(facts).to.contain(achievement.slice(0, FIELD_LIMITS.detail - 1));
    expect(widthOf(dialog)).to.be.at.most(innerWidth);
    dialog.close();
  });

  it('isolates each field: a right-to-left override in an award title cannot move the year after it', async () => {
    const data = [{ id: 'a', name: 'Nguyễn Văn An', award: { title: `${RLO}Bằng khen` }, year: 2023 }];
    const { widget } = await inSidebar(html`<sen-exemplar-gallery .data=${data}></sen-exemplar-gallery>`);
    const line = widget.shadowRoot!.querySelector('[part="award"]')!;
    const isolate = line.querySelector('bdi')!;
    expect(isolate.textContent).to.equal(`${RLO}Bằng khen`);
    expect(getComputedStyle(isolate).unicodeBidi).to.equal('isolate');
    const year = [...line.childNodes].find((node) => node.textContent?.includes('2023'))!;
    const range = document.createRange();
    range.selectNodeContents(year);
    // Read left to right: the title, then " · 2023". Without the isolate the override would carry
    // on past the title and draw the year to its left.
    expect(range.getBoundingClientRect().left).to.be.at.least(isolate.getBoundingClientRect().right - 1);
  });

  it('isolates the parts of a document citation: an override in its number cannot move the date', async () => {
    const campaigns = [
      { id: 1, title: 'Phong trào', document: { type: 'Kế hoạch', number: `${RLO}16/KH-UBND`, date: '2023-01-10' } },
    ];
    const { widget } = await inSidebar(html`<sen-campaign-list .data=${campaigns}></sen-campaign-list>`);
    const meta = [...widget.shadowRoot!.querySelectorAll('[part="meta"] dd')].find((dd) =>
      dd.textContent!.includes('ngày 10/01/2023'),
    )!;
    const number = [...meta.querySelectorAll('bdi')].find((bdi) => bdi.textContent!.includes('16/KH-UBND'))!;
    const date = [...meta.childNodes].find((node) => node.textContent?.includes('ngày'))!;
    const range = document.createRange();
    range.selectNodeContents(date);
    const [dateLine] = range.getClientRects();
    const numberBox = number.getBoundingClientRect();
    // On the number's line, the date's first piece starts after the number (or on a later line).
    expect(dateLine.left >= numberBox.right - 1 || dateLine.top > numberBox.top).to.equal(true);
  });
});
