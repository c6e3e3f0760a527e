import { fetchDocument, type FetchedDocument } from '../data/fetch-document.js';

/**
 * The `hit` attribute: one POST per browser session per URL counts the visit. The answer is kept
 * in sessionStorage, so a counter with no `src` can still show it on the session's later pages.
 */
const PREFIX = 'sen-widgets:hit:';
const pending = new Map<string, Promise<FetchedDocument | null>>();

/** POSTs once per session; resolves to the answer, or null when this session already counted. */
export function countVisitOnce(hitUrl: string): Promise<FetchedDocument | null> {
  const url = new URL(hitUrl, document.baseURI).href;
  const inFlight = pending.get(url);
  if (inFlight) return inFlight;
  if (sessionRead(url) !== null) return Promise.resolve(null);
  sessionWrite(url, ''); // mark first: a second widget or a reload must not count twice
  const request = fetchDocument(url, { method: 'POST' }).then((answer) => {
    sessionWrite(url, JSON.stringify(answer));
    return answer;
  });
  pending.set(url, request);
  const settled = () => pending.delete(url);
  request.then(settled, settled);
  return request;
}

/** The answer this session's POST received, if any. */
export function lastHitAnswer(hitUrl: string): FetchedDocument | null {
  const raw = sessionRead(new URL(hitUrl, document.baseURI).href);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as FetchedDocument;
  } catch {
    return null;
  }
}

function sessionRead(url: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + url);
  } catch {
    return null;
  }
}

function sessionWrite(url: string, value: string): void {
  try {
    sessionStorage.setItem(PREFIX + url, value);
  } catch {
    // Storage blocked: the visit may be counted again on the next page; nothing else breaks.
  }
}
