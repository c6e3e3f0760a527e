// The fair baseline for <sen-exemplar-gallery>: a plain page that parses the same JSON text, drops
// invalid records with simple checks (and repeated ids), copies only the public fields, and renders
// a search box, the count, the first page of cards (a photo frame of fixed ratio with a lazy
// image or the initials, the name as a button, position, unit, achievement, award) and a pager. Its search
// really searches (plain-text-search.js).
import { plainSearch } from './plain-text-search.js';

const given = (value) => value !== undefined && value !== null;
const isText = (value) => !given(value) || typeof value === 'string';
const whole = (value, min) => !given(value) || (Number.isInteger(value) && value >= min);
const ISO = /^\d{4}-\d{2}-\d{2}/;

function valid(e) {
  if (typeof e !== 'object' || e === null) return false;
  const idOk = (typeof e.id === 'string' && e.id.trim() !== '') || (Number.isInteger(e.id) && e.id >= 0);
  const photo = e.photo;
  const photoOk =
    !given(photo) ||
    (typeof photo === 'string' && photo.trim() !== '') ||
    (typeof photo === 'object' &&
      typeof photo.src === 'string' &&
      photo.src.trim() !== '' &&
      whole(photo.width, 1) &&
      whole(photo.height, 1));
  const award = e.award;
  const awardOk =
    !given(award) ||
    (typeof award === 'object' &&
      isText(award.title) &&
      isText(award.decision) &&
      (!given(award.date) || ISO.test(award.date)));
  return (
    idOk &&
    typeof e.name === 'string' &&
    e.name.trim() !== '' &&
    (!given(e.kind) || e.kind === 'individual' || e.kind === 'collective') &&
    isText(e.position) &&
    isText(e.unit) &&
    isText(e.achievement) &&
    isText(e.url) &&
    whole(e.year, 1900) &&
    photoOk &&
    awardOk
  );
}

const initials = (name) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(-2)
    .map((word) => [...word][0])
    .join('')
    .toLocaleUpperCase('vi');

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function card(e, baseUrl) {
  const li = element('li', undefined, { class: 'card' });
  const frame = element('div', undefined, { class: 'photo' });
  const src = typeof e.photo === 'string' ? e.photo : e.photo?.src;
  if (src) {
    const img = element('img', undefined, {
      src: new URL(src, baseUrl).href,
      alt: e.name,
      loading: 'lazy',
      decoding: 'async',
    });
    img.addEventListener('error', () =>
      frame.replaceChildren(element('span', initials(e.name), { class: 'placeholder' })),
    );
    frame.append(img);
  } else frame.append(element('span', initials(e.name), { class: 'placeholder' }));
  const name = element('div', undefined, { class: 'name', role: 'heading', 'aria-level': '3' });
  name.append(element('button', e.name, { type: 'button', class: 'open' }));
  li.append(frame, name);
  for (const line of [e.position, e.unit, e.achievement, [e.award?.title, e.year].filter(Boolean).join(' · ')]) {
    if (line) li.append(element('p', line, { class: 'line' }));
  }
  return li;
}

/** Renders the gallery into `stage`; returns what the benchmark reads back and the search box's handler. */
export function renderPlainGallery(text, stage, { pageSize = 12, baseUrl = location.href } = {}) {
  const body = JSON.parse(text);
  const seen = new Set();
  const exemplars = [];
  for (const e of Array.isArray(body) ? body : body.exemplars) {
    if (!valid(e) || seen.has(String(e.id))) continue;
    seen.add(String(e.id));
    const { id, name, kind, position, unit, photo, achievement, award, year, url } = e; // public fields only
    exemplars.push({ id, name, kind, position, unit, photo, achievement, award, year, url });
  }

  const search = plainSearch(exemplars, (e) => [e.name, e.position, e.unit, e.achievement, e.award?.title]);
  const input = element('input', undefined, { type: 'search', 'aria-label': 'Tìm kiếm' });
  const count = element('p', undefined, { class: 'count', role: 'status' });
  const grid = element('ul', undefined, { class: 'grid' });
  const pager = element('nav', undefined, { class: 'pager', 'aria-label': 'Phân trang' });
  let found = exemplars;

  const show = () => {
    count.textContent = `${found.length.toLocaleString('vi')} gương điển hình`;
    grid.replaceChildren(...found.slice(0, pageSize).map((e) => card(e, baseUrl)));
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
  stage.replaceChildren(input, count, grid, pager);

  return {
    count: () => found.length,
    titles: () => [...grid.querySelectorAll('.open')].map((button) => button.textContent),
    type(query) {
      input.value = query;
      input.dispatchEvent(new Event('input'));
    },
  };
}
