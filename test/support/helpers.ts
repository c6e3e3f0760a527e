import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { settings } from '../../src/data/settings.js';

const defaults = { ...settings };

/** Restores the library settings a test changed (call in afterEach). */
export function restoreSettings(): void {
  Object.assign(settings, defaults);
}

/** Fast retries for tests; the 10 s budget itself is shortened only where a test says so. */
export function fastRetries(): void {
  settings.retryDelay = 20;
}

/** A fresh id, so parallel browsers and earlier tests never share server-side counters. */
export function uid(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A URL on the test server's scripted endpoint (see test/server/fault-middleware.mjs). */
export function fault(params: Record<string, string | number>, path = 'respond'): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/faults/${path}?${query}`;
}

/** How many requests (and with which methods) the server saw for an id. */
export async function requestsSeen(id: string): Promise<{ count: number; methods: string[] }> {
  const response = await fetch(`/faults/count?id=${encodeURIComponent(id)}`);
  return response.json();
}

export function waitForState(element: Element, state: string, timeout = 8000): Promise<void> {
  return waitUntil(
    () => element.getAttribute('state') === state,
    `state never became ${state} (is ${element.getAttribute('state')})`,
    { timeout },
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects console.warn lines while `run` runs (the contract's warnings are part of the interface). */
export async function collectWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return lines;
}

/** The visible text of an element's shadow root, white space collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Renders `template`, puts it on the page and waits for its element's first `name` event. The
 * listener is attached before the element joins the page: a fast local answer can come back
 * before a fixture has settled.
 */
export async function firstEventOf<E extends Element = HTMLElement, K extends 'sen-load' | 'sen-error' = 'sen-error'>(
  template: TemplateResult,
  name: K,
): Promise<{ el: E; detail: GlobalEventHandlersEventMap[K]['detail'] }> {
  const box = document.createElement('div');
  render(template, box);
  const el = box.firstElementChild as E;
  const event = oneEvent(el, name);
  (await fixture(html`<div></div>`)).append(box);
  return { el, detail: (await event).detail };
}
