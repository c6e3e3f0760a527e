import { expect } from '@open-wc/testing';
import { pageWindow } from '../../src/list/pagination.js';

describe('page window', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).to.deep.equal([1]);
    expect(pageWindow(3, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 20)).to.deep.equal([1, 2, 'gap', 20]);
    expect(pageWindow(10, 20)).to.deep.equal([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageWindow(20, 20)).to.deep.equal([1, 'gap', 19, 20]);
  });

  it('shows a single hidden page instead of a gap', () => {
    expect(pageWindow(4, 20)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 20]);
  });
});
