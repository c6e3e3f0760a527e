// The benchmark's data: realistic campaign and exemplar documents as JSON text, the same for a given
// size on every run. About one record in thirty is invalid in a way the widgets drop (a number for a
// title, an unknown level, a repeated id, a date written the Vietnamese way, a missing name), so
// validation has real work to do; exemplars carry the private fields awards databases hold.

const TOPICS = [
  'xây dựng nông thôn mới',
  'vì người nghèo',
  'doanh nghiệp hội nhập và phát triển',
  'văn hóa công sở',
  'cải cách hành chính',
  'phát triển hạ tầng giao thông',
  'bảo vệ an ninh Tổ quốc',
  'đổi mới giáo dục',
  'chăm sóc sức khỏe nhân dân',
  'chuyển đổi số',
  'dân vận khéo',
  'học tập suốt đời',
];
const AUTHORITIES = ['Thủ tướng Chính phủ', 'UBND tỉnh An Giang', 'Tỉnh ủy An Giang', 'UBND huyện Chợ Mới'];
const LEVELS = ['national', 'provincial', 'local'];
const FIELDS = ['Nông nghiệp', 'Tổng hợp', 'Y tế', 'Giáo dục', 'Nội vụ', 'Giao thông'];
const pad = (n) => String(n).padStart(2, '0');

/** One campaign; `i` picks its words, dates and (rarely) its defect. */
function campaign(i) {
  const topic = TOPICS[i % TOPICS.length];
  const year = 2012 + (i % 15);
  const record = {
    id: `pt-${i}`,
    title: `Phong trào thi đua ${topic} số ${i + 1}`,
    summary: `Thi đua ${TOPICS[(i * 7) % TOPICS.length]} gắn với ${TOPICS[(i * 5) % TOPICS.length]} giai đoạn ${year} - ${year + 3} trên địa bàn tỉnh An Giang.`,
    launchedBy: AUTHORITIES[i % AUTHORITIES.length],
    level: LEVELS[i % 3],
    startDate: `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
    endDate: `${year + 1 + (i % 4)}-12-31`,
    targets: i % 2 ? ['collective', 'individual'] : ['collective'],
    fields: [FIELDS[i % FIELDS.length]],
    // Half cite their plan as written on official pages, half give the parts.
    document:
      i % 2
        ? `Kế hoạch số ${i + 1}/KH-UBND ngày ${1 + (i % 28)}/${1 + (i % 12)}/${year}`
        : { number: `${i + 1}/QĐ-UBND`, date: `${year}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}` },
    url: `https://snv.angiang.gov.vn/phong-trao/${i}`,
  };
  if (i % 5 === 0) record.status = ['ongoing', 'cancelled', 'ended'][i % 3];
  if (i % 97 === 3) record.title = 42;
  if (i % 89 === 5) record.level = 'city';
  if (i % 101 === 7) record.id = `pt-${i - 1}`;
  if (i % 83 === 11) record.startDate = `01/02/${year}`;
  return record;
}

const GIVEN = [
  'Văn An',
  'Thị Bích',
  'Hoàng Phúc',
  'Thị Thủy',
  'Minh Đức',
  'Thị Hòa',
  'Văn Khoa',
  'Thị Mai',
  'Quốc Bảo',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Lý', 'Đoàn'];
const UNITS = [
  'Xã Mỹ Hòa Hưng',
  'Phường Mỹ Bình',
  'Huyện Thoại Sơn',
  'Trường THPT Long Xuyên',
  'Hội Nông dân xã Mỹ Khánh',
];

function exemplar(i) {
  const collective = i % 7 === 0;
  const record = {
    id: `gdh-${i}`,
    name: collective ? `Tổ dân phố số ${i}` : `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 5) % GIVEN.length]} ${i}`,
    kind: collective ? 'collective' : 'individual',
    position: collective ? undefined : ['Trưởng ấp', 'Giáo viên', 'Bác sĩ', 'Chủ tịch UBND xã'][i % 4],
    unit: UNITS[i % UNITS.length],
    photo: i % 3 ? { src: `/demo/data/photos/silhouette-${1 + (i % 8)}.svg`, width: 300, height: 400 } : undefined,
    achievement: `${TOPICS[i % TOPICS.length]}: vận động nhân dân hiến ${i % 50} m² đất làm đường giao thông nông thôn.`,
    award: {
      title: 'Bằng khen của Chủ tịch UBND tỉnh',
      decision: `${i + 1}/QĐ-UBND`,
      date: `${2015 + (i % 10)}-05-01`,
    },
    year: 2015 + (i % 10),
    // What an awards database also holds, and the widget must never show.
    citizenId: `0890750${String(i).padStart(5, '0')}`,
    birthDate: '1975-03-14',
  };
  if (i % 97 === 3) delete record.name;
  if (i % 89 === 5) record.kind = 'group';
  if (i % 101 === 7) record.id = `gdh-${i - 1}`;
  return record;
}

/** `{ "campaigns": [...] }` as JSON text. */
export const campaignsJson = (count) =>
  JSON.stringify({ campaigns: Array.from({ length: count }, (_, i) => campaign(i)) });

/** `{ "exemplars": [...] }` as JSON text. */
export const exemplarsJson = (count) =>
  JSON.stringify({ exemplars: Array.from({ length: count }, (_, i) => exemplar(i)) });

/** Queries typed in the keystroke measurement: without and with diacritics, a number, a short prefix, punctuation. */
export const QUERIES = {
  'campaign-list': ['nong thon', 'nông thôn mới', 'van hoa cong so', 'dan', '16/kh', 'thu tuong giao duc 99'],
  'exemplar-gallery': ['nguyen', 'Nguyễn', 'truong thpt', 'thi', 'bac si my', 'duc 12'],
};
