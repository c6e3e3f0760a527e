import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { installNeverAnsweringUrls } from '../stories/support/never-answering.js';

// The API tables (attributes, properties, events, parts, CSS properties) come from the manifest,
// which is generated from the components' JSDoc: written once.
setCustomElementsManifest(manifest);
installNeverAnsweringUrls();

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Page language (the widgets follow the nearest lang)',
      toolbar: { title: 'Language', items: ['vi', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'vi' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.lang = (globals.lang as string) ?? 'vi';
      return story();
    },
    // The state each story should reach, for scripts/storybook-smoke.mjs.
    (story, { parameters }) => html`<div data-expect-state=${parameters.expectState ?? 'ready'}>${story()}</div>`,
  ],
};

export default preview;
