import type { WidgetName } from 'sen-widgets/check.js';

/** The config file's shape (`sen-server.json`), for programs that pass it to `startServer`. */
export interface ConfigFile {
  /** Default 8787; `0` picks a free port. */
  port?: number;
  /** Default `127.0.0.1` (behind a reverse proxy); `0.0.0.0` listens on every interface. */
  host?: string;
  /** `sqlite:<file>` (default `sqlite:./sen-data/counter.db`) or `redis://host:port/db`. */
  store?: string;
  /** Read the client address from `X-Forwarded-For` (right-most entry). Default false. */
  trustProxy?: boolean;
  /** Hits a minute from one address before `429`. Default 30. */
  rateLimit?: number;
  /** The folder `GET /data/{name}.json` serves, or the folder and which widget reads each file. */
  data?: string | { dir: string; widgets?: Record<string, WidgetName> };
  sites: Record<string, { origins: string[]; startTotal?: number }>;
}
