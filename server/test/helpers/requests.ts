/** Requests as a page's widget (or a curious person) would send them. */

export const ORIGIN = 'https://snv.angiang.gov.vn';
export const BROWSER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const OTHER_BROWSER_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

export interface Stats {
  total: number;
  today: number;
  yesterday: number;
  month: number;
  online: number;
  updatedAt: string;
}

/** An answer's JSON: the figures, or an error's code and message. */
export type Answer = Partial<Stats> & { error?: string; message?: { vi: string; en: string }; ok?: boolean };

export async function json(response: Response): Promise<Answer> {
  return (await response.json()) as Answer;
}

export function hit(base: string, site: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/sites/${site}/hit`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'user-agent': BROWSER_UA, accept: 'application/json', ...headers },
  });
}

export function stats(base: string, site: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/sites/${site}/stats`, { headers: { 'user-agent': BROWSER_UA, ...headers } });
}

export async function statsOf(base: string, site: string, headers: Record<string, string> = {}): Promise<Stats> {
  const response = await stats(base, site, headers);
  if (!response.ok) throw new Error(`stats answered ${response.status}`);
  return (await response.json()) as Stats;
}
