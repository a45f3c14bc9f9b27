import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/** `json`: one JSON object a line (collectors, containers); `pretty`: short lines for a person. */
export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT when set, else `pretty` when stdout is a terminal and `json` otherwise. */
export function resolveLogFormat(
  setting: LogFormat | undefined,
  stdout: { isTTY?: boolean } = process.stdout,
): LogFormat {
  return setting ?? (stdout.isTTY ? 'pretty' : 'json');
}

/** Logs on stdout, one line an event: structured JSON, or readable lines in a terminal. */
export function createLogger(name: string, level = 'info', format: LogFormat = resolveLogFormat(undefined)): Logger {
  const options = { name, level, base: { service: name } };
  if (format === 'json') return pino(options);
  // In-process and synchronous (no transport thread): a fatal line is out before process.exit.
  return pino(
    options,
    pretty({
      sync: true,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service,context',
      messageFormat: '{if context}{context}: {end}{msg}',
    }),
  );
}
