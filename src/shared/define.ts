import { VERSION } from './version.js';

/**
 * Registers a tag unless it already is: webmasters paste snippets twice, and two versions of the
 * library may meet on one page. The first definition wins; a different version is only warned
 * about, never thrown.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(
        `${tag}: version ${existing.version ?? 'unknown'} is already registered; version ${VERSION} is not used`,
      );
    }
    return;
  }
  customElements.define(tag, element);
}
