// Sentences of the workspace's tasks (ICU message syntax), Dutch and English.
export const nl = {
  'tasks.title': 'Mijn taken',
  'tasks.intro':
    '{count, plural, =0 {Er wacht nu niets op u.} one {Er wacht # taak op u.} other {Er wachten # taken op u.}}',
  'tasks.programmes': 'Mijn programma’s',
  'tasks.waiting': 'Wat op u wacht',
  'tasks.introMore': 'Er wachten meer dan {count} taken op u. Hieronder staan de {count} dringendste.',
  'tasks.showAll': 'Alle taken tonen',
  'tasks.level': 'niveau {level}',
  'tasks.due': 'Uiterlijk {date}',
  'tasks.since': 'Sinds {date}',
  'tasks.invitations': 'Mijn uitnodigingen',
  'tasks.invitation':
    'U bent uitgenodigd als {role} in {municipality}{forOrganisation, select, yes { namens {organisation}} other {}}. Open de link in de e-mail vóór {date}.',
  'tasks.noProgrammes':
    'U bent nog geen lid van een programma. Heeft u een uitnodiging per e-mail gekregen? Open de link in die e-mail.',
  'tasks.role': 'Uw rol: {roles}',
  'tasks.open': 'Naar het programma van {municipality}',
};

export const en: Record<keyof typeof nl, string> = {
  'tasks.title': 'My tasks',
  'tasks.intro':
    '{count, plural, =0 {Nothing is waiting for you right now.} one {# task is waiting for you.} other {# tasks are waiting for you.}}',
  'tasks.programmes': 'My programmes',
  'tasks.waiting': 'What is waiting for you',
  'tasks.introMore': 'More than {count} tasks are waiting for you. The {count} most urgent are below.',
  'tasks.showAll': 'Show all tasks',
  'tasks.level': 'level {level}',
  'tasks.due': 'By {date}',
  'tasks.since': 'Since {date}',
  'tasks.invitations': 'My invitations',
  'tasks.invitation':
    'You have been invited as {role} in {municipality}{forOrganisation, select, yes { for {organisation}} other {}}. Open the link in the e-mail before {date}.',
  'tasks.noProgrammes':
    'You are not a member of any programme yet. Did you receive an invitation by e-mail? Open the link in that e-mail.',
  'tasks.role': 'Your role: {roles}',
  'tasks.open': 'To the programme of {municipality}',
};
