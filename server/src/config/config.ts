import type { WidgetName } from 'sen-widgets/check.js';

/** The validated configuration (see `validate.ts` for the file's shape and the defaults). */
export interface Config {
  port: number;
  host: string;
  store: StoreSpec;
  trustProxy: boolean;
  /** Hits a minute from one client address before `429`. */
  rateLimit: number;
  data?: DataConfig;
  sites: ReadonlyMap<string, SiteConfig>;
  /** Where `port` and `store` came from (`PORT`/`SEN_STORE` or the file), for messages about them. */
  fields: { port: string; store: string };
}

export type StoreSpec = { kind: 'sqlite'; file: string } | { kind: 'redis'; url: string };

export interface SiteConfig {
  /** Origins allowed to count visits and to read with CORS, as `https://host[:port]`. */
  origins: readonly string[];
  /** Visits counted before this service (a site moving from its old counter keeps its total). */
  startTotal: number;
}

export interface DataConfig {
  /** Absolute path of the folder `GET /data/{name}.json` serves. */
  dir: string;
  /** File name → the widget whose rules check it; see `widgetForFile` for names not listed. */
  widgets: Readonly<Record<string, WidgetName>>;
}

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  store: 'sqlite:./sen-data/counter.db',
  trustProxy: false,
  rateLimit: 30,
} as const;
