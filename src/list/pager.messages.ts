import type { Lang } from '../i18n/lang.js';
import type { PagerWords } from './pagination.js';

/** The pager's words, per language, for every widget with pages. */
export const pagerMessages: Record<Lang, PagerWords> = {
  vi: {
    label: 'Phân trang',
    previous: 'Trước',
    next: 'Sau',
    goTo: (page) => `Trang ${page}`,
    page: (page, pages) => `Trang ${page} trên ${pages}`,
  },
  en: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    goTo: (page) => `Page ${page}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};
