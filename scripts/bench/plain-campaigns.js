// The fair baseline for <sen-campaign-list>: what a careful plain page does by hand with the same
// JSON text. It parses it, drops invalid records with simple checks (and repeated ids), works out
// each status from the dates and today in Vietnam, sorts newest first the same way (ties by title
// in Vietnamese order), and renders a search box, the count, the first page and a pager. Its search
// really searches (plain-text-search.js).
import { plainSearch } from './plain-text-search.js';

const LEVELS = { national: 'Toàn quốc', provincial: 'Cấp tỉnh', local: 'Cơ sở' };
const STATUSES = { upcoming: 'Sắp diễn ra', ongoing: 'Đang diễn ra', ended: 'Đã kết thúc', cancelled: 'Đã hủy' };
const TARGETS = { collective: 'Tập thể', individual: 'Cá nhân' };
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const given = (value) => value !== undefined && value !== null;
const isText = (value) => !given(value) || typeof value === 'string';
const isDate = (value) =>
  !given(value) || (typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10))));
const listOf = (value, ok) => !given(value) || (Array.isArray(value) && value.every(ok));

function valid(c) {
  if (typeof c !== 'object' || c === null) return false;
  const id = c.id;
  const idOk = (typeof id === 'string' && id.trim() !== '') || (Number.isInteger(id) && id >= 0);
  const doc = c.document;
  const docOk =
    !given(doc) ||
    (typeof doc === 'string' && doc.trim() !== '') ||
    (typeof doc === 'object' &&
      isText(doc.type) &&
      isText(doc.number) &&
      isDate(doc.date) &&
      isText(doc.url) &&
      isText(doc.title));
  return (
    idOk &&
    typeof c.title === 'string' &&
    c.title.trim() !== '' &&
    isText(c.summary) &&
    isText(c.launchedBy) &&
    isText(c.url) &&
    (!given(c.level) || c.level in LEVELS) &&
    (!given(c.status) || c.status in STATUSES) &&
    isDate(c.startDate) &&
    isDate(c.endDate) &&
    listOf(c.targets, (t) => t in TARGETS) &&
    listOf(c.fields, (f) => typeof f === 'string') &&
    docOk
  );
}

const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const day = (date) => date.slice(0, 10);
const shortDate = (date) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function item(c) {
  const li = element('li', undefined, { class: 'item' });
  const head = element('div', undefined, { class: 'item-head' });
  head.append(
    c.url ? element('a', c.title, { href: c.url, class: 'title' }) : element('b', c.title, { class: 'title' }),
  );
  if (c.status) head.append(element('span', STATUSES[c.status], { class: `badge badge--${c.status}` }));
  li.append(head);
  if (c.summary) li.append(element('p', c.summary, { class: 'summary' }));
  const meta = element('dl', undefined, { class: 'meta' });
  const row = (label, value) => value && meta.append(element('dt', label), element('dd', value));
  const period = [c.startDate && shortDate(c.startDate), c.endDate && shortDate(c.endDate)].filter(Boolean).join(' – ');
  row('Thời gian', period);
  row('Phát động', c.launchedBy);
  row('Cấp phát động', LEVELS[c.level]);
  row('Đối tượng', c.targets?.map((t) => TARGETS[t]).join(', '));
  row('Lĩnh vực', c.fields?.join(', '));
  const doc = c.document;
  row(
    'Văn bản',
    typeof doc === 'string' ? doc : doc && `Văn bản số ${doc.number}${doc.date ? ` ngày ${shortDate(doc.date)}` : ''}`,
  );
  li.append(meta);
  return li;
}

/** Renders the list into `stage`; returns what the benchmark reads back and the search box's handler. */
export function renderPlainCampaigns(text, stage, { pageSize = 10 } = {}) {
  const body = JSON.parse(text);
  const seen = new Set();
  const campaigns = [];
  for (const c of Array.isArray(body) ? body : body.campaigns) {
    if (!valid(c) || seen.has(String(c.id))) continue;
    seen.add(String(c.id));
    campaigns.push(c);
  }

  const today = todayInVietnam();
  for (const c of campaigns) {
    if (c.status || (!c.startDate && !c.endDate)) continue;
    c.status =
      c.startDate && today < day(c.startDate) ? 'upcoming' : c.endDate && today > day(c.endDate) ? 'ended' : 'ongoing';
  }

  const collator = new Intl.Collator('vi');
  const keyed = campaigns.map((c) => ({
    c,
    key: c.startDate ?? (typeof c.document === 'object' ? c.document?.date : undefined) ?? c.endDate,
  }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return collator.compare(a.c.title, b.c.title);
    if (a.key === undefined) return 1;
    if (b.key === undefined) return -1;
    return a.key < b.key ? 1 : -1;
  });
  const sorted = keyed.map((k) => k.c);

  const search = plainSearch(sorted, (c) => [
    c.title,
    c.summary,
    c.launchedBy,
    typeof c.document === 'string' ? c.document : c.document?.number,
    ...(c.fields ?? []),
  ]);

  const input = element('input', undefined, { type: 'search', 'aria-label': 'Tìm phong trào' });
  const count = element('p', undefined, { class: 'count', role: 'status' });
  const list = element('ul', undefined, { class: 'items' });
  const pager = element('nav', undefined, { class: 'pager', 'aria-label': 'Phân trang' });
  let found = sorted;

  const show = () => {
    count.textContent = `${found.length.toLocaleString('vi')} phong trào`;
    list.replaceChildren(...found.slice(0, pageSize).map(item));
    const pages = Math.max(1, Math.ceil(found.length / pageSize));
    pager.replaceChildren(
      element('button', '‹ Trước', { disabled: '' }),
      element('span', `Trang 1 trên ${pages}`),
      element('button', 'Sau ›'),
    );
  };
  input.addEventListener('input', () => {
    found = search(input.value);
    show();
  });
  show();
  stage.replaceChildren(input, count, list, pager);

  return {
    count: () => found.length,
    titles: () => [...list.querySelectorAll('.title')].map((title) => title.textContent),
    type(query) {
      input.value = query;
      input.dispatchEvent(new Event('input'));
    },
  };
}
