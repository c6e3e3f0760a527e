import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Config } from '../config/config.js';
import { clientAddress } from '../counting/client-address.js';
import type { Counter, Visitor } from '../counting/counter.js';
import type { RateLimiter } from '../counting/rate-limit.js';
import type { DataFiles } from '../data-files/data-files.js';
import type { Logger } from '../log/logger.js';
import type { Store } from '../stores/store.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { errors } from './messages.js';
import { sendBody, sendEmpty, sendError, sendJson } from './respond.js';

export interface HandlerDeps {
  config: Config;
  counter: Counter;
  store: Store;
  limiter: RateLimiter;
  dataFiles?: DataFiles;
  log: Logger;
}

/** Stats are the same for everyone for a few seconds: caches (and nginx) may keep them that long. */
export const STATS_MAX_AGE_S = 5;

/** A hit needs no body; anything longer than this is refused or cut off. */
const MAX_HIT_BODY = 1024;

const SITE_ROUTE = /^\/api\/sites\/([^/]+)\/(hit|stats)$/;
const DATA_ROUTE = /^\/data\/([^/]+)$/;

/** What a request did, for its log line (e.g. `counted`, `repeat`, `limited`). */
interface Note {
  outcome?: string;
  /** Why a request failed (a store error's message; never request data). */
  reason?: string;
}

type Handle = (request: IncomingMessage, response: ServerResponse, note: Note) => Promise<void>;

/**
 * The service's routes on plain `node:http`. Each request logs one line when it finishes: method,
 * path, status, time and, for hits, what was counted. No address, user agent or query string.
 */
export function createHandler(deps: HandlerDeps) {
  const { config, counter, store, limiter, dataFiles, log } = deps;
  const siteOrigins = new Map([...config.sites].map(([id, site]) => [id, new Set(site.origins)]));
  const everyOrigin = new Set([...config.sites.values()].flatMap((site) => site.origins));

  const visitor = (request: IncomingMessage): Visitor => ({
    address: clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], config.trustProxy),
    userAgent: request.headers['user-agent'],
  });

  const hit = async (site: string, request: IncomingMessage, response: ServerResponse, note: Note) => {
    const origins = siteOrigins.get(site)!;
    const origin = request.headers.origin;
    if (!origin || !origins.has(origin)) {
      note.outcome = 'forbidden';
      sendError(response, 403, errors.forbiddenOrigin(site), { vary: 'Origin' });
      return;
    }
    const cors = corsHeaders(origin, origins);
    if (Number(request.headers['content-length'] ?? 0) > MAX_HIT_BODY) {
      note.outcome = 'too-large';
      sendError(response, 413, errors.bodyTooLarge(), { ...cors, connection: 'close' });
      return;
    }
    cutOffLongBody(request);
    const who = visitor(request);
    const take = limiter.take(who.address);
    if (!take.allowed) {
      const seconds = Math.max(1, Math.ceil(take.retryAfterMs / 1000));
      note.outcome = 'limited';
      sendError(response, 429, errors.rateLimited(seconds), { ...cors, 'retry-after': String(seconds) });
      return;
    }
    const { outcome, stats } = await counter.hit(site, who);
    note.outcome = outcome;
    sendJson(response, 200, stats, cors);
  };

  const stats = async (site: string, request: IncomingMessage, response: ServerResponse) => {
    const answer = await counter.stats(site, visitor(request));
    sendJson(response, 200, answer, {
      ...corsHeaders(request.headers.origin, siteOrigins.get(site)!),
      'cache-control': `public, max-age=${STATS_MAX_AGE_S}`,
    });
  };

  const dataFile = async (name: string, request: IncomingMessage, response: ServerResponse, note: Note) => {
    const cors = corsHeaders(request.headers.origin, everyOrigin);
    const file = dataFiles && (await dataFiles.read(name));
    if (!file) {
      sendError(response, 404, errors.noDataFile(name), cors);
      return;
    }
    const headers = { ...cors, etag: file.etag, 'cache-control': 'public, no-cache' };
    if (matchesEtag(request.headers['if-none-match'], file.etag)) {
      note.outcome = 'not-modified';
      sendEmpty(response, 304, headers);
      return;
    }
    sendBody(response, 200, file.body, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  };

  const health = async (_request: IncomingMessage, response: ServerResponse) => {
    try {
      await withTimeout(store.ping(), 2000);
      sendJson(response, 200, { ok: true });
    } catch {
      sendJson(response, 503, { ok: false, ...errors.unavailable() });
    }
  };

  /** A preflight: `204` with CORS for an allowed origin, `403` for any other. */
  const preflight = (
    allowed: ReadonlySet<string>,
    methods: string,
    request: IncomingMessage,
    response: ServerResponse,
  ) => {
    const origin = request.headers.origin;
    if (!origin) sendEmpty(response, 204, { allow: methods });
    else if (!allowed.has(origin)) sendError(response, 403, errors.unlistedOrigin(origin), { vary: 'Origin' });
    else sendEmpty(response, 204, { ...corsHeaders(origin, allowed), ...preflightHeaders(request.headers, methods) });
    return Promise.resolve();
  };

  const route = (method: string, path: string): Handle => {
    const methods = (allow: string, handlers: Record<string, Handle>): Handle =>
      handlers[method] ??
      (async (_request, response) => {
        sendError(response, 405, errors.methodNotAllowed(allow), { allow });
      });

    if (path === '/health') return methods('GET, HEAD', { GET: health, HEAD: health });

    const siteMatch = SITE_ROUTE.exec(path);
    if (siteMatch) {
      const site = decode(siteMatch[1]);
      const origins = site === undefined ? undefined : siteOrigins.get(site);
      if (site === undefined || !origins) {
        return async (_request, response) => {
          sendError(response, 404, errors.unknownSite(site ?? siteMatch[1]));
        };
      }
      if (siteMatch[2] === 'hit') {
        return methods('POST, OPTIONS', {
          POST: (request, response, note) => hit(site, request, response, note),
          OPTIONS: (request, response) => preflight(origins, 'POST, OPTIONS', request, response),
        });
      }
      const read: Handle = (request, response) => stats(site, request, response);
      return methods('GET, HEAD, OPTIONS', {
        GET: read,
        HEAD: read,
        OPTIONS: (request, response) => preflight(origins, 'GET, HEAD, OPTIONS', request, response),
      });
    }

    const dataMatch = DATA_ROUTE.exec(path);
    if (dataMatch && dataFiles) {
      const name = decode(dataMatch[1]) ?? '';
      const read: Handle = (request, response, note) => dataFile(name, request, response, note);
      return methods('GET, HEAD, OPTIONS', {
        GET: read,
        HEAD: read,
        OPTIONS: (request, response) => preflight(everyOrigin, 'GET, HEAD, OPTIONS', request, response),
      });
    }

    return async (_request, response) => {
      sendError(response, 404, errors.notFound());
    };
  };

  return (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?', 1)[0];
    const note: Note = {};
    response.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      log(note.reason ? 'error' : 'info', 'request', { method, path, status: response.statusCode, ms, ...note });
    });
    route(method, path)(request, response, note).catch((error: unknown) => {
      note.outcome = 'failed';
      note.reason = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendError(response, 503, errors.unavailable());
      else response.destroy();
    });
  };
}

/** Reads and discards a hit's body; a long one (chunked, no length) closes the connection. */
function cutOffLongBody(request: IncomingMessage): void {
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_HIT_BODY) request.socket.destroy();
  });
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
