// Sentences of regional collectives (docs/rules.md C1–C4): the programme page's section and the
// national view's figures in municipalities. ICU message syntax, Dutch and English.
export const nl = {
  'collective.title': 'Collectief van gemeenten',
  'collective.intro':
    '{lead} is penvoerder. Agenda en uitvoering zijn gedeeld; elke deelnemende gemeente bevestigt het commitment door haar eigen wethouder (C2) en borgt zelf (C3).',
  'collective.caption':
    '{n, plural, one {# deelnemende gemeente} other {# deelnemende gemeenten}} naast de penvoerder, in volgorde van aansluiten',
  'collective.col.municipality': 'Gemeente',
  'collective.col.joined': 'Sloot aan',
  'collective.col.confirmed': 'Commitment eigen wethouder (C2)',
  'collective.col.left': 'Vertrokken',
  'collective.notConfirmed': 'Nog niet bevestigd',
  'collective.stillIn': 'Doet mee',
  'national.figures.municipalitiesReached': 'Bereikte gemeenten (ook in collectieven)',
  'national.charts.spreadMunicipalities':
    'Bereikte gemeenten per kwartaal en in totaal (de olievlek; elke gemeente van een collectief telt mee)',
  'national.charts.municipalities': 'Gemeenten',
  'national.charts.reached': 'Bereikt in het kwartaal',
  'national.charts.reachedTotal': 'Totaal bereikt',
  'national.spreadTable.captionMunicipalities': 'Bereikte gemeenten per kwartaal en in totaal',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'collective.title': 'Collective of municipalities',
  'collective.intro':
    '{lead} is the lead municipality. The agenda and execution are shared; each member confirms the commitment through its own alderman (C2) and embeds for itself (C3).',
  'collective.caption':
    '{n, plural, one {# member municipality} other {# member municipalities}} beside the lead, in the order they joined',
  'collective.col.municipality': 'Municipality',
  'collective.col.joined': 'Joined',
  'collective.col.confirmed': 'Commitment by its own alderman (C2)',
  'collective.col.left': 'Left',
  'collective.notConfirmed': 'Not confirmed yet',
  'collective.stillIn': 'Taking part',
  'national.figures.municipalitiesReached': 'Municipalities reached (collectives included)',
  'national.charts.spreadMunicipalities':
    'Municipalities reached per quarter and in total (the oil slick; every municipality of a collective counts)',
  'national.charts.municipalities': 'Municipalities',
  'national.charts.reached': 'Reached in the quarter',
  'national.charts.reachedTotal': 'Reached in total',
  'national.spreadTable.captionMunicipalities': 'Municipalities reached per quarter and in total',
};
