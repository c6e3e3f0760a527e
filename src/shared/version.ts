declare const __SEN_VERSION__: string | undefined;

/** The library's version, injected at build time; `dev` when running from source. */
export const VERSION: string = typeof __SEN_VERSION__ === 'string' ? __SEN_VERSION__ : 'dev';
