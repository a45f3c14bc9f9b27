import type { Theme } from '../lifecycle/types';

/** The six pioneer collectives (docs/rules.md "National view": mentors). */
export interface PioneerCollective {
  id: string;
  name: string;
  /** CBS 2025 codes; the first is the collective's lead municipality. */
  municipalityCodes: readonly string[];
}

export const PIONEER_COLLECTIVES: readonly PioneerCollective[] = [
  { id: 'amsterdam', name: 'Amsterdam', municipalityCodes: ['GM0363'] },
  { id: 'rotterdam', name: 'Rotterdam', municipalityCodes: ['GM0599'] },
  // Heerlen stands for the Parkstad Limburg collective.
  { id: 'heerlen', name: 'Heerlen (Parkstad Limburg)', municipalityCodes: ['GM0917'] },
  { id: 'arnhem', name: 'Arnhem', municipalityCodes: ['GM0202'] },
  { id: 'dordrecht', name: 'Dordrecht', municipalityCodes: ['GM0505'] },
  {
    id: 'leeuwarden-weststellingwerf',
    name: 'Leeuwarden/Weststellingwerf',
    municipalityCodes: ['GM0080', 'GM0098'],
  },
];

export const PRACTICE_SOURCE =
  'Collectieven tegen Kindermishandeling: opbrengsten en ervaringen (VNG, VWS, OCW, V&J, 2017)' as const;

/** A product of a pioneer collective that a programme can adopt into an action. */
export interface Practice {
  /** Stable kebab-case id; stored in `Action.practiceId`, so never renamed or reused. */
  id: string;
  title: string;
  description: string;
  theme: Theme;
  /** Name of the collective(s) the practice comes from. */
  origin: string;
  originMunicipalityCodes: readonly string[];
  source: typeof PRACTICE_SOURCE;
}

const AMSTERDAM = ['GM0363'];
const ROTTERDAM = ['GM0599'];
const HEERLEN = ['GM0917'];
const ARNHEM = ['GM0202'];
const DORDRECHT = ['GM0505'];

/** The practice library: every practice named in the sources (docs/rules.md "National view"). */
export const PRACTICES: readonly Practice[] = [
  {
    id: 'amsterdam-vouwkaart-kind-veilig',
    title: 'Vouwkaart "Is een kind veilig in het gezin?"',
    description: 'Vouwkaart met een checklist van signalen voor ouders.',
    theme: 'SIGNALLING',
    origin: 'Amsterdam',
    originMunicipalityCodes: AMSTERDAM,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'rotterdam-folder-geweld-in-huis',
    title: 'Folder "Geweld in huis raakt kinderen"',
    description: 'Folder voor ouders over de gevolgen van huiselijk geweld voor kinderen.',
    theme: 'SIGNALLING',
    origin: 'Rotterdam',
    originMunicipalityCodes: ROTTERDAM,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'heerlen-congres-vroegsignalering',
    title: 'Congres vroegsignalering',
    description: 'Congres over vroegtijdig signaleren voor zo\u2019n 600 professionals.',
    theme: 'SIGNALLING',
    origin: 'Heerlen (Parkstad Limburg)',
    originMunicipalityCodes: HEERLEN,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'arnhem-heerlen-scholingstraject-basisonderwijs',
    title: 'Scholingstraject basisonderwijs',
    description:
      'E-learning, training van aandachtsfunctionarissen voor intern begeleiders, een vierdelige ' +
      'tv-serie met lessen voor groep 7, een nieuwsbrief voor ouders, en Veilig Thuis en wijkteams ' +
      'die hun werk toelichten.',
    theme: 'EXPERTISE',
    origin: 'Arnhem en Heerlen (Parkstad Limburg)',
    originMunicipalityCodes: [...ARNHEM, ...HEERLEN],
    source: PRACTICE_SOURCE,
  },
  {
    id: 'heerlen-factsheet-hbo-curriculum',
    title: 'Factsheet hbo en werkgroep curriculum',
    description: 'Factsheet voor het hoger beroepsonderwijs en een werkgroep die het curriculum aanpast.',
    theme: 'EXPERTISE',
    origin: 'Heerlen (Parkstad Limburg)',
    originMunicipalityCodes: HEERLEN,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'heerlen-intervisie-vier-vensters',
    title: 'Intervisie met het vierVenstermodel',
    description: 'Intervisie voor professionals aan de hand van het vierVenstermodel.',
    theme: 'EXPERTISE',
    origin: 'Heerlen (Parkstad Limburg)',
    originMunicipalityCodes: HEERLEN,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'heerlen-buddysysteem-wijkteam-expertiseteam',
    title: 'Buddysysteem wijkteam\u2013expertiseteam',
    description: 'Vaste koppels tussen medewerkers van het wijkteam en het expertiseteam.',
    theme: 'COLLABORATION',
    origin: 'Heerlen (Parkstad Limburg)',
    originMunicipalityCodes: HEERLEN,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'heerlen-uniforme-signaleringscriteria-verwijsindex',
    title: 'Uniforme signaleringscriteria voor de verwijsindex',
    description: 'Gezamenlijke criteria voor het melden van signalen in de verwijsindex.',
    theme: 'INFORMATION_SHARING',
    origin: 'Heerlen (Parkstad Limburg)',
    originMunicipalityCodes: HEERLEN,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'arnhem-wijkcoaches-veilig-thuis-samen-op-huisbezoek',
    title: 'Wijkcoaches en Veilig Thuis samen op huisbezoek',
    description: 'Wijkcoaches en Veilig Thuis bezoeken gezinnen samen; het intersectorale netwerk is herstart.',
    theme: 'COLLABORATION',
    origin: 'Arnhem',
    originMunicipalityCodes: ARNHEM,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'dordrecht-werksessies-ketenpartners',
    title: 'Werksessies met zeven ketenpartners',
    description: 'Werksessies met zeven ketenpartners en een vast contactpersoon bij de gecertificeerde instellingen.',
    theme: 'COLLABORATION',
    origin: 'Dordrecht',
    originMunicipalityCodes: DORDRECHT,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'dordrecht-ouder-kindcoaches-op-school',
    title: 'Ouder-kindcoaches op school',
    description: 'Ouder-kindcoaches die in scholen werken met ouders en kinderen.',
    theme: 'PREVENTION',
    origin: 'Dordrecht',
    originMunicipalityCodes: DORDRECHT,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'amsterdam-zorg-justitieoverleg',
    title: 'Zorg-justitieoverleg en zorg-justitiesafari\u2019s',
    description:
      'Overleg tussen zorg en justitie twee keer per week, met criteria in acht processtappen, ' +
      'en zorg-justitiesafari\u2019s om elkaars werk te leren kennen.',
    theme: 'COLLABORATION',
    origin: 'Amsterdam',
    originMunicipalityCodes: AMSTERDAM,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'amsterdam-algemeen-privacyconvenant',
    title: 'Algemeen privacyconvenant',
    description: 'Een algemeen convenant over het delen van informatie tussen partners.',
    theme: 'INFORMATION_SHARING',
    origin: 'Amsterdam',
    originMunicipalityCodes: AMSTERDAM,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'rotterdam-werkgroep-informatiedeling',
    title: 'Werkgroep informatiedeling',
    description: 'Werkgroep die afspraken maakt over het delen van informatie tussen partners.',
    theme: 'INFORMATION_SHARING',
    origin: 'Rotterdam',
    originMunicipalityCodes: ROTTERDAM,
    source: PRACTICE_SOURCE,
  },
  {
    id: 'leeuwarden-weststellingwerf-handelen-en-houding',
    title: 'Werk-leergemeenschappen "Handelen en Houding"',
    description:
      'Werk-leergemeenschappen op weg naar een solidaire gemeenschap, met train-de-trainer en een handleiding.',
    theme: 'PREVENTION',
    origin: 'Leeuwarden/Weststellingwerf',
    originMunicipalityCodes: ['GM0080', 'GM0098'],
    source: PRACTICE_SOURCE,
  },
];

const BY_ID: ReadonlyMap<string, Practice> = new Map(PRACTICES.map((p) => [p.id, p]));

export function findPractice(id: string): Practice | undefined {
  return BY_ID.get(id);
}

export function isPracticeId(id: string): boolean {
  return BY_ID.has(id);
}
