/**
 * Vietnamese, the default language: the words every widget shares. Each widget keeps its own in
 * `src/<widget>/<widget>.messages.ts`. Every other language has the same keys (see Messages).
 */
export const vi = {
  locale: 'vi-VN',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  staleNote: (when: string) => `Thông tin có thể chưa được cập nhật (bản lưu lúc ${when}).`,
  errors: {
    network: 'Không kết nối được tới nguồn dữ liệu.',
    timeout: 'Nguồn dữ liệu không trả lời kịp.',
    http: 'Nguồn dữ liệu báo lỗi.',
    parse: 'Dữ liệu nhận được không đọc được.',
    schema: 'Dữ liệu nhận được không đúng định dạng.',
    config: 'Tiện ích chưa được cấu hình: hãy đặt thuộc tính src trỏ tới nguồn dữ liệu JSON.',
  },
};

export type Messages = typeof vi;
