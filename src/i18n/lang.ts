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
  // The element's own property first: set from script, it is reflected to the attribute only later.
  const own = (element as HTMLElement).lang;
  if (own?.trim()) return normalizeLang(own);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')!.trim()) {
      return normalizeLang(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'vi';
}

/**
 * Gives an element its language and messages, resolved on every render from the cascading `lang`:
 * the element's own `lang` takes effect at once; an ancestor's change shows on the next render.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'vi';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get messages(): Messages {
    return catalogs[this.lang];
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.host);
  }
}
