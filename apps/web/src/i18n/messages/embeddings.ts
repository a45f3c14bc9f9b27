// Sentences of the embeddings section (docs/rules.md R4.5 "Embedding that lasts"): each embedding's
// instrument, its period and whether it is still in force. ICU message syntax, Dutch and English.
export const nl = {
  'embeddings.title': 'Borging in beleid',
  'embeddings.intro':
    'Elke afgeronde actie is geborgd in een bestaand beleidsinstrument. Een instrument met een looptijd krijgt na afloop een opvolger (R4.5).',
  'embeddings.none': 'Nog geen actie geborgd.',
  'embeddings.caption': 'Geborgde acties met hun beleidsinstrument en looptijd',
  'embeddings.colAction': 'Actie',
  'embeddings.colInstrument': 'Beleidsinstrument',
  'embeddings.colPeriod': 'Looptijd',
  'embeddings.colStatus': 'Geldt nog?',
  'embeddings.noPeriod': 'geen looptijd genoemd',
  'embeddings.periodOpen': 'vanaf {from}',
  'embeddings.expired': 'Verlopen',
  'embeddings.endedPeriod': 'sinds {date}; leg het opvolgende instrument vast.',
  'embeddings.endedCheckIn': 'volgens de check-in van {date}; leg het opvolgende instrument vast.',
  'embeddings.confirmed': 'Geldt; bevestigd bij de check-in over {year}.',
  'embeddings.inForce': 'Geldt',
  'embeddings.follows': 'Volgt op: {names}',
  'embeddings.expiredNote':
    '{count, plural, one {Eén beleidsinstrument is verlopen zonder opvolger.} other {# beleidsinstrumenten zijn verlopen zonder opvolger.}}',
};

export const en: Record<keyof typeof nl, string> = {
  'embeddings.title': 'Embedding in policy',
  'embeddings.intro':
    'Every completed action is embedded in an existing policy instrument. An instrument with a period gets a successor once it ends (R4.5).',
  'embeddings.none': 'No action embedded yet.',
  'embeddings.caption': 'Embedded actions with their policy instrument and period',
  'embeddings.colAction': 'Action',
  'embeddings.colInstrument': 'Policy instrument',
  'embeddings.colPeriod': 'Period',
  'embeddings.colStatus': 'Still in force?',
  'embeddings.noPeriod': 'no period named',
  'embeddings.periodOpen': 'from {from}',
  'embeddings.expired': 'Expired',
  'embeddings.endedPeriod': 'since {date}; record the successor instrument.',
  'embeddings.endedCheckIn': 'according to the check-in of {date}; record the successor instrument.',
  'embeddings.confirmed': 'In force; confirmed at the check-in for {year}.',
  'embeddings.inForce': 'In force',
  'embeddings.follows': 'Follows: {names}',
  'embeddings.expiredNote':
    '{count, plural, one {One policy instrument has ended without a successor.} other {# policy instruments have ended without a successor.}}',
};
