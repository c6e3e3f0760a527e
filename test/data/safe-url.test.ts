import { expect } from '@open-wc/testing';
import { relFor, safeImageUrl, safeLinkUrl } from '../../src/data/safe-url.js';

const base = 'https://feeds.example.test/an-giang/data.json';

describe('safe URLs from the data', () => {
  it('resolves relative links against the JSON document they came from', () => {
    expect(safeLinkUrl('photos/a.jpg', base)).to.equal('https://feeds.example.test/an-giang/photos/a.jpg');
    expect(safeLinkUrl('/ke-hoach/16.pdf', base)).to.equal('https://feeds.example.test/ke-hoach/16.pdf');
  });

  it('keeps http, https, mailto and tel links', () => {
    for (const url of [
      'https://sonoivu.angiang.gov.vn/',
      'http://x.test/',
      'mailto:tlho@angiang.gov.vn',
      'tel:+84983570009',
    ]) {
      expect(safeLinkUrl(url, base), url).to.equal(new URL(url).href);
    }
  });

  it('refuses script, data and other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'blob:https://x.test/1',
      '',
      '   ',
    ]) {
      expect(safeLinkUrl(url, base), JSON.stringify(url)).to.equal(null);
    }
    expect(safeLinkUrl(undefined, base)).to.equal(null);
  });

  it('allows only http(s) and relative image sources', () => {
    expect(safeImageUrl('a.jpg', base)).to.equal('https://feeds.example.test/an-giang/a.jpg');
    expect(safeImageUrl('data:image/png;base64,AAAA', base)).to.equal(null);
    expect(safeImageUrl('mailto:x@y.z', base)).to.equal(null);
  });

  it('adds noopener noreferrer to links that leave the page origin only', () => {
    expect(relFor('https://elsewhere.test/x')).to.equal('noopener noreferrer');
    expect(relFor(new URL('/same', location.href).href)).to.equal(undefined);
    expect(relFor('tel:+84983570009')).to.equal(undefined);
  });
});
