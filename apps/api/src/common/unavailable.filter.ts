import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { preferredLanguage } from './error-formatter';
import { RETRY_AFTER_SECONDS, unavailableDependency, unavailableSentence } from './unavailable';

/**
 * For plain HTTP routes (the CSV exports): a database or Temporal out of reach answers 503 with
 * `Retry-After` and a sentence, like GraphQL's SERVICE_UNAVAILABLE; anything else goes to Nest's
 * default handling (a masked 500, logged).
 */
@Catch()
export class UnavailableFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    const dependency = unavailableDependency(error);
    if (!dependency || host.getType() !== 'http') return super.catch(error, host);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const sentence = unavailableSentence(dependency);
    request.log?.warn({ err: error, dependency }, `${dependency} unavailable`);
    void http
      .getResponse<FastifyReply>()
      .status(503)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({
        code: 'SERVICE_UNAVAILABLE',
        message: preferredLanguage(request.headers) === 'en' ? sentence.en : sentence.nl,
      });
  }
}
