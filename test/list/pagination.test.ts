import { expect } from '@open-wc/testing';
import { pageItems } from '../../src/list/pagination.js';

describe('pageItems', () => {
  it('shows every page when there are few', () => {
    expect(pageItems(1, 1)).to.deep.equal([1]);
    expect(pageItems(2, 3)).to.deep.equal([1, 2, 3]);
    expect(pageItems(3, 5)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the current page with its neighbours, with … between', () => {
    expect(pageItems(1, 20)).to.deep.equal([1, 2, 'gap', 20]);
    expect(pageItems(10, 20)).to.deep.equal([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageItems(20, 20)).to.deep.equal([1, 'gap', 19, 20]);
  });

  it('never hides a single page behind …', () => {
    expect(pageItems(4, 20)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageItems(17, 20)).to.deep.equal([1, 'gap', 16, 17, 18, 19, 20]);
  });
});
