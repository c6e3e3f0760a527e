import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * The box a story's widget sits in: the column width from the `width` arg, and a dark page behind
 * `theme="dark"`. Shared by every widget's stories (styleMap, so strict CSP pages could show it too).
 */
export const storyFrame: Decorator = (story, { args }) => html`
  <div
    style=${styleMap({
      maxWidth: (args.width as string | undefined) ?? 'none',
      padding: '1rem',
      background: args.theme === 'dark' ? '#0d0f12' : 'transparent',
    })}
  >
    ${story()}
  </div>
`;
