import { isbot } from 'isbot';

/**
 * Whether a request's user agent may be counted: not a known bot, crawler or headless browser
 * (isbot's maintained list), and present at all (every browser sends one).
 */
export function isCountedAgent(userAgent: string | undefined): userAgent is string {
  return Boolean(userAgent?.trim()) && !isbot(userAgent);
}
