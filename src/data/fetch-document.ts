import { abortError, LoadError } from './load-error.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.js';
import { settings } from './settings.js';

/** A fetched body, still text, and the URL it finally came from (relative links resolve against it). */
export interface FetchedDocument {
  text: string;
  url: string;
}

export interface FetchOptions {
  method?: 'GET' | 'POST';
  /** The caller's own abort (a source change); distinct from the timeout. */
  signal?: AbortSignal;
  /** Retries after a network failure, a 5xx or a 429; `settings.retries` by default. */
  retries?: number;
}

/**
 * Fetches a JSON document as text: retries network failures, 5xx and 429 with backoff (honouring
 * `Retry-After`), gives up on other statuses, and abandons the whole attempt after
 * `settings.timeout` ms. The body is read as a stream so an oversized or endless one is cut off.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const controller = new AbortController();
  const deadline = Date.now() + settings.timeout;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);

  // Whatever failed, an expired deadline or the caller's abort is the real reason.
  const rethrow = (error: unknown): never => {
    if (timedOut) throw new LoadError('timeout', `${url}: no answer in ${settings.timeout / 1000} s`);
    if (options.signal?.aborted) throw abortError();
    throw error;
  };

  const retries = options.retries ?? settings.retries;
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: options.method ?? 'GET',
          signal: controller.signal,
          headers: { accept: 'application/json' },
          credentials: 'same-origin',
        });
      } catch (error) {
        if (controller.signal.aborted) rethrow(error);
        if (attempt < retries) {
          await sleep(backoffDelay(attempt, settings.retryDelay), controller.signal).catch(rethrow);
          continue;
        }
        throw new LoadError('network', `${url}: unreachable`);
      }

      if (!response.ok) {
        const failure = new LoadError('http', `${url}: HTTP ${response.status}`, response.status);
        void response.body?.cancel().catch(() => {});
        if (!isRetryableStatus(response.status) || attempt >= retries) throw failure;
        const asked = parseRetryAfter(response.headers.get('retry-after'));
        const wait = asked ?? backoffDelay(attempt, settings.retryDelay);
        // Retrying sooner than the server asked would be rude; waiting past the deadline is pointless.
        if (Date.now() + wait >= deadline) throw failure;
        await sleep(wait, controller.signal).catch(rethrow);
        continue;
      }

      const text = await readCappedText(response, url).catch(rethrow);
      return { text, url: response.url || url };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads the body as UTF-8 text (a byte-order mark is dropped), refusing more than `settings.maxBytes`. */
async function readCappedText(response: Response, url: string): Promise<string> {
  const limit = settings.maxBytes;
  const tooBig = () => new LoadError('parse', `${url}: over ${limit / 1048576} MB`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    void response.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes); // TextDecoder drops a leading BOM by default
}

/** Parses JSON text; a leading BOM is ignored. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LoadError('parse', `${source}: not JSON (${detail})`);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });
}
