/**
 * The client's address. Behind a trusted reverse proxy it is the right-most `X-Forwarded-For`
 * entry: the address the proxy itself saw (entries to its left come from the client and can be
 * forged). Without `trustProxy` the header is ignored, since anyone can send it.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor !== undefined) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const last = entries.at(-1);
    if (last) return normalizeAddress(last);
  }
  return normalizeAddress(socketAddress ?? '');
}

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is `203.0.113.7`. */
function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
