/**
 * The last good answer for each `src`, kept in localStorage so a widget can still show something
 * (marked as possibly out of date) when its endpoint is down. Bounded in count and size; storage
 * that is full, disabled or blocked simply keeps nothing.
 */
const PREFIX = 'sen-widgets:copy:';
const MAX_COPIES = 12;
const MAX_CHARS = 512 * 1024;

export interface KeptCopy {
  /** The JSON text as it was fetched. */
  text: string;
  /** The URL the text came from, for resolving relative links. */
  url: string;
  /** When it was fetched (ms since the epoch). */
  savedAt: number;
}

export function keepCopy(src: string, text: string, url: string, now = Date.now()): void {
  if (text.length > MAX_CHARS) return;
  try {
    localStorage.setItem(PREFIX + src, JSON.stringify({ text, url, savedAt: now } satisfies KeptCopy));
    evictOldest();
  } catch {
    // Quota exceeded or storage unavailable (private mode, sandboxed iframe): keep nothing.
  }
}

export function readCopy(src: string): KeptCopy | null {
  try {
    const raw = localStorage.getItem(PREFIX + src);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<KeptCopy>;
    if (typeof copy.text !== 'string' || typeof copy.savedAt !== 'number') return null;
    return { text: copy.text, url: typeof copy.url === 'string' ? copy.url : src, savedAt: copy.savedAt };
  } catch {
    return null;
  }
}

function evictOldest(): void {
  const copies: { key: string; savedAt: number }[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const savedAt = readCopy(key.slice(PREFIX.length))?.savedAt ?? 0;
    copies.push({ key, savedAt });
  }
  copies.sort((a, b) => b.savedAt - a.savedAt);
  for (const { key } of copies.slice(MAX_COPIES)) localStorage.removeItem(key);
}
