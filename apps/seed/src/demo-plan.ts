import {
  findPractice,
  type ActionStatus,
  type PartnerDomain,
  type PolicyInstrumentKind,
  type ProjectLeadKind,
  type Recommendation,
  type Theme,
} from '../../../libs/domain/src';

// The demo data of `npm run seed:demo`, as plain data: which municipality gets how far. The seed
// drives each programme through the real workflows (GraphQL mutations) to the phase and status
// planned here; demo-plan.spec.ts replays every plan through the domain's own rules.

/** The phases a demo programme is taken to (CLOSED is not demonstrated). */
export type DemoPhase = 'COMMITMENT' | 'AGENDA' | 'EXECUTION' | 'EMBEDDING' | 'CONTINUATION';
export type DemoStatus = 'ACTIVE' | 'PAUSED' | 'ABORTED';

export interface DemoPartner {
  organisation: string;
  domain: PartnerDomain;
}

export interface DemoBottleneck {
  description: string;
  domain: PartnerDomain;
}

/** R4.1/R4.2: where a finished action is embedded in existing policy. */
export interface DemoEmbedding {
  instrument: Exclude<PolicyInstrumentKind, 'STAND_ALONE_PROJECT'>;
  instrumentName: string;
  takenOverBy: string;
  responsibleRole: string;
  /** R4.5: the instrument's period in years, when it has one. */
  period?: { from: number; to?: number };
  /** R4.5: the instrument that followed it, recorded once it is embedded (recordSuccessorInstrument). */
  successor?: { instrumentName: string; period?: { from: number; to?: number } };
}

export interface DemoAction {
  title: string;
  theme: Theme;
  ownerOrganisation: string;
  /** A practice of the library (PRACTICES) this action adopts. */
  practiceId?: string;
  /** R3.1: aimed at schools, so the programme gets a training track. */
  aimedAtSchools?: boolean;
  /** Status at the end of the seed, once the programme is in EXECUTION or later; DONE by default. */
  status?: Exclude<ActionStatus, 'PLANNED'> | 'PLANNED';
  /** R3.2: the reason, when the action is DROPPED. */
  droppedReason?: string;
  /** Recorded once the programme is in EMBEDDING (only for DONE actions). */
  embedding?: DemoEmbedding;
}

export interface DemoIndicators {
  /** `YYYY-Qn`. */
  period: string;
  repeatReports?: number;
  professionalsTrained?: number;
  schoolsReached?: number;
}

export interface DemoCheckIn {
  year: number;
  repeatReports?: number;
  professionalsTrained?: number;
  schoolsReached?: number;
  note?: string;
}

/**
 * One demo programme. Every step of the phases before `phase` is taken; within `phase` the steps
 * the data lists are taken, but not the step that completes the phase. Then the programme is
 * paused or aborted when `status` says so.
 */
export interface DemoProgramme {
  municipalityCode: string;
  /** CBS name, for the plan's readers (the seed prints the name the API answers). */
  name: string;
  /** One of the six pioneer collectives (PIONEER_COLLECTIVES). */
  pioneer: boolean;
  /**
   * C1: the member municipalities when a collective runs the programme (this municipality is the
   * lead, penvoerder): started with them (`startProgramme(members:)`), each member's own alderman
   * confirms (C2) before the lead's confirmCommitment, and every DONE action with an embedding is
   * embedded per member too (C3). A member runs no demo programme of its own (C1).
   */
  members?: readonly DemoMember[];
  /** When the programme really began (`startProgramme(startedOn:)`, when the API has it). */
  startedOn: string;
  phase: DemoPhase;
  status: DemoStatus;
  /** R1.1: the alderman designated administrative lead (a role suffices); null: not yet. */
  administrativeLead: string | null;
  partners: readonly DemoPartner[];
  /** R1.3; null: not yet appointed. */
  projectLead: ProjectLeadKind | null;
  recommendations?: readonly Recommendation[];
  bottlenecks?: readonly DemoBottleneck[];
  themes?: readonly Theme[];
  actions?: readonly DemoAction[];
  /** R2.4: organisations confirming support at both levels; every action owner by default. */
  supportFrom?: readonly string[];
  /** R3.1: take the training track's steps as far as the school-year calendar allows. */
  training?: boolean;
  /** Quarterly indicators (reported from EXECUTION on). */
  indicators?: readonly DemoIndicators[];
  /** R4.3: the internal embedding owner's role. */
  embeddingOwner?: string;
  /** R4.3: the (external) project lead leaves while embedding is open: level-2 escalation at once. */
  leadDeparts?: boolean;
  /** The alderman acknowledges the R4.3 escalation with this note (it stays open, ACKNOWLEDGED). */
  acknowledgeNote?: string;
  /** Yearly check-ins in CONTINUATION. */
  checkIns?: readonly DemoCheckIn[];
  /** Pair with the first mentor `mentorSuggestions` proposes (when the API has it). */
  mentor?: boolean;
  /** Why the programme is PAUSED or ABORTED. */
  reason?: string;
  /**
   * P3: the programme really is in `phase` since this many weeks before the seed runs, with nothing
   * recorded there since (the plan lists no step of that phase): the declared end of the phase
   * before (`pastPhases`, demo-dates.ts) starts its stall clock that long ago, so the levels due
   * by then are raised, and a reminder falls due before the next one.
   */
  stalledForWeeks?: number;
  /** P2: the project lead invites this person by e-mail (the invitation stays pending). */
  invite?: DemoInvitation;
  /**
   * R1.6: after the municipal elections of 18 March 2026 the project lead records a new alderman
   * (the phase stays); `reconfirmed`: the new alderman re-confirmed the commitment, else the
   * programme shows RECOMMITMENT_DUE with its 12 weeks running.
   */
  newAlderman?: { name: string; reconfirmed: boolean };
}

/** C1: a member municipality of a collective (CBS 2025 code, municipalities.csv). */
export interface DemoMember {
  municipalityCode: string;
  /** CBS name, for the plan's readers. */
  name: string;
}

/** Someone the project lead invites (`inviteMember`); the address is made up like the demo people's. */
export interface DemoInvitation {
  name: string;
  /** The local part of the address at the demo mail domain (demo-people.ts `DEMO_MAIL_DOMAIN`). */
  mailbox: string;
  organisation: string;
  role: 'PROGRAMME_MANAGER' | 'OBSERVER';
}

function practice(id: string): string {
  if (!findPractice(id)) throw new Error(`demo plan: unknown practice ${id}`);
  return id;
}

const P = {
  vouwkaart: practice('amsterdam-vouwkaart-kind-veilig'),
  zorgJustitie: practice('amsterdam-zorg-justitieoverleg'),
  privacyconvenant: practice('amsterdam-algemeen-privacyconvenant'),
  folder: practice('rotterdam-folder-geweld-in-huis'),
  werkgroepInformatie: practice('rotterdam-werkgroep-informatiedeling'),
  congres: practice('heerlen-congres-vroegsignalering'),
  scholingstraject: practice('arnhem-heerlen-scholingstraject-basisonderwijs'),
  vierVensters: practice('heerlen-intervisie-vier-vensters'),
  buddysysteem: practice('heerlen-buddysysteem-wijkteam-expertiseteam'),
  signaleringscriteria: practice('heerlen-uniforme-signaleringscriteria-verwijsindex'),
  wijkcoaches: practice('arnhem-wijkcoaches-veilig-thuis-samen-op-huisbezoek'),
  werksessies: practice('dordrecht-werksessies-ketenpartners'),
  ouderKindcoaches: practice('dordrecht-ouder-kindcoaches-op-school'),
  handelenEnHouding: practice('leeuwarden-weststellingwerf-handelen-en-houding'),
};

const ALL_RECOMMENDATIONS: readonly Recommendation[] = [
  'ALDERMEN_ALIGNED',
  'MAYOR_CONSULTED',
  'VEILIG_THUIS_COMMISSIONING',
];

/** R1.2: one partner from each required domain, named after the municipality's region. */
function partners(veiligThuis: string, education: string, justice: string, ...more: DemoPartner[]): DemoPartner[] {
  return [
    { organisation: veiligThuis, domain: 'CARE' },
    { organisation: education, domain: 'EDUCATION' },
    { organisation: justice, domain: 'JUSTICE' },
    ...more,
  ];
}

/** R2.1: bottlenecks as professionals named them in the seeds. */
const B = {
  ouderSignalen: { description: 'Signalen van ouders worden niet gedeeld', domain: 'CARE' },
  leerkrachtMelden: { description: 'Leerkrachten weten niet wanneer ze moeten melden', domain: 'EDUCATION' },
  zorgStraf: { description: 'Zorg en straf werken langs elkaar heen', domain: 'JUSTICE' },
  privacy: { description: 'Onduidelijkheid over privacy remt het delen van informatie', domain: 'CARE' },
  contactpersoonGi: { description: 'Geen vast contactpersoon bij de gecertificeerde instellingen', domain: 'JUSTICE' },
  drempelHulp: { description: 'Kwetsbare ouders vinden de drempel naar hulp te hoog', domain: 'CARE' },
  wijkteamExpertise: { description: 'Wijkteams missen expertise bij complexe gezinnen', domain: 'CARE' },
  kinderopvang: { description: 'Kinderopvang weet niet bij wie ze zorgen kwijt kan', domain: 'EDUCATION' },
  politieTerugkoppeling: { description: 'Politie krijgt geen terugkoppeling na een zorgmelding', domain: 'JUSTICE' },
} satisfies Record<string, DemoBottleneck>;

const regional = (instrumentName: string, takenOverBy: string, responsibleRole = 'manager'): DemoEmbedding => ({
  instrument: 'REGIONAL_APPROACH_PLAN',
  instrumentName,
  takenOverBy,
  responsibleRole,
});
const actionPlan = (
  instrumentName: string,
  takenOverBy: string,
  responsibleRole = 'beleidsadviseur',
): DemoEmbedding => ({
  instrument: 'DOMESTIC_VIOLENCE_ACTION_PLAN',
  instrumentName,
  takenOverBy,
  responsibleRole,
});
const socialAgenda = (
  instrumentName: string,
  takenOverBy: string,
  responsibleRole = 'programmamanager',
): DemoEmbedding => ({
  instrument: 'SOCIAL_DEVELOPMENT_AGENDA',
  instrumentName,
  takenOverBy,
  responsibleRole,
});
const existingPolicy = (
  instrumentName: string,
  takenOverBy: string,
  responsibleRole = 'beleidsadviseur',
): DemoEmbedding => ({
  instrument: 'OTHER_EXISTING_POLICY',
  instrumentName,
  takenOverBy,
  responsibleRole,
});

const quarters = (
  from: string,
  to: string,
  base: { repeatReports: number; professionalsTrained: number; schoolsReached: number },
): DemoIndicators[] => {
  const out: DemoIndicators[] = [];
  let [year, q] = from.split('-Q').map(Number) as [number, number];
  const [toYear, toQ] = to.split('-Q').map(Number) as [number, number];
  for (let i = 0; year < toYear || (year === toYear && q <= toQ); i++) {
    // Fewer repeat reports to Veilig Thuis and more professionals trained as the years go by.
    out.push({
      period: `${year}-Q${q}`,
      repeatReports: Math.max(0, base.repeatReports - 3 * i),
      professionalsTrained: base.professionalsTrained + 15 * i,
      schoolsReached: base.schoolsReached + 2 * i,
    });
    q += 1;
    if (q > 4) [year, q] = [year + 1, 1];
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// The six pioneer collectives (PIONEER_COLLECTIVES), Amsterdam, Heerlen and Leeuwarden with their
// member municipalities (C1): 2015–2016, all the way to CONTINUATION, with practices of their own origin and
// the embeddings of docs/rules.md (R4.1). No EXPERTISE theme here: a training track must be on the school
// boards' calendar before execution completes (R3.1), and that calendar opens only in January.

const PIONEERS: DemoProgramme[] = [
  {
    municipalityCode: 'GM0363',
    name: 'Amsterdam',
    pioneer: true,
    // C1: the seeds speak of Amsterdam "with five surrounding municipalities" without naming them;
    // these are the other five of the Amsterdam-Amstelland region (Veilig Thuis, municipalities.csv).
    members: [
      { municipalityCode: 'GM0362', name: 'Amstelveen' },
      { municipalityCode: 'GM0384', name: 'Diemen' },
      { municipalityCode: 'GM0437', name: 'Ouder-Amstel' },
      { municipalityCode: 'GM0358', name: 'Aalsmeer' },
      { municipalityCode: 'GM0451', name: 'Uithoorn' },
    ],
    startedOn: '2015-02-02',
    phase: 'CONTINUATION',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Jeugd',
    partners: partners(
      'Veilig Thuis Amsterdam-Amstelland',
      'Samenwerkingsverband Passend Primair Onderwijs Amsterdam-Diemen',
      'Politie Eenheid Amsterdam',
      {
        organisation: 'Openbaar Ministerie Amsterdam',
        domain: 'JUSTICE',
      },
    ),
    projectLead: 'INTERNAL',
    recommendations: ALL_RECOMMENDATIONS,
    bottlenecks: [B.ouderSignalen, B.leerkrachtMelden, B.zorgStraf, B.privacy],
    themes: ['SIGNALLING', 'COLLABORATION', 'INFORMATION_SHARING'],
    actions: [
      {
        title: 'Vouwkaart "Is een kind veilig in het gezin?" voor ouders',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Ouder- en Kindteams Amsterdam',
        practiceId: P.vouwkaart,
        // R4.5: the regional approach ran out at the end of 2020 and no successor is named: flagged,
        // "Opvolgend instrument vastleggen" waiting, escalated as far as its dates say (level 3).
        embedding: {
          ...regional(
            'Regioaanpak Veilig Thuis Amsterdam-Amstelland 2015–2020 (met vijf omliggende gemeenten)',
            'Ouder- en Kindteams Amsterdam',
            'teamleider',
          ),
          period: { from: 2015, to: 2020 },
        },
      },
      {
        title: 'Zorg-justitieoverleg twee keer per week en zorg-justitiesafari’s',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Amsterdam-Amstelland',
        practiceId: P.zorgJustitie,
        embedding: regional(
          'Regioaanpak Veilig Thuis Amsterdam-Amstelland 2015–2020 (met vijf omliggende gemeenten)',
          'Veilig Thuis Amsterdam-Amstelland',
        ),
      },
      {
        title: 'Algemeen privacyconvenant met alle ketenpartners',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Gemeente Amsterdam',
        practiceId: P.privacyconvenant,
        embedding: regional(
          'Regioaanpak Veilig Thuis Amsterdam-Amstelland 2015–2020 (met vijf omliggende gemeenten)',
          'Gemeente Amsterdam',
          'privacyfunctionaris',
        ),
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 410, professionalsTrained: 260, schoolsReached: 48 }),
    checkIns: [
      {
        year: 2025,
        repeatReports: 1480,
        professionalsTrained: 1120,
        schoolsReached: 190,
        note: 'Minder hermeldingen bij Veilig Thuis sinds de regioaanpak.',
      },
    ],
  },
  {
    municipalityCode: 'GM0599',
    name: 'Rotterdam',
    pioneer: true,
    startedOn: '2015-03-16',
    phase: 'CONTINUATION',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Zorg, Welzijn en Jeugd',
    partners: partners('Veilig Thuis Rotterdam Rijnmond', 'Stichting BOOR', 'Politie Eenheid Rotterdam', {
      organisation: 'CJG Rijnmond',
      domain: 'CARE',
    }),
    projectLead: 'INTERNAL',
    recommendations: ALL_RECOMMENDATIONS,
    bottlenecks: [B.ouderSignalen, B.privacy, B.politieTerugkoppeling],
    themes: ['SIGNALLING', 'INFORMATION_SHARING'],
    actions: [
      {
        title: 'Folder voor ouders "Geweld in huis raakt kinderen"',
        theme: 'SIGNALLING',
        ownerOrganisation: 'CJG Rijnmond',
        practiceId: P.folder,
        // R4.5: an instrument with its period, whose successor the council adopted before it ends
        // (recordSuccessorInstrument): nothing waits and nothing escalates.
        embedding: {
          ...actionPlan(
            'Rotterdams actieplan huiselijk geweld en kindermishandeling 2023–2027',
            'CJG Rijnmond',
            'teamleider',
          ),
          period: { from: 2023, to: 2027 },
          successor: {
            instrumentName: 'Rotterdams actieplan huiselijk geweld en kindermishandeling 2028–2031',
            period: { from: 2028, to: 2031 },
          },
        },
      },
      {
        title: 'Werkgroep informatiedeling tussen zorg, onderwijs en politie',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Veilig Thuis Rotterdam Rijnmond',
        practiceId: P.werkgroepInformatie,
        embedding: regional(
          'Regiovisie huiselijk geweld en kindermishandeling Rotterdam-Rijnmond',
          'Veilig Thuis Rotterdam Rijnmond',
        ),
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 380, professionalsTrained: 210, schoolsReached: 40 }),
    checkIns: [{ year: 2025, repeatReports: 1390, professionalsTrained: 900, schoolsReached: 160 }],
  },
  {
    municipalityCode: 'GM0917',
    name: 'Heerlen',
    pioneer: true,
    // C1: Heerlen led the collective of Parkstad Limburg, its six other municipalities.
    members: [
      { municipalityCode: 'GM0899', name: 'Brunssum' },
      { municipalityCode: 'GM0928', name: 'Kerkrade' },
      { municipalityCode: 'GM0882', name: 'Landgraaf' },
      { municipalityCode: 'GM0965', name: 'Simpelveld' },
      { municipalityCode: 'GM0986', name: 'Voerendaal' },
      { municipalityCode: 'GM1954', name: 'Beekdaelen' },
    ],
    startedOn: '2015-09-07',
    phase: 'CONTINUATION',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Jeugd (Parkstad Limburg)',
    partners: partners('Veilig Thuis Zuid-Limburg', 'Stichting Kindante', 'Politie Eenheid Limburg', {
      organisation: 'GGD Zuid Limburg',
      domain: 'CARE',
    }),
    projectLead: 'INTERNAL',
    recommendations: ALL_RECOMMENDATIONS,
    bottlenecks: [B.wijkteamExpertise, B.ouderSignalen, B.leerkrachtMelden, B.privacy],
    themes: ['SIGNALLING', 'COLLABORATION', 'INFORMATION_SHARING'],
    actions: [
      {
        title: 'Congres vroegsignalering voor 600 professionals',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD Zuid Limburg',
        practiceId: P.congres,
        embedding: regional(
          'Regionale aanpak huiselijk geweld en kindermishandeling Parkstad Limburg',
          'GGD Zuid Limburg',
          'coördinator jeugdgezondheidszorg',
        ),
      },
      {
        title: 'Buddysysteem tussen wijkteam en expertiseteam',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Sociale wijkteams Heerlen',
        practiceId: P.buddysysteem,
        embedding: existingPolicy(
          'Uitvoeringsplan sociale wijkteams Parkstad',
          'Sociale wijkteams Heerlen',
          'teamleider',
        ),
      },
      {
        title: 'Uniforme signaleringscriteria voor de verwijsindex',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Veilig Thuis Zuid-Limburg',
        practiceId: P.signaleringscriteria,
        embedding: regional(
          'Regionale aanpak huiselijk geweld en kindermishandeling Parkstad Limburg',
          'Veilig Thuis Zuid-Limburg',
        ),
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 150, professionalsTrained: 120, schoolsReached: 22 }),
    checkIns: [{ year: 2025, repeatReports: 560, professionalsTrained: 640, schoolsReached: 85 }],
  },
  {
    municipalityCode: 'GM0202',
    name: 'Arnhem',
    pioneer: true,
    startedOn: '2015-10-05',
    phase: 'CONTINUATION',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Zorg en Jeugd',
    partners: partners(
      'Veilig Thuis Gelderland-Midden',
      'Stichting Flores Onderwijs',
      'Politie Eenheid Oost-Nederland',
      { organisation: 'Sociale wijkteams Arnhem', domain: 'CARE' },
    ),
    projectLead: 'INTERNAL',
    recommendations: ['ALDERMEN_ALIGNED', 'MAYOR_CONSULTED'],
    bottlenecks: [B.wijkteamExpertise, B.zorgStraf, B.kinderopvang],
    themes: ['COLLABORATION'],
    actions: [
      {
        title: 'Wijkcoaches en Veilig Thuis samen op huisbezoek; intersectoraal netwerk herstart',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Sociale wijkteams Arnhem',
        practiceId: P.wijkcoaches,
        embedding: existingPolicy('Beleidskader sociaal domein Arnhem', 'Sociale wijkteams Arnhem', 'teamleider'),
      },
      {
        title: 'Aandachtsfunctionaris kindermishandeling in elke kinderopvang',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Gelderland-Midden',
        embedding: regional(
          'Regiovisie huiselijk geweld en kindermishandeling Centraal Gelderland',
          'Veilig Thuis Gelderland-Midden',
        ),
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 170, professionalsTrained: 140, schoolsReached: 30 }),
    checkIns: [{ year: 2025, repeatReports: 640, professionalsTrained: 700, schoolsReached: 110 }],
  },
  {
    municipalityCode: 'GM0505',
    name: 'Dordrecht',
    pioneer: true,
    startedOn: '2016-01-11',
    phase: 'CONTINUATION',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Jeugd (Drechtsteden)',
    partners: partners(
      'Veilig Thuis Zuid-Holland-Zuid',
      'Stichting Primair Onderwijs Dordrecht',
      'Politie Eenheid Rotterdam',
      {
        organisation: 'William Schrikker Stichting',
        domain: 'JUSTICE',
      },
    ),
    projectLead: 'INTERNAL',
    recommendations: ALL_RECOMMENDATIONS,
    bottlenecks: [B.contactpersoonGi, B.drempelHulp, B.zorgStraf],
    themes: ['COLLABORATION', 'PREVENTION'],
    actions: [
      {
        title: 'Werksessies met zeven ketenpartners en een vast contactpersoon bij de GI’s',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Zuid-Holland-Zuid',
        practiceId: P.werksessies,
        embedding: socialAgenda('Sociale Ontwikkelagenda Drechtsteden', 'Veilig Thuis Zuid-Holland-Zuid', 'manager'),
      },
      {
        title: 'Ouder-kindcoaches op de basisscholen',
        theme: 'PREVENTION',
        ownerOrganisation: 'Stichting Primair Onderwijs Dordrecht',
        practiceId: P.ouderKindcoaches,
        embedding: socialAgenda('Sociale Ontwikkelagenda Drechtsteden', 'Stichting Primair Onderwijs Dordrecht'),
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 120, professionalsTrained: 95, schoolsReached: 26 }),
    checkIns: [{ year: 2025, repeatReports: 450, professionalsTrained: 410, schoolsReached: 64 }],
  },
  {
    municipalityCode: 'GM0080',
    name: 'Leeuwarden',
    pioneer: true,
    // C1: Leeuwarden and Weststellingwerf were one collective, Leeuwarden its lead.
    members: [{ municipalityCode: 'GM0098', name: 'Weststellingwerf' }],
    startedOn: '2016-02-01',
    phase: 'CONTINUATION',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Jeugd',
    partners: partners(
      'Veilig Thuis Friesland',
      'Stichting Openbaar Primair Onderwijs Leeuwarden',
      'Politie Eenheid Noord-Nederland',
      { organisation: 'Fier', domain: 'CARE' },
    ),
    projectLead: 'INTERNAL',
    recommendations: ALL_RECOMMENDATIONS,
    bottlenecks: [B.drempelHulp, B.ouderSignalen, B.politieTerugkoppeling],
    themes: ['PREVENTION', 'COLLABORATION'],
    actions: [
      {
        title: 'Werk-leergemeenschappen "Handelen en Houding", met train-de-trainer',
        theme: 'PREVENTION',
        ownerOrganisation: 'Fier',
        practiceId: P.handelenEnHouding,
        embedding: actionPlan('Fries actieplan huiselijk geweld en kindermishandeling', 'Fier'),
      },
      {
        title: 'Terugkoppeling van Veilig Thuis aan de politie na elke zorgmelding',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Friesland',
        embedding: actionPlan(
          'Fries actieplan huiselijk geweld en kindermishandeling',
          'Veilig Thuis Friesland',
          'manager',
        ),
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 140, professionalsTrained: 110, schoolsReached: 28 }),
    checkIns: [{ year: 2025, repeatReports: 520, professionalsTrained: 480, schoolsReached: 90 }],
  },
];

/** A complete commitment (R1.1–R1.3): alderman, the three partner domains, a project lead. */
function committed(veiligThuis: string, education: string, justice: string, projectLead: ProjectLeadKind = 'INTERNAL') {
  return {
    administrativeLead: 'Wethouder Jeugd',
    partners: partners(veiligThuis, education, justice),
    projectLead,
  };
}

// ---------------------------------------------------------------------------------------------
// Thirty other municipalities across all twelve provinces, started 2017–2026, in every phase.
// Several adopt the pioneers' practices; the ones with an EXTERNAL project lead that leaves while
// embedding is open escalate at once to the alderman (R4.3, level 2).

const OTHERS: DemoProgramme[] = [
  // COMMITMENT ----------------------------------------------------------------------------------
  {
    municipalityCode: 'GM0014',
    name: 'Groningen',
    pioneer: false,
    startedOn: '2026-09-14',
    phase: 'COMMITMENT',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Jeugd en Onderwijs',
    partners: [
      { organisation: 'Veilig Thuis Groningen', domain: 'CARE' },
      { organisation: 'Stichting Openbaar Onderwijs Groep Groningen', domain: 'EDUCATION' },
    ],
    projectLead: null,
    // P2: the project lead invites the municipality's programme manager; the invitation waits in their inbox.
    invite: {
      name: 'Femke Dijkstra',
      mailbox: 'programmamanager.groningen',
      organisation: 'Gemeente Groningen',
      role: 'PROGRAMME_MANAGER',
    },
    mentor: true,
  },
  {
    municipalityCode: 'GM1900',
    name: 'Súdwest-Fryslân',
    pioneer: false,
    startedOn: '2026-06-01',
    phase: 'COMMITMENT',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Friesland', 'Stichting Palet', 'Politie Eenheid Noord-Nederland'),
    recommendations: ['MAYOR_CONSULTED', 'ALDERMEN_ALIGNED'],
    mentor: true,
  },
  {
    municipalityCode: 'GM0687',
    name: 'Middelburg (Z.)',
    pioneer: false,
    startedOn: '2026-02-09',
    phase: 'COMMITMENT',
    status: 'ACTIVE',
    administrativeLead: 'Wethouder Zorg en Jeugd',
    partners: [],
    projectLead: null,
  },
  {
    municipalityCode: 'GM0995',
    name: 'Lelystad',
    pioneer: false,
    startedOn: '2025-10-06',
    phase: 'COMMITMENT',
    status: 'ACTIVE',
    ...committed(
      'Veilig Thuis Flevoland',
      'Stichting Openbaar Primair Onderwijs Lelystad',
      'Raad voor de Kinderbescherming',
      'EXTERNAL',
    ),
  },
  {
    municipalityCode: 'GM0106',
    name: 'Assen',
    pioneer: false,
    startedOn: '2025-11-03',
    phase: 'COMMITMENT',
    status: 'PAUSED',
    administrativeLead: null,
    partners: partners(
      'Veilig Thuis Drenthe',
      'Stichting Openbaar Primair Onderwijs Assen',
      'Politie Eenheid Noord-Nederland',
    ),
    projectLead: 'INTERNAL',
    reason: 'Gemeenteraadsverkiezingen maart 2026: het nieuwe college wijst de bestuurlijk trekker aan.',
  },
  // AGENDA --------------------------------------------------------------------------------------
  {
    municipalityCode: 'GM0034',
    name: 'Almere',
    pioneer: false,
    startedOn: '2025-04-07',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Flevoland', 'Stichting Almeerse Scholen Groep', 'Politie Eenheid Midden-Nederland'),
    // In AGENDA for 11 weeks without a bottleneck: level 1 falls due in a week, so the project lead
    // has the two-week reminder before it.
    stalledForWeeks: 11,
    mentor: true,
  },
  {
    municipalityCode: 'GM0193',
    name: 'Zwolle',
    pioneer: false,
    startedOn: '2025-01-13',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis IJsselland', 'Stichting Openbaar Onderwijs Zwolle', 'Politie Eenheid Oost-Nederland'),
    bottlenecks: [B.ouderSignalen, B.leerkrachtMelden, B.zorgStraf],
    themes: ['SIGNALLING'],
    actions: [
      {
        title: 'Vouwkaart voor ouders, vertaald naar Zwolle',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Veilig Thuis IJsselland',
        practiceId: P.vouwkaart,
      },
      // Issue 15: the justice partner's support (R2.4) waits too, for the demo realm's justitiepartner.
      {
        title: 'Terugkoppeling door de wijkagent na een zorgmelding',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Politie Eenheid Oost-Nederland',
      },
    ],
    supportFrom: [],
  },
  {
    municipalityCode: 'GM0307',
    name: 'Amersfoort',
    pioneer: false,
    startedOn: '2024-09-02',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Utrecht', 'Stichting Meerkring', 'Openbaar Ministerie Midden-Nederland'),
    bottlenecks: [B.zorgStraf, B.drempelHulp, B.contactpersoonGi, B.ouderSignalen],
    themes: ['COLLABORATION', 'PREVENTION'],
    actions: [
      {
        title: 'Zorg-justitieoverleg naar Amsterdams voorbeeld',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Utrecht',
        practiceId: P.zorgJustitie,
      },
      {
        title: 'Ouder-kindcoaches op vijf basisscholen',
        theme: 'PREVENTION',
        ownerOrganisation: 'Stichting Meerkring',
        practiceId: P.ouderKindcoaches,
      },
    ],
    supportFrom: ['Veilig Thuis Utrecht'],
  },
  {
    municipalityCode: 'GM0664',
    name: 'Goes',
    pioneer: false,
    startedOn: '2025-09-15',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Zeeland', 'Stichting Bravo!', 'Politie Eenheid Zeeland-West-Brabant'),
    // Commitment confirmed 22 weeks ago and no bottleneck collected since: stalled past level 3
    // (12 weeks, then 4 and 4 more), so the project lead, the alderman and the kwartiermakers are told.
    stalledForWeeks: 22,
  },
  {
    municipalityCode: 'GM0074',
    name: 'Heerenveen',
    pioneer: false,
    startedOn: '2024-11-04',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Friesland', 'Stichting Primus', 'Politie Eenheid Noord-Nederland'),
    bottlenecks: [B.drempelHulp, B.ouderSignalen, B.kinderopvang],
    themes: ['PREVENTION'],
    actions: [
      {
        title: '"Handelen en Houding" in de dorpen van Heerenveen',
        theme: 'PREVENTION',
        ownerOrganisation: 'Veilig Thuis Friesland',
        practiceId: P.handelenEnHouding,
      },
    ],
  },
  {
    municipalityCode: 'GM0361',
    name: 'Alkmaar',
    pioneer: false,
    startedOn: '2025-01-20',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Noord-Holland Noord', 'Stichting Ronduit', 'Politie Eenheid Noord-Holland'),
    bottlenecks: [B.privacy, B.politieTerugkoppeling, B.leerkrachtMelden],
    themes: ['INFORMATION_SHARING'],
    actions: [
      {
        title: 'Privacyconvenant met de ketenpartners in de regio',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Gemeente Alkmaar',
        practiceId: P.privacyconvenant,
      },
    ],
    supportFrom: [],
  },
  {
    municipalityCode: 'GM0935',
    name: 'Maastricht',
    pioneer: false,
    startedOn: '2024-05-13',
    phase: 'AGENDA',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Zuid-Limburg', 'Stichting Innovo', 'Politie Eenheid Limburg'),
    bottlenecks: [B.ouderSignalen, B.wijkteamExpertise, B.leerkrachtMelden],
    themes: ['SIGNALLING'],
    actions: [
      {
        title: 'Congres vroegsignalering Maastricht-Heuvelland',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD Zuid Limburg',
        practiceId: P.congres,
      },
    ],
    supportFrom: [],
    mentor: true,
  },
  {
    municipalityCode: 'GM0479',
    name: 'Zaanstad',
    pioneer: false,
    startedOn: '2019-05-06',
    phase: 'AGENDA',
    status: 'ABORTED',
    ...committed('Veilig Thuis Zaanstreek-Waterland', 'Stichting Zaan Primair', 'Politie Eenheid Noord-Holland'),
    bottlenecks: [B.ouderSignalen, B.zorgStraf, B.privacy],
    reason:
      'Bestuurlijke prioriteit verschoven na de collegewissel; de gemeente sluit later aan bij de regio Zaanstreek-Waterland.',
  },
  // EXECUTION -----------------------------------------------------------------------------------
  {
    municipalityCode: 'GM0344',
    name: 'Utrecht',
    pioneer: false,
    startedOn: '2022-03-07',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed(
      'Veilig Thuis Utrecht',
      'Stichting Openbaar Primair Onderwijs Utrecht',
      'Politie Eenheid Midden-Nederland',
    ),
    bottlenecks: [B.leerkrachtMelden, B.ouderSignalen, B.kinderopvang],
    themes: ['EXPERTISE', 'SIGNALLING'],
    actions: [
      {
        title: 'Scholingstraject basisonderwijs: e-learning en aandachtsfunctionarissen',
        theme: 'EXPERTISE',
        ownerOrganisation: 'Stichting Openbaar Primair Onderwijs Utrecht',
        practiceId: P.scholingstraject,
        aimedAtSchools: true,
        status: 'IN_PROGRESS',
      },
      {
        title: 'Vouwkaart voor ouders in alle wijken',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Veilig Thuis Utrecht',
        practiceId: P.vouwkaart,
        status: 'DONE',
      },
    ],
    training: true,
    indicators: quarters('2026-Q1', '2026-Q3', { repeatReports: 260, professionalsTrained: 80, schoolsReached: 12 }),
  },
  {
    municipalityCode: 'GM0772',
    name: 'Eindhoven',
    pioneer: false,
    startedOn: '2021-10-04',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed(
      'Veilig Thuis Zuidoost-Brabant',
      'Stichting Openbaar Primair Onderwijs Eindhoven',
      'Openbaar Ministerie Oost-Brabant',
    ),
    bottlenecks: [B.zorgStraf, B.wijkteamExpertise, B.politieTerugkoppeling],
    themes: ['COLLABORATION'],
    actions: [
      {
        title: 'Zorg-justitieoverleg Zuidoost-Brabant',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Zuidoost-Brabant',
        practiceId: P.zorgJustitie,
        status: 'IN_PROGRESS',
      },
      {
        title: 'Buddysysteem wijkteam–expertiseteam',
        theme: 'COLLABORATION',
        ownerOrganisation: 'WIJEindhoven',
        practiceId: P.buddysysteem,
        status: 'DONE',
      },
    ],
    indicators: quarters('2026-Q2', '2026-Q3', { repeatReports: 210, professionalsTrained: 60, schoolsReached: 9 }),
  },
  {
    municipalityCode: 'GM0268',
    name: 'Nijmegen',
    pioneer: false,
    startedOn: '2022-09-05',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Gelderland-Zuid', 'Stichting Conexus', 'Politie Eenheid Oost-Nederland'),
    bottlenecks: [B.wijkteamExpertise, B.zorgStraf, B.leerkrachtMelden],
    themes: ['COLLABORATION', 'EXPERTISE'],
    actions: [
      {
        title: 'Wijkcoaches en Veilig Thuis samen op huisbezoek',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Sterker sociaal werk',
        practiceId: P.wijkcoaches,
        status: 'DONE',
      },
      {
        title: 'Intervisie met het vierVenstermodel',
        theme: 'EXPERTISE',
        ownerOrganisation: 'Veilig Thuis Gelderland-Zuid',
        practiceId: P.vierVensters,
        status: 'IN_PROGRESS',
      },
    ],
    training: true,
  },
  {
    municipalityCode: 'GM0153',
    name: 'Enschede',
    pioneer: false,
    startedOn: '2023-01-16',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Twente', 'Stichting Consent', 'Politie Eenheid Oost-Nederland'),
    bottlenecks: [B.drempelHulp, B.ouderSignalen, B.politieTerugkoppeling],
    themes: ['PREVENTION', 'SIGNALLING'],
    actions: [
      {
        title: 'Ouder-kindcoaches op school',
        theme: 'PREVENTION',
        ownerOrganisation: 'Stichting Consent',
        practiceId: P.ouderKindcoaches,
        status: 'IN_PROGRESS',
      },
      {
        title: 'Folder "Geweld in huis raakt kinderen" bij de huisartsen',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Veilig Thuis Twente',
        practiceId: P.folder,
        status: 'PLANNED',
      },
    ],
  },
  {
    municipalityCode: 'GM0546',
    name: 'Leiden',
    pioneer: false,
    startedOn: '2023-06-05',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Hollands Midden', 'Stichting Leerplein055', 'Politie Eenheid Den Haag'),
    bottlenecks: [B.leerkrachtMelden, B.ouderSignalen, B.zorgStraf],
    themes: ['SIGNALLING'],
    actions: [
      {
        title: 'Folder "Geweld in huis raakt kinderen" voor ouders',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Veilig Thuis Hollands Midden',
        practiceId: P.folder,
        status: 'DONE',
      },
      {
        title: 'Gastlessen van Veilig Thuis op de basisscholen',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Stichting Leerplein055',
        aimedAtSchools: true,
        status: 'IN_PROGRESS',
      },
    ],
    training: true,
    indicators: quarters('2026-Q3', '2026-Q3', { repeatReports: 95, professionalsTrained: 35, schoolsReached: 14 }),
  },
  {
    municipalityCode: 'GM0855',
    name: 'Tilburg',
    pioneer: false,
    startedOn: '2022-01-10',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    // R1.6: a new alderman after the elections of 18 March 2026; the re-confirmation is still due.
    newAlderman: { name: 'Wethouder Tilburg (na de verkiezingen van 2026)', reconfirmed: false },
    ...committed('Veilig Thuis Midden-Brabant', 'Stichting Initia', 'Politie Eenheid Zeeland-West-Brabant'),
    bottlenecks: [B.privacy, B.politieTerugkoppeling, B.ouderSignalen],
    themes: ['INFORMATION_SHARING'],
    actions: [
      {
        title: 'Algemeen privacyconvenant Hart van Brabant',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Gemeente Tilburg',
        practiceId: P.privacyconvenant,
        status: 'DONE',
      },
      {
        title: 'Werkgroep informatiedeling',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Veilig Thuis Midden-Brabant',
        practiceId: P.werkgroepInformatie,
        status: 'IN_PROGRESS',
      },
    ],
    indicators: quarters('2025-Q4', '2026-Q3', { repeatReports: 230, professionalsTrained: 50, schoolsReached: 10 }),
  },
  {
    municipalityCode: 'GM1883',
    name: 'Sittard-Geleen',
    pioneer: false,
    startedOn: '2021-05-10',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Zuid-Limburg', 'Stichting Kindante', 'Politie Eenheid Limburg'),
    bottlenecks: [B.wijkteamExpertise, B.ouderSignalen, B.kinderopvang],
    themes: ['COLLABORATION', 'SIGNALLING'],
    actions: [
      {
        title: 'Buddysysteem wijkteam–expertiseteam Westelijke Mijnstreek',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Partners in Welzijn',
        practiceId: P.buddysysteem,
        status: 'IN_PROGRESS',
      },
      {
        title: 'Congres vroegsignalering Westelijke Mijnstreek',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD Zuid Limburg',
        practiceId: P.congres,
        status: 'DONE',
      },
    ],
    indicators: quarters('2026-Q1', '2026-Q3', { repeatReports: 90, professionalsTrained: 140, schoolsReached: 6 }),
  },
  {
    municipalityCode: 'GM0037',
    name: 'Stadskanaal',
    pioneer: false,
    startedOn: '2023-10-02',
    phase: 'EXECUTION',
    status: 'PAUSED',
    ...committed('Veilig Thuis Groningen', 'Stichting Baasis', 'Politie Eenheid Noord-Nederland'),
    bottlenecks: [B.contactpersoonGi, B.zorgStraf, B.drempelHulp],
    themes: ['COLLABORATION'],
    actions: [
      {
        title: 'Werksessies met de ketenpartners in Oost-Groningen',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Groningen',
        practiceId: P.werksessies,
        status: 'IN_PROGRESS',
      },
    ],
    reason: 'Herindeling van de gebiedsteams; het programma wordt in het voorjaar hervat.',
  },
  {
    municipalityCode: 'GM0114',
    name: 'Emmen',
    pioneer: false,
    startedOn: '2022-11-07',
    phase: 'EXECUTION',
    status: 'ACTIVE',
    ...committed(
      'Veilig Thuis Drenthe',
      'Stichting Primair Openbaar Onderwijs Emmen',
      'Politie Eenheid Noord-Nederland',
    ),
    bottlenecks: [B.drempelHulp, B.kinderopvang, B.politieTerugkoppeling],
    themes: ['PREVENTION'],
    actions: [
      {
        title: '"Handelen en Houding" in Zuidoost-Drenthe',
        theme: 'PREVENTION',
        ownerOrganisation: 'Sociale teams Emmen',
        practiceId: P.handelenEnHouding,
        status: 'IN_PROGRESS',
      },
      {
        title: 'Inloopspreekuur voor ouders in de bibliotheek',
        theme: 'PREVENTION',
        ownerOrganisation: 'Sociale teams Emmen',
        status: 'DROPPED',
        droppedReason: 'Opgegaan in het spreekuur van de sociale teams.',
      },
    ],
    indicators: quarters('2026-Q2', '2026-Q3', { repeatReports: 70, professionalsTrained: 45, schoolsReached: 7 }),
  },
  // EMBEDDING -----------------------------------------------------------------------------------
  {
    municipalityCode: 'GM0518',
    name: "'s-Gravenhage",
    pioneer: false,
    startedOn: '2018-04-09',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Haaglanden', 'Stichting Lucas Onderwijs', 'Openbaar Ministerie Den Haag', 'EXTERNAL'),
    bottlenecks: [B.zorgStraf, B.politieTerugkoppeling, B.ouderSignalen],
    themes: ['COLLABORATION', 'SIGNALLING'],
    actions: [
      {
        title: 'Zorg-justitieoverleg Haaglanden',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis Haaglanden',
        practiceId: P.zorgJustitie,
        embedding: regional('Regiovisie huiselijk geweld en kindermishandeling Haaglanden', 'Veilig Thuis Haaglanden'),
      },
      {
        title: 'Signaleringsprotocol voor huisartsen',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Huisartsenkring Haaglanden',
      },
    ],
    embeddingOwner: 'beleidsadviseur jeugd',
    leadDeparts: true,
  },
  {
    municipalityCode: 'GM0758',
    name: 'Breda',
    pioneer: false,
    startedOn: '2019-02-04',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    // R1.6: a new alderman after the elections of 18 March 2026; re-confirmed.
    newAlderman: { name: 'Wethouder Breda (na de verkiezingen van 2026)', reconfirmed: true },
    ...committed('Veilig Thuis West-Brabant', 'Stichting Innovo Breda', 'Raad voor de Kinderbescherming', 'EXTERNAL'),
    bottlenecks: [B.contactpersoonGi, B.ouderSignalen, B.leerkrachtMelden],
    themes: ['COLLABORATION', 'SIGNALLING'],
    actions: [
      {
        title: 'Werksessies met zeven ketenpartners in West-Brabant',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Veilig Thuis West-Brabant',
        practiceId: P.werksessies,
      },
      {
        title: 'Vouwkaart voor ouders in Breda',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD West-Brabant',
        practiceId: P.vouwkaart,
        embedding: actionPlan(
          'Actieplan huiselijk geweld en kindermishandeling West-Brabant-Oost',
          'GGD West-Brabant',
          'jeugdarts',
        ),
      },
    ],
    embeddingOwner: 'beleidsadviseur veiligheid',
    leadDeparts: true,
    acknowledgeNote: 'Interne beleidsadviseur neemt de borging over; besproken in het college.',
  },
  {
    municipalityCode: 'GM0200',
    name: 'Apeldoorn',
    pioneer: false,
    startedOn: '2018-10-01',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed(
      'Veilig Thuis Noord- en Oost-Gelderland',
      'Stichting Sirius',
      'Politie Eenheid Oost-Nederland',
      'EXTERNAL',
    ),
    bottlenecks: [B.drempelHulp, B.kinderopvang, B.zorgStraf],
    themes: ['PREVENTION'],
    actions: [
      {
        title: '"Handelen en Houding" in de Apeldoornse wijken',
        theme: 'PREVENTION',
        ownerOrganisation: 'Stichting Sirius',
        practiceId: P.handelenEnHouding,
      },
    ],
    embeddingOwner: 'beleidsmedewerker jeugd',
    leadDeparts: true,
  },
  {
    municipalityCode: 'GM0392',
    name: 'Haarlem',
    pioneer: false,
    startedOn: '2017-06-12',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Kennemerland', 'Stichting Spaarnesant', 'Politie Eenheid Noord-Holland'),
    bottlenecks: [B.ouderSignalen, B.privacy, B.leerkrachtMelden],
    themes: ['SIGNALLING', 'INFORMATION_SHARING'],
    actions: [
      {
        title: 'Vouwkaart voor ouders in Kennemerland',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Veilig Thuis Kennemerland',
        practiceId: P.vouwkaart,
        embedding: regional(
          'Regioplan huiselijk geweld en kindermishandeling Kennemerland',
          'Veilig Thuis Kennemerland',
        ),
      },
      {
        title: 'Privacyconvenant Kennemerland',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Gemeente Haarlem',
        practiceId: P.privacyconvenant,
      },
    ],
  },
  {
    municipalityCode: 'GM0150',
    name: 'Deventer',
    pioneer: false,
    startedOn: '2019-09-02',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed('Veilig Thuis IJsselland', 'Stichting Sine Limite', 'Politie Eenheid Oost-Nederland'),
    bottlenecks: [B.wijkteamExpertise, B.zorgStraf, B.kinderopvang],
    themes: ['COLLABORATION'],
    actions: [
      {
        title: 'Wijkcoaches en Veilig Thuis samen op huisbezoek in Deventer',
        theme: 'COLLABORATION',
        ownerOrganisation: 'Raster',
        practiceId: P.wijkcoaches,
      },
    ],
    indicators: quarters('2025-Q3', '2026-Q3', { repeatReports: 85, professionalsTrained: 30, schoolsReached: 5 }),
  },
  {
    municipalityCode: 'GM0796',
    name: "'s-Hertogenbosch",
    pioneer: false,
    startedOn: '2020-03-02',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Brabant Noordoost', 'Stichting Signum', 'Openbaar Ministerie Oost-Brabant'),
    bottlenecks: [B.privacy, B.ouderSignalen, B.politieTerugkoppeling],
    themes: ['INFORMATION_SHARING'],
    actions: [
      {
        title: 'Uniforme signaleringscriteria voor de verwijsindex',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Veilig Thuis Brabant Noordoost',
        practiceId: P.signaleringscriteria,
        embedding: regional('Regiovisie Brabant Noordoost-oost', 'Veilig Thuis Brabant Noordoost'),
      },
      {
        title: 'Werkgroep informatiedeling',
        theme: 'INFORMATION_SHARING',
        ownerOrganisation: 'Gemeente ’s-Hertogenbosch',
        practiceId: P.werkgroepInformatie,
        status: 'DROPPED',
        droppedReason: 'Overbodig geworden door de regionale signaleringscriteria.',
      },
    ],
  },
  {
    municipalityCode: 'GM0718',
    name: 'Vlissingen',
    pioneer: false,
    startedOn: '2020-11-02',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed(
      'Veilig Thuis Zeeland',
      'Stichting Onderwijs Primair',
      'Politie Eenheid Zeeland-West-Brabant',
      'EXTERNAL',
    ),
    bottlenecks: [B.ouderSignalen, B.drempelHulp, B.leerkrachtMelden],
    themes: ['SIGNALLING'],
    actions: [
      {
        title: 'Folder "Geweld in huis raakt kinderen" in Walcheren',
        theme: 'SIGNALLING',
        ownerOrganisation: 'Veilig Thuis Zeeland',
        practiceId: P.folder,
        embedding: regional('Zeeuwse regiovisie huiselijk geweld en kindermishandeling', 'Veilig Thuis Zeeland'),
      },
      { title: 'Oudersignalen in het consultatiebureau', theme: 'SIGNALLING', ownerOrganisation: 'GGD Zeeland' },
    ],
    embeddingOwner: 'beleidsadviseur sociaal domein',
  },
  {
    municipalityCode: 'GM0119',
    name: 'Meppel',
    pioneer: false,
    startedOn: '2017-10-02',
    phase: 'EMBEDDING',
    status: 'ACTIVE',
    ...committed('Veilig Thuis Drenthe', 'Stichting Promes', 'Politie Eenheid Noord-Nederland'),
    bottlenecks: [B.drempelHulp, B.leerkrachtMelden, B.zorgStraf],
    themes: ['PREVENTION'],
    actions: [
      {
        title: 'Ouder-kindcoaches op de Meppeler basisscholen',
        theme: 'PREVENTION',
        ownerOrganisation: 'Stichting Promes',
        practiceId: P.ouderKindcoaches,
        embedding: existingPolicy('Koersdocument jeugd Zuidwest-Drenthe', 'Stichting Promes', 'bestuurder'),
      },
    ],
  },
];

/**
 * The demo plan, pioneers first (so they are in CONTINUATION, and can mentor, before the newer
 * programmes ask for mentors). Municipality codes are CBS 2025 codes (municipalities.csv).
 */
export const DEMO_PLAN: readonly DemoProgramme[] = [...PIONEERS, ...OTHERS];

/** The programme a municipality takes part in: its own, or (C1) the collective it is a member of. */
const programmeOf = (code: string) =>
  DEMO_PLAN.find((p) => p.municipalityCode === code || p.members?.some((m) => m.municipalityCode === code));

/**
 * The programmes of a subset: the first `n`, or the given municipality codes (in plan order); a
 * member municipality's code selects its collective's programme (C1).
 */
export function selectDemoProgrammes(only?: number | readonly string[]): DemoProgramme[] {
  if (only === undefined) return [...DEMO_PLAN];
  if (typeof only === 'number') {
    if (!Number.isInteger(only) || only < 0) throw new Error(`only: a whole number of programmes, got ${only}`);
    return DEMO_PLAN.slice(0, only);
  }
  const unknown = only.filter((code) => !programmeOf(code));
  if (unknown.length > 0) throw new Error(`only: not in the demo plan: ${unknown.join(', ')}`);
  const selected = new Set(only.map(programmeOf));
  return DEMO_PLAN.filter((p) => selected.has(p));
}
