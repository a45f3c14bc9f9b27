import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MEMBER_ROLE_LABELS } from '../../../../libs/domain/src';
import type { InvitationEntity, InvitationProblem } from '../../../../libs/persistence/src';
import type { SessionAuth } from '../auth/oidc';
import { preferredLanguage, type Language } from '../common/error-formatter';
import type { Sentence } from '../common/graphql-errors';
import { MembersService } from './members.service';

/** Where an invitation e-mail's link points (P2). */
export const INVITATION_PATH = '/uitnodiging';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const T = {
  title: { nl: 'Uitnodiging voor Olievlek', en: 'Invitation to Olievlek' },
  invited: {
    nl: (role: string, programme: string) => `U bent uitgenodigd als ${role} in ${programme}.`,
    en: (role: string, programme: string) => `You have been invited as ${role} in ${programme}.`,
  },
  signedInAs: { nl: 'U bent ingelogd als', en: 'You are signed in as' },
  accept: { nl: 'Uitnodiging aannemen', en: 'Accept the invitation' },
  notYou: {
    nl: 'Bent u dit niet? Log dan eerst uit en log in met uw eigen account.',
    en: 'Not you? Sign out first and sign in with your own account.',
  },
  signOut: { nl: 'Uitloggen', en: 'Sign out' },
  accepted: {
    nl: (role: string, programme: string) => `U bent nu lid van ${programme} als ${role}.`,
    en: (role: string, programme: string) => `You are now a member of ${programme} as ${role}.`,
  },
  next: {
    nl: 'De stappen die bij uw rol horen zet u voortaan zelf, ingelogd als uzelf.',
    en: 'From now on you take the steps that belong to your role yourself, signed in as yourself.',
  },
  overview: { nl: 'Naar Olievlek', en: 'Go to Olievlek' },
  noSignIn: {
    nl: 'Inloggen via de browser is op deze installatie niet ingesteld. Neem de uitnodiging aan via de API (acceptInvitation) of vraag de beheerder.',
    en: 'Browser sign-in is not configured on this installation. Accept the invitation through the API (acceptInvitation) or ask the administrator.',
  },
  crossSite: {
    nl: 'Een uitnodiging aannemen kan alleen vanaf deze pagina van Olievlek zelf.',
    en: "An invitation can only be accepted from Olievlek's own page.",
  },
  noCaseData: {
    nl: 'Olievlek bevat nooit gegevens over kinderen of gezinnen (casusgegevens).',
    en: 'Olievlek never holds data about children or families (case data).',
  },
} as const;

const PROBLEMS: Record<InvitationProblem, { status: number; sentence: Sentence }> = {
  UNKNOWN: {
    status: 404,
    sentence: {
      nl: 'Deze uitnodigingslink is niet (meer) geldig. Vraag de projectleider om een nieuwe uitnodiging.',
      en: 'This invitation link is not valid. Ask the project lead for a new invitation.',
    },
  },
  EXPIRED: {
    status: 410,
    sentence: {
      nl: 'Deze uitnodiging is verlopen. Vraag de projectleider om een nieuwe uitnodiging.',
      en: 'This invitation has expired. Ask the project lead for a new invitation.',
    },
  },
  USED: {
    status: 410,
    sentence: {
      nl: 'Deze uitnodiging is al gebruikt: een uitnodigingslink werkt één keer.',
      en: 'This invitation has already been used: an invitation link works once.',
    },
  },
  WITHDRAWN: {
    status: 410,
    sentence: {
      nl: 'Deze uitnodiging is ingetrokken. Vraag de projectleider om een nieuwe uitnodiging als dat een vergissing was.',
      en: 'This invitation was withdrawn. Ask the project lead for a new one if that was a mistake.',
    },
  },
  ALREADY_MEMBER: {
    status: 409,
    sentence: { nl: 'U heeft deze rol in dit programma al.', en: 'You already hold this role in this programme.' },
  },
};

function page(lang: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} – Olievlek</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
<p><small>${escapeHtml(T.noCaseData[lang])}</small></p>
</main>
</body>
</html>
`;
}

const roleOf = (i: InvitationEntity, lang: Language) =>
  i.partnerOrganisation
    ? `${MEMBER_ROLE_LABELS[i.role][lang]} (${i.partnerOrganisation})`
    : MEMBER_ROLE_LABELS[i.role][lang];

const programmeOf = (i: InvitationEntity) => `het programma ${i.programmeId}`;

/** The workspace's page of the programme the person just joined (apps/api/src/web/web.ts `/programmas/:id`). */
export const programmePath = (programmeId: string) => `/programmas/${encodeURIComponent(programmeId)}`;

/**
 * The page an invitation e-mail links to (P2). Opening it changes nothing (mail scanners open
 * links too): it signs the person in through the identity provider if needed, then shows what the
 * invitation is for and who they are signed in as, and a button that accepts it (POST, same origin
 * only). Accepting binds that sign-in identity to the membership and uses the link up.
 */
export async function registerInvitationPage(
  app: NestFastifyApplication,
  deps: { auth?: SessionAuth; members: MembersService },
): Promise<void> {
  const { auth, members } = deps;
  await app.register(async (scope: FastifyInstance) => {
    // The form posts no fields: the token travels in the action's query string.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 1024 },
        (_r, _b, done) => done(null, {}),
      );
    }
    scope.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.header('x-content-type-options', 'nosniff');
      // The link's token is in this page's address: it never goes to another site in a Referer. Same
      // origin keeps it, so the page's own forms carry an Origin (no-referrer would make it "null").
      reply.header('referrer-policy', 'same-origin');
      reply.header('x-frame-options', 'DENY');
      reply.header(
        'content-security-policy',
        "default-src 'none'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
    });

    const send = (reply: FastifyReply, status: number, html: string) =>
      reply.code(status).type('text/html; charset=utf-8').send(html);
    const problem = (reply: FastifyReply, lang: Language, kind: InvitationProblem) =>
      send(
        reply,
        PROBLEMS[kind].status,
        page(lang, T.title[lang], `<p>${escapeHtml(PROBLEMS[kind].sentence[lang])}</p>`),
      );
    const tokenOf = (request: FastifyRequest) => {
      const token = (request.query as Record<string, unknown>).token;
      return typeof token === 'string' ? token : '';
    };
    const selfUrl = (token: string) => `${INVITATION_PATH}?token=${encodeURIComponent(token)}`;

    scope.get(INVITATION_PATH, async (request, reply) => {
      const lang = preferredLanguage(request.headers);
      const token = tokenOf(request);
      const { invitation, problem: wrong } = await members.preview(token);
      if (!invitation || wrong) return problem(reply, lang, wrong ?? 'UNKNOWN');
      if (!auth) return send(reply, 501, page(lang, T.title[lang], `<p>${escapeHtml(T.noSignIn[lang])}</p>`));
      const session = await auth.sessions.find(auth.sessionId(request.headers));
      if (!session) {
        return reply
          .code(302)
          .header('location', `/auth/login?returnTo=${encodeURIComponent(selfUrl(token))}`)
          .send();
      }
      const who = session.principal.name ?? session.profile.name ?? session.profile.preferredUsername ?? '';
      const email = session.principal.email ?? session.profile.email ?? '';
      const body = `<p>${escapeHtml(T.invited[lang](roleOf(invitation, lang), programmeOf(invitation)))}</p>
<p>${escapeHtml(T.signedInAs[lang])} <strong>${escapeHtml(who)}</strong>${email ? ` (${escapeHtml(email)})` : ''}.</p>
<form method="post" action="${escapeHtml(selfUrl(token))}"><button type="submit">${escapeHtml(T.accept[lang])}</button></form>
<p>${escapeHtml(T.notYou[lang])}</p>
<form method="post" action="/auth/logout"><button type="submit">${escapeHtml(T.signOut[lang])}</button></form>`;
      return send(reply, 200, page(lang, T.title[lang], body));
    });

    scope.post(INVITATION_PATH, async (request, reply) => {
      const lang = preferredLanguage(request.headers);
      const token = tokenOf(request);
      if (!auth) return send(reply, 501, page(lang, T.title[lang], `<p>${escapeHtml(T.noSignIn[lang])}</p>`));
      // Another site's form must not make a signed-in person accept anything.
      if (!auth.sameOrigin(request.headers))
        return send(reply, 403, page(lang, T.title[lang], `<p>${escapeHtml(T.crossSite[lang])}</p>`));
      const session = await auth.sessions.find(auth.sessionId(request.headers));
      if (!session) {
        return reply
          .code(303)
          .header('location', `/auth/login?returnTo=${encodeURIComponent(selfUrl(token))}`)
          .send();
      }
      const accepted = await members.accept(session.principal, token);
      if (!accepted.ok)
        return problem(reply, lang, accepted.error.kind === 'INVITATION_UNUSABLE' ? accepted.error.problem : 'UNKNOWN');
      const { invitation } = accepted.value;
      const body = `<p>${escapeHtml(T.accepted[lang](roleOf(invitation, lang), programmeOf(invitation)))}</p>
<p>${escapeHtml(T.next[lang])}</p>
<p><a href="${escapeHtml(programmePath(invitation.programmeId))}">${escapeHtml(T.overview[lang])}</a></p>`;
      return send(reply, 200, page(lang, T.title[lang], body));
    });
  });
}
