/** Why data could not be had; the `kind` values are part of the public contract. */
export type ErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'config';

/** The plain object carried by `sen-error` events. */
export interface LoadErrorInfo {
  kind: ErrorKind;
  message: string;
  status?: number;
}

export class LoadError extends Error {
  readonly kind: ErrorKind;
  readonly status?: number;

  constructor(kind: ErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'LoadError';
    this.kind = kind;
    this.status = status;
  }

  toJSON(): LoadErrorInfo {
    return this.status === undefined
      ? { kind: this.kind, message: this.message }
      : { kind: this.kind, message: this.message, status: this.status };
  }
}

/** Wraps anything thrown into a LoadError; unknown failures count as network failures. */
export function toLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  return new LoadError('network', error instanceof Error ? error.message : String(error));
}

/** The error a cancelled wait or request rejects with (a source change, the element leaving). */
export const abortError = () => new DOMException('Aborted', 'AbortError');
