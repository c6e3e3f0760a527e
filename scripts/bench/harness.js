// In-page half of scripts/bench.mjs: renders a widget or its plain baseline from JSON text and
// reports how long it took and what the first page shows. Every figure is one run; Node takes medians.
import { renderPlainCampaigns } from './plain-campaigns.js';
import { renderPlainGallery } from './plain-gallery.js';

const params = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const texts = new Map();
const PLAIN = { 'campaign-list': renderPlainCampaigns, 'exemplar-gallery': renderPlainGallery };
const TITLE_PART = { 'campaign-list': 'item-link', 'exemplar-gallery': 'open' };

/** Style and layout of everything rendered so far, done now (what the next frame would do). */
const settle = () => stage.getBoundingClientRect().height;
/** After the next frame is painted: a requestAnimationFrame callback, then a task. */
export const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function text(url) {
  if (!texts.has(url)) texts.set(url, await (await fetch(url)).text());
  return texts.get(url);
}

function widgetReading(element, kind) {
  const root = element.shadowRoot;
  const countText = root.querySelector('[part="count"]')?.textContent ?? '';
  return {
    titles: [...root.querySelectorAll(`[part="${TITLE_PART[kind]}"]`)].map((node) => node.textContent.trim()),
    count: Number(countText.replace(/\D/g, '')),
  };
}

let widget;
let plain;

/** The widget from JSON text (parsed and given as `.data`) to its first page laid out. */
export async function widgetFirstRender(kind, url, pageSize) {
  const body = await text(url);
  stage.replaceChildren();
  await afterFrame();
  widget = document.createElement(`sen-${kind}`);
  widget.setAttribute('page-size', String(pageSize));
  const loaded = new Promise((resolve) => widget.addEventListener('sen-load', resolve, { once: true }));
  const start = performance.now();
  widget.data = JSON.parse(body);
  stage.append(widget);
  await loaded;
  settle();
  return { ms: performance.now() - start, ...widgetReading(widget, kind) };
}

/** The plain page from the same text to its first page laid out. */
export async function plainFirstRender(kind, url, pageSize) {
  const body = await text(url);
  stage.replaceChildren();
  await afterFrame();
  const start = performance.now();
  plain = PLAIN[kind](body, stage, { pageSize, baseUrl: new URL(url, location.href).href });
  settle();
  return { ms: performance.now() - start, titles: plain.titles(), count: plain.count() };
}

/** A query typed into the widget's search box, to its new first page laid out. */
export async function widgetKeystroke(kind, query) {
  const input = widget.shadowRoot.querySelector('input[type="search"]');
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await widget.updateComplete;
  settle();
  return { ms: performance.now() - start, ...widgetReading(widget, kind) };
}

export async function plainKeystroke(_kind, query) {
  const start = performance.now();
  plain.type(query);
  settle();
  return { ms: performance.now() - start, titles: plain.titles(), count: plain.count() };
}

/**
 * The cold page: one side renders from `src` on a fresh page load. Reports the time from the end of
 * the JSON response to the first page painted, and the longest main-thread task from then on.
 */
export async function cold() {
  const kind = params.get('kind');
  const src = params.get('data');
  const pageSize = Number(params.get('page-size'));
  if (params.get('side') === 'widget') {
    const element = document.createElement(`sen-${kind}`);
    element.setAttribute('page-size', String(pageSize));
    element.setAttribute('src', src);
    const loaded = new Promise((resolve) => element.addEventListener('sen-load', resolve, { once: true }));
    stage.append(element);
    await import(params.get('dist') + '/sen-widgets.js');
    await loaded;
    await afterFrame();
    window.reading = widgetReading(element, kind);
  } else {
    const body = await (await fetch(src)).text();
    const shown = PLAIN[kind](body, stage, { pageSize, baseUrl: new URL(src, location.href).href });
    await afterFrame();
    window.reading = { titles: shown.titles(), count: shown.count() };
  }
  window.rendered = performance.now();
}

/**
 * What keeping a copy of a visit counter's answer costs (each refresh does it) with `others` copies
 * of other widgets' answers (400 kB each) in storage: the mean of 50 writes, in ms.
 */
export async function keptCopyWrite(dist, others) {
  const { keepCopy } = await import(`${dist}/data/kept-copy.js`);
  const clear = () =>
    Object.keys(localStorage).forEach((key) => key.startsWith('sen-widgets:') && localStorage.removeItem(key));
  clear();
  const big = JSON.stringify({ campaigns: 'x'.repeat(400 * 1024) });
  for (let i = 0; i < others; i++) {
    keepCopy(`https://snv.example/api/list-${i}.json`, big, `https://snv.example/api/list-${i}.json`);
  }
  const answer = JSON.stringify({ total: 11529, today: 342, online: 17 });
  const start = performance.now();
  for (let i = 0; i < 50; i++) {
    keepCopy('https://snv.example/api/thong-ke.json', answer, 'https://snv.example/api/thong-ke.json');
  }
  const ms = (performance.now() - start) / 50;
  clear();
  return ms;
}
