// The workspace's own sentences, Dutch first, in ICU message syntax (plurals through `{n, plural, …}`,
// never "actie(s)"). Codes of the API get their words from ./labels (one per enum value).
import { codeMessages } from './labels';

export type Language = 'nl' | 'en';

const nl = {
  'app.name': 'Olievlek',
  'app.tagline': 'Samen tegen kindermishandeling, gemeente voor gemeente',
  'app.skipToContent': 'Naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.tasks': 'Mijn taken',
  'nav.portfolio': 'Portefeuille',
  'nav.national': 'Landelijk overzicht',
  'language.switch': 'English',
  'language.switchLabel': 'Switch to English',
  'session.signOut': 'Uitloggen',
  'session.signedInAs': 'Ingelogd als {name}',
  'session.loading': 'Bezig met laden…',
  'signIn.title': 'Inloggen bij Olievlek',
  'signIn.intro':
    'Olievlek begeleidt uw gemeente stap voor stap bij de aanpak van de Collectieven tegen kindermishandeling. Log in met het account van uw organisatie om te zien wat er voor u klaarstaat.',
  'signIn.button': 'Inloggen',
  'error.title': 'Er ging iets mis',
  'error.retry': 'Opnieuw proberen',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Deze pagina bestaat niet (meer). Ga naar uw taken.',
  'tasks.title': 'Mijn taken',
  'tasks.intro':
    '{count, plural, =0 {Er wacht nu niets op u.} one {Er wacht # taak op u.} other {Er wachten # taken op u.}}',
  'tasks.programmes': 'Mijn programma’s',
  'tasks.noProgrammes':
    'U bent nog geen lid van een programma. Heeft u een uitnodiging per e-mail gekregen? Open de link in die e-mail.',
  'tasks.role': 'Uw rol: {roles}',
  'tasks.open': 'Naar het programma van {municipality}',
  'programme.title': 'Programma {municipality}',
  'programme.phase': 'Fase',
  'programme.phases': 'Fasen van het programma',
  'programme.phaseCurrent': 'huidige fase',
  'programme.phaseDone': 'afgerond',
  'programme.phaseLater': 'nog niet begonnen',
  'programme.checklist': 'Wat nodig is in deze fase',
  'programme.checklistDone': 'gedaan',
  'programme.checklistOpen': 'nog open',
  'programme.checklistRecommended': 'aanbevolen',
  'programme.tip': 'Tip uit de praktijk',
  'programme.notFound': 'Dit programma bestaat niet of u heeft er geen toegang toe.',
} as const;

export type MessageId = keyof typeof nl;

const en: Record<MessageId, string> = {
  'app.name': 'Olievlek',
  'app.tagline': 'Together against child abuse, municipality by municipality',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Main menu',
  'nav.tasks': 'My tasks',
  'nav.portfolio': 'Portfolio',
  'nav.national': 'National overview',
  'language.switch': 'Nederlands',
  'language.switchLabel': 'Schakel naar Nederlands',
  'session.signOut': 'Sign out',
  'session.signedInAs': 'Signed in as {name}',
  'session.loading': 'Loading…',
  'signIn.title': 'Sign in to Olievlek',
  'signIn.intro':
    "Olievlek guides your municipality step by step through the approach of the Collectives against child abuse. Sign in with your organisation's account to see what is waiting for you.",
  'signIn.button': 'Sign in',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist (any more). Go to your tasks.',
  'tasks.title': 'My tasks',
  'tasks.intro':
    '{count, plural, =0 {Nothing is waiting for you right now.} one {# task is waiting for you.} other {# tasks are waiting for you.}}',
  'tasks.programmes': 'My programmes',
  'tasks.noProgrammes':
    'You are not a member of any programme yet. Did you receive an invitation by e-mail? Open the link in that e-mail.',
  'tasks.role': 'Your role: {roles}',
  'tasks.open': 'To the programme of {municipality}',
  'programme.title': 'Programme {municipality}',
  'programme.phase': 'Phase',
  'programme.phases': "The programme's phases",
  'programme.phaseCurrent': 'current phase',
  'programme.phaseDone': 'completed',
  'programme.phaseLater': 'not started yet',
  'programme.checklist': 'What this phase needs',
  'programme.checklistDone': 'done',
  'programme.checklistOpen': 'still open',
  'programme.checklistRecommended': 'recommended',
  'programme.tip': 'Tip from practice',
  'programme.notFound': 'This programme does not exist or you have no access to it.',
};

export const messages: Record<Language, Record<string, string>> = {
  nl: { ...codeMessages.nl, ...nl },
  en: { ...codeMessages.en, ...en },
};
