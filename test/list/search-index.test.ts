import { expect } from '@open-wc/testing';
import { distinctValues, SearchIndex } from '../../src/list/search-index.js';

const campaigns = [
  {
    id: 1,
    title: 'Cả nước chung sức xây dựng nông thôn mới',
    launchedBy: 'Thủ tướng Chính phủ',
    year: 2023,
    level: 'national',
  },
  {
    id: 2,
    title: 'Vì người nghèo - không để ai bị bỏ lại phía sau',
    launchedBy: 'Thủ tướng Chính phủ',
    year: 2022,
    level: 'national',
  },
  {
    id: 3,
    title: 'Doanh nghiệp hội nhập và phát triển',
    launchedBy: 'UBND tỉnh An Giang',
    year: 2023,
    level: 'provincial',
  },
];
type Campaign = (typeof campaigns)[number];
const fields = (c: Campaign) => [c.title, c.launchedBy];
const ids = (found: Campaign[]) => found.map((c) => c.id);

describe('search index', () => {
  const index = new SearchIndex(campaigns, fields);

  it('finds records by any field, the way Vietnamese people type', () => {
    expect(ids(index.search('nong thon'))).to.deep.equal([1]);
    expect(ids(index.search('thu tuong'))).to.deep.equal([1, 2]);
    expect(ids(index.search('an giang doanh'))).to.deep.equal([3]);
    expect(ids(index.search(''))).to.deep.equal([1, 2, 3]);
  });

  it('combines the search with a filter', () => {
    expect(ids(index.search('thu tuong', (c) => c.year === 2023))).to.deep.equal([1]);
  });

  it('answers in an order made once (a sort), from the same index', () => {
    const reversed = index.inOrder([...campaigns].reverse());
    expect(ids(index.search('thu tuong', undefined, reversed))).to.deep.equal([2, 1]);
    expect(ids(index.search('', undefined, reversed))).to.deep.equal([3, 2, 1]);
  });

  it('prepares a slice at a time, at least one record, until it is complete', () => {
    const fresh = new SearchIndex(campaigns, fields);
    expect(fresh.prepareSome(() => false)).to.equal(true); // no time left: still one record
    expect(fresh.prepareSome(() => false)).to.equal(true);
    expect(fresh.prepareSome(() => false)).to.equal(false); // the third and last
    expect(fresh.prepareSome(() => true)).to.equal(false);
  });

  it('gives the same results before it is complete: a search prepares what is missing', () => {
    const fresh = new SearchIndex(campaigns, fields);
    fresh.prepareSome(() => false);
    expect(ids(fresh.search('thu tuong'))).to.deep.equal([1, 2]);
    expect(ids(fresh.search('an giang'))).to.deep.equal([3]);
    expect(fresh.prepareSome(() => true)).to.equal(false);
  });

  it('lists the distinct values of a field for a filter, newest year first', () => {
    expect(distinctValues(campaigns, (c) => c.year)).to.deep.equal([2023, 2022]);
    expect(distinctValues(campaigns, (c) => c.level)).to.deep.equal(['national', 'provincial']);
  });
});
