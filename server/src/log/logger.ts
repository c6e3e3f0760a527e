/**
 * Structured logs: one JSON object a line, on stdout (journald, Docker and log shippers read that
 * as is). Nothing personal goes in: no address, no user agent, no query string.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  return (level, msg, fields) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

/** For callers that want silence (tests that assert nothing about logs). */
export const quietLogger: Logger = () => {};
