/** The longest text shown for a field: in a list or a card, and in a detail view. */
export const FIELD_LIMITS = {
  /** Names, titles, positions: no real one comes near. */
  line: 400,
  /** Summaries and achievements in a list or card. */
  paragraph: 2_000,
  /** The full record in a detail view. */
  detail: 20_000,
} as const;

/**
 * `value` cut at `limit` characters with "…", never splitting a surrogate pair. Data is capped
 * for display only: a 200,000-character title from a broken feed would otherwise take the browser
 * seconds to lay out.
 */
export function truncate(value: string, limit: number): string {
  if (value.length <= limit) return value;
  const code = value.charCodeAt(limit - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  return `${value.slice(0, end)}…`;
}
