import type { Lang } from '../i18n/lang.js';

const vi = {
  heading: 'Thống kê truy cập',
  total: 'Lượt truy cập',
  today: 'Hôm nay',
  yesterday: 'Hôm qua',
  month: 'Tháng này',
  online: 'Đang online',
  updatedAt: (when: string) => `Cập nhật lúc ${when}`,
  /** How the update time is written: `13:05, 26/11/2026`. */
  timeLocale: 'vi-VN',
};

/** The visit counter's words, per language (the shared ones are in src/i18n). */
export const visitCounterMessages: Record<Lang, typeof vi> = {
  vi,
  en: {
    heading: 'Visit statistics',
    total: 'Total visits',
    today: 'Today',
    yesterday: 'Yesterday',
    month: 'This month',
    online: 'Online now',
    updatedAt: (when: string) => `Updated ${when}`,
    timeLocale: 'en-US', // `1:05 PM, 11/26/2026`
  },
};
