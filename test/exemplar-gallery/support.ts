import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/exemplar-gallery.js';
import type { SenExemplarGallery } from '../../src/exemplar-gallery.js';
import { waitForState } from '../support/helpers.js';

/** The twelve sample exemplars, served as a plain file: its relative photo URLs resolve next to it. */
export const SAMPLE = '/test/fixtures/exemplars-sample.json';

/** Names of the sample, in data order. */
export const SAMPLE_NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bích',
  'Hội Nông dân xã Mỹ Khánh',
  'Lê Hoàng Phúc',
  'Phạm Thị Thủy',
  'Đoàn Thanh niên xã Vĩnh Thạnh',
  'Võ Minh Đức',
  'Nguyễn Thị Hòa',
  'Đặng Văn Khoa',
  'Huỳnh Thị Mai',
  'Tổ dân phố số 3',
  'Lý Quốc Bảo',
];

export async function gallery(template: TemplateResult, inside?: string): Promise<SenExemplarGallery> {
  const root = await fixture<HTMLElement>(template);
  const el = (inside ? root.querySelector(inside) : root) as SenExemplarGallery;
  await waitForState(el, 'ready');
  return el;
}

export const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<E>(`[part~="${name}"]`);

export const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')];

export const names = (el: Element) => cards(el).map((card) => card.querySelector('[part="open"]')!.textContent!.trim());

export const cardButton = (el: Element, name: string) =>
  cards(el)
    .map((card) => card.querySelector<HTMLButtonElement>('[part="open"]')!)
    .find((button) => button.textContent!.trim() === name)!;

export const dialog = (el: Element) => el.shadowRoot!.querySelector('dialog')!;

/** The dialog's "3 / 12" (without the name that follows it for screen readers). */
export const counter = (el: Element) =>
  [...(dialog(el).querySelector('[part="counter"]')?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
export const counterText = (el: Element) =>
  (dialog(el).querySelector('[part="counter"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const dialogName = (el: Element) => dialog(el).querySelector('[part="detail-name"]')?.textContent?.trim();

/** What a person types in the search box (input events, as typing gives). */
export async function search(el: SenExemplarGallery, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'search')!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Picks an option of the filter labelled `label`. */
export async function choose(el: SenExemplarGallery, label: string, value: string): Promise<void> {
  const select = filter(el, label)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function filter(el: Element, label: string): HTMLSelectElement | undefined {
  return (
    [...el.shadowRoot!.querySelectorAll('[part="filter"]')]
      .find((control) => control.querySelector('.control-label')!.textContent!.trim() === label)
      ?.querySelector('select') ?? undefined
  );
}

export const options = (select: HTMLSelectElement) => [...select.options].map((option) => option.textContent!.trim());

export async function openDialog(el: SenExemplarGallery, name: string): Promise<HTMLButtonElement> {
  const button = cardButton(el, name);
  button.click();
  await el.updateComplete;
  return button;
}
