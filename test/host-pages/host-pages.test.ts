// The widgets on host pages that were not written with them in mind: Bootstrap 3 and 5 from npm,
// and a hostile sheet of global resets. Each widget must stay inside a 280–320 px sidebar, keep
// its controls usable, and take from the page only the font.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { shadowText, waitForState } from '../support/helpers.js';

const SHEETS = {
  'Bootstrap 3': '/node_modules/bootstrap3/dist/css/bootstrap.min.css',
  'Bootstrap 5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'a hostile sheet': '/test/host-pages/hostile.css',
};

async function useSheet(href: string): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

async function sidebar(width: number) {
  const aside = await fixture<HTMLElement>(html`
    <aside style="display: block; width: ${width}px; padding: 0; border: 0">
      <sen-visit-counter src="/test/fixtures/visit-stats.json" refresh="0"></sen-visit-counter>
      <sen-hotline-card src="/test/fixtures/hotline-seed.json"></sen-hotline-card>
      <sen-campaign-list src="/test/fixtures/campaigns-seed.json" page-size="2"></sen-campaign-list>
      <sen-exemplar-gallery src="/test/fixtures/exemplars-sample.json"></sen-exemplar-gallery>
    </aside>
  `);
  const widgets = [...aside.children] as HTMLElement[];
  for (const widget of widgets) await waitForState(widget, 'ready');
  return { aside, widgets };
}

/** Whether an ancestor inside the widget clips `element` (then that ancestor is what is checked). */
function clipped(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
  }
  return false;
}

/** Everything drawn inside the widget lies within the sidebar, left to right. */
function overflowing(widget: HTMLElement, aside: HTMLElement): string[] {
  const bounds = aside.getBoundingClientRect();
  const out: string[] = [];
  const check = (element: Element, name: string) => {
    if (element !== widget && clipped(element)) return;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.width <= 1) return; // not drawn, or visually hidden
    if (rect.left < bounds.left - 1 || rect.right > bounds.right + 1) {
      out.push(`${name} spans ${Math.round(rect.left)}–${Math.round(rect.right)} in ${bounds.left}–${bounds.right}`);
    }
  };
  check(widget, widget.localName);
  for (const element of widget.shadowRoot!.querySelectorAll('*')) {
    if (element.closest('dialog')) continue; // the dialog is drawn over the page, not in the sidebar
    check(element, `${widget.localName} ${element.localName}.${element.getAttribute('class') ?? ''}`);
  }
  return out;
}

/** What a pointer hits at the middle of `target`: "itself", or a description of what covers it. */
function hitAtMiddle(target: Element): string {
  target.scrollIntoView({ block: 'center', behavior: 'instant' }); // Bootstrap 5 makes scrolling smooth
  const rect = target.getBoundingClientRect();
  const root = target.getRootNode() as ShadowRoot;
  const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  if (hit && (hit === target || target.contains(hit))) return 'itself';
  const where = `at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)} in ${innerWidth}×${innerHeight}`;
  return hit ? `${hit.localName}.${hit.getAttribute('class') ?? ''} ${where}` : `nothing ${where}`;
}

for (const [name, href] of Object.entries(SHEETS)) {
  describe(`on a page styled by ${name}`, () => {
    let removeSheet: () => void;
    before(async () => {
      removeSheet = await useSheet(href);
    });
    after(() => removeSheet());

    for (const width of [280, 320]) {
      it(`stays inside a ${width} px sidebar with no horizontal overflow`, async () => {
        const { aside, widgets } = await sidebar(width);
        for (const widget of widgets) expect(overflowing(widget, aside), widget.localName).to.deep.equal([]);
      });
    }

    it('takes the page’s font, and none of its text layout', async () => {
      const { widgets } = await sidebar(300);
      const page = getComputedStyle(document.body);
      for (const widget of widgets) {
        const frame = widget.shadowRoot!.querySelector('[part="base"]')!;
        const style = getComputedStyle(frame);
        expect(style.fontFamily, widget.localName).to.equal(page.fontFamily);
        expect(
          [style.textTransform, style.whiteSpace, style.letterSpacing, style.textIndent, style.direction],
          widget.localName,
        ).to.deep.equal(['none', 'normal', 'normal', '0px', 'ltr']);
      }
    });

    it('keeps its controls usable by keyboard and mouse, and the gallery dialog opens and closes', async () => {
      const { widgets } = await sidebar(300);
      const [, hotline, campaigns, gallery] = widgets;

      const next = campaigns.shadowRoot!.querySelector<HTMLButtonElement>('[part="page"]:not([aria-current="page"])')!;
      expect(hitAtMiddle(next), 'page button').to.equal('itself');
      next.click();
      await waitUntil(() => next.getAttribute('aria-current') === 'page', 'the page button did nothing');

      const search = campaigns.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'nong thon' });
      await waitUntil(() => shadowText(campaigns).includes('1 phong trào'), 'the search did not filter');

      const copy = hotline.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy"]')!;
      expect(hitAtMiddle(copy), 'copy button').to.equal('itself'); // nothing covers it: a click lands on it

      const open = gallery.shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!;
      expect(hitAtMiddle(open), 'card button').to.equal('itself');
      open.click();
      const dialog = gallery.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'the dialog did not open');
      const close = dialog.querySelector<HTMLElement>('[part="close"]')!;
      expect(close.getBoundingClientRect().width).to.be.greaterThan(20);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
      expect(gallery.shadowRoot!.activeElement === open, 'focus back on the card').to.equal(true);
    });
  });
}
