import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import { vi, type Messages } from './vi.js';

export type Lang = 'vi' | 'en';

const catalogs: Record<Lang, Messages> = { vi, en };

/** `vi`, `vi-VN` → vi; `en`, `en-US` → en; anything else (or nothing) → vi. */
export function normalizeLang(value: string | null | undefined): Lang {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'vi';
}

/** The nearest `lang` attribute from the element up, crossing shadow roots, as the contract says. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')!.trim()) {
      return normalizeLang(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'vi';
}

// One observer for the whole page: a `lang` changed on any ancestor re-renders every widget.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function watchPageLang(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Gives an element its language and messages, kept up to date with the cascading `lang`. */
export class LangController implements ReactiveController {
  lang: Lang = 'vi';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get messages(): Messages {
    return catalogs[this.lang];
  }

  hostConnected(): void {
    watchPageLang(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.host);
  }
}
