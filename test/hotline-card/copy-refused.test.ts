import { expect, html } from '@open-wc/testing';
import { $, $$, card, copyOutcome, text } from './support.js';

/**
 * Its own file, so its own page: no real click has ever happened here, and the browser refuses
 * both the Clipboard API and `execCommand('copy')` to a click without user activation. That is a
 * real refusal, not a stub, the same one a page gets when its permissions policy blocks clipboard
 * access.
 */
describe('<sen-hotline-card> when the browser refuses to copy', () => {
  it('selects the number instead and says so, visibly and to screen readers', async () => {
    const el = await card(
      html`<sen-hotline-card .data=${[{ name: 'Thanh tra Sở', phones: '02963.981.818' }]}></sen-hotline-card>`,
    );
    const button = $(el, 'button[part="copy"]')!;
    button.click(); // a script's click: no user activation
    await copyOutcome(button);
    const note = 'Không sao chép tự động được. Số 02963.981.818 đã được chọn, hãy tự sao chép.';
    expect(text($(el, '.copy-note'))).to.equal(note);
    expect(text($(el, '[role="status"]'))).to.equal(note);
    expect(text(button)).to.equal('Sao chép'); // still offered: a real tap may succeed
    const selection = getSelection()!;
    const range = selection.rangeCount ? selection.getRangeAt(0) : null;
    expect(range && $$(el, 'a[part="call"]')[0].contains(range.commonAncestorContainer)).to.equal(true);
    expect(range!.toString()).to.equal('02963.981.818');
    await expect(el).to.be.accessible();
  });

  it('selects only the number of a labelled one, not its label', async () => {
    const el = await card(
      html`<sen-hotline-card .data=${[{ name: 'Văn thư', phones: 'Fax: 02963.957.007' }]}></sen-hotline-card>`,
    );
    const button = $(el, 'button[part="copy"]')!;
    button.click(); // a script's click: no user activation
    await copyOutcome(button);
    expect(getSelection()!.toString()).to.equal('02963.957.007');
  });
});
