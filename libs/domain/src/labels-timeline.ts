import {
  capitalise,
  countOf,
  formatMessage,
  LABELS,
  labelOf,
  levelLabel,
  maybeLabelOf,
  stepName,
  type LabelKind,
  type Language,
} from './labels';
import { ESCALATION_KINDS, type Escalation, type EscalationLevel, type TimelineEntry } from './lifecycle/types';

// Timeline lines and escalation sentences as people read them, rendered when they are read
// (issue 15). The workflow keeps writing what it always wrote (Dutch, with codes such as
// `SIGNALLING` or `DONE` inside), so running programmes replay unchanged and old entries are shown
// in words too. The patterns below are the ones the step handlers' `summary` and the time engine
// produce; labels-timeline.spec.ts renders every step's own summary, so a changed summary that no
// longer parses fails there. A line that does not parse is shown as stored.

/** What the renderer may look up in the programme: action titles and the escalations raised. */
export interface TimelineContext {
  actions?: readonly { id: string; title: string }[];
  /** As stored, or as the API's model carries them (codes as plain strings). */
  escalations?: readonly { kind: string; level: number; step: string; message: string }[];
}

type Render = (m: RegExpExecArray, language: Language, context: TimelineContext) => string;
interface Pattern {
  re: RegExp;
  render: Render;
}

const fixed = (nl: string, en: string): Pattern => ({
  re: new RegExp(`^${nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  render: (_m, l) => (l === 'nl' ? nl : en),
});

/** A code in words, or the code itself when it is not one we know (an older state). */
const word = (kind: LabelKind, code: string, language: Language) => maybeLabelOf(kind, code, language) ?? code;

const actionTitle = (id: string, context: TimelineContext) => context.actions?.find((a) => a.id === id)?.title;
const actionNamed = (id: string, language: Language, context: TimelineContext) => {
  const title = actionTitle(id, context);
  if (title === undefined) return language === 'nl' ? `Actie ${id}` : `Action ${id}`;
  return language === 'nl' ? `Actie ‘${title}’` : `Action ‘${title}’`;
};

function dateInWords(isoDate: string, language: Language): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}

const CODE = '([A-Z][A-Z_]*)';

// A member role as the Dutch line names it ("bestuurlijk trekker (wethouder) (GGD)") in English.
function roleInEnglish(dutch: string): string {
  for (const words of Object.values(LABELS.memberRole)) {
    if (dutch === words.nl || dutch.startsWith(`${words.nl} (`)) return `${words.en}${dutch.slice(words.nl.length)}`;
  }
  return dutch;
}

// A phase as the Dutch line names it ("Verbeteragenda") in English; unknown names stay as written.
function phaseInEnglish(dutch: string): string {
  return Object.values(LABELS.phase).find((words) => words.nl === dutch)?.en ?? dutch;
}

const PATTERNS: Readonly<Record<string, readonly Pattern[]>> = {
  // A programme registered with the dates its past phases ended (issue 15).
  phaseDatedBack: [
    {
      re: /^Volgens de opgave bij registratie eindigde de fase (.+) op (\d{4}-\d{2}-\d{2}); de fase (.+) begon toen\.$/,
      render: (m, l) =>
        l === 'nl'
          ? `Volgens de opgave bij registratie eindigde de fase ${m[1]} op ${dateInWords(m[2]!, l)}; de fase ${m[3]} begon toen.`
          : `As declared at registration, the ${phaseInEnglish(m[1]!)} phase ended on ${dateInWords(m[2]!, l)}; the ${phaseInEnglish(m[3]!)} phase began then.`,
    },
  ],
  // Herindeling (merger.ts): "Gemeente X is per 1 januari 2099 opgegaan in Y."
  municipalityMerged: [
    {
      re: /^Gemeente (.+) is per 1 januari (\d{4}) opgegaan in (.+)\.$/,
      render: (m, l) =>
        l === 'nl' ? m[0] : `Municipality ${m[1]} merged into ${m[3]} on ${dateInWords(`${m[2]}-01-01`, l)}.`,
    },
  ],
  programmeStarted: [
    fixed('Programma gestart in de fase Commitment.', 'Programme started in the Commitment phase.'),
    {
      re: /^Programma geregistreerd in de fase Commitment; het begon op (\d{4}-\d{2}-\d{2})\.$/,
      render: (m, l) =>
        l === 'nl'
          ? `Programma geregistreerd in de fase Commitment; het begon op ${dateInWords(m[1]!, l)}.`
          : `Programme registered in the Commitment phase; it began on ${dateInWords(m[1]!, l)}.`,
    },
  ],
  designateAdministrativeLead: [
    fixed('Bestuurlijk trekker (wethouder) aangewezen.', 'Administrative lead (alderman) designated.'),
  ],
  commitPartner: [
    {
      re: new RegExp(`^(.*) \\(${CODE}\\) heeft zich gecommitteerd\\.$`, 's'),
      render: (m, l) =>
        l === 'nl'
          ? `${m[1]} (${word('partnerDomain', m[2]!, l)}) heeft zich gecommitteerd.`
          : `${m[1]} (${word('partnerDomain', m[2]!, l)}) has committed.`,
    },
  ],
  appointProjectLead: [
    {
      re: /^Projectleider aangesteld \((intern|extern)\)\.$/,
      render: (m, l) => {
        const kind = labelOf('projectLeadKind', m[1] === 'intern' ? 'INTERNAL' : 'EXTERNAL', l);
        return l === 'nl' ? `Projectleider aangesteld (${kind}).` : `Project lead appointed (${kind}).`;
      },
    },
  ],
  recordRecommendation: [
    {
      re: new RegExp(`^Aanbeveling opgevolgd: ${CODE}\\.$`),
      render: (m, l) =>
        l === 'nl'
          ? `Aanbeveling opgevolgd: ${word('recommendation', m[1]!, l)}.`
          : `Recommendation followed up: ${word('recommendation', m[1]!, l)}.`,
    },
  ],
  confirmCommitment: [
    fixed('Commitment bevestigd; door naar de verbeteragenda.', 'Commitment confirmed; on to the improvement agenda.'),
  ],
  // R1.6 the political cycle.
  reconfirmCommitment: [
    fixed(
      'Commitment opnieuw bevestigd door de bestuurlijk trekker (R1.6).',
      'Commitment re-confirmed by the administrative lead (R1.6).',
    ),
  ],
  recommitmentDue: [
    {
      re: /^R1\.6: (\d+) weken na de gemeenteraadsverkiezingen van (\d{4}-\d{2}-\d{2}) is de bestuurlijk trekker niet opnieuw aangewezen of bevestigd; het commitment moet binnen (\d+) weken opnieuw worden bevestigd\.$/,
      render: (m, l) =>
        l === 'nl'
          ? `R1.6: ${m[1]} weken na de gemeenteraadsverkiezingen van ${dateInWords(m[2]!, l)} is de bestuurlijk trekker niet opnieuw aangewezen of bevestigd; het commitment moet binnen ${m[3]} weken opnieuw worden bevestigd.`
          : `R1.6: ${m[1]} weeks after the municipal elections of ${dateInWords(m[2]!, l)} the administrative lead has been neither re-designated nor re-confirmed; the commitment must be re-confirmed within ${m[3]} weeks.`,
    },
  ],
  // C1 / C2 regional collectives.
  addCollectiveMember: [
    {
      re: /^Gemeente (GM\d{4}) sluit aan bij het collectief\.$/,
      render: (m, l) =>
        l === 'nl' ? `Gemeente ${m[1]} sluit aan bij het collectief.` : `Municipality ${m[1]} joins the collective.`,
    },
  ],
  removeCollectiveMember: [
    {
      re: /^Gemeente (GM\d{4}) verlaat het collectief\.$/,
      render: (m, l) =>
        l === 'nl' ? `Gemeente ${m[1]} verlaat het collectief.` : `Municipality ${m[1]} leaves the collective.`,
    },
  ],
  confirmMemberCommitment: [
    {
      re: /^Commitment van gemeente (GM\d{4}) bevestigd door de eigen wethouder\.$/,
      render: (m, l) =>
        l === 'nl'
          ? `Commitment van gemeente ${m[1]} bevestigd door de eigen wethouder.`
          : `Commitment of municipality ${m[1]} confirmed by its own alderman.`,
    },
  ],
  recordBottleneck: [
    {
      re: new RegExp(`^Knelpunt \\(${CODE}\\): (.*)$`, 's'),
      render: (m, l) => `${l === 'nl' ? 'Knelpunt' : 'Bottleneck'} (${word('partnerDomain', m[1]!, l)}): ${m[2]}`,
    },
  ],
  selectTheme: [
    {
      re: new RegExp(`^Thema gekozen: ${CODE}\\.$`),
      render: (m, l) => `${l === 'nl' ? 'Thema gekozen' : 'Theme selected'}: ${word('theme', m[1]!, l)}.`,
    },
  ],
  deselectTheme: [
    {
      re: new RegExp(`^Thema geschrapt: ${CODE}\\.$`),
      render: (m, l) => `${l === 'nl' ? 'Thema geschrapt' : 'Theme deselected'}: ${word('theme', m[1]!, l)}.`,
    },
  ],
  addAction: [
    {
      re: /^Actie toegevoegd: (.*) \((.*)\)\.$/s,
      render: (m, l) => `${l === 'nl' ? 'Actie toegevoegd' : 'Action added'}: ${m[1]} (${m[2]}).`,
    },
  ],
  confirmSupport: [
    {
      // R2.4: support at the professional and at the management/board level.
      re: new RegExp(`^(.*) bevestigt draagvlak \\(${CODE}\\)\\.$`, 's'),
      render: (m, l) =>
        l === 'nl'
          ? `${m[1]} bevestigt draagvlak (${word('supportLevel', m[2]!, l)}).`
          : `${m[1]} confirms support (${word('supportLevel', m[2]!, l)}).`,
    },
  ],
  adoptAgenda: [
    fixed(
      'Verbeteragenda bestuurlijk vastgesteld; door naar de uitvoering.',
      'Improvement agenda adopted by the administrative lead; on to execution.',
    ),
  ],
  updateActionStatus: [
    {
      // R3.2: a dropped action carries its reason.
      re: new RegExp(`^Actie (\\S+): ${CODE}(?: \\((.*)\\))?\\.$`, 's'),
      render: (m, l, c) =>
        `${actionNamed(m[1]!, l, c)}: ${word('actionStatus', m[2]!, l)}${m[3] !== undefined ? ` (${m[3]})` : ''}.`,
    },
  ],
  startSchoolBoardTalks: [fixed('Gesprek met de schoolbesturen gestart.', 'Talks with the school boards started.')],
  startSchoolTalks: [fixed('Gesprek met de scholen gestart.', 'Talks with the schools started.')],
  fixTrainingCalendar: [
    fixed(
      'Scholing staat op de activiteitenkalender van de schoolbesturen.',
      'The training is on the school boards’ activity calendar.',
    ),
  ],
  planTrainingSession: [
    {
      re: /^Scholingsbijeenkomst gepland op (\d{4}-\d{2}-\d{2}): (.*)\.$/s,
      render: (m, l) =>
        l === 'nl'
          ? `Scholingsbijeenkomst gepland op ${dateInWords(m[1]!, l)}: ${m[2]}.`
          : `Training session planned on ${dateInWords(m[1]!, l)}: ${m[2]}.`,
    },
  ],
  recordTrainingDelivered: [
    {
      re: /^Scholingsbijeenkomst gegeven: (\d+) scholen, (\d+) medewerkers\.$/,
      render: (m, l) => formatMessage('trainingDelivered', l, { schools: Number(m[1]), staff: Number(m[2]) }),
    },
  ],
  completeExecution: [fixed('Uitvoering afgerond; door naar de borging.', 'Execution completed; on to embedding.')],
  recordEmbedding: [
    {
      // C3: a member municipality's own embedding.
      re: /^Actie (\S+) geborgd in (.*) \((.*)\) voor gemeente (GM\d{4})\.$/s,
      render: (m, l, c) =>
        l === 'nl'
          ? `${actionNamed(m[1]!, l, c)} geborgd in ${m[2]} (${m[3]}) voor gemeente ${m[4]}.`
          : `${actionNamed(m[1]!, l, c)} embedded in ${m[2]} (${m[3]}) for municipality ${m[4]}.`,
    },
    {
      // R4.1, R4.2: the instrument and who takes it over.
      re: /^Actie (\S+) geborgd in (.*) \((.*)\)\.$/s,
      render: (m, l, c) =>
        l === 'nl'
          ? `${actionNamed(m[1]!, l, c)} geborgd in ${m[2]} (${m[3]}).`
          : `${actionNamed(m[1]!, l, c)} embedded in ${m[2]} (${m[3]}).`,
    },
  ],
  nameEmbeddingOwner: [
    {
      re: /^Interne eigenaar van de borging: (.*)\.$/s,
      render: (m, l) => `${l === 'nl' ? 'Interne eigenaar van de borging' : 'Internal embedding owner'}: ${m[1]}.`,
    },
  ],
  recordLeadDeparture: [
    fixed('Vertrek van de projectleider vastgelegd.', 'The project lead’s departure was recorded.'),
  ],
  completeEmbedding: [
    fixed('Borging afgerond; door naar de continuering.', 'Embedding completed; on to continuation.'),
  ],
  recordCheckIn: [
    {
      re: /^Jaarlijkse check-in (\d{4})\.$/,
      render: (m, l) => `${l === 'nl' ? 'Jaarlijkse check-in' : 'Yearly check-in'} ${m[1]}.`,
    },
  ],
  recordSuccessorInstrument: [
    {
      // R4.5: the instrument that follows an ended one, with its period when it has one.
      re: /^Opvolgend instrument van actie (\S+): (.*)\.$/s,
      render: (m, l, c) =>
        l === 'nl'
          ? `Opvolgend instrument van ${actionNamed(m[1]!, l, c).replace(/^A/, 'a')}: ${m[2]}.`
          : `Successor instrument of ${actionNamed(m[1]!, l, c).replace(/^A/, 'a')}: ${m[2]}.`,
    },
  ],
  instrumentEnded: [
    {
      // R4.5: the instrument's period ended, or a check-in said it is no longer in force.
      re: /^Het beleidsinstrument '(.*)' van actie (\S+) geldt niet meer: (de looptijd \((.*)\) is verstreken|de check-in meldt dat het niet meer geldt)\. Leg het opvolgende instrument vast \(R4\.5\)\.$/s,
      render: (m, l, c) =>
        l === 'nl'
          ? `Het beleidsinstrument '${m[1]}' van ${actionNamed(m[2]!, l, c).replace(/^A/, 'a')} geldt niet meer: ${m[3]}. Leg het opvolgende instrument vast (R4.5).`
          : `The policy instrument '${m[1]}' of ${actionNamed(m[2]!, l, c).replace(/^A/, 'a')} is no longer in force: ${m[4] !== undefined ? `its period (${m[4]}) has ended` : 'the check-in says so'}. Record the successor instrument (R4.5).`,
    },
  ],
  closeProgramme: [fixed('Programma gesloten.', 'Programme closed.')],
  reportIndicators: [
    {
      re: /^Indicatoren (\S+) vastgelegd\.$/,
      render: (m, l) => (l === 'nl' ? `Indicatoren ${m[1]} vastgelegd.` : `Indicators for ${m[1]} recorded.`),
    },
  ],
  acknowledgeEscalation: [
    {
      re: new RegExp(`^Escalatie afgehandeld: ${CODE}(?: \\((\\d+) weken\\))?(?: – (.*))?\\.$`, 's'),
      render: (m, l) => {
        const weeks = m[2] !== undefined ? ` (${countOf('weeks', Number(m[2]), l)})` : '';
        const note = m[3] !== undefined ? ` – ${m[3]}` : '';
        const decision = word('acknowledgeDecision', m[1]!, l);
        return `${l === 'nl' ? 'Escalatie afgehandeld' : 'Escalation acknowledged'}: ${decision}${weeks}${note}.`;
      },
    },
  ],
  pauseProgramme: [
    {
      re: /^Programma gepauzeerd: (.*)\.$/s,
      render: (m, l) => `${l === 'nl' ? 'Programma gepauzeerd' : 'Programme paused'}: ${m[1]}.`,
    },
  ],
  resumeProgramme: [fixed('Programma hervat.', 'Programme resumed.')],
  abortProgramme: [
    {
      re: /^Programma afgebroken: (.*)\.$/s,
      render: (m, l) => `${l === 'nl' ? 'Programma afgebroken' : 'Programme aborted'}: ${m[1]}.`,
    },
  ],
  changeSettings: [fixed('Instellingen van het programma gewijzigd.', 'Programme settings changed.')],
  recordMentorPairing: [
    {
      re: /^Mentor gekoppeld: (.*)\.$/s,
      render: (m, l) => `${l === 'nl' ? 'Mentor gekoppeld' : 'Mentor paired'}: ${m[1]}.`,
    },
  ],
  // The member directory's lines, as the digest's activity writes them in Dutch (P2).
  memberAdded: [
    {
      re: /^(.*) is lid als (.*)\.$/s,
      render: (m, l) => (l === 'nl' ? m[0]! : `${m[1]} is a member as ${roleInEnglish(m[2]!)}.`),
    },
  ],
  invitationAccepted: [
    {
      re: /^(.*) nam de uitnodiging aan en is lid als (.*)\.$/s,
      render: (m, l) =>
        l === 'nl' ? m[0]! : `${m[1]} accepted the invitation and is a member as ${roleInEnglish(m[2]!)}.`,
    },
  ],
  memberRemoved: [
    {
      re: /^(.*) is geen (.*) meer\.$/s,
      render: (m, l) => (l === 'nl' ? m[0]! : `${m[1]} is no longer ${roleInEnglish(m[2]!)}.`),
    },
  ],
  escalationRaised: [
    {
      re: /^(REMINDER|ADMINISTRATIVE|NATIONAL) \(niveau ([123])\): (.*)$/s,
      render: (m, l, c) => {
        const level = Number(m[2]) as EscalationLevel;
        const raised = c.escalations?.find(
          (e) => e.level === level && e.message === m[3] && (ESCALATION_KINDS as readonly string[]).includes(e.kind),
        );
        const message = raised
          ? escalationMessage(raised as Pick<Escalation, 'kind' | 'level' | 'step' | 'message'>, l, c)
          : l === 'nl'
            ? dutchMessage(m[3]!)
            : m[3]!;
        return `${capitalise(levelLabel(level, l))} (${l === 'nl' ? 'niveau' : 'level'} ${level}): ${message}`;
      },
    },
  ],
};

/** A timeline line in the reader's language, every code in words. */
export function timelineSummary(
  entry: Pick<TimelineEntry, 'event' | 'summary'>,
  language: Language,
  context: TimelineContext = {},
): string {
  for (const p of PATTERNS[entry.event] ?? []) {
    const m = p.re.exec(entry.summary);
    if (m) return p.render(m, language, context);
  }
  return entry.summary;
}

// ---------------------------------------------------------------------------------------------
// Escalation sentences (the recipient's "why"): stored in Dutch by the workflow.

const LEAD_DEPARTED = /\((\d+) actie\(s\) niet geborgd(, geen interne eigenaar)?\)\.$/;
const schoolYearIn = (message: string) => /\d{4}\/\d{4}/.exec(message)?.[0] ?? '';

// Older states wrote "(2 actie(s) niet geborgd)": the count in words, as ICU plural rules say it.
function dutchMessage(message: string): string {
  const m = LEAD_DEPARTED.exec(message);
  return m ? formatMessage('leadDepartedOpen', 'nl', { open: Number(m[1]), noOwner: m[2] ? 'yes' : 'no' }) : message;
}

const RECIPIENT_PHRASE: Record<EscalationLevel, Record<Language, string>> = {
  1: { nl: 'herinnering aan de projectleider', en: 'reminder to the project lead' },
  2: { nl: 'escalatie naar de bestuurlijk trekker', en: 'escalation to the administrative lead' },
  3: { nl: 'escalatie naar de kwartiermakers', en: 'escalation to the kwartiermakers' },
};

/** Why an escalation was raised, in the reader's language (DOMAIN "Stalls and escalations", R3.1, R4.3). */
export function escalationMessage(
  e: Pick<Escalation, 'kind' | 'level' | 'message'> & { step: string },
  language: Language,
  context: TimelineContext = {},
): string {
  if (language === 'nl') return dutchMessage(e.message);
  const sy = schoolYearIn(e.message);
  switch (e.kind) {
    case 'STALL': {
      // An action is named by its title: from the programme, else as the Dutch sentence quotes it.
      const title = e.step.startsWith('ACTION:')
        ? (actionTitle(e.step.slice('ACTION:'.length), context) ?? /de actie '(.*)':/s.exec(e.message)?.[1])
        : e.step.startsWith('SUCCESSOR:')
          ? actionTitle(e.step.slice('SUCCESSOR:'.length), context)
          : undefined;
      return `No progress on ${stepName(e.step, 'en', title)}: ${RECIPIENT_PHRASE[e.level].en} (level ${e.level}).`;
    }
    case 'TRAINING_WINDOW_OPEN':
      return `Start the talks with the school boards about training in school year ${sy} now: they fix their activity calendar in May. Start at the top, with the boards.`;
    case 'TRAINING_NOT_STARTED':
      return `The talks with the school boards about school year ${sy} had not started by 1 February; after February that school year is missed.`;
    case 'SCHOOL_YEAR_MISSED':
      return `School year ${sy} was missed: the talks with the school boards had not started by the end of February. The training track now aims at the next school year.`;
    case 'CALENDAR_NOT_FIXED':
      return `School year ${sy} was missed: the training was not on the school boards’ activity calendar in time. It is planned again for the next school year.`;
    case 'LEAD_DEPARTED': {
      const m = LEAD_DEPARTED.exec(e.message);
      return m
        ? formatMessage('leadDepartedOpen', 'en', { open: Number(m[1]), noOwner: m[2] ? 'yes' : 'no' })
        : 'The external project lead has left while embedding in policy is still open.';
    }
    default: {
      const unreachable: never = e.kind;
      throw new Error(`unknown escalation kind ${String(unreachable)}`);
    }
  }
}

// How an escalation was resolved, as the workflow stored it ("Opgelost door voortgang: actie DONE").
const RESOLVED_BY: Readonly<Record<string, string>> = {
  'knelpunt vastgelegd': 'bottleneck recorded',
  'thema gekozen': 'theme selected',
  'thema geschrapt': 'theme deselected',
  'actie toegevoegd': 'action added',
  'draagvlak bevestigd': 'support confirmed',
  'bestuurlijk trekker aangewezen': 'administrative lead designated',
  'projectleider aangesteld': 'project lead appointed',
  'aanbeveling opgevolgd': 'recommendation followed up',
  'interne eigenaar van de borging benoemd': 'internal embedding owner named',
  'gesprek met schoolbesturen gestart': 'talks with the school boards started',
  'gesprek met scholen gestart': 'talks with the schools started',
  'activiteitenkalender vastgesteld': 'activity calendar fixed',
  'scholingsbijeenkomst gepland': 'training session planned',
};
const ENDED_BY: Readonly<Record<string, string>> = {
  'Borging afgerond': 'Embedding completed',
  'Verbeteragenda vastgesteld': 'Improvement agenda adopted',
  'Fase Commitment afgerond': 'Commitment phase completed',
  'Programma gesloten': 'Programme closed',
  'Programma afgebroken': 'Programme aborted',
  // R1.6
  'Commitment opnieuw bevestigd (R1.6)': 'Commitment re-confirmed (R1.6)',
  'Nieuwe termijn voor het opnieuw bevestigen': 'New term for re-confirming the commitment',
};

/** How an escalation was resolved, in the reader's language, codes in words. */
export function escalationResolution(resolution: string, language: Language): string {
  const m = /^Opgelost door voortgang: (.*)$/s.exec(resolution);
  if (!m) return language === 'en' ? (ENDED_BY[resolution] ?? resolution) : resolution;
  const why = m[1]!;
  const status = /^actie ([A-Z_]+)$/.exec(why);
  const embedded = /^actie '(.*)' geborgd$/s.exec(why);
  const committed = /^(.*) gecommitteerd$/s.exec(why);
  const checkIn = /^check-in (.*)$/s.exec(why);
  if (language === 'nl') {
    return status ? `Opgelost door voortgang: actie ${word('actionStatus', status[1]!, 'nl')}` : resolution;
  }
  const en = status
    ? `action ${word('actionStatus', status[1]!, 'en')}`
    : embedded
      ? `action ‘${embedded[1]}’ embedded`
      : checkIn
        ? `check-in ${checkIn[1]}`
        : (RESOLVED_BY[why] ?? (committed ? `${committed[1]} committed` : why));
  return `Resolved by progress: ${en}`;
}
