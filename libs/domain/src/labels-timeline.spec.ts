import { describe, expect, it } from 'vitest';
import { escalationMessage, escalationResolution, timelineSummary } from './labels-timeline';
import { COMMAND_TYPES, type Actor, type Command, type CommandPayloads, type CommandType } from './lifecycle';
import { summarise } from './lifecycle/steps';

const actor: Actor = { role: 'PROJECT_LEAD', memberId: 'member-1' };

// One payload per step, chosen so that every code a summary can carry appears in one of them.
const PAYLOADS: { [T in CommandType]: CommandPayloads[T] } = {
  designateAdministrativeLead: {},
  commitPartner: { organisation: 'GGD (regio) Amsterdam', domain: 'CARE' },
  appointProjectLead: { kind: 'EXTERNAL' },
  recordRecommendation: { item: 'VEILIG_THUIS_COMMISSIONING' },
  confirmCommitment: {},
  reconfirmCommitment: {},
  addCollectiveMember: { municipalityCode: 'GM0362' },
  removeCollectiveMember: { municipalityCode: 'GM0362' },
  confirmMemberCommitment: { municipalityCode: 'GM0362' },
  recordBottleneck: { description: 'Signalen blijven liggen bij de overdracht', domain: 'EDUCATION' },
  selectTheme: { theme: 'SIGNALLING' },
  deselectTheme: { theme: 'INFORMATION_SHARING' },
  addAction: { title: 'Kindcheck (ouders)', theme: 'EXPERTISE', ownerOrganisation: 'Veilig Thuis' },
  confirmSupport: { organisation: 'Politie Eenheid Amsterdam', level: 'MANAGEMENT' },
  adoptAgenda: {},
  updateActionStatus: { actionId: 'action-7', status: 'DROPPED', reason: 'geen budget' },
  startSchoolBoardTalks: {},
  startSchoolTalks: {},
  fixTrainingCalendar: {},
  planTrainingSession: { date: '2027-10-05', title: 'Signaleren in de klas' },
  recordTrainingDelivered: { sessionId: 'session-9', schoolsReached: 1, staffTrained: 12 },
  completeExecution: {},
  recordEmbedding: {
    actionId: 'action-7',
    instrument: 'REGIONAL_APPROACH_PLAN',
    instrumentName: 'Regionale aanpak 2025–2030',
    takenOverBy: 'GGD',
    responsibleRole: 'beleidsadviseur',
  },
  nameEmbeddingOwner: { role: 'beleidsadviseur jeugd' },
  recordLeadDeparture: {},
  completeEmbedding: {},
  recordCheckIn: { year: 2028 },
  recordSuccessorInstrument: {
    actionId: 'action-1',
    instrumentName: 'Regioaanpak 2021–2026',
    period: { from: 2021, to: 2026 },
  },
  closeProgramme: {},
  reportIndicators: { period: '2027-Q3' },
  acknowledgeEscalation: {
    escalationId: 'programme-GM0363-1/escalation-4',
    decision: 'EXTEND',
    weeks: 1,
    note: 'raad',
  },
  pauseProgramme: { reason: 'verkiezingen' },
  resumeProgramme: {},
  abortProgramme: { reason: 'samengevoegd met de regio' },
  changeSettings: {},
  recordMentorPairing: { kind: 'PIONEER', municipalityCode: 'GM0363', name: 'Collectief Amsterdam' },
};

const context = { actions: [{ id: 'action-7', title: 'Kindcheck (ouders)' }] };
const summaryOf = (type: CommandType) => summarise({ type, actor, ...PAYLOADS[type] } as Command);
// A code as the domain writes it: upper case with an underscore, or one of the single-word codes.
const CODE = /\b([A-Z]+_[A-Z_]+|CARE|EDUCATION|JUSTICE|SIGNALLING|EXPERTISE|DONE|DROPPED|MANAGEMENT|EXTEND|PIONEER)\b/;

describe('timeline lines in words (issue 15): every step’s own summary, rendered in nl and en', () => {
  for (const type of COMMAND_TYPES) {
    it(`${type}: no code in either language, and English is English`, () => {
      const entry = { event: type, summary: summaryOf(type) };
      const nl = timelineSummary(entry, 'nl', context);
      const en = timelineSummary(entry, 'en', context);
      expect(nl, nl).not.toMatch(CODE);
      expect(en, en).not.toMatch(CODE);
      expect(en).not.toBe(nl);
      expect(nl).not.toMatch(/action-7/);
    });
  }

  it('words the codes inside the line, keeping what was typed', () => {
    const at = (type: CommandType, l: 'nl' | 'en') =>
      timelineSummary({ event: type, summary: summaryOf(type) }, l, context);
    expect(at('commitPartner', 'nl')).toBe('GGD (regio) Amsterdam (zorg) heeft zich gecommitteerd.');
    expect(at('commitPartner', 'en')).toBe('GGD (regio) Amsterdam (care) has committed.');
    expect(at('selectTheme', 'nl')).toBe('Thema gekozen: signalering.');
    expect(at('confirmSupport', 'nl')).toBe('Politie Eenheid Amsterdam bevestigt draagvlak (management/bestuurlijk).');
    expect(at('updateActionStatus', 'nl')).toBe('Actie ‘Kindcheck (ouders)’: geschrapt (geen budget).');
    expect(at('recordTrainingDelivered', 'nl')).toBe('Scholingsbijeenkomst gegeven: 1 school, 12 medewerkers.');
    expect(at('recordTrainingDelivered', 'en')).toBe('Training session delivered: 1 school, 12 staff members.');
    expect(at('acknowledgeEscalation', 'nl')).toBe('Escalatie afgehandeld: termijn verlengd (1 week) – raad.');
    expect(at('planTrainingSession', 'nl')).toBe(
      'Scholingsbijeenkomst gepland op 5 oktober 2027: Signaleren in de klas.',
    );
  });

  it('a raised escalation names its level in words, not ADMINISTRATIVE, and English has the English reason', () => {
    const message = 'Geen voortgang op de verbeteragenda: escalatie naar de bestuurlijk trekker (niveau 2).';
    const entry = { event: 'escalationRaised', summary: `ADMINISTRATIVE (niveau 2): ${message}` };
    const escalations = [{ id: 'e-1', kind: 'STALL', level: 2, step: 'AGENDA', message, raisedAt: 'x' }] as const;
    expect(timelineSummary(entry, 'nl', { escalations })).toBe(`Bestuurlijke escalatie (niveau 2): ${message}`);
    expect(timelineSummary(entry, 'en', { escalations })).toBe(
      'Administrative escalation (level 2): No progress on the improvement agenda: escalation to the administrative lead (level 2).',
    );
  });

  it('a stalled action is named by its title in English too, also without the programme at hand', () => {
    const stall = {
      kind: 'STALL' as const,
      level: 1 as const,
      step: 'ACTION:action-7' as const,
      message: "Geen voortgang op de actie 'Kindcheck (ouders)': herinnering aan de projectleider (niveau 1).",
    };
    expect(escalationMessage(stall, 'nl')).toBe(stall.message);
    expect(escalationMessage(stall, 'en')).toBe(
      'No progress on the action ‘Kindcheck (ouders)’: reminder to the project lead (level 1).',
    );
  });

  it('the directory’s Dutch lines (P2) in English, the organisation kept', () => {
    const line = (event: string, summary: string) => timelineSummary({ event, summary }, 'en');
    expect(line('memberAdded', 'Jan de Vries is lid als contactpersoon van een partnerorganisatie (GGD).')).toBe(
      'Jan de Vries is a member as partner organisation contact (GGD).',
    );
    expect(
      line('invitationAccepted', 'W. Wethouder nam de uitnodiging aan en is lid als bestuurlijk trekker (wethouder).'),
    ).toBe('W. Wethouder accepted the invitation and is a member as administrative lead (alderman).');
    expect(line('memberRemoved', 'Jan is geen projectleider meer.')).toBe('Jan is no longer project lead.');
    expect(timelineSummary({ event: 'memberRemoved', summary: 'Jan is geen projectleider meer.' }, 'nl')).toBe(
      'Jan is geen projectleider meer.',
    );
  });

  it('a line in a form it does not know is shown as stored', () => {
    expect(timelineSummary({ event: 'memberAdded', summary: 'Iets anders.' }, 'en')).toBe('Iets anders.');
  });
});

describe('R4.3 the departed lead’s escalation counts actions with plural rules, in old and new states', () => {
  const stored = (n: number, owner: boolean) =>
    `De externe projectleider is vertrokken terwijl de borging nog openstaat (${n} actie(s) niet geborgd${owner ? '' : ', geen interne eigenaar'}).`;
  const e = (n: number, owner = true) => ({
    kind: 'LEAD_DEPARTED' as const,
    level: 2 as const,
    step: 'EMBEDDING' as const,
    message: stored(n, owner),
  });

  it('one action, two actions, in Dutch and English', () => {
    expect(escalationMessage(e(1), 'nl')).toBe(
      'De externe projectleider is vertrokken terwijl de borging nog openstaat (1 actie niet geborgd).',
    );
    expect(escalationMessage(e(2, false), 'nl')).toMatch(/\(2 acties niet geborgd, geen interne eigenaar\)\.$/);
    expect(escalationMessage(e(1), 'en')).toMatch(/\(1 action not embedded\)\.$/);
    expect(escalationMessage(e(3), 'en')).toMatch(/\(3 actions not embedded\)\.$/);
    expect(escalationMessage(e(1), 'nl')).not.toContain('(s)');
  });
});

describe('how an escalation was resolved, in words', () => {
  it('an action status in words, and English for English readers', () => {
    expect(escalationResolution('Opgelost door voortgang: actie DONE', 'nl')).toBe(
      'Opgelost door voortgang: actie afgerond',
    );
    expect(escalationResolution('Opgelost door voortgang: actie IN_PROGRESS', 'en')).toBe(
      'Resolved by progress: action in progress',
    );
    expect(escalationResolution('Opgelost door voortgang: knelpunt vastgelegd', 'en')).toBe(
      'Resolved by progress: bottleneck recorded',
    );
    expect(escalationResolution('Opgelost door voortgang: GGD gecommitteerd', 'en')).toBe(
      'Resolved by progress: GGD committed',
    );
    expect(escalationResolution('Borging afgerond', 'en')).toBe('Embedding completed');
  });
});

describe('a phase dated back at registration (issue 15)', () => {
  const summary =
    'Volgens de opgave bij registratie eindigde de fase Verbeteragenda op 2026-03-02; de fase Uitvoering begon toen.';

  it('is said in English with the phases and the date in words', () => {
    expect(timelineSummary({ event: 'phaseDatedBack', summary }, 'en', {})).toBe(
      'As declared at registration, the Improvement agenda phase ended on 2 March 2026; the Execution phase began then.',
    );
  });

  it('keeps its Dutch, the date in words', () => {
    expect(timelineSummary({ event: 'phaseDatedBack', summary }, 'nl', {})).toBe(
      'Volgens de opgave bij registratie eindigde de fase Verbeteragenda op 2 maart 2026; de fase Uitvoering begon toen.',
    );
  });
});
