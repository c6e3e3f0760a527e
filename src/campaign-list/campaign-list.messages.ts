import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { Level, Status } from './campaign.schema.js';
import type { Sort } from './campaign-order.js';

const vi = {
  heading: 'Phong trào thi đua',
  search: 'Tìm phong trào',
  searchHint: 'Ví dụ: nong thon moi',
  status: 'Tình trạng',
  level: 'Cấp phát động',
  year: 'Năm',
  sort: 'Sắp xếp',
  sorts: { newest: 'Mới nhất', 'ending-soon': 'Sắp kết thúc', title: 'Theo tên (A–Z)' } satisfies Record<Sort, string>,
  all: 'Tất cả',
  count: (shown: number, locale: string) =>
    shown ? `${formatNumber(shown, locale)} phong trào` : 'Không có phong trào nào khớp với tìm kiếm.',
  empty: 'Chưa có phong trào thi đua nào.',
  statuses: {
    upcoming: 'Sắp diễn ra',
    ongoing: 'Đang diễn ra',
    ended: 'Đã kết thúc',
    cancelled: 'Đã hủy',
  } satisfies Record<Status, string>,
  levels: { national: 'Toàn quốc', provincial: 'Cấp tỉnh', local: 'Cơ sở' } satisfies Record<Level, string>,
  targets: { collective: 'Tập thể', individual: 'Cá nhân' },
  period: 'Thời gian',
  launchedBy: 'Phát động',
  targetLabel: 'Đối tượng',
  fields: 'Lĩnh vực',
  documentLabel: 'Văn bản',
  /** "Kế hoạch số 16/KH-UBND ngày 10/01/2023": the parts in order (type and number come from the data). */
  documentCitation: <P>(type: P, number: P, date?: string): (P | string)[] => [
    type,
    ' số ',
    number,
    date ? ` ngày ${date}` : '',
  ],
  documentType: 'Văn bản',
  from: (date: string) => `Từ ${date}`,
  until: (date: string) => `Đến ${date}`,
};

export type CampaignListWords = typeof vi;

/** The campaign list's words, per language (the shared ones are in src/i18n). */
export const campaignListMessages: Record<Lang, CampaignListWords> = {
  vi,
  en: {
    heading: 'Emulation campaigns',
    search: 'Search campaigns',
    searchHint: 'e.g. nong thon moi',
    status: 'Status',
    level: 'Level',
    year: 'Year',
    sort: 'Sort by',
    sorts: { newest: 'Newest', 'ending-soon': 'Ending soon', title: 'Title (A–Z)' },
    all: 'All',
    count: (shown: number, locale: string) =>
      shown
        ? `${formatNumber(shown, locale)} ${shown === 1 ? 'campaign' : 'campaigns'}`
        : 'No campaign matches the search.',
    empty: 'No emulation campaigns yet.',
    statuses: { upcoming: 'Upcoming', ongoing: 'Ongoing', ended: 'Ended', cancelled: 'Cancelled' },
    levels: { national: 'National', provincial: 'Provincial', local: 'Local' },
    targets: { collective: 'Collectives', individual: 'Individuals' },
    period: 'Period',
    launchedBy: 'Launched by',
    targetLabel: 'For',
    fields: 'Fields',
    documentLabel: 'Document',
    documentCitation: <P>(type: P, number: P, date?: string): (P | string)[] => [
      type,
      ' No. ',
      number,
      date ? ` of ${date}` : '',
    ],
    documentType: 'Document',
    from: (date: string) => `From ${date}`,
    until: (date: string) => `Until ${date}`,
  },
};
