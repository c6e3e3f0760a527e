// Reads a data file or fetches an endpoint the way the widgets do: UTF-8 text, a byte-order mark
// dropped, nothing over 5 MB, a 10 s limit for the whole fetch.
import { readFile, stat } from 'node:fs/promises';

/** The contract's cap on a body (widgets refuse more, kind `parse`). */
export const MAX_BYTES = 5 * 1024 * 1024;
/** The contract's limit on a fetch. */
export const TIMEOUT_MS = 10_000;

/** Why a source could not be read; `kind` is one of the contract's error kinds or `file`. */
export class SourceError extends Error {
  /** @param {'file' | 'network' | 'timeout' | 'http' | 'parse'} kind */
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

const decode = (bytes) => new TextDecoder('utf-8').decode(bytes); // drops a leading BOM

export const isUrl = (source) => /^https?:\/\//i.test(source);

/** The text of a file or of an http(s) URL's answer. */
export async function readSource(source) {
  return isUrl(source) ? fetchText(source) : readText(source);
}

async function readText(path) {
  let size;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new SourceError('file', 'missing');
  }
  if (size > MAX_BYTES) throw new SourceError('parse', 'too-big');
  return decode(await readFile(path));
}

async function fetchText(url) {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new SourceError('http', `HTTP ${response.status}`, response.status);
    }
    if (Number(response.headers.get('content-length')) > MAX_BYTES) {
      await response.body?.cancel();
      throw new SourceError('parse', 'too-big');
    }
    // Read as a stream so an endless or oversized body is cut off at the cap.
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > MAX_BYTES) throw new SourceError('parse', 'too-big');
      chunks.push(chunk);
    }
    return decode(Buffer.concat(chunks));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (signal.aborted) throw new SourceError('timeout', 'timeout');
    throw new SourceError('network', error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error));
  }
}
