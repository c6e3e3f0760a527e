import { fixture, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/hotline-card.js';
import type { SenHotlineCard } from '../../src/hotline-card.js';
import { waitForState } from '../support/helpers.js';

/** Renders a card and waits until it shows data (or the given state). */
export async function card(template: TemplateResult, state = 'ready'): Promise<SenHotlineCard> {
  const el = await fixture<SenHotlineCard>(template);
  await waitForState(el, state);
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A click by the real mouse, through the browser's input pipeline: unlike `element.click()`, it
 * gives the page the user activation that the Clipboard API and `execCommand('copy')` require.
 */
export async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
  await resetMouse();
}

/** What the system clipboard holds, read the way a person would: Ctrl+V into a text field. */
export async function pasteClipboard(): Promise<string> {
  const area = document.createElement('textarea');
  document.body.append(area);
  area.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'v' });
  await sendKeys({ up: 'Control' });
  const value = area.value;
  area.remove();
  return value;
}

/** Waits for a copy button to leave its resting state ("Sao chép"). */
export function copyOutcome(button: HTMLElement, resting = 'Sao chép'): Promise<void> {
  return waitUntil(
    () => text(button) !== resting || button.parentElement!.querySelector('.copy-note'),
    'copy never finished',
    {
      timeout: 4000,
    },
  );
}
