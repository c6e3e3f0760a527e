import type { Plugin } from 'vite';

/**
 * Build only: collapses white space and comments inside Lit `css\`…\`` templates, which bundlers
 * leave as written. Conservative on purpose: it never removes a space before `:` (in a selector
 * `a :hover` and `a:hover` differ) and leaves `${…}` interpolations alone.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'sen-minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
