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
 * Bilingual portals switch `<html lang>` (or a wrapper's) with a script. One observer per root
 * (the document, or a shadow root widgets sit in) watches `lang` attributes for every widget in
 * it, instead of one observer per widget.
 */
const followers = new Map<Node, { observer: MutationObserver; controllers: Set<LangController> }>();

function follow(root: Node, controller: LangController): void {
  let entry = followers.get(root);
  if (!entry) {
    const controllers = new Set<LangController>();
    const observer = new MutationObserver(() => controllers.forEach((each) => each.recheck()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    followers.set(root, (entry = { observer, controllers }));
  }
  entry.controllers.add(controller);
}

function unfollow(root: Node, controller: LangController): void {
  const entry = followers.get(root);
  if (!entry) return;
  entry.controllers.delete(controller);
  if (entry.controllers.size) return;
  entry.observer.disconnect();
  followers.delete(root);
}

/** The element's root, and each enclosing root up to the document: a `lang` may change in any. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

/**
 * Gives an element its language and messages from the cascading `lang`: the element's own takes
 * effect at once, and a change on any ancestor (the page's language switch) re-renders it.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'vi';
  private roots: Node[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get messages(): Messages {
    return catalogs[this.lang];
  }

  hostConnected(): void {
    this.roots = rootsOf(this.host);
    for (const root of this.roots) follow(root, this);
  }

  hostDisconnected(): void {
    for (const root of this.roots) unfollow(root, this);
    this.roots = [];
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.host);
  }

  /** Called when some `lang` attribute in the element's roots changed. */
  recheck(): void {
    if (resolveLang(this.host) !== this.lang) this.host.requestUpdate();
  }
}
