import type { WidgetName } from '../../src/check.js';

/** What the embed code says: the widget, where its data lives, where the package files are. */
export interface EmbedOptions {
  widget: WidgetName;
  /** The endpoint URL the page will fetch (where the normalized JSON is uploaded). */
  src: string;
  /** The folder holding `sen-widgets.js` and `cdn/`, ending in `/`. */
  packageBase: string;
  /** Further attributes in their HTML names, in order (`layout`, `page-size`, `theme`, `lang`). */
  attributes: [name: string, value: string][];
  /** `--sen-*` properties chosen in the studio, to ship with the element. */
  properties: [name: string, value: string][];
  /** The fallback link's words in the editor-safe form, in the page's language. */
  fallbackText: string;
}

/** One piece of code to paste somewhere, with a copy button of its own. */
export interface Snippet {
  /** Where it goes; a key of the studio's messages. */
  place: 'page' | 'template' | 'content' | 'script' | 'markup';
  code: string;
}

export type EmbedForm = 'cdn' | 'one-file' | 'editor-safe' | 'npm';
export const EMBED_FORMS: readonly EmbedForm[] = ['cdn', 'one-file', 'editor-safe', 'npm'];

/** HTML attribute values: nothing in the data may break out of the quotes. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const attributes = (pairs: [string, string][], prefix = '') =>
  pairs.map(([name, value]) => ` ${prefix}${name}="${attribute(value)}"`).join('');

/** A `<style>` block for the chosen colours, or nothing when none was changed. */
function styleBlock(tag: string, properties: EmbedOptions['properties']): string {
  if (!properties.length) return '';
  // Property values come from colour inputs; anything that could end the block is refused.
  const safe = properties.filter(([name, value]) => /^--sen-[a-z-]+$/.test(name) && /^[#\w\s(),.%-]+$/.test(value));
  return `<style>\n  ${tag} {\n${safe.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n</style>\n`;
}

/**
 * The embed code for each form the package supports (contract: CDN folder with its loader, the
 * one file, the editor-safe `data-sen-widget` form, npm).
 */
export function embedSnippets(options: EmbedOptions): Record<EmbedForm, Snippet[]> {
  const tag = `sen-${options.widget}`;
  const pairs: [string, string][] = [['src', options.src], ...options.attributes];
  const element = `<${tag}${attributes(pairs)}></${tag}>`;
  const style = styleBlock(tag, options.properties);
  const script = (file: string) => `<script type="module" src="${attribute(options.packageBase + file)}"></script>`;
  const editorSafe =
    `<div data-sen-widget="${options.widget}"${attributes(pairs, 'data-')}>\n` +
    `  <a href="${attribute(options.src)}">${text(options.fallbackText)}</a>\n</div>`;
  return {
    cdn: [{ place: 'page', code: `${style}${script('cdn/sen-loader.js')}\n${element}` }],
    'one-file': [{ place: 'page', code: `${style}${script('sen-widgets.js')}\n${element}` }],
    'editor-safe': [
      { place: 'template', code: `${style}${script('cdn/sen-loader.js')}` },
      { place: 'content', code: editorSafe },
    ],
    npm: [
      { place: 'script', code: `import 'sen-widgets/${options.widget}.js';` },
      { place: 'markup', code: `${style}${element}` },
    ],
  };
}
