import { fetchDocument, type FetchedDocument } from '../data/fetch-document.js';

/**
 * The `hit` attribute: one POST per browser session per URL counts the visit.
 * - It is sent when a counter joins the page, whatever its data source and `loading` say.
 * - The session remembers it once answered (any 2xx): later pages send nothing. While a POST is
 *   under way the session is marked too, so a quick reload does not count twice.
 * - A failed POST clears the mark: the session's next page tries again. Never twice for one page:
 *   the page keeps its one attempt, and the POST itself is not retried (a server that counted and
 *   then failed would count twice).
 * - The answer is kept for the session, so a counter with no `src` can keep showing it.
 */
const PREFIX = 'sen-widgets:hit:';
const IN_FLIGHT = '';
const thisPage = new Map<string, Promise<FetchedDocument | null>>();

/**
 * Counts the visit unless this session already did; resolves to this page's answer (null when
 * counted on an earlier page), rejects when the POST failed.
 */
export function countVisitOnce(hitUrl: string): Promise<FetchedDocument | null> {
  const url = new URL(hitUrl, document.baseURI).href;
  let attempt = thisPage.get(url);
  if (!attempt) {
    attempt = sessionRead(url) !== null ? Promise.resolve(null) : post(url);
    thisPage.set(url, attempt);
  }
  return attempt;
}

async function post(url: string): Promise<FetchedDocument> {
  sessionWrite(url, IN_FLIGHT);
  try {
    const answer = await fetchDocument(url, { method: 'POST', retries: 0 });
    sessionWrite(url, JSON.stringify(answer));
    return answer;
  } catch (error) {
    sessionRemove(url);
    throw error;
  }
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

// Storage may be blocked (privacy settings, sandboxed frames): the visit may then be counted again
// on the next page; nothing else breaks.
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
    /* see above */
  }
}

function sessionRemove(url: string): void {
  try {
    sessionStorage.removeItem(PREFIX + url);
  } catch {
    /* see above */
  }
}
