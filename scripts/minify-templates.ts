import type { Plugin } from 'vite';

/**
 * Build only: bundlers keep Lit's `css\`…\`` and `html\`…\`` templates as written, indentation
 * and all. This collapses that white space (and CSS comments). Conservative on purpose:
 * - html: every run of white space becomes one space (no `<pre>` or `<textarea>` in our templates);
 * - css: also drops spaces around `{ } ; , >`, but never before `:` (`a :hover` ≠ `a:hover`);
 * - `${…}` expressions are copied untouched (nested templates inside them are minified too).
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'sen-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      return { code: minifyTemplatesIn(code), map: null };
    },
  };
}

export function minifyTemplatesIn(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const match = /\b(css|html)`/g;
    match.lastIndex = i;
    const found = match.exec(code);
    if (!found) break;
    const start = found.index + found[0].length;
    out += code.slice(i, start);
    const end = templateEnd(code, start);
    out += minifyTemplateBody(code.slice(start, end), found[1] as 'css' | 'html');
    i = end;
  }
  return out + code.slice(i);
}

/** Index of the closing backtick of a template whose body starts at `from`. */
function templateEnd(code: string, from: number): number {
  for (let i = from; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '`') return i;
    else if (code[i] === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
  }
  throw new Error('minify-templates: unterminated template');
}

/** Index of the `}` that closes an expression starting at `from` (strings and templates skipped). */
function expressionEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '`') i = templateEnd(code, i + 1);
  }
  throw new Error('minify-templates: unterminated expression');
}

/** Minifies the static parts of a template body, recursing into the expressions' templates. */
function minifyTemplateBody(body: string, kind: 'css' | 'html'): string {
  let out = '';
  let i = 0;
  let text = '';
  const flush = () => {
    out += kind === 'css' ? minifyCss(text) : text.replace(/\s+/g, ' ');
    text = '';
  };
  while (i < body.length) {
    if (body[i] === '\\') {
      text += body.slice(i, i + 2);
      i += 2;
    } else if (body[i] === '$' && body[i + 1] === '{') {
      flush();
      const end = expressionEnd(body, i + 2);
      out += '${' + minifyTemplatesIn(body.slice(i + 2, end)) + '}';
      i = end + 1;
    } else text += body[i++];
  }
  flush();
  return out;
}

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}
