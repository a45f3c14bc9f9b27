// Sentences of the workspace's programme (ICU message syntax), Dutch and English.
export const nl = {
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
  'programme.statusLine': 'Fase: {phase} · Status: {status}',
  'programme.paused': 'Dit programma is gepauzeerd sinds {since}: {reason}. De termijnen staan stil.',
};

export const en: Record<keyof typeof nl, string> = {
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
  'programme.statusLine': 'Phase: {phase} · Status: {status}',
  'programme.paused': 'This programme has been paused since {since}: {reason}. The deadlines stand still.',
};
