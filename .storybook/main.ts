import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

// The built studio (npm run build) is served at ./studio/ so the "Getting started" page can link to it.
const studio = existsSync('dist/studio/index.html') ? [{ from: '../dist/studio', to: '/studio' }] : [];

const config: StorybookConfig = {
  stories: ['../stories/docs/getting-started.mdx', '../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Its own small Vite config: the library build's settings (lib mode) are not for Storybook.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }, ...studio],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
