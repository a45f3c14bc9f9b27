// Sentences of the peer comparison (docs/rules.md "Peer comparison"): the national view's list and the
// programme page's line. ICU message syntax, Dutch and English.
export const nl = {
  'peers.title': 'Trager dan 80 % van vergelijkbare programma’s',
  'peers.intro':
    'Lopende programma’s die langer in hun fase zitten dan 80 % van alle programma’s die die fase afrondden (vergeleken met minstens 5). Een signaal om contact op te nemen, geen escalatie.',
  'peers.caption':
    '{total, plural, =0 {Geen programma’s trager dan 80 % van vergelijkbare} one {# programma trager dan 80 % van vergelijkbare} other {# programma’s trager dan 80 % van vergelijkbare}}, hoogste percentiel eerst',
  'peers.empty': 'Geen lopend programma is trager dan 80 % van vergelijkbare programma’s.',
  'peers.col.municipality': 'Gemeente',
  'peers.col.phase': 'Fase',
  'peers.col.status': 'Status',
  'peers.col.days': 'Dagen in de fase',
  'peers.col.percentile': 'Percentiel',
  'peers.col.peers': 'Vergeleken met',
  'peers.peers': '{n, plural, one {# programma} other {# programma’s}}',
  'peers.page': 'Programma {from} tot en met {to} van {total}',
  'peers.previous': 'Vorige',
  'peers.next': 'Volgende',
  'peers.line':
    'Al {days, plural, one {# dag} other {# dagen}} in deze fase: langer dan {percentile} % van de {n, plural, one {# programma dat} other {# programma’s die}} deze fase afrondden.',
  'peers.lineFlagged': 'Trager dan 80 % van vergelijkbare programma’s (een signaal, geen escalatie).',
  'peers.lineNoPeers':
    'Al {days, plural, one {# dag} other {# dagen}} in deze fase; nog geen programma rondde deze fase af om mee te vergelijken.',
};

export const en: Record<keyof typeof nl, string> = {
  'peers.title': 'Slower than 80 % of comparable programmes',
  'peers.intro':
    'Running programmes that have been in their phase longer than 80 % of all programmes that completed that phase (compared with at least 5). A signal to get in touch, not an escalation.',
  'peers.caption':
    '{total, plural, =0 {No programmes slower than 80 % of comparable ones} one {# programme slower than 80 % of comparable ones} other {# programmes slower than 80 % of comparable ones}}, highest percentile first',
  'peers.empty': 'No running programme is slower than 80 % of comparable programmes.',
  'peers.col.municipality': 'Municipality',
  'peers.col.phase': 'Phase',
  'peers.col.status': 'Status',
  'peers.col.days': 'Days in the phase',
  'peers.col.percentile': 'Percentile',
  'peers.col.peers': 'Compared with',
  'peers.peers': '{n, plural, one {# programme} other {# programmes}}',
  'peers.page': 'Programme {from} to {to} of {total}',
  'peers.previous': 'Previous',
  'peers.next': 'Next',
  'peers.line':
    '{days, plural, one {# day} other {# days}} in this phase so far: longer than {percentile} % of the {n, plural, one {# programme that} other {# programmes that}} completed this phase.',
  'peers.lineFlagged': 'Slower than 80 % of comparable programmes (a signal, not an escalation).',
  'peers.lineNoPeers':
    '{days, plural, one {# day} other {# days}} in this phase so far; no programme has completed this phase yet to compare with.',
};
