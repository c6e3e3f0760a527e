import { expect } from '@open-wc/testing';
import { embedSnippets, type EmbedOptions } from '../../studio/embed/embed-code.js';

const options: EmbedOptions = {
  widget: 'campaign-list',
  src: '/api/phong-trao-thi-dua.json',
  packageBase: 'https://snv.angiang.gov.vn/assets/sen/',
  attributes: [['page-size', '5']],
  properties: [],
  fallbackText: 'Xem các phong trào thi đua',
};

describe('studio: embed code', () => {
  it('writes each form of the contract', () => {
    const forms = embedSnippets(options);
    expect(forms.cdn[0].code).to.equal(
      '<script type="module" src="https://snv.angiang.gov.vn/assets/sen/cdn/sen-loader.js"></script>\n' +
        '<sen-campaign-list src="/api/phong-trao-thi-dua.json" page-size="5"></sen-campaign-list>',
    );
    expect(forms['one-file'][0].code).to.contain('src="https://snv.angiang.gov.vn/assets/sen/sen-widgets.js"');
    expect(forms['editor-safe'][1].code).to.equal(
      '<div data-sen-widget="campaign-list" data-src="/api/phong-trao-thi-dua.json" data-page-size="5">\n' +
        '  <a href="/api/phong-trao-thi-dua.json">Xem các phong trào thi đua</a>\n</div>',
    );
    expect(forms.npm.map((s) => s.code)).to.deep.equal([
      "import 'sen-widgets/campaign-list.js';",
      '<sen-campaign-list src="/api/phong-trao-thi-dua.json" page-size="5"></sen-campaign-list>',
    ]);
  });

  it('the editor-safe form, upgraded by the one file, is the same element', async () => {
    const { code } = embedSnippets(options)['editor-safe'][1];
    const holder = document.createElement('div');
    holder.innerHTML = code;
    const div = holder.firstElementChild as HTMLElement;
    expect(div.dataset.senWidget).to.equal('campaign-list');
    expect({ ...div.dataset }).to.deep.equal({
      senWidget: 'campaign-list',
      src: '/api/phong-trao-thi-dua.json',
      pageSize: '5',
    });
  });

  it('typed addresses cannot break out of the attribute, and colours cannot end the style block', () => {
    const forms = embedSnippets({
      ...options,
      src: '/api/x.json" onload="alert(1)',
      properties: [
        ['--sen-color-accent', '#0b4f8a'],
        ['--sen-color-text', 'red } body { display: none'],
      ],
    });
    const holder = document.createElement('div');
    holder.innerHTML = forms.npm[1].code;
    expect(holder.querySelector('sen-campaign-list')!.getAttribute('src')).to.equal('/api/x.json" onload="alert(1)');
    expect(holder.querySelector('[onload]')).to.equal(null);
    expect(holder.querySelector('style')!.textContent).to.equal(
      '\n  sen-campaign-list {\n    --sen-color-accent: #0b4f8a;\n  }\n',
    );
  });
});
