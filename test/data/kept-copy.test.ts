import { expect } from '@open-wc/testing';
import { keepCopy, readCopy } from '../../src/data/kept-copy.js';

describe('kept copies in localStorage', () => {
  const prefix = `https://example.test/${Math.random().toString(36).slice(2)}/`;
  // Other test files keep copies in the same origin's storage; start from none (and no index of them).
  const clear = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('sen-widgets:cop')) localStorage.removeItem(key);
  };
  const kept = () => Object.keys(localStorage).filter((key) => key.startsWith(`sen-widgets:copy:${prefix}`));
  beforeEach(clear);
  afterEach(clear);

  it('keeps the last good answer per src, with its URL and time', () => {
    keepCopy(`${prefix}a.json`, '{"total":1}', `${prefix}final/a.json`, 1000);
    keepCopy(`${prefix}a.json`, '{"total":2}', `${prefix}final/a.json`, 2000);
    expect(readCopy(`${prefix}a.json`)).to.deep.equal({
      text: '{"total":2}',
      url: `${prefix}final/a.json`,
      savedAt: 2000,
    });
  });

  it('is bounded: the oldest copies go first, and a huge answer is not kept', () => {
    for (let i = 0; i < 20; i++) keepCopy(`${prefix}${i}.json`, `{"n":${i}}`, `${prefix}${i}.json`, 1000 + i);
    const kept = Object.keys(localStorage).filter((key) => key.includes(prefix));
    expect(kept.length).to.be.at.most(12);
    expect(readCopy(`${prefix}19.json`)).not.to.equal(null);
    expect(readCopy(`${prefix}0.json`)).to.equal(null);
    keepCopy(`${prefix}big.json`, 'x'.repeat(600 * 1024), `${prefix}big.json`);
    expect(readCopy(`${prefix}big.json`)).to.equal(null);
  });

  it('ignores a damaged entry', () => {
    localStorage.setItem(`sen-widgets:copy:${prefix}bad.json`, '{not json');
    expect(readCopy(`${prefix}bad.json`)).to.equal(null);
  });

  it('counts the copies kept before it had an index, and keeps the newest of all', () => {
    // As an older version of the library left them: copies, no index.
    for (let i = 0; i < 10; i++) {
      const copy = { text: `{"old":${i}}`, url: `${prefix}old-${i}.json`, savedAt: 1000 + i };
      localStorage.setItem(`sen-widgets:copy:${prefix}old-${i}.json`, JSON.stringify(copy));
    }
    for (let i = 0; i < 5; i++) keepCopy(`${prefix}new-${i}.json`, `{"new":${i}}`, `${prefix}new-${i}.json`, 5000 + i);
    expect(kept()).to.have.length(12);
    for (const gone of [0, 1, 2]) expect(readCopy(`${prefix}old-${gone}.json`)).to.equal(null);
    expect(readCopy(`${prefix}old-3.json`)!.text).to.equal('{"old":3}');
    expect(readCopy(`${prefix}new-4.json`)!.text).to.equal('{"new":4}');
  });

  it('makes a damaged index again from the copies, and stays bounded', () => {
    for (let i = 0; i < 6; i++) keepCopy(`${prefix}${i}.json`, `{"n":${i}}`, `${prefix}${i}.json`, 1000 + i);
    localStorage.setItem('sen-widgets:copies', '{not json');
    for (let i = 6; i < 20; i++) keepCopy(`${prefix}${i}.json`, `{"n":${i}}`, `${prefix}${i}.json`, 1000 + i);
    expect(kept()).to.have.length(12);
    expect(readCopy(`${prefix}0.json`)).to.equal(null);
    expect(readCopy(`${prefix}19.json`)!.text).to.equal('{"n":19}');
  });

  it('keeps nothing, and throws nothing, when the storage refuses', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => keepCopy(`${prefix}full.json`, '{"n":1}', `${prefix}full.json`)).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(readCopy(`${prefix}full.json`)).to.equal(null);
  });
});
