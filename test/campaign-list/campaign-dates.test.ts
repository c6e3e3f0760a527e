import { expect } from '@open-wc/testing';
import { campaignStatus, campaignYearSpan, vietnamDay } from '../../src/campaign-list/campaign-dates.js';
import type { Campaign } from '../../src/campaign-list/campaign.schema.js';

const campaign = (fields: Partial<Campaign>): Campaign => ({ id: 'x', title: 'x', ...fields });

describe('campaign dates in Vietnam time', () => {
  it("reads the calendar day in UTC+7 whatever the visitor's time zone", () => {
    expect(vietnamDay('2023-12-31')).to.equal('2023-12-31');
    expect(vietnamDay(new Date('2023-12-31T16:59:59Z'))).to.equal('2023-12-31');
    expect(vietnamDay(new Date('2023-12-31T17:00:00Z'))).to.equal('2024-01-01');
    expect(vietnamDay('2023-12-31T20:00:00Z')).to.equal('2024-01-01');
  });

  it('keeps a campaign ending on 31/12 ongoing until that day ends in UTC+7', () => {
    const c = campaign({ startDate: '2023-01-10', endDate: '2023-12-31' });
    expect(campaignStatus(c, new Date('2023-12-31T16:59:59Z'))).to.equal('ongoing');
    expect(campaignStatus(c, new Date('2023-12-31T17:00:00Z'))).to.equal('ended');
  });

  it('derives upcoming before the first day, in Vietnam', () => {
    const c = campaign({ startDate: '2024-01-01', endDate: '2024-06-30' });
    expect(campaignStatus(c, new Date('2023-12-31T16:59:59Z'))).to.equal('upcoming');
    expect(campaignStatus(c, new Date('2023-12-31T17:00:00Z'))).to.equal('ongoing');
  });

  it('prefers the status in the data, and has none without dates', () => {
    expect(campaignStatus(campaign({ status: 'cancelled', startDate: '2023-01-01' }), new Date('2023-06-01'))).to.equal(
      'cancelled',
    );
    expect(campaignStatus(campaign({}), new Date())).to.equal(undefined);
    expect(campaignStatus(campaign({ startDate: '2020-01-01' }), new Date('2023-06-01'))).to.equal('ongoing');
  });

  it('spans the years a campaign runs in; an open-ended ongoing one runs until now', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    expect(campaignYearSpan(campaign({ startDate: '2023-01-10', endDate: '2025-12-31' }), now)).to.deep.equal([
      2023, 2025,
    ]);
    expect(campaignYearSpan(campaign({ startDate: '2011-08-26' }), now)).to.deep.equal([2011, 2026]);
    expect(campaignYearSpan(campaign({ startDate: '2011-08-26', status: 'ended' }), now)).to.deep.equal([2011, 2011]);
    expect(campaignYearSpan(campaign({ document: { number: '16/KH-UBND', date: '2023-01-10' } }), now)).to.deep.equal([
      2023, 2023,
    ]);
    expect(campaignYearSpan(campaign({}), now)).to.equal(undefined);
  });
});
