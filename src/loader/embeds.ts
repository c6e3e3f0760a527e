import { isWidgetName, WIDGET_NAMES } from '../shared/widget-names.js';

/** The attribute of the editor-safe embed form: `<div data-sen-widget="campaign-list" …>`. */
export const EMBED_ATTRIBUTE = 'data-sen-widget';

/** Attributes of the `div` itself that carry over to the element (host CSS and language). */
const KEPT_ATTRIBUTES = ['id', 'class', 'lang', 'dir', 'title'];

/**
 * A `data-*` name that may become an attribute of the widget. Rich-text editors let `data-*`
 * through while they strip event handlers and inline styles: mapping `data-onclick` to `onclick`
 * would hand a page's editors the script the editor took away from them.
 */
function mayMap(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on') && name !== 'style';
}

const warned = new WeakSet<Element>();

/**
 * Replaces an editor-safe `div` with the element it names: `data-sen-widget="campaign-list"`
 * becomes `<sen-campaign-list>`, each other `data-x` the attribute `x`. The fallback content moves
 * inside the element, where it shows until the element is defined (and to visitors without
 * JavaScript, who never get this far); the widget's shadow root hides it from then on. An unknown
 * name leaves the `div` alone, with one console warning. Returns the new element.
 */
export function upgradeEmbed(div: Element): Element | undefined {
  const name = div.getAttribute(EMBED_ATTRIBUTE)?.trim().toLowerCase() ?? '';
  if (!isWidgetName(name)) {
    if (!warned.has(div)) {
      warned.add(div);
      console.warn(
        `sen-widgets: ${EMBED_ATTRIBUTE}="${div.getAttribute(EMBED_ATTRIBUTE)}" names no widget; use one of ${WIDGET_NAMES.join(', ')}`,
      );
    }
    return undefined;
  }
  const element = div.ownerDocument.createElement(`sen-${name}`);
  for (const { name: attribute, value } of [...div.attributes]) {
    if (attribute === EMBED_ATTRIBUTE) continue;
    if (attribute.startsWith('data-')) {
      const mapped = attribute.slice('data-'.length);
      if (mayMap(mapped)) element.setAttribute(mapped, value);
    } else if (KEPT_ATTRIBUTES.includes(attribute)) {
      element.setAttribute(attribute, value);
    }
  }
  element.append(...div.childNodes);
  div.replaceWith(element);
  return element;
}

/** Upgrades every editor-safe embed in `root` (and `root` itself when it is one). */
export function upgradeEmbeds(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(`[${EMBED_ATTRIBUTE}]`)];
  if (root instanceof Element && root.hasAttribute(EMBED_ATTRIBUTE)) found.unshift(root);
  return found.map(upgradeEmbed).filter((element): element is Element => element !== undefined);
}
