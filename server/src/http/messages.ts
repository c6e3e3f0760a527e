/**
 * What the service says when it refuses a request: a stable `error` code for programs, and a short
 * message in Vietnamese first, English second, for the webmaster reading the browser's console.
 */
export interface ErrorBody {
  error: string;
  message: { vi: string; en: string };
}

const body = (error: string, vi: string, en: string): ErrorBody => ({ error, message: { vi, en } });

export const errors = {
  notFound: () => body('not-found', 'Không có địa chỉ này.', 'There is nothing at this address.'),
  unknownSite: (site: string) =>
    body('unknown-site', `Dịch vụ đếm không có trang “${site}”.`, `The counting service has no site “${site}”.`),
  forbiddenOrigin: (site: string) =>
    body(
      'forbidden-origin',
      `Chỉ các trang có trong danh sách origins của “${site}” mới được đếm lượt truy cập.`,
      `Only pages from the origins listed for “${site}” may count visits.`,
    ),
  unlistedOrigin: (origin: string) =>
    body(
      'forbidden-origin',
      `${origin} không có trong danh sách origins của dịch vụ này.`,
      `${origin} is not among the origins this service lists.`,
    ),
  rateLimited: (seconds: number) =>
    body(
      'rate-limited',
      `Quá nhiều lượt từ cùng một địa chỉ; thử lại sau ${seconds} giây.`,
      `Too many hits from one address; try again in ${seconds} s.`,
    ),
  methodNotAllowed: (allow: string) =>
    body('method-not-allowed', `Địa chỉ này chỉ nhận ${allow}.`, `This address accepts only ${allow}.`),
  bodyTooLarge: () =>
    body(
      'body-too-large',
      'Yêu cầu đếm không cần nội dung; nội dung gửi kèm quá lớn.',
      'A hit needs no body; this one is too large.',
    ),
  noDataFile: (name: string) =>
    body('no-data-file', `Không có tệp dữ liệu “${name}”.`, `There is no data file “${name}”.`),
  unavailable: () =>
    body(
      'unavailable',
      'Kho dữ liệu đếm đang không trả lời; thử lại sau.',
      'The counting store is not answering; try again later.',
    ),
};
