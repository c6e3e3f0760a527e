/**
 * The last good answer for each `src`, kept in localStorage so a widget can still show something
 * (marked as possibly out of date) when its endpoint is down. Bounded in count and size; storage
 * that is full, disabled or blocked simply keeps nothing.
 *
 * Which copies there are and when each was saved is kept in a small index of its own, so keeping a
 * copy costs the same however large the other widgets' copies are: the index is read (it is a few
 * hundred bytes, and another tab may have written since), updated and written back; no copy is
 * parsed. Copies saved before the index existed are found once, when there is no index yet.
 */
const PREFIX = 'sen-widgets:copy:';
const INDEX = 'sen-widgets:copies';
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

/** When each copy was saved, by `src`. */
type CopyIndex = Record<string, number>;

export function keepCopy(src: string, text: string, url: string, now = Date.now()): void {
  if (text.length > MAX_CHARS) return;
  try {
    const index = readIndex();
    index[src] = now;
    // The oldest go first, before the new copy needs the room.
    const newestFirst = Object.keys(index).sort((a, b) => index[b] - index[a]);
    for (const old of newestFirst.slice(MAX_COPIES)) {
      localStorage.removeItem(PREFIX + old);
      delete index[old];
    }
    localStorage.setItem(INDEX, JSON.stringify(index));
    localStorage.setItem(PREFIX + src, JSON.stringify({ text, url, savedAt: now } satisfies KeptCopy));
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

/** The index, or one made from the copies in storage when there is none (or it is damaged). */
function readIndex(): CopyIndex {
  try {
    const index: unknown = JSON.parse(localStorage.getItem(INDEX) ?? '');
    if (index && typeof index === 'object' && !Array.isArray(index)) return index as CopyIndex;
  } catch {
    // none yet, or damaged: made again below
  }
  const index: CopyIndex = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) {
      const src = key.slice(PREFIX.length);
      index[src] = readCopy(src)?.savedAt ?? 0;
    }
  }
  return index;
}
