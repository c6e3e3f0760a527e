import { isAbsolute, resolve } from 'node:path';
import { isWidgetName, WIDGET_NAMES, type WidgetName } from 'sen-widgets/check.js';
import { DEFAULTS, type Config, type DataConfig, type SiteConfig, type StoreSpec } from './config.js';
import { ConfigError } from './config-error.js';

/** Environment variables that override the file (the contract's `PORT` and `SEN_STORE`). */
export interface ConfigEnv {
  PORT?: string;
  SEN_STORE?: string;
}

const TOP_FIELDS = ['port', 'host', 'store', 'trustProxy', 'rateLimit', 'data', 'sites'];
const SITE_FIELDS = ['origins', 'startTotal'];
const SITE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const DATA_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.json$/;

/**
 * Checks a parsed config and fills in the defaults. Relative paths resolve against `baseDir` (the
 * config file's folder). The first mistake throws a ConfigError naming its field.
 */
export function validateConfig(raw: unknown, baseDir: string, env: ConfigEnv = {}): Config {
  if (!isObject(raw)) {
    throw new ConfigError('(config)', 'phải là một đối tượng JSON { … }', 'must be a JSON object { … }');
  }
  rejectUnknown(raw, TOP_FIELDS, '');
  return {
    port: env.PORT ? portFromEnv(env.PORT) : port(raw.port ?? DEFAULTS.port),
    host: host(raw.host ?? DEFAULTS.host),
    store: parseStore(env.SEN_STORE || (raw.store ?? DEFAULTS.store), env.SEN_STORE ? 'SEN_STORE' : 'store', baseDir),
    trustProxy: bool(raw.trustProxy ?? DEFAULTS.trustProxy, 'trustProxy'),
    rateLimit: rateLimit(raw.rateLimit ?? DEFAULTS.rateLimit),
    data: raw.data === undefined ? undefined : data(raw.data, baseDir),
    sites: sites(raw.sites),
    fields: { port: env.PORT ? 'PORT' : 'port', store: env.SEN_STORE ? 'SEN_STORE' : 'store' },
  };
}

function port(value: unknown, field = 'port'): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 65535) {
    throw new ConfigError(field, 'phải là số nguyên từ 0 đến 65535', 'must be a whole number from 0 to 65535');
  }
  return value as number;
}

function portFromEnv(value: string): number {
  return port(/^\d+$/.test(value) ? Number(value) : NaN, 'PORT');
}

function host(value: unknown): string {
  if (typeof value !== 'string' || !/^[^\s/]+$/.test(value)) {
    throw new ConfigError(
      'host',
      'phải là một địa chỉ để nghe, ví dụ 127.0.0.1',
      'must be an address to listen on, such as 127.0.0.1',
    );
  }
  return value;
}

/** `sqlite:<file>` (relative to `baseDir`) or `redis://host:port/db`; `field` names it in errors. */
export function parseStore(value: unknown, field: string, baseDir: string): StoreSpec {
  const bad = () =>
    new ConfigError(
      field,
      'phải là sqlite:<đường dẫn tệp> hoặc redis://máy:cổng/số-csdl',
      'must be sqlite:<file path> or redis://host:port/db-number',
    );
  if (typeof value !== 'string') throw bad();
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length);
    if (!file.trim()) throw bad();
    return { kind: 'sqlite', file: isAbsolute(file) ? file : resolve(baseDir, file) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad();
  }
  if (!['redis:', 'rediss:'].includes(url.protocol) || !url.hostname || !/^(\/\d*)?$/.test(url.pathname)) throw bad();
  return { kind: 'redis', url: value };
}

function bool(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigError(field, 'phải là true hoặc false', 'must be true or false');
  return value;
}

function rateLimit(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ConfigError(
      'rateLimit',
      'phải là số nguyên ≥ 1 (số lượt đếm mỗi phút cho một địa chỉ)',
      'must be a whole number ≥ 1 (hits a minute from one address)',
    );
  }
  return value as number;
}

function data(value: unknown, baseDir: string): DataConfig {
  if (typeof value === 'string' && value.trim()) return { dir: resolve(baseDir, value), widgets: {} };
  if (!isObject(value) || typeof value.dir !== 'string' || !value.dir.trim()) {
    throw new ConfigError(
      'data',
      'phải là đường dẫn thư mục, hoặc { "dir": "./data", "widgets": { "tệp.json": "campaign-list" } }',
      'must be a folder path, or { "dir": "./data", "widgets": { "file.json": "campaign-list" } }',
    );
  }
  rejectUnknown(value, ['dir', 'widgets'], 'data.');
  const widgets: Record<string, WidgetName> = {};
  if (value.widgets !== undefined) {
    if (!isObject(value.widgets)) {
      throw new ConfigError(
        'data.widgets',
        'phải là { "tệp.json": "tên-widget" }',
        'must be { "file.json": "widget-name" }',
      );
    }
    for (const [file, widget] of Object.entries(value.widgets)) {
      if (!DATA_FILE.test(file)) {
        throw new ConfigError(
          `data.widgets.${file}`,
          'tên tệp phải kết thúc bằng .json và chỉ gồm chữ, số, . - _',
          'a file name ends in .json and has only letters, digits, . - _',
        );
      }
      if (typeof widget !== 'string' || !isWidgetName(widget)) {
        const names = WIDGET_NAMES.join(', ');
        throw new ConfigError(`data.widgets.${file}`, `phải là một trong: ${names}`, `must be one of: ${names}`);
      }
      widgets[file] = widget;
    }
  }
  return { dir: resolve(baseDir, value.dir), widgets };
}

function sites(value: unknown): Map<string, SiteConfig> {
  if (!isObject(value) || Object.keys(value).length === 0) {
    throw new ConfigError(
      'sites',
      'phải có ít nhất một trang, ví dụ { "snv-angiang": { "origins": ["https://snv.angiang.gov.vn"] } }',
      'must name at least one site, e.g. { "snv-angiang": { "origins": ["https://snv.angiang.gov.vn"] } }',
    );
  }
  const result = new Map<string, SiteConfig>();
  for (const [id, site] of Object.entries(value)) {
    const field = `sites.${id}`;
    if (!SITE_ID.test(id)) {
      throw new ConfigError(
        field,
        'mã trang chỉ gồm chữ cái không dấu, chữ số, - và _ (tối đa 64 ký tự)',
        'a site id has only letters a–z, digits, - and _ (at most 64)',
      );
    }
    if (!isObject(site)) {
      throw new ConfigError(
        field,
        'phải là { "origins": [ … ], "startTotal": 0 }',
        'must be { "origins": [ … ], "startTotal": 0 }',
      );
    }
    rejectUnknown(site, SITE_FIELDS, `${field}.`);
    result.set(id, {
      origins: origins(site.origins, `${field}.origins`),
      startTotal: startTotal(site.startTotal, field),
    });
  }
  return result;
}

function origins(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigError(
      field,
      'phải là danh sách có ít nhất một origin, ví dụ ["https://snv.angiang.gov.vn"]',
      'must list at least one origin, e.g. ["https://snv.angiang.gov.vn"]',
    );
  }
  return value.map((origin, index) => {
    const normalized = typeof origin === 'string' ? asOrigin(origin) : undefined;
    if (!normalized) {
      throw new ConfigError(
        `${field}[${index}]`,
        'phải là một origin http(s) như https://snv.angiang.gov.vn (không có đường dẫn)',
        'must be an http(s) origin such as https://snv.angiang.gov.vn (no path)',
      );
    }
    return normalized;
  });
}

/** `https://Snv.AnGiang.gov.vn/` → `https://snv.angiang.gov.vn`, as browsers send `Origin`. */
function asOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return bare && web && /^https?:\/\/[^/]+\/?$/i.test(value.trim()) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function startTotal(value: unknown, field: string): number {
  if (value === undefined) return 0;
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new ConfigError(`${field}.startTotal`, 'phải là số nguyên ≥ 0', 'must be a whole number ≥ 0');
  }
  return value as number;
}

function rejectUnknown(object: Record<string, unknown>, known: string[], prefix: string): void {
  const unknown = Object.keys(object).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw new ConfigError(
      `${prefix}${unknown}`,
      `không có trường này; các trường hợp lệ: ${known.join(', ')}`,
      `unknown field; the fields are: ${known.join(', ')}`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
