import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ErrorBody } from './messages.js';

/** Headers on every answer. */
const BASE: OutgoingHttpHeaders = { 'x-content-type-options': 'nosniff' };

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...BASE,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
}

export function sendError(
  response: ServerResponse,
  status: number,
  error: ErrorBody,
  headers: OutgoingHttpHeaders = {},
): void {
  sendJson(response, status, error, headers);
}

export function sendEmpty(response: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  response.writeHead(status, { ...BASE, ...headers });
  response.end();
}

export function sendBody(response: ServerResponse, status: number, body: Buffer, headers: OutgoingHttpHeaders): void {
  response.writeHead(status, { ...BASE, 'content-length': body.length, ...headers });
  response.end(body);
}
