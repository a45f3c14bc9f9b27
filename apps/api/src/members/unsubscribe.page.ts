import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NotificationPreferences } from '../../../../libs/persistence/src';
import { preferredLanguage, type Language } from '../common/error-formatter';

/** Where a weekly digest's `List-Unsubscribe` points (issue 16, RFC 8058). */
export const UNSUBSCRIBE_PATH = '/afmelden';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const T = {
  title: { nl: 'Afmelden voor het weekoverzicht', en: 'Unsubscribe from the weekly digest' },
  ask: {
    nl: 'Wilt u het wekelijkse overzicht van Olievlek niet meer ontvangen? Eén klik op de knop is genoeg.',
    en: 'No longer want the weekly digest of Olievlek? One click on the button is enough.',
  },
  button: { nl: 'Afmelden', en: 'Unsubscribe' },
  done: {
    nl: 'U bent afgemeld: u krijgt het weekoverzicht niet meer.',
    en: 'You are unsubscribed: you will no longer receive the weekly digest.',
  },
  escalations: {
    nl: 'Escalaties over een programma waarin u een rol heeft blijven u wel bereiken: die kunt u niet afzeggen. Weer aanmelden kan bij uw voorkeuren in Olievlek.',
    en: 'Escalations about a programme you hold a role in will still reach you: those cannot be unsubscribed. You can subscribe again in your preferences in Olievlek.',
  },
  invalid: {
    nl: 'Deze afmeldlink is niet geldig. Gebruik de link onder het laatste weekoverzicht, of pas uw voorkeuren aan in Olievlek.',
    en: 'This unsubscribe link is not valid. Use the link below the latest digest, or change your preferences in Olievlek.',
  },
} as const;

function page(lang: Language, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(T.title[lang])} – Olievlek</title>
</head>
<body>
<main>
<h1>${escapeHtml(T.title[lang])}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * One-click unsubscribe from the weekly digest (RFC 8058). The token in the link is the credential
 * (an HMAC of the member id, NotificationPreferences): no sign-in, no Origin check, since a mail
 * client POSTs `List-Unsubscribe=One-Click` from its own servers. GET only shows a button (mail
 * scanners open links too); POST unsubscribes, idempotently. Escalations (P3) continue.
 */
export async function registerUnsubscribePage(
  fastify: FastifyInstance,
  deps: { preferences: NotificationPreferences },
): Promise<void> {
  await fastify.register(async (scope: FastifyInstance) => {
    // RFC 8058 allows either form encoding; the body (`List-Unsubscribe=One-Click`) carries nothing we need.
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      if (!scope.hasContentTypeParser(type)) {
        scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_r, _b, done) => done(null, {}));
      }
    }
    scope.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.header('x-content-type-options', 'nosniff');
      // The token is in this page's address: it never leaves in a Referer.
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-frame-options', 'DENY');
      reply.header(
        'content-security-policy',
        "default-src 'none'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
    });
    const send = (reply: FastifyReply, status: number, lang: Language, body: string) =>
      reply.code(status).type('text/html; charset=utf-8').send(page(lang, body));
    const tokenOf = (request: FastifyRequest) => {
      const token = (request.query as Record<string, unknown> | undefined)?.token;
      return typeof token === 'string' ? token : '';
    };
    const invalid = (reply: FastifyReply, lang: Language) =>
      send(reply, 404, lang, `<p>${escapeHtml(T.invalid[lang])}</p>`);

    scope.get(UNSUBSCRIBE_PATH, async (request, reply) => {
      const lang = preferredLanguage(request.headers);
      const token = tokenOf(request);
      if (!(await deps.preferences.verifyToken(token))) return invalid(reply, lang);
      const action = `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;
      return send(
        reply,
        200,
        lang,
        `<p>${escapeHtml(T.ask[lang])}</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(T.button[lang])}</button></form>
<p>${escapeHtml(T.escalations[lang])}</p>`,
      );
    });

    scope.post(UNSUBSCRIBE_PATH, async (request, reply) => {
      const lang = preferredLanguage(request.headers);
      if (!(await deps.preferences.unsubscribeByToken(tokenOf(request)))) return invalid(reply, lang);
      return send(reply, 200, lang, `<p>${escapeHtml(T.done[lang])}</p>\n<p>${escapeHtml(T.escalations[lang])}</p>`);
    });
  });
}
