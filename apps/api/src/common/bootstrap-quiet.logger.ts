import type { LoggerService } from '@nestjs/common';

// Nest's start-up chatter (a line per module, controller and route) goes to debug: at info it
// buried the lines that matter (`api listening`, `npm start`'s ready block). Warnings and errors
// from these contexts stay as they are.
const CHATTER = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** `logger` with Nest's start-up `log` lines demoted to `debug`. */
export function quietBootstrap(logger: LoggerService): LoggerService {
  return {
    log(message: unknown, ...params: unknown[]) {
      if (CHATTER.has(params.at(-1) as string)) logger.debug?.(message, ...params);
      else logger.log(message, ...params);
    },
    error(message: unknown, ...params: unknown[]) {
      logger.error(message, ...params);
    },
    warn(message: unknown, ...params: unknown[]) {
      logger.warn(message, ...params);
    },
    debug(message: unknown, ...params: unknown[]) {
      logger.debug?.(message, ...params);
    },
    verbose(message: unknown, ...params: unknown[]) {
      logger.verbose?.(message, ...params);
    },
    fatal(message: unknown, ...params: unknown[]) {
      logger.fatal?.(message, ...params);
    },
  };
}
