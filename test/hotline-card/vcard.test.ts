import { expect } from '@open-wc/testing';
import { buildVCard, isEmailAddress, vcardFileName } from '../../src/hotline-card/vcard.js';
import { parsePhone } from '../../src/text/phone.js';

/** The content lines of a vCard, unfolded (RFC 6350 §3.2), without the final empty string. */
function unfoldedLines(vcard: string): string[] {
  return vcard.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

/** The value of the first property line starting with `name`. */
function property(vcard: string, name: string): string | undefined {
  return unfoldedLines(vcard)
    .find((line) => line.startsWith(name + ':'))
    ?.slice(name.length + 1);
}

const utf8 = new TextEncoder();

describe('vCard', () => {
  it('writes the seed contact as vCard 4.0 with CRLF line endings', () => {
    const vcard = buildVCard({
      name: 'Ông Trương Long Hồ',
      position: 'Phó Giám đốc Sở',
      unit: 'Sở Nội vụ tỉnh An Giang',
      phones: ['0983.570.009'],
      email: 'tlho@angiang.gov.vn',
    });
    expect(vcard).to.equal(
      'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'FN:Trương Long Hồ\r\n' +
        'N:Trương;Hồ;Long;;\r\n' +
        'TITLE:Phó Giám đốc Sở\r\n' +
        'ORG:Sở Nội vụ tỉnh An Giang\r\n' +
        'TEL;VALUE=uri:tel:+84983570009\r\n' +
        'EMAIL:tlho@angiang.gov.vn\r\n' +
        'END:VCARD\r\n',
    );
  });

  it('leaves the honorific out of FN and N', () => {
    const cases: [string, string, string][] = [
      ['Ông Trương Long Hồ', 'Trương Long Hồ', 'Trương;Hồ;Long;;'],
      ['Bà Nguyễn Thị Minh Khai', 'Nguyễn Thị Minh Khai', 'Nguyễn;Khai;Thị Minh;;'],
      ['Anh Lê Văn Tám', 'Lê Văn Tám', 'Lê;Tám;Văn;;'],
      ['Chị Võ Thị Sáu', 'Võ Thị Sáu', 'Võ;Sáu;Thị;;'],
      ['ông  Trần Phú', 'Trần Phú', 'Trần;Phú;;;'],
      ['Đồng chí Phạm Hùng', 'Phạm Hùng', 'Phạm;Hùng;;;'],
      ['Ông Trương Long Hồ'.normalize('NFD'), 'Trương Long Hồ', 'Trương;Hồ;Long;;'],
    ];
    for (const [name, fn, n] of cases) {
      const vcard = buildVCard({ name });
      expect([property(vcard, 'FN'), property(vcard, 'N')], name).to.deep.equal([fn, n]);
    }
  });

  it('keeps a unit name whole in N, so address books show it as written', () => {
    const vcard = buildVCard({ name: 'Tổ kiểm tra công vụ', phones: '02963.957.049 - 0378.247.247' });
    expect(property(vcard, 'FN')).to.equal('Tổ kiểm tra công vụ');
    expect(property(vcard, 'N')).to.equal('Tổ kiểm tra công vụ;;;;');
  });

  it('adds one TEL per dialable number, split from strings, with extensions, without repeats', () => {
    const vcard = buildVCard({
      name: 'Văn phòng Sở',
      phones: ['02963.957.049 - 0378.247.247', '0296 3957 006 máy lẻ 12', 'đang cập nhật', '0378 247 247'],
    });
    expect(unfoldedLines(vcard).filter((line) => line.startsWith('TEL'))).to.deep.equal([
      'TEL;VALUE=uri:tel:+842963957049',
      'TEL;VALUE=uri:tel:+84378247247',
      'TEL;VALUE=uri:tel:+842963957006;ext=12',
    ]);
  });

  it('takes numbers already parsed by the card', () => {
    const vcard = buildVCard({
      name: 'Công an',
      phones: [parsePhone('113'), parsePhone('N/A')],
    });
    expect(unfoldedLines(vcard).filter((line) => line.startsWith('TEL'))).to.deep.equal(['TEL;VALUE=uri:tel:113']);
  });

  it('leaves out an EMAIL that is not an address, and empty optional fields', () => {
    const vcard = buildVCard({ name: 'Bộ phận một cửa', position: ' ', unit: '', email: 'đang cập nhật' });
    expect(unfoldedLines(vcard).map((line) => line.split(':')[0])).to.deep.equal([
      'BEGIN',
      'VERSION',
      'FN',
      'N',
      'END',
    ]);
  });

  it('recognises e-mail addresses', () => {
    expect(
      ['tlho@angiang.gov.vn', ' kiemtracongvu@angiang.gov.vn ', 'a.b+c@sub.example.vn'].map(isEmailAddress),
    ).to.deep.equal([true, true, true]);
    expect(
      ['tlho', 'tlho@angiang', 'a b@x.vn', '@x.vn', 'a@@x.vn', 'a@x.vn; b@x.vn', ''].map(isEmailAddress),
    ).to.deep.equal([false, false, false, false, false, false, false]);
  });

  it('escapes backslash, comma, semicolon and line breaks in text values', () => {
    const vcard = buildVCard({
      name: 'Ông Trương Long Hồ',
      position: 'Trưởng phòng; kiêm nhiệm, phụ trách\\TTHC\r\ndòng 2\ndòng 3',
      unit: 'Sở A; Phòng B',
    });
    expect(property(vcard, 'TITLE')).to.equal('Trưởng phòng\\; kiêm nhiệm\\, phụ trách\\\\TTHC\\ndòng 2\\ndòng 3');
    expect(property(vcard, 'ORG')).to.equal('Sở A\\; Phòng B');
    expect(vcard.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const unit = 'Trung tâm Phục vụ hành chính công tỉnh An Giang – Bộ phận tiếp nhận và trả kết quả 🏛️ '
      .repeat(3)
      .trim();
    const vcard = buildVCard({ name: 'Ông Trương Long Hồ', unit });
    const physical = vcard.split('\r\n').slice(0, -1);
    expect(physical.length).to.be.greaterThan(unfoldedLines(vcard).length);
    for (const line of physical) {
      const bytes = utf8.encode(line);
      expect(bytes.length, line).to.be.at.most(75);
      // A split surrogate pair would come back as U+FFFD.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes), line).to.equal(line);
    }
    expect(property(vcard, 'ORG')).to.equal(unit);
  });

  it('folds exactly past 75 octets, counting multi-byte characters', () => {
    expect(buildVCard({ name: 'A B', position: 'a'.repeat(69) })).to.contain(`\r\nTITLE:${'a'.repeat(69)}\r\n`);
    expect(buildVCard({ name: 'A B', position: 'a'.repeat(70) })).to.contain(`\r\nTITLE:${'a'.repeat(69)}\r\n a\r\n`);
    // ệ is 3 octets: 6 + 23 × 3 = 75 on the first line, then a space and the other 7.
    expect(buildVCard({ name: 'A B', position: 'ệ'.repeat(30) })).to.contain(
      `\r\nTITLE:${'ệ'.repeat(23)}\r\n ${'ệ'.repeat(7)}\r\n`,
    );
  });

  it('names the file from the person, diacritics folded', () => {
    const cases: [string, string][] = [
      ['Ông Trương Long Hồ', 'truong-long-ho.vcf'],
      ['Bà Đặng Thị Ngọc Thịnh', 'dang-thi-ngoc-thinh.vcf'],
      ['Tổ kiểm tra công vụ', 'to-kiem-tra-cong-vu.vcf'],
      ['Trương Long Hồ'.normalize('NFD'), 'truong-long-ho.vcf'],
      ['Phòng TCCB / Sở Nội vụ', 'phong-tccb-so-noi-vu.vcf'],
      ['../../etc/passwd', 'etc-passwd.vcf'],
      ['???', 'contact.vcf'],
      ['', 'contact.vcf'],
    ];
    expect(cases.map(([name]) => vcardFileName(name))).to.deep.equal(cases.map(([, file]) => file));
    expect(vcardFileName('Nguyễn '.repeat(30)).length).to.be.at.most(64);
  });
});
