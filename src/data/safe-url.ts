/**
 * URLs that come from the data. Only relative URLs and http:, https:, mailto: and tel: ever
 * become links; `javascript:`, `data:`, `vbscript:` and anything unparseable render as text.
 * The URL parser also strips the tabs and newlines people hide inside "java\tscript:".
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/** The absolute link for `value` resolved against `base` (the JSON document's URL), or null. */
export function safeLinkUrl(value: string | null | undefined, base: string): string | null {
  return resolveWith(value, base, LINK_SCHEMES);
}

/** The absolute image source for `value`, or null (no data:, no blob:, no scripts). */
export function safeImageUrl(value: string | null | undefined, base: string): string | null {
  return resolveWith(value, base, IMAGE_SCHEMES);
}

/** `rel` for a link: links that leave the page's origin get `noopener noreferrer`. */
export function relFor(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin === location.origin ? undefined : 'noopener noreferrer';
  } catch {
    return undefined;
  }
}

function resolveWith(value: string | null | undefined, base: string, schemes: Set<string>): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
