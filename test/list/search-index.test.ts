import { expect } from '@open-wc/testing';
import { distinctValues, indexForSearch, searchIndex } from '../../src/list/search-index.js';

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

describe('search index', () => {
  const index = indexForSearch(campaigns, (c) => [c.title, c.launchedBy]);

  it('finds records by any field, the way Vietnamese people type', () => {
    expect(searchIndex(index, 'nong thon').map((c) => c.id)).to.deep.equal([1]);
    expect(searchIndex(index, 'thu tuong').map((c) => c.id)).to.deep.equal([1, 2]);
    expect(searchIndex(index, 'an giang doanh').map((c) => c.id)).to.deep.equal([3]);
    expect(searchIndex(index, '').map((c) => c.id)).to.deep.equal([1, 2, 3]);
  });

  it('combines the search with a filter', () => {
    expect(searchIndex(index, 'thu tuong', (c) => c.year === 2023).map((c) => c.id)).to.deep.equal([1]);
  });

  it('lists the distinct values of a field for a filter, newest year first', () => {
    expect(distinctValues(campaigns, (c) => c.year)).to.deep.equal([2023, 2022]);
    expect(distinctValues(campaigns, (c) => c.level)).to.deep.equal(['national', 'provincial']);
  });
});
