import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from './config.js';
import { ConfigError } from './config-error.js';
import { validateConfig, type ConfigEnv } from './validate.js';

/** Reads and validates a config file; `env` (`PORT`, `SEN_STORE`) overrides it. */
export function loadConfigFile(file: string, env: ConfigEnv = {}): Config {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError('--config', `không đọc được tệp ${path}`, `cannot read the file ${path}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ConfigError('--config', `${path} không phải JSON hợp lệ (${why})`, `${path} is not valid JSON (${why})`);
  }
  return validateConfig(raw, dirname(path), env);
}
