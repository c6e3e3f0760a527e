// ESLint: typescript-eslint for TypeScript, eslint-plugin-lit for Lit templates, eslint-plugin-wc
// for custom-element rules. Prettier owns formatting, so no stylistic rules here.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '**/dist/',
      'storybook-static/',
      'schemas/',
      'custom-elements.json',
      '.bench/',
      '**/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'studio/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'studio/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['scripts/**', 'server/**', 'bin/**', '*.config.*', 'web-test-runner.config.mjs', 'test/server/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
