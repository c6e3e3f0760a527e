import { expect, fixture, html } from '@open-wc/testing';
import '../../src/visit-counter.js';
import { contrastRatio, THEME_COLOURS } from '../../studio/preview/theme-colours.js';

/** A colour as the browser computes it, for comparing `#rrggbb` with what a property resolves to. */
function computed(colour: string): string {
  const probe = document.createElement('i');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('studio: theme colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the studio's ${theme} defaults are the ones a widget really uses`, async () => {
      const widget = await fixture(
        html`<sen-visit-counter theme=${theme} .data=${{ total: 1 }} refresh="0"></sen-visit-counter>`,
      );
      const style = getComputedStyle(widget);
      for (const colour of THEME_COLOURS) {
        expect(computed(style.getPropertyValue(colour.private).trim()), colour.name).to.equal(computed(colour[theme]));
      }
    });
  }

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    expect(contrastRatio('#9f1619', '#ffffff')).to.be.closeTo(8.07, 0.01);
  });
});
