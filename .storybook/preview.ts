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
    // Where the widgets live on a provincial portal: the sidebar column, and a phone.
    viewport: {
      options: {
        sidebar: { name: 'Cột bên · Sidebar (300 px)', styles: { width: '300px', height: '800px' }, type: 'other' },
        content: { name: 'Nội dung · Content (720 px)', styles: { width: '720px', height: '900px' }, type: 'tablet' },
        phone: { name: 'Điện thoại · Phone (360 px)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
      },
    },
    options: { storySort: { order: ['Getting started', 'Widgets'] } },
  },
  globalTypes: {
    lang: {
      description: 'Page language (the widgets follow the nearest lang)',
      toolbar: { title: 'Language', icon: 'globe', items: ['vi', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Theme of every widget in the story (a story that sets its own keeps it)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Sáng · Light', icon: 'sun' },
          { value: 'dark', title: 'Tối · Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.lang = (globals.lang as string) ?? 'vi';
      return story();
    },
    // The toolbar's theme reaches the widget as its `theme` arg (and the frame's dark page).
    (story, { args, globals }) =>
      story({ args: { ...args, theme: args.theme ?? (globals.theme === 'dark' ? 'dark' : undefined) } }),
    // The state each story should reach, for scripts/storybook-smoke.mjs.
    (story, { parameters }) => html`<div data-expect-state=${parameters.expectState ?? 'ready'}>${story()}</div>`,
  ],
};

export default preview;
