import { expect } from '@open-wc/testing';
import { initials } from '../../src/exemplar-gallery/initials.js';
import { safeSrcset } from '../../src/exemplar-gallery/photo.js';

describe('placeholder initials', () => {
  it('takes the last two words of a Vietnamese name, diacritics kept', () => {
    expect(initials('Nguyễn Văn An')).to.equal('VA');
    expect(initials('Lê Thị Hồng Nhung')).to.equal('HN');
    expect(initials('Ông Trương Long Hồ')).to.equal('LH');
    expect(initials('đặng văn đức')).to.equal('VĐ');
    expect(initials('Ánh')).to.equal('Á');
    expect(initials('Trường THPT Long Xuyên')).to.equal('LX');
  });

  it('reads any Unicode form and skips words that do not start with a letter', () => {
    expect(initials('Nguyễn Văn Ánh'.normalize('NFD'))).to.equal('VÁ');
    expect(initials('  Tổ dân phố  số 3 ')).to.equal('PS');
    expect(initials('Nguyễn Văn An (2)')).to.equal('VA');
    expect(initials('—')).to.equal('');
  });
});

describe('safe srcset', () => {
  const base = 'https://feeds.example.test/an-giang/exemplars.json';

  it('resolves every candidate against the document and keeps descriptors', () => {
    expect(safeSrcset('a-300.jpg 300w, /img/a-600.jpg 600w', base)).to.equal(
      'https://feeds.example.test/an-giang/a-300.jpg 300w, https://feeds.example.test/img/a-600.jpg 600w',
    );
    expect(safeSrcset('a.jpg, a@2x.jpg 2x', base)).to.equal(
      'https://feeds.example.test/an-giang/a.jpg, https://feeds.example.test/an-giang/a@2x.jpg 2x',
    );
  });

  it('keeps commas inside a URL and leaves out unsafe candidates', () => {
    expect(
      safeSrcset('https://cdn.test/w_300,h_400/a.jpg 300w,javascript:alert(1) 2x, data:image/png;base64,AAAA 3x', base),
    ).to.equal('https://cdn.test/w_300,h_400/a.jpg 300w');
    expect(safeSrcset('javascript:alert(1)', base)).to.equal('');
    expect(safeSrcset('  ,  ', base)).to.equal('');
  });
});
