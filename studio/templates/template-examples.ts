import type { WidgetName } from '../../src/check.js';

/**
 * The example rows each template carries, keyed by column field, written as staff would type
 * them in Vietnamese (taken from the seed page: Sở Nội vụ An Giang). Dates are calendar days
 * (UTC midnight), so the workbook gets real date cells and the CSV `dd/mm/yyyy`.
 */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

export type ExampleRow = Record<string, string | number | Date>;

export const templateExamples: Record<WidgetName, ExampleRow[]> = {
  'campaign-list': [
    {
      id: 'thi-dua-2023',
      title: 'Phong trào thi đua năm 2023',
      summary: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023.',
      launchedBy: 'UBND tỉnh An Giang',
      level: 'Cấp tỉnh',
      startDate: day(2023, 1, 27),
      endDate: day(2023, 12, 31),
      targets: 'Tập thể, Cá nhân',
      fields: 'Kinh tế, Xã hội',
      document: 'Kế hoạch số 16/KH-UBND ngày 10/1/2023',
    },
    {
      id: 'nong-thon-moi',
      title: 'Cả nước chung sức xây dựng nông thôn mới',
      launchedBy: 'Thủ tướng Chính phủ',
      level: 'Toàn quốc',
      startDate: day(2021, 1, 1),
      endDate: day(2025, 12, 31),
      status: 'Đang diễn ra',
      targets: 'Tập thể',
      fields: 'Nông nghiệp',
    },
    {
      id: 'van-hoa-cong-so',
      title: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      launchedBy: 'Thủ tướng Chính phủ',
      level: 'Toàn quốc',
      startDate: day(2019, 6, 1),
      endDate: day(2025, 12, 31),
      targets: 'Cá nhân',
      fields: 'Cải cách hành chính',
    },
  ],
  'exemplar-gallery': [
    {
      id: 'nguyen-van-an',
      name: 'Nguyễn Văn An',
      kind: 'Cá nhân',
      position: 'Chủ tịch UBND xã',
      unit: 'Xã Mỹ Hòa Hưng',
      achievement: 'Dẫn đầu phong trào xây dựng nông thôn mới của huyện.',
      'award.title': 'Bằng khen của Chủ tịch UBND tỉnh',
      'award.decision': '123/QĐ-UBND',
      'award.date': day(2023, 5, 1),
      year: 2023,
    },
    {
      id: 'phong-tong-hop',
      name: 'Phòng Tổng hợp - UBND tỉnh',
      kind: 'Tập thể',
      unit: 'Văn phòng UBND tỉnh An Giang',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ tiếp nhận phản ánh, kiến nghị về thủ tục hành chính.',
      'award.title': 'Cờ thi đua của UBND tỉnh',
      year: 2023,
    },
  ],
  'hotline-card': [
    {
      group: 'Số điện thoại tiếp nhận phản ánh kiến nghị về TTHC',
      name: 'Ông Trương Long Hồ',
      position: 'Phó Giám đốc Sở',
      phones: '0983.570.009',
      email: 'tlho@angiang.gov.vn',
    },
    {
      group: 'Số điện thoại tiếp nhận phản ánh kiến nghị về TTHC',
      name: 'Phòng Tổng hợp - UBND tỉnh',
      phones: '02963.957.006',
      email: 'thutuchanhchinh@angiang.gov.vn',
    },
    {
      group: 'Số điện thoại tiếp nhận phản ánh kiến nghị về TTHC',
      name: 'Tổ kiểm tra công vụ',
      phones: '02963.957.049 - 0378.247.247',
      email: 'kiemtracongvu@angiang.gov.vn',
      hours: 'Giờ hành chính, thứ Hai – thứ Sáu',
    },
    {
      group: 'Đường dây nóng ngành Nội vụ An Giang',
      name: 'Ông Lê Nguyên Châu',
      position: 'Giám đốc Sở',
      phones: '0907.312.277',
    },
    { group: 'Đường dây nóng ngành Nội vụ An Giang', name: 'Thanh tra Sở', phones: '02963.981.818' },
  ],
  'visit-counter': [{ total: 11529, today: 342, yesterday: 401, month: 9120, online: 17 }],
};
