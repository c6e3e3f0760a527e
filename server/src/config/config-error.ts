/** A config mistake: the field it is in, and what is wrong, in Vietnamese and in English. */
export class ConfigError extends Error {
  constructor(
    readonly field: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${field}: ${vi} | ${en}`);
    this.name = 'ConfigError';
  }
}
