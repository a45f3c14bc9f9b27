import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { AGENDA_PATH, CalendarFeedService } from './calendar-feed.service';

const NOT_FOUND = 'Deze agenda bestaat niet (meer). / This calendar does not exist (any more).\n';

/**
 * GET /agenda/<token>.ics (issue 16): the feed as iCalendar. No session: the secret URL is the
 * credential, checked with its owner's access at every fetch. Unknown, revoked and no-longer-
 * allowed answer the same 404. Never cached on the way (the dates change, the URL is secret).
 */
export async function registerCalendarFeedRoute(
  app: NestFastifyApplication,
  deps: { feeds: CalendarFeedService },
): Promise<void> {
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'private, no-store');
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
    });
    scope.get(`${AGENDA_PATH}/:file`, async (request, reply) => {
      const file = (request.params as { file?: string }).file ?? '';
      const rendered = file.endsWith('.ics') ? await deps.feeds.render(file.slice(0, -'.ics'.length)) : undefined;
      if (!rendered) return reply.code(404).type('text/plain; charset=utf-8').send(NOT_FOUND);
      return reply
        .code(200)
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="olievlek.ics"')
        .send(rendered.ics);
    });
  });
}
