import { expect } from '@open-wc/testing';
import { firstInOrder, SORTS, sortCampaigns } from '../../src/campaign-list/campaign-order.js';
import type { Campaign } from '../../src/campaign-list/campaign.schema.js';

const now = new Date('2026-11-26T00:00:00Z');
const campaigns: Campaign[] = [
  { id: 'a', title: 'Đẩy mạnh phát triển kết cấu hạ tầng', startDate: '2023-01-10', endDate: '2027-06-30' },
  { id: 'b', title: 'Bảo vệ an ninh Tổ quốc', startDate: '2025-03-01', endDate: '2026-12-31' },
  { id: 'c', title: 'Cả nước chung sức xây dựng nông thôn mới', startDate: '2011-08-26' },
  { id: 'd', title: 'An toàn giao thông', startDate: '2022-01-01', endDate: '2022-12-31' },
  { id: 'e', title: 'Ánh sáng văn hóa' },
];
const ids = (list: Campaign[]) => list.map((c) => c.id);

describe('campaign order', () => {
  it('newest: latest start first; records without a date last', () => {
    expect(ids(sortCampaigns(campaigns, 'newest', now))).to.deep.equal(['b', 'a', 'd', 'c', 'e']);
  });

  it('ending-soon: running campaigns by end date, then the rest', () => {
    expect(ids(sortCampaigns(campaigns, 'ending-soon', now)).slice(0, 2)).to.deep.equal(['b', 'a']);
    expect(ids(sortCampaigns(campaigns, 'ending-soon', now)).slice(2)).to.have.members(['c', 'd', 'e']);
  });

  it('title: Vietnamese alphabetical order (A, Á, B, C, Đ)', () => {
    expect(ids(sortCampaigns(campaigns, 'title', now))).to.deep.equal(['d', 'e', 'b', 'c', 'a']);
  });

  it('leaves the input untouched', () => {
    const before = ids(campaigns);
    sortCampaigns(campaigns, 'title', now);
    expect(ids(campaigns)).to.deep.equal(before);
  });

  it('takes today as a Vietnam day worked out once, the same as the moment', () => {
    for (const sort of SORTS) {
      expect(ids(sortCampaigns(campaigns, sort, '2026-11-26'))).to.deep.equal(ids(sortCampaigns(campaigns, sort, now)));
    }
  });

  describe('the first page without sorting everything', () => {
    // Many campaigns share a start day, some have none, some repeat a title: every way to tie.
    const many: Campaign[] = Array.from({ length: 300 }, (_, i) => ({
      id: String(i),
      title:
        ['Ánh sáng văn hóa', 'An toàn giao thông', 'Đổi mới', 'Bảo vệ môi trường'][i % 4] + (i % 7 ? ` ${i % 11}` : ''),
      ...(i % 9 ? { startDate: `20${10 + (i % 5)}-0${1 + (i % 3)}-10` } : {}),
      ...(i % 4 ? { endDate: `20${25 + (i % 4)}-12-31` } : {}),
    }));

    it('gives the campaigns a full sort puts first, in the same order, for every sort and size', () => {
      for (const sort of SORTS) {
        for (const count of [1, 2, 10, 37, 300, 500]) {
          expect(ids(firstInOrder(many, sort, count, now)), `${sort} ${count}`).to.deep.equal(
            ids(sortCampaigns(many, sort, now).slice(0, count)),
          );
        }
      }
    });
  });
});
