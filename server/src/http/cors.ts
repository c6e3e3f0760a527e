import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/**
 * CORS for the configured origins only. The answer depends on `Origin`, so it always varies on it
 * (a shared cache must not hand one site's headers to another).
 */
export function corsHeaders(origin: string | undefined, allowed: ReadonlySet<string>): OutgoingHttpHeaders {
  if (!origin || !allowed.has(origin)) return { vary: 'Origin' };
  return {
    vary: 'Origin',
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'Retry-After, ETag',
  };
}

/** The extra headers of a `204` answer to a preflight from an allowed origin. */
export function preflightHeaders(request: IncomingHttpHeaders, methods: string): OutgoingHttpHeaders {
  const asked = request['access-control-request-headers'];
  return {
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    'access-control-allow-methods': methods,
    ...(asked ? { 'access-control-allow-headers': asked } : {}),
    'access-control-max-age': '7200',
  };
}
