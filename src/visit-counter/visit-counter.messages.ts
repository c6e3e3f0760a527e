import type { Lang } from '../i18n/lang.js';

const vi = {
  heading: 'Thống kê truy cập',
  total: 'Lượt truy cập',
  today: 'Hôm nay',
  yesterday: 'Hôm qua',
  month: 'Tháng này',
  online: 'Đang online',
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
  },
};
