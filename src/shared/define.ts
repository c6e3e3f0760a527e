import { VERSION } from './version.js';

/**
 * True when `tag` may be defined now. Webmasters paste snippets twice, and two versions of the
 * library (or the CDN loader and the one file) may meet on one page: the first definition wins, a
 * second copy of the same version stays silent, another version is warned about, never thrown.
 *
 * Each registration file calls `customElements.define` itself, guarded by this, so that tools
 * reading the code (the custom-elements manifest) see which module defines which tag.
 */
export function isTagFree(tag: string): boolean {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) return true;
  if (existing.version !== VERSION) {
    console.warn(
      `${tag}: version ${existing.version ?? 'unknown'} is already registered; version ${VERSION} is not used`,
    );
  }
  return false;
}
