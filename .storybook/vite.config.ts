import { defineConfig } from 'vite';

export default defineConfig({ define: { __SEN_VERSION__: JSON.stringify('storybook') } });
