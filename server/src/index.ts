/**
 * sen-widgets-server: the counting service for `<sen-visit-counter>` as a library, for programs
 * that start it in-process (the demo does). The command line is `sen-widgets-server --config …`.
 */
export { startServer, type RunningServer, type StartOptions } from './http/start-server.js';
export { loadConfigFile } from './config/load.js';
export { validateConfig, type ConfigEnv } from './config/validate.js';
export { ConfigError } from './config/config-error.js';
export type { ConfigFile } from './config/config-file.js';
export type { Config, SiteConfig, StoreSpec, DataConfig } from './config/config.js';
export type { VisitStats, Clock } from './counting/counter.js';
export type { Logger, LogLevel } from './log/logger.js';
