import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout, one line an event. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name } });
}
