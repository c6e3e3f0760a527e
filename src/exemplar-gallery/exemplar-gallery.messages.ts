import type { Lang } from '../i18n/lang.js';

const vi = {
  heading: 'Gương điển hình tiên tiến',
  search: 'Tìm kiếm',
  searchHint: 'Tên, đơn vị, thành tích…',
  kind: 'Đối tượng',
  allKinds: 'Tất cả',
  individual: 'Cá nhân',
  collective: 'Tập thể',
  year: 'Năm',
  allYears: 'Tất cả các năm',
  count: (n: string) => `${n} gương điển hình`,
  noResults: 'Không có gương điển hình nào phù hợp.',
  empty: 'Chưa có gương điển hình nào.',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  achievement: 'Thành tích',
  award: 'Khen thưởng',
  decision: (number: string) => `Quyết định số ${number}`,
  dated: (date: string) => `ngày ${date}`,
  more: 'Xem thêm',
  close: 'Đóng',
  previous: 'Trước',
  next: 'Tiếp',
};

/** The exemplar gallery's words, per language (the shared ones are in src/i18n). */
export const galleryMessages: Record<Lang, typeof vi> = {
  vi,
  en: {
    heading: 'Exemplary people and collectives',
    search: 'Search',
    searchHint: 'Name, unit, achievement…',
    kind: 'Type',
    allKinds: 'All',
    individual: 'Individual',
    collective: 'Collective',
    year: 'Year',
    allYears: 'All years',
    count: (n: string) => `${n} ${n === '1' ? 'exemplar' : 'exemplars'}`,
    noResults: 'No exemplars match.',
    empty: 'No exemplars yet.',
    position: 'Position',
    unit: 'Unit',
    achievement: 'Achievement',
    award: 'Award',
    decision: (number: string) => `Decision No. ${number}`,
    dated: (date: string) => `of ${date}`,
    more: 'Read more',
    close: 'Close',
    previous: 'Previous',
    next: 'Next',
  },
};

export type GalleryMessages = typeof vi;
