import type { Language } from '../../common/error-formatter';
import type { Sentence } from '../../common/graphql-errors';

/** Why a sign-in (or logout) did not succeed; each has its sentence and HTTP status. */
export type SignInProblem = 'EXPIRED' | 'REFUSED' | 'INVALID' | 'NO_ACCESS' | 'UNAVAILABLE' | 'CROSS_SITE';

const PROBLEMS: Record<SignInProblem, { status: number; sentence: Sentence }> = {
  EXPIRED: {
    status: 400,
    sentence: {
      nl: 'De aanmelding is verlopen, al gebruikt of in een ander venster begonnen.',
      en: 'The sign-in has expired, was already used or was started in another window.',
    },
  },
  REFUSED: {
    status: 400,
    sentence: {
      nl: 'De aanmelding is afgebroken of geweigerd bij de identiteitsprovider.',
      en: 'The sign-in was cancelled or refused at the identity provider.',
    },
  },
  INVALID: {
    status: 400,
    sentence: {
      nl: 'Het antwoord van de identiteitsprovider klopte niet.',
      en: "The identity provider's answer did not check out.",
    },
  },
  NO_ACCESS: {
    status: 400,
    sentence: {
      nl: "Uw account geeft geen toegang tot Olievlek: het noemt geen geldige rol met bijbehorende gemeenten of programma's.",
      en: 'Your account gives no access to Olievlek: it names no valid role with its municipalities or programmes.',
    },
  },
  UNAVAILABLE: {
    status: 503,
    sentence: {
      nl: 'De identiteitsprovider is nu niet bereikbaar. Probeer het over enkele minuten opnieuw.',
      en: 'The identity provider cannot be reached right now. Try again in a few minutes.',
    },
  },
  CROSS_SITE: {
    status: 403,
    sentence: {
      nl: 'Uitloggen kan alleen vanaf de pagina’s van Olievlek zelf.',
      en: "Signing out works only from Olievlek's own pages.",
    },
  },
};

const TITLES: Record<'login' | 'logout', Sentence> = {
  login: { nl: 'Inloggen is niet gelukt', en: 'Signing in did not succeed' },
  logout: { nl: 'Uitloggen is niet gelukt', en: 'Signing out did not succeed' },
};

const TRY_AGAIN: Sentence = { nl: 'Opnieuw inloggen', en: 'Sign in again' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The small page a browser sees when signing in fails: what happened and a link to try again. */
export function signInProblemPage(
  problem: SignInProblem,
  lang: Language,
  retryHref: string,
): { status: number; html: string } {
  const { status, sentence } = PROBLEMS[problem];
  const title = (problem === 'CROSS_SITE' ? TITLES.logout : TITLES.login)[lang];
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Olievlek</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(sentence[lang])}</p>
<p><a href="${escapeHtml(retryHref)}">${escapeHtml(TRY_AGAIN[lang])}</a></p>
</main>
</body>
</html>
`;
  return { status, html };
}
