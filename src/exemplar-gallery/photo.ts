import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeImageUrl } from '../data/safe-url.js';
import type { ExemplarPhoto } from './exemplar.schema.js';
import { initials } from './initials.js';

/** What a photo frame needs to know besides the photo. */
export interface PhotoContext {
  /** Relative URLs resolve against this (the JSON document's URL). */
  baseUrl: string;
  /** Image URLs that failed to load: they show the placeholder from then on. */
  broken: ReadonlySet<string>;
  onError: (src: string) => void;
}

/**
 * A photo in a frame whose size is fixed by CSS (`aspect-ratio`), so nothing moves when it
 * arrives. A missing, unsafe or broken photo is the placeholder with the name's initials instead:
 * never a broken-image icon.
 */
export function photoFrame(
  photo: ExemplarPhoto | undefined,
  name: string,
  context: PhotoContext,
  lazy = true,
): TemplateResult {
  const src = safeImageUrl(photo?.src, context.baseUrl);
  const srcset = photo?.srcset ? safeSrcset(photo.srcset, context.baseUrl) : '';
  return html`<div part="photo" class="photo">
    ${
      src && !context.broken.has(src)
        ? html`<img
            src=${src}
            srcset=${srcset || nothing}
            sizes=${srcset ? '(min-width: 40em) 20em, 50vw' : nothing}
            alt=${photo?.alt ?? name}
            width=${ifDefined(photo?.width)}
            height=${ifDefined(photo?.height)}
            loading=${lazy ? 'lazy' : 'eager'}
            decoding="async"
            @error=${() => context.onError(src)}
          />`
        : html`<span part="placeholder" class="placeholder" aria-hidden="true">${initials(name)}</span>`
    }
  </div>`;
}

/**
 * `srcset` with every candidate URL made safe (resolved against the document, http(s) only);
 * unsafe candidates are left out. Follows the HTML parser: a URL runs to white space, and a URL
 * ending in commas has no descriptor.
 */
export function safeSrcset(srcset: string, baseUrl: string): string {
  const candidates: string[] = [];
  let rest = srcset;
  while ((rest = rest.replace(/^[\s,]+/, ''))) {
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      descriptor = /^[^,]*/.exec(rest)![0];
      rest = rest.slice(descriptor.length);
    }
    const safe = safeImageUrl(url, baseUrl);
    if (safe) candidates.push(`${safe} ${descriptor.trim()}`.trim());
  }
  return candidates.join(', ');
}
