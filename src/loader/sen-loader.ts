/**
 * The CDN loader (`dist/cdn/sen-loader.js`): finds `sen-*` elements and editor-safe
 * `data-sen-widget` embeds on the page, now and later (in open shadow roots too), and imports only
 * those widgets' modules, from the folder this file was loaded from. It holds no widget code.
 */
import { isWidgetName, WIDGET_NAMES } from '../shared/widget-names.js';
import { EMBED_ATTRIBUTE, upgradeEmbed } from './embeds.js';
import { watchTree } from './watch-tree.js';

declare const __SEN_CDN_GRAPH__: Record<string, string[]> | undefined;
/**
 * The chunks each widget module imports, written in at build time: they are requested together
 * with the widget instead of after it (one round trip instead of two).
 */
const chunksOf: Record<string, string[]> = typeof __SEN_CDN_GRAPH__ === 'object' ? __SEN_CDN_GRAPH__ : {};

const requested = new Set<string>();
const warned = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const name = tag.slice('sen-'.length);
  if (!isWidgetName(name)) {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `sen-loader: there is no <${tag}>; the widgets are ${WIDGET_NAMES.map((n) => `<sen-${n}>`).join(', ')}`,
      );
    }
    return;
  }
  requested.add(tag);
  const files = [...(chunksOf[tag] ?? []), `${tag}.js`];
  Promise.all(files.map((file) => import(/* @vite-ignore */ new URL(file, import.meta.url).href))).catch((error) => {
    requested.delete(tag); // another element of this kind, added later, tries again
    console.error(`sen-loader: could not load ${tag}.js (${error instanceof Error ? error.message : error})`);
  });
}

watchTree(document, (element) => {
  if (element.hasAttribute(EMBED_ATTRIBUTE)) {
    const upgraded = upgradeEmbed(element);
    if (upgraded) load(upgraded.localName);
  } else if (element.localName.startsWith('sen-')) {
    load(element.localName);
  }
});
