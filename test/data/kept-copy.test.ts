import { expect } from '@open-wc/testing';
import { keepCopy, readCopy } from '../../src/data/kept-copy.js';

describe('kept copies in localStorage', () => {
  const prefix = `https://example.test/${Math.random().toString(36).slice(2)}/`;
  // Other test files keep copies in the same origin's storage; start from none.
  const clear = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('sen-widgets:copy:')) localStorage.removeItem(key);
  };
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
});
