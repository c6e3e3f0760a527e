import type { Lang } from '../i18n/lang.js';

/**
 * Accessible names are built from the visible words, so each starts with what is on screen
 * (WCAG 2.5.3): `${call} ${number}` → "Gọi 0983.570.009", `${copy} ${numberWord} …` → "Sao chép số …",
 * `${save} ${name}` → "Lưu danh bạ Ông Trương Long Hồ".
 */
const vi = {
  heading: 'Đường dây nóng',
  empty: 'Chưa có thông tin liên hệ.',
  hours: 'Thời gian',
  call: 'Gọi',
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  numberWord: 'số',
  notCopied: (phone: string) => `Không sao chép tự động được. Số ${phone} đã được chọn, hãy tự sao chép.`,
  save: 'Lưu danh bạ',
};

/** The hotline card's words, per language (the shared ones are in src/i18n). */
export const hotlineCardMessages: Record<Lang, typeof vi> = {
  vi,
  en: {
    heading: 'Hotlines',
    empty: 'No contact details yet.',
    hours: 'Hours',
    call: 'Call',
    copy: 'Copy',
    copied: 'Copied',
    numberWord: 'number',
    notCopied: (phone) => `Could not copy automatically. ${phone} is selected: copy it yourself.`,
    save: 'Save contact',
  },
};
