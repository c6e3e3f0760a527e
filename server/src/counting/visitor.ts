import { createHmac } from 'node:crypto';

/**
 * A visitor's pseudonymous id: an HMAC keyed by the day's random salt over the site, the client
 * address and the user agent (Plausible's and Umami's recipe). Neither the address nor the user
 * agent is ever stored; once the salt is deleted the id cannot be linked back to them.
 */
export function visitorId(salt: Buffer, site: string, address: string, userAgent: string): string {
  return createHmac('sha256', salt).update(`${site}\0${address}\0${userAgent}`).digest('base64url').slice(0, 22);
}

/** A visitor's ids under today's salt and, when it still exists, yesterday's. */
export interface VisitorIds {
  current: string;
  previous?: string;
}
