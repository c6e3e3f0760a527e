import { fetchDocument, type FetchedDocument } from './fetch-document.js';
import { abortError } from './load-error.js';

/**
 * One request per URL per page: widgets naming the same `src` join the request in flight and
 * share its last answer. The request is not tied to any one widget, so a widget that goes away
 * (or changes its `src`) stops waiting without cancelling the others' request.
 */
const inFlight = new Map<string, Promise<FetchedDocument>>();
const answers = new Map<string, { document: FetchedDocument; at: number }>();

export interface SharedRequestOptions {
  /** Reuse a kept answer no older than this many ms; 0 always asks the server (a refresh, a retry). */
  maxAge: number;
  signal?: AbortSignal;
}

export function requestShared(url: string, options: SharedRequestOptions): Promise<FetchedDocument> {
  const kept = answers.get(url);
  if (kept && Date.now() - kept.at <= options.maxAge) return Promise.resolve(kept.document);

  let request = inFlight.get(url);
  if (!request) {
    request = fetchDocument(url).then((document) => {
      answers.set(url, { document, at: Date.now() });
      return document;
    });
    const settled = () => inFlight.delete(url);
    request.then(settled, settled);
    inFlight.set(url, request);
  }
  return untilAborted(request, options.signal);
}

/** Resolves as the promise does, or rejects with an AbortError as soon as the signal aborts. */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const abort = () => reject(abortError());
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
