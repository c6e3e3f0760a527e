/**
 * The one-file drop-in (`dist/sen-widgets.js`): every element with Lit inside, for a single
 * `<script type="module">`. It also turns editor-safe `data-sen-widget` embeds into elements,
 * now and when added later.
 */
import '../shared/trusted-types-guard.js'; // before Lit runs
import { EMBED_ATTRIBUTE, upgradeEmbed } from '../loader/embeds.js';
import { watchTree } from '../loader/watch-tree.js';

export * from '../index.js';

watchTree(document, (element) => {
  if (element.hasAttribute(EMBED_ATTRIBUTE)) upgradeEmbed(element);
});
