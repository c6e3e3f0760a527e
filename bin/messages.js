// The CLI's words, Vietnamese first (`--lang en` for English).

export const messages = {
  vi: {
    usage: [
      'Cách dùng: npx sen-widgets check <tiện-ích> <tệp-hoặc-URL> [--json] [--lang en]',
      '  <tiện-ích>: visit-counter, hotline-card, campaign-list hoặc exemplar-gallery',
      '  Mã thoát: 0 tất cả hợp lệ, 1 có mục bị bỏ qua, 2 không dùng được dữ liệu.',
    ].join('\n'),
    unknownCommand: (name) => `Không có lệnh "${name}". Lệnh duy nhất là "check".`,
    unknownWidget: (name, names) => `Không có tiện ích "${name}". Chọn một trong: ${names}.`,
    unknownOption: (name) => `Không hiểu tùy chọn "${name}".`,
    missingSource: 'Thiếu tệp hoặc URL của dữ liệu cần kiểm tra.',
    heading: (tag, source) => `${tag}: kiểm tra ${source}`,
    allValid: 'Tất cả các mục đều hợp lệ.',
    dropped: (n) => `${n.toLocaleString('vi-VN')} mục sẽ bị tiện ích bỏ qua.`,
    unusable: (source) => `Không dùng được dữ liệu ${source}:`,
    problems: {
      file: 'không tìm thấy tệp.',
      network: (detail) => `không kết nối được (${detail}).`,
      timeout: 'không có phản hồi trong 10 giây.',
      http: (detail) => `máy chủ trả lời ${detail}.`,
      tooBig: 'lớn hơn 5 MB, tiện ích không đọc.',
      parse: (detail) => `không phải JSON hợp lệ (${detail}).`,
      schema: (tag, detail) => `không đúng dạng dữ liệu của ${tag} (${detail}).`,
    },
  },
  en: {
    usage: [
      'Usage: npx sen-widgets check <widget> <file-or-url> [--json] [--lang en]',
      '  <widget>: visit-counter, hotline-card, campaign-list or exemplar-gallery',
      '  Exit code: 0 all valid, 1 some records dropped, 2 the data is unusable.',
    ].join('\n'),
    unknownCommand: (name) => `No command "${name}". The one command is "check".`,
    unknownWidget: (name, names) => `No widget "${name}". Pick one of: ${names}.`,
    unknownOption: (name) => `Unknown option "${name}".`,
    missingSource: 'The file or URL of the data to check is missing.',
    heading: (tag, source) => `${tag}: checking ${source}`,
    allValid: 'Every record is valid.',
    dropped: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'record' : 'records'} would be dropped by the widget.`,
    unusable: (source) => `The data ${source} is unusable:`,
    problems: {
      file: 'no such file.',
      network: (detail) => `could not connect (${detail}).`,
      timeout: 'no answer within 10 seconds.',
      http: (detail) => `the server answered ${detail}.`,
      tooBig: 'over 5 MB; the widgets do not read it.',
      parse: (detail) => `not valid JSON (${detail}).`,
      schema: (tag, detail) => `not the data of ${tag} (${detail}).`,
    },
  },
};
