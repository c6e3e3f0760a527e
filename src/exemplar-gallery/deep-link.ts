/**
 * The `deep-link` attribute: the open record's id lives in the URL hash as `#exemplar-<id>` (the
 * prefix keeps it apart from the page's own anchors). The hash is replaced, never pushed or
 * assigned: no history entry, no scroll jump, no `hashchange`.
 */
const PREFIX = '#exemplar-';

/** The record id named by the page's hash, if it names one. */
export function idFromHash(): string | undefined {
  const { hash } = location;
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return undefined; // a malformed %-sequence names nothing
  }
}

/**
 * Puts `id` in the hash; with no id, takes the hash `closing` named away again, giving back the
 * hash the page had before (`before`, e.g. `#noi-dung`), if any.
 */
export function writeHash(id: string | undefined, closing?: string, before = ''): void {
  if (id === undefined && idFromHash() !== closing) return;
  history.replaceState(
    history.state,
    '',
    id === undefined ? location.pathname + location.search + before : PREFIX + encodeURIComponent(id),
  );
}
